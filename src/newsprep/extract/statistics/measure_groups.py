"""Counts told as members of a group named apart from them (statistics round 11; tests in
``tests/stages/test_statistics_lee_measures2.py``, every sentence invented):

- a list after a group of casualties: 'The dead were six boys, three women and two men' -> 'boys among the dead';
- part of a count just given: 'killed 40 people, 12 of them children' -> 'children killed';
- what is left out: 'all of the valley except for one village' -> 'village';
- a count per period: 'four meals a day' -> 'meals a day'.
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.measure_words import NUMBER_WORDS, PREPOSITIONS, bare_word
from newsprep.extract.statistics.noun_phrases import is_plural_noun
from newsprep.text import word_set

_GROUP_LISTED = re.compile(
    r"\b(?:the|The)\s+(?P<group>dead|injured|wounded|missing|victims|casualties|survivors)\s+"
    r"(?:were|are|included|include)\b(?P<list>[^.;:!?]*)$"
)
"""'The dead were six boys, three women ...': a group of casualties, then the list that makes it up."""
_LIST_WORD = re.compile(r"^(?:[\w'’-]+,?|and|or)$")
"""The words a list of counts is made of (counts, their nouns, commas and 'and'), nothing that starts a clause."""


def listed_in_group(sentence_before: str, noun_phrase: str | None) -> str | None:
    """'The dead were six boys, three women and two men' -> 'boys among the dead' (each member of the list)."""
    if not noun_phrase or "the" not in sentence_before.lower():
        return None
    group = _GROUP_LISTED.search(sentence_before)
    if group is None or len(group.group("list").split()) > 12:
        return None
    listed = group.group("list").split()
    if not all(_LIST_WORD.match(w) for w in listed):
        return None
    if listed and (not _is_count_word(listed[0]) or (not listed[-1].endswith(",") and listed[-1] != "and")):
        return None  # 'The injured were taken to two hospitals': no list of counts before this one
    return f"{noun_phrase} among the {group.group('group')}"


def _is_count_word(word: str) -> bool:
    return word[:1].isdigit() or bare_word(word) in NUMBER_WORDS


_PAST_VERB = re.compile(r"^[a-z]+ed$")
_OF_THEM = re.compile(r"\s+of\s+them\s+(?P<part>[A-Za-z][\w'’-]*)")
"""'..., 12 of them children': a part of the count before it, named by its own noun."""


def part_of_count(sentence_before: list[str], right: list[str]) -> str | None:
    """'40 people, 12 of them children' -> 'children': part of a count just given is what the words after 'of
    them' name (``whole_with_part`` gives it the whole's verb, beside the whole's statistic)."""
    if len(right) < 3 or [bare_word(w) for w in right[:2]] != ["of", "them"]:
        return None
    if not sentence_before or not sentence_before[-1].endswith(","):
        return None  # only right after the whole it is part of
    noun = right[2].strip(",.;:!?\"'“”’")
    return noun if is_plural_noun(noun) else None  # '6 of them critically', '9 of them in Leeds': no noun


def whole_with_part(text: str, end: int, whole: str | None, whole_noun: str | None, *, share: bool) -> str | None:
    """'killed 40 people, 12 of them children' -> 'children killed': the whole's phrase with the part's noun in place
    of the whole's (the part's noun alone when the whole's phrase does not hold its noun); a ``share`` ('about a
    third of them flats') -> 'flats share of <the whole's phrase>'. None when no 'of them' and a plural noun follow
    the number ending at ``end`` (or, for a share, no phrase of the whole is known)."""
    part = _OF_THEM.match(text, end)
    if part is None or not is_plural_noun(part.group("part")):
        return None
    if share:
        return f"{part.group('part')} share of {whole}" if whole else None
    if whole and whole_noun and whole_noun in whole.split():
        return " ".join(part.group("part") if w == whole_noun else w for w in whole.split())
    return part.group("part")


def left_out(sentence_before: list[str], right: list[str]) -> str | None:
    """'all of the valley except for one village' -> 'village': the one thing left out is what the count counts
    ('except' alone says nothing of it)."""
    words = [bare_word(w) for w in sentence_before[-2:]]
    if not words or not ("except" in words or words == ["all", "but"]) or not right:
        return None
    noun = right[0].strip(",.;:!?\"'“”’")
    return noun if noun.isalpha() and noun.islower() and bare_word(noun) not in {"of", "the", "a", "an"} else None


PERIODS = word_set("day week month year night hour")
"""The period a count per period is told by: 'four meals a day'."""


def count_per_period(unqualified: list[str], noun_phrase: str | None, right: list[str]) -> str | None:
    """'four meals a day' -> 'meals a day'; 'two snacks a day served' -> 'snacks served a day': a count per
    period, when nothing but a participle follows it in the clause (not after a preposition: 'panels for 900 homes
    a year' counts what the panels serve); ``unqualified``: the sentence's words before the number, unqualified."""
    if not noun_phrase or len(right) not in {2, 3} or (unqualified and bare_word(unqualified[-1]) in PREPOSITIONS):
        return None
    if bare_word(right[0]) not in {"a", "per", "each", "every"} or bare_word(right[1]) not in PERIODS:
        return None
    period = f"a {bare_word(right[1])}"
    if len(right) == 2:
        return f"{noun_phrase} {period}"
    following = bare_word(right[2])
    return f"{noun_phrase} {following} {period}" if _PAST_VERB.match(following) else None
