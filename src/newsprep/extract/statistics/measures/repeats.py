"""How many times something happened: 'he was shot twice' -> 'times shot'; 'the launch was delayed three times' ->
'times launch delayed'. A multiple after a verb with nothing compared after it counts repeats of the verb's event,
and a reader writes 'times' before what happened (three dev sets' golds, in three articles: 'times the man was
arrested', 'times the sailor was shot', 'times the launch was delayed'), where a bare 'shot' or 'Whiting
arrested' says the event but not that the number counts it."""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import is_verb, tidy_phrase
from newsprep.extract.statistics.measures.word_classes import AUXILIARIES, PREPOSITIONS, bare_word

_COMPARED_AFTER = frozenset({"as", "than", "the", "that", "more", "less", "of", "a", "an", "its", "their"})
"""Words after a multiple that make it a comparison ('twice as many', 'three times the rate')."""
_AFTER_A_REPEAT = PREPOSITIONS - _COMPARED_AFTER | {"this", "last", "since", "already", "so", "before", "after"}
"""Words that may follow a repeat: where or when it happened ('shot twice in the back', 'won twice in 1995')."""


def is_repeat(left: list[str], right: list[str]) -> bool:
    """A multiple that counts repeats: a verb before it (with its object), nothing compared after it."""
    if right and (bare_word(right[0]) not in _AFTER_A_REPEAT or right[0][-1:] == "-"):
        return False
    if [bare_word(w) for w in right] == ["over"]:
        return False  # 'paid for it twice over': an emphasis, no count of events
    verbs = [i for i, w in enumerate(left) if is_verb(w) and w[:1].islower()]
    return bool(verbs) and not any(bare_word(w) in {"as", "than", "compared"} for w in left[verbs[-1] :])


def repeated_event(phrase: str | None, left: list[str], right: list[str]) -> str | None:
    """'times ' before what happened, for a multiple that counts repeats (``is_repeat``); None for any other."""
    if not is_repeat(left, right):
        return None
    if phrase is None or not phrase.strip():
        verb_at = max(i for i, w in enumerate(left) if is_verb(w) and w[:1].islower())
        phrase = tidy_phrase([w for w in left[verb_at:] if bare_word(w) not in AUXILIARIES])
    if phrase is None or bare_word(phrase.split()[0]) == "times" or "compared" in phrase.split():
        return None
    return f"times {phrase}"
