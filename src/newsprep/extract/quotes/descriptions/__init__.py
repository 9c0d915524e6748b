"""Speakers the text describes but does not name (``a senior official``, ``the researcher explained``, ``his
wife said``), and the words around a name that describe its person.

- ``as_written``: the description as written, published when the resolver finds no name.
- ``people``: a definite description of one person at a cue that no title resolves.
- ``role_holders``: how a name was given a role, for ``the <role> said``.
- ``possessive_roles``: ``his wife said``: the person set off before with that possessive and noun.
- ``openers``: a sentence's capitalised first word that is no name.
- ``next_named``: a description at a cue that the next sentence names with the same noun (``a co-owner said`` then
  ``Co-owner Ada Roe``).
"""

from newsprep.extract.quotes.descriptions.as_written import (
    PEOPLE_NOUNS,
    TRAILING_ADVERB,
    common_noun_read_as_name,
    description_as_written,
    is_indefinite_pronoun,
    is_nationality_description,
    name_introduced_with,
    nationality_adjective,
    role_held_for,
    verb_before_its_object,
    with_lead_in,
    word_after,
)
from newsprep.extract.quotes.descriptions.next_named import described_head, named_next, next_sentence
from newsprep.extract.quotes.descriptions.openers import (
    before_speech_verb,
    capitalised_only_as_opener,
    opener_description,
)
from newsprep.extract.quotes.descriptions.people import (
    PARTY_WORDS,
    named_right_after,
    one_person_head,
    other_roles,
    unnamed_one_before,
    words_beside,
)
from newsprep.extract.quotes.descriptions.possessive_roles import possessive_noun, set_off_name_start
from newsprep.extract.quotes.descriptions.role_holders import (
    TEEN_AGES,
    TEEN_NOUNS,
    appositive_head,
    appositive_text,
    description_qualifier,
    holder_qualifier,
    introduced_modifier,
    party_label,
    qualifiers_differ,
    role_right_before,
    stated_age,
)

__all__ = [
    "PARTY_WORDS",
    "PEOPLE_NOUNS",
    "TEEN_AGES",
    "TEEN_NOUNS",
    "TRAILING_ADVERB",
    "appositive_head",
    "appositive_text",
    "before_speech_verb",
    "capitalised_only_as_opener",
    "common_noun_read_as_name",
    "described_head",
    "description_as_written",
    "description_qualifier",
    "holder_qualifier",
    "introduced_modifier",
    "is_indefinite_pronoun",
    "is_nationality_description",
    "name_introduced_with",
    "named_next",
    "named_right_after",
    "nationality_adjective",
    "next_sentence",
    "one_person_head",
    "opener_description",
    "other_roles",
    "party_label",
    "possessive_noun",
    "qualifiers_differ",
    "role_held_for",
    "role_right_before",
    "set_off_name_start",
    "stated_age",
    "unnamed_one_before",
    "verb_before_its_object",
    "with_lead_in",
    "word_after",
    "words_beside",
]
