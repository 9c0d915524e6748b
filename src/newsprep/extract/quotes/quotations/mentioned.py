"""Words in quotation marks that nobody is quoted as saying: thoughts and self-talk (``you tell yourself “no”``,
``the voters shrug and think, “enough”``), a lone answer word being mentioned (``afraid to say “yes”``) and a phrase
being discussed (``“Net zero” means ...``)."""

from __future__ import annotations

import re

from newsprep.text import word_set

_REFLEXIVES = "myself|yourself|himself|herself|itself|ourselves|yourselves|themselves|oneself"
_SELF_TALK = re.compile(
    r"\b(?:tell|tells|telling|told|ask|asks|asking|asked|remind|reminds|reminding|reminded)\s+(?:" + _REFLEXIVES + r")"
    r"(?:\s+(?:again|aloud|silently|quietly))?[\s,:…—–-]*$",
    re.IGNORECASE,
)
_THINKING = re.compile(
    r"\b(?:think|thinks|thinking|thought|wonder|wonders|wondering|wondered|imagine|imagines|imagining|imagined)"
    r"[\s,:…—–-]*$",
    re.IGNORECASE,
)
ANSWER_WORDS = word_set("yes no ok okay maybe sure sorry thanks please hello goodbye enough mercy help stop wow")
"""Words that are an answer or a cry when quoted alone (``afraid to say “yes”``, ``began yelling “Mercy!”``): the word
is mentioned, not quoted, unless a comma or colon brings it in or an attribution follows it (``“No,” Pell said.``)."""


def is_self_talk(left: str) -> bool:
    """``I keep telling myself,``, ``you tell yourself``: what one tells oneself is a thought, whoever thinks it."""
    return _SELF_TALK.search(left[-80:]) is not None


def is_unowned_thought(left: str, *, has_attribution: bool) -> bool:
    """``people shrug and think,``, ``you will always wonder,`` with no one named to think it: a thought nobody
    said (``Pell wondered, “Why now?”`` names the one who asked)."""
    return not has_attribution and _THINKING.search(left[-80:]) is not None


def is_mentioned_answer(left: str, quoted: str) -> bool:
    """``afraid to say “yes”``, ``began yelling “Mercy!”``, ``voted “no” on the levy``: a lone answer word run into
    the sentence, no comma or colon bringing it in, is a word mentioned, whoever says it (``Pell said: “No.”`` and
    ``“No,” Pell said.`` are answers)."""
    return left.rstrip()[-1:] not in (",", ":") and is_answer_word(quoted)


_DISCUSSED = re.compile(
    r"[\s,]*(?:sounds?|sounded|means|meant|refers?\s+to|stands?\s+for|is\s+short\s+for|"
    r"(?:is|was)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:term|phrase|word|expression|slogan|euphemism))\b",
    re.IGNORECASE,
)


def is_discussed_phrase(left: str, right: str) -> bool:
    """``“Become a leader” sounds like a tall order``, ``“Net zero” means ...``: a quoted phrase opening its sentence
    as the subject of what it sounds like or means is a phrase being discussed, not someone's words."""
    return not left.strip() and _DISCUSSED.match(right) is not None


def is_answer_word(quoted: str) -> bool:
    """``yes.``, ``No!``, ``Mercy!``: one answer or cry word, its punctuation aside."""
    words = re.findall(r"[\w’']+", quoted)
    return len(words) == 1 and words[0].lower() in ANSWER_WORDS


def is_mentioned(left: str, quoted: str, right: str, *, has_attribution: bool) -> bool:
    """Whether ``quoted``, between the words ``left`` and ``right`` of its sentence (quotations masked), is a thought,
    self-talk, an answer word mentioned or a phrase discussed rather than someone's words."""
    return (
        is_self_talk(left)
        or is_unowned_thought(left, has_attribution=has_attribution)
        or is_mentioned_answer(left, quoted)
        or is_discussed_phrase(left, right)
    )
