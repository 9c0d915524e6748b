"""A place or a group written before a sentence's subject with no comma ('In London the average price is ...'):
the subject is the noun phrase after it, and the fronted words say where or for whom, so they follow it
('average price in London'). Read by ``clause.subject_words``."""

from __future__ import annotations

from newsprep.extract.statistics.measures.word_classes import PREPOSITIONS, bare_word

_NEW_PHRASE_OPENERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "these", "those"})
"""A determiner that opens the subject after the fronted phrase; not 'a' or 'some', which also open the fronted
phrase's own noun ('In a typical year the cost')."""
_MAX_FRONTED_WORDS = 5


_PREPOSITION_OR_NEW_PHRASE_OPENER = PREPOSITIONS | _NEW_PHRASE_OPENERS


def fronted_place_last(words: list[str]) -> list[str]:
    """'In the US its share' -> 'its share in the US': the sentence opens on a capitalised preposition, and a
    determiner right after a noun opens the subject; anything else (a comma, a longer opening) is left as it is."""
    if len(words) < 4 or not words[0][:1].isupper() or bare_word(words[0]) not in PREPOSITIONS:
        return words
    for at in range(2, min(len(words) - 1, _MAX_FRONTED_WORDS + 1)):
        if words[at - 1].endswith(","):
            return words  # 'In May, the rate': the comma already ends the opening
        after_a_noun = bare_word(words[at - 1]) not in _PREPOSITION_OR_NEW_PHRASE_OPENER
        if after_a_noun and bare_word(words[at]) in _NEW_PHRASE_OPENERS:
            return [*words[at:], words[0].lower(), *words[1:at]]
    return words
