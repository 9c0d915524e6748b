"""A count with no noun of its own after a casualty count in its sentence ('Two Danes were killed and 12 wounded' ->
'Danes wounded'): it counts the same kind of thing, with its own verb (measures round 13; split from ``counts``)."""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import is_verb, strip_qualifiers, tail_words, tidy_phrase
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    CASUALTIES,
    NUMBER_WORDS,
    PREPOSITIONS,
    bare_word,
)

_CASUALTY_GAP = 6
"""The most words between a first count's casualty verb and the 'and' before a second, noun-less count ('Two walkers
were killed in the rockfall and 12 injured')."""


def _done_to(word: str) -> bool:
    """A casualty word or a past participle ('killed', 'missing', 'fined', 'rescued')."""
    return bare_word(word) in CASUALTIES or (is_verb(word) and bare_word(word).endswith(("ed", "en")))


def casualty_noun_before(sentence_before: list[str]) -> tuple[str, str] | None:
    """(noun, verb) of an earlier count in the sentence told with a passive or casualty verb ('Two Danes were killed
    and 12 wounded' -> ('Danes', 'killed'); 'Four hikers died and 30 were hurt'; 'Six firms were fined and 12
    warned'): a count after 'and' with no noun of its own counts the same kind of thing, so a reader writes 'Danes
    wounded', not 'people wounded'."""
    words = strip_qualifiers(sentence_before)
    if not words or bare_word(words[-1]) != "and":
        return None
    for at in range(len(words) - 2, max(len(words) - 2 - _CASUALTY_GAP, 0), -1):
        word = bare_word(words[at])
        if words[at][-1:] in {",", ";", ":"} or word in NUMBER_WORDS or words[at][:1].isdigit():
            return None  # another clause or another count comes between
        if word == "died" or (_done_to(words[at]) and bare_word(words[at - 1]) in AUXILIARIES):
            verb_at = at
            while verb_at > 0 and (verb_at == at or bare_word(words[verb_at]) in AUXILIARIES):
                verb_at -= 1
            noun = words[verb_at - 2 : verb_at + 1] if verb_at >= 2 else words[: verb_at + 1]
            for start in range(len(noun) - 1, -1, -1):
                if noun[start][:1].isdigit() or bare_word(noun[start]) in NUMBER_WORDS:
                    counted = noun[start + 1 :]
                    return (" ".join(counted), word) if counted and all(w.isalpha() for w in counted) else None
            return None
    return None


def casualty_count_of(sentence_before: list[str], right: list[str]) -> str | None:
    """'Two Danes were killed and 12 wounded in the storm' -> 'Danes wounded in the storm' (the 12): a noun-less
    count after such a count takes that count's noun, with its own verb and the place or cause after it."""
    earlier = casualty_noun_before(sentence_before)
    if earlier is None or not right:
        return None
    verb_at = 0
    while verb_at < len(right) - 1 and bare_word(right[verb_at]) in AUXILIARIES:
        verb_at += 1
    verb = bare_word(right[verb_at])
    if verb != "died" and not _done_to(right[verb_at]):
        return None
    tail = right[verb_at + 1 :]
    place = tail_words(tail, limit=4) if tail and bare_word(tail[0]) in PREPOSITIONS else []
    return tidy_phrase([earlier[0], verb, *place])
