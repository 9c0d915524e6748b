"""The people an article names: where their names begin and end, their full names, titles and genders, and the
people a he/she may refer to beyond NER's person mentions.

- ``names``: where a name begins and ends, and names NER misread (a person tagged a place or an organisation).
- ``titles``: the titles, roles and epithets before and inside a name that are not the name.
- ``fullnames``: a surname or part of a name completed to the full name (``FullNames``).
- ``genders``: the gender of a person or a description (``PersonGenders``, ``PRONOUN_GENDER``).
- ``referents``: the people a he/she may refer to beyond NER's person mentions (``Referents``).
"""

from newsprep.extract.quotes.people.fullnames import PERSON_LABELS, FullNames
from newsprep.extract.quotes.people.genders import PRONOUN_GENDER, PersonGenders, described_gender, description_gender
from newsprep.extract.quotes.people.names import (
    misread_person,
    name_without_verb,
    person_name,
    surname_taken_for_org,
    written_name,
)
from newsprep.extract.quotes.people.referents import CONTRAST_BREAK, Referents
from newsprep.extract.quotes.people.titles import is_role, strip_titles

__all__ = [
    "CONTRAST_BREAK",
    "PERSON_LABELS",
    "PRONOUN_GENDER",
    "FullNames",
    "PersonGenders",
    "Referents",
    "described_gender",
    "description_gender",
    "is_role",
    "misread_person",
    "name_without_verb",
    "person_name",
    "strip_titles",
    "surname_taken_for_org",
    "written_name",
]
