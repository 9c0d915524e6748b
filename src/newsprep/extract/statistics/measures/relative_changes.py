"""What a change told in a relative clause is a change in: the noun the clause hangs from, not the sentence's subject.

'Officials blamed steel prices, which rose 52 percent' tells a rise in steel prices; the sentence's opening subject
('Officials') is what a bare change is otherwise read as a change in ('Home sales fell 2%' -> 'fall in Home sales').
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import is_verb, noun_phrase_back, tidy_phrase
from newsprep.extract.statistics.measures.word_classes import CHANGE_NOUNS, bare_word

_HEDGES_BEFORE_NUMBER = frozenset({"by", "about", "around", "roughly", "nearly", "almost", "some", "just", "only"})
"""Between the clause's verb and its number: 'which declined by almost a tenth', 'which rose about 5 percent'."""
_PERFECT = frozenset({"has", "have", "had"})
_RELATIVES = frozenset({"which", "that"})


def _without_hedges(words: list[str]) -> list[str]:
    """``words`` without the hedges and the 'more than' that end them ('which rose by more than')."""
    while words:
        if bare_word(words[-1]) in _HEDGES_BEFORE_NUMBER:
            words = words[:-1]
        elif len(words) > 1 and bare_word(words[-1]) == "than" and bare_word(words[-2]) in {"more", "less"}:
            words = words[:-2]
        else:
            break
    return words


def relative_change_holder(sentence_before: list[str]) -> str | None:
    """'Officials blamed steel prices, which rose 52 percent' -> 'steel prices': the antecedent of a relative clause
    whose verb of change is the number's; None when the number does not end such a clause."""
    words = _without_hedges(sentence_before)
    if len(words) < 3 or bare_word(words[-1]) not in CHANGE_NOUNS:
        return None
    words = words[:-1]
    if bare_word(words[-1]) in _PERFECT:
        words = words[:-1]  # 'contracts, which have grown 12%'
    if len(words) < 2 or bare_word(words[-1]) not in _RELATIVES:
        return None
    antecedent_end = words[-2]
    if bare_word(words[-1]) == "which" and not antecedent_end.endswith(","):
        return None  # 'said which rose': no clause hung from a noun
    if is_verb(antecedent_end.rstrip(",")):
        return None  # 'officials said that rose 4%' is no relative clause
    return tidy_phrase(noun_phrase_back(words[:-1]))
