"""A length that a verb of measuring gives and a dimension names (measures round 36): 'the gash measures about 40
centimetres in width' -> 'width of gash'; 'a lizard that often measures 2 feet (61 centimetres) long' -> 'length of
lizard'.

``sizes.size_measure`` reads 'the ferry measures 90 feet long' through the subject of 'measures'; it misses a
dimension written 'in length' and a subject with an adverb ('often measures') or a relative pronoun ('which
measures') before the verb. The subject is named only when it is plain: a relative pronoun's noun phrase when
nothing puts it inside a prepositional or joined phrase ('a lizard with a long tail that measures': the tail or the
lizard?), and no subject at all after a joined verb ('which sags at one end and measures').
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import noun_phrase_back, strip_qualifiers, tidy_phrase
from newsprep.extract.statistics.measures.sizes import LENGTH_UNITS, SIZE_ADJECTIVES
from newsprep.extract.statistics.measures.word_classes import (
    DETERMINERS,
    FUNCTION,
    PREPOSITIONS,
    RELATIVES,
    SUBJECT_PRONOUNS,
    bare_word,
)
from newsprep.text import word_set

MEASURING = word_set("measure measures measured measuring")
"""Verbs whose size after them is their subject's."""

DIMENSION_NOUNS = word_set("length width height depth diameter thickness breadth circumference")
"""'four inches in length': the noun after 'in' that names the dimension."""

_ADVERBS_BEFORE_VERB = word_set("often usually typically generally normally commonly sometimes now currently still")
"""'a lizard that often measures': an adverb between the subject and the verb."""

_PREPOSITION_OR_AND = PREPOSITIONS | frozenset({"and"})
"""'a lizard with a long tail that', 'a head and a tail that': a noun phrase inside another before a relative."""

_PRONOUNS = SUBJECT_PRONOUNS | frozenset({"it"})


def measured_size(sentence_before: list[str], unit: str, right: list[str]) -> str | None:
    """'the gash measures about 40 centimetres in width' -> 'width of gash': a length after a verb of measuring,
    with its dimension named after it ('in length', 'long', 'wide'); None for any other size."""
    unit_words = unit.split()
    if not unit_words or bare_word(unit_words[-1]) not in LENGTH_UNITS:
        return None
    dimension = named_dimension(right)
    words = strip_qualifiers(sentence_before)  # 'measures about', 'measures more than'
    if dimension is None or not words or bare_word(words[-1]) not in MEASURING:
        return None
    subject = words[:-1]
    while subject and bare_word(subject[-1]) in _ADVERBS_BEFORE_VERB:
        subject = subject[:-1]
    holder = _plain_subject(subject)
    return f"{dimension} of {holder}" if holder else dimension


def named_dimension(right: list[str]) -> str | None:
    """The dimension the words after a length name ('in length' -> 'length', 'long' -> 'length', 'wide' -> 'width'),
    past a conversion in brackets ('5 feet (1.5 meters) in length') or the bracket's end ('1.5 meters) in length')."""
    words = list(right)
    if words and words[0].startswith("("):
        closing = next((i for i, w in enumerate(words) if w.rstrip(",;:").endswith(")")), None)
        words = words[closing + 1 :] if closing is not None else []
    while words and not words[0].strip(")"):
        words = words[1:]
    bare = [bare_word(w) for w in words[:2]]
    if len(bare) == 2 and bare[0] == "in" and bare[1] in DIMENSION_NOUNS:
        return bare[1]
    return SIZE_ADJECTIVES.get(bare[0]) if bare else None


def _plain_subject(subject: list[str]) -> str | None:
    """The noun phrase that is the verb's subject, or None when it is a pronoun, another verb's ('sags at one end and
    measures'), or a relative pronoun's whose noun phrase may not be the one before it."""
    if not subject or bare_word(subject[-1]) == "and" or subject[-1].endswith(","):
        return None
    relative = bare_word(subject[-1]) in RELATIVES
    if relative:
        subject = [*subject[:-2], subject[-2].rstrip(",")] if len(subject) > 1 else []
    phrase = noun_phrase_back(subject)
    if not phrase or any(bare_word(w) == "and" for w in phrase) or bare_word(phrase[-1]) in FUNCTION:
        return None
    ahead = subject[: len(subject) - len(phrase)]
    while ahead and bare_word(ahead[-1]) in DETERMINERS:
        ahead = ahead[:-1]
    if relative and ahead and bare_word(ahead[-1]) in _PREPOSITION_OR_AND:
        return None  # 'a lizard with a long tail that measures': the tail's length, or the lizard's
    if len(phrase) == 1 and bare_word(phrase[0]) in _PRONOUNS:
        return None
    return tidy_phrase(phrase)
