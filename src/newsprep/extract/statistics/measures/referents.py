"""A count whose holder or noun is named outside its clause (measures round 20; tests in
``tests/stages/statistics/measures/test_groups_and_referents.py``, every sentence invented): 'He also leads the team
with 44 points' after a sentence about Ann Roe -> 'points of Ann Roe'; 'killed eight miners and injured 12' -> 'miners
injured' (the 12).

A pronoun is resolved only where a reader would not hesitate: 'he' or 'she' opening a sentence is the person the
sentence just before opens with, when that sentence names no one else (no other capitalised word after its opening
name). Nothing is guessed from the nearest noun.
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.clause import strip_qualifiers
from newsprep.extract.statistics.measures.groups import is_count_word
from newsprep.extract.statistics.measures.owners import named_owner
from newsprep.extract.statistics.measures.word_classes import CASUALTIES, STANDING_ADVERBS, bare_word
from newsprep.extract.statistics.words import is_plural_noun
from newsprep.text import MONTHS, SENTENCE_OPENERS, WEEKDAYS, word_set

LEADING_VERBS = word_set("lead leads led top tops topped head heads headed")
"""Verbs of leading a table or a team: what the leader has is told after 'with' ('leads the league with 41 points')."""
MAX_LEAD_GAP = 4
"""At most this many words between the verb of leading and 'with' ('leads the championship standings with')."""
_OPENING_NAME = re.compile(r"[“\"‘(]?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:\w+ly\s+)?[a-z]")
"""A sentence that opens with a name (one to three capitalised words) and a verb after it, maybe after an adverb."""
HARM_VERBS = word_set("killed wounded injured hurt")
"""Verbs of harm whose object is counted ('killed eight miners'), and the next toll after 'and' ('and injured 12')."""
MAX_GROUP_WORDS = 3
"""A toll's noun of at most this many words ('eight coal miners')."""
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_NOT_NAMES = {word.casefold() for word in SENTENCE_OPENERS} | MONTHS | WEEKDAYS


def named_subject_before(text: str, previous_sentence: tuple[int, int] | None) -> str | None:
    """The name the sentence before the number's opens with (``previous_sentence``: its span in ``text``, a paragraph,
    from the stage's ``sentence_spans``), when that sentence names no one else: who a 'he' or 'she' opening the
    number's sentence is ('Ann Roe scored twice. She now ...')."""
    if previous_sentence is None:
        return None  # the number's sentence opens the paragraph: who is meant is further away
    previous = text[previous_sentence[0] : previous_sentence[1]]
    opening = _OPENING_NAME.match(previous)
    if opening is None:
        return None
    name = opening.group("name")
    if any(bare_word(word) in _NOT_NAMES for word in name.split()):
        return None  # 'The Kings', 'On Sunday': an opener or a date, not a name
    if any(word.casefold() not in _NOT_NAMES for word in _CAPITALISED.findall(previous, opening.end("name"))):
        return None  # 'Ann Roe passed to Lee Cho': two people, 'she' could be either
    return name


def leader_count(
    text: str, previous_sentence: tuple[int, int] | None, left: list[str], noun_phrase: str | None
) -> str | None:
    """'Ann Roe leads the team with 44 points' -> 'points of Ann Roe': a count after 'with' that follows a verb of
    leading is what the subject has; a 'he' or 'she' subject is the person the sentence before opens with
    (``named_subject_before``; ``previous_sentence``: its span, None for a paragraph's first sentence), and None
    when no such sentence names one."""
    words = strip_qualifiers(left)
    if not noun_phrase or not words or bare_word(words[-1]) != "with":
        return None
    verb_at = next(
        (
            i
            for i in range(len(words) - 2, max(-1, len(words) - 3 - MAX_LEAD_GAP), -1)
            if bare_word(words[i]) in LEADING_VERBS
        ),
        None,
    )
    if verb_at is None:
        return None
    subject = words[:verb_at]
    if [bare_word(w) for w in subject if bare_word(w) not in STANDING_ADVERBS] in (["he"], ["she"]):
        holder = named_subject_before(text, previous_sentence)  # 'She now leads'
        return f"{noun_phrase} of {holder}" if holder else None
    return named_owner(subject, noun_phrase)  # 'The Falcons lead the league with 41 points' -> 'points of Falcons'


def harmed_group_before(sentence_before: list[str]) -> str | None:
    """'left eight miners dead and 12 injured', 'killed eight miners and injured 12' -> 'miners': the noun of the
    toll a noun-less toll of harm is joined to by 'and' (they are miners too, as a reader writes; ``sentence_before``:
    the sentence's words up to the noun-less count). None for any other words before it: 'destroyed 300 homes and
    injured 12' is no toll of the homes."""
    words = strip_qualifiers(sentence_before)
    if len(words) < 4:
        return None
    if bare_word(words[-1]) == "and" and bare_word(words[-2]) in CASUALTIES:
        return _toll_before(words[:-2])  # 'left eight miners dead and'
    if bare_word(words[-2]) == "and" and bare_word(words[-1]) in HARM_VERBS:
        return _toll_before(words[:-2], verb_before=True)  # 'killed eight miners and injured'
    return None


def _toll_before(words: list[str], *, verb_before: bool = False) -> str | None:
    """The noun of the count ``words`` end with ('... eight coal miners' -> 'coal miners'), when a verb of harm comes
    right before the count (``verb_before``) or need not."""
    count_at = next(
        (i for i in range(len(words) - 2, max(-1, len(words) - 2 - MAX_GROUP_WORDS), -1) if is_count_word(words[i])),
        None,
    )
    if count_at is None:
        return None
    noun = words[count_at + 1 :]
    if not all(w.isalpha() and w.islower() for w in noun) or not is_plural_noun(noun[-1]):
        return None
    if verb_before and (count_at == 0 or bare_word(words[count_at - 1]) not in HARM_VERBS):
        return None
    return " ".join(noun)
