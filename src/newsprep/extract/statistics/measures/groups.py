"""Counts told as members of a group named apart from them (statistics round 11; tests in
``tests/stages/statistics/measures/test_casualty_lists_parts_and_periods.py``, every sentence invented):

- a list after a group of casualties: 'The dead were six boys, three women and two men' -> 'boys among the dead';
- part of a count just given: 'killed 40 people, 12 of them children' -> 'children killed';
- what is left out: 'all of the valley except for one village' -> 'village';
- a count per period: 'four meals a day' -> 'meals a day';
- a part of a group counted a sentence before (measures round 20,
  ``tests/stages/statistics/measures/test_groups_and_referents.py``): 'The study followed 4,000 adults. In that
  time, 310 of them had a stroke.' -> 'adults a stroke', not 'them a stroke'; a noun-less count in a later clause of
  its own: 'finished 6,800 flats, and another 4,100 are planned' -> 'flats planned'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprep.extract.statistics.measures.clause import tidy_phrase
from newsprep.extract.statistics.measures.word_classes import NUMBER_WORDS, PREPOSITIONS, bare_word
from newsprep.extract.statistics.words import is_plural_noun
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
    if listed and (not is_count_word(listed[0]) or (not listed[-1].endswith(",") and listed[-1] != "and")):
        return None  # 'The injured were taken to two hospitals': no list of counts before this one
    return f"{noun_phrase} among the {group.group('group')}"


def is_count_word(word: str) -> bool:
    """Digits or a number word: a count's first word ('12', 'twelve')."""
    return word[:1].isdigit() or bare_word(word) in NUMBER_WORDS


_PAST_VERB = re.compile(r"^[a-z]+ed$")
_OF_THEM = re.compile(r"\s+of\s+them\s+(?P<part>[A-Za-z][\w'’-]*)")
"""'..., 12 of them children': a part of the count before it, named by its own noun."""
_OF_THEM_AFTER = re.compile(r"\s+of\s+them\b", re.IGNORECASE)
_OWN_CLAUSE_VERB = re.compile(
    r"\s+(?P<copula>are|were|remain|remained)\s+(?P<rest>[^,;:.!?]+)|\s+(?P<doing>[a-z]+ing\s+[^,;:.!?]+)"
)
"""A noun-less count that opens a clause of its own: 'another 4,100 are under construction', 'with 200 paddling
across the line' (what follows: its state or what it is doing)."""
_CLAUSE_JOIN = re.compile(r"(?:,|;|\band\b|\bwhile\b|\bwith\b|\bbut\b)")


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


@dataclass(frozen=True, slots=True)
class CountedGroup:
    """A count of a paragraph and the plural noun it counts ('4,000 adults'; None for '120 injured'), which a later
    'N of them' may be part of."""

    end: int
    sentence: int
    """Which sentence of the paragraph the count stands in (``context.sentence_index``)."""
    value: float
    noun: str | None


def counted_group(end: int, sentence: int, value: float, kind: str, noun: str | None) -> CountedGroup | None:
    """The group a count names ('4,000 adults'; '120' with no plural noun after it is a group no word names);
    None for any other statistic ('$4,000', '4%')."""
    if kind != "count":
        return None
    return CountedGroup(end, sentence, value, noun if noun and is_plural_noun(noun.split()[-1]) else None)


def group_for_them(
    text: str, phrase: str | None, part: tuple[int, int, int, float | None], groups: list[CountedGroup]
) -> str | None:
    """'The study followed 4,000 adults. During that time, 310 of them had a stroke': 'them a stroke' -> 'adults a
    stroke'. A number told as 'N of them' whose phrase opens with the pronoun ('them ...', 'share of them ...') takes
    the noun of the group 'them' points back at: the nearest count before it in the paragraph that is at least as
    large (a part is never more than its whole: in '900 people who visited two markets. About 150 of them' they are
    people), in the same sentence or the one just before, when a plural noun names that count ('three hikers died and
    40 were hurt, half of them children': the 40, which no noun names, so the phrase stays). ``part``: the number's
    start, end, sentence and value when it is a count (None for a share); ``groups``: the paragraph's counts so far.
    Any other phrase is returned as it is."""
    start, end, sentence, value = part
    words = phrase.split() if phrase else []
    at = 0 if words[:1] == ["them"] else 2 if words[:3] == ["share", "of", "them"] else None
    if at is None or len(words) == at + 1 or not _OF_THEM_AFTER.match(text, end):
        return phrase
    whole = next((g for g in reversed(groups) if g.end <= start and (value is None or g.value >= value)), None)
    if whole is None or whole.noun is None or sentence - whole.sentence > 1:
        return phrase  # a sentence between: 'them' may point at any group it names
    rest = words[at + 1 :]
    if at and is_plural_noun(rest[0]):  # 'a third of them flats' -> 'flats share of homes'
        return " ".join([rest[0], "share of", whole.noun, *rest[1:]])
    return " ".join([*words[:at], whole.noun, *rest])


def elided_group_count(
    text: str, phrase: str | None, part: tuple[int, int, int], groups: list[CountedGroup]
) -> str | None:
    """'developers finished 6,800 flats last year, and another 4,100 are under construction' -> 'flats under
    construction': a noun-less count that opens a clause of its own later in the sentence of a count of a plural
    noun counts the same things (the noun is left out as said already); not when a plural noun after 'are' names
    the part by its own noun ('has 40 members, and 12 are women'). ``part``: the count's start, end and sentence."""
    start, end, sentence = part
    clause = _OWN_CLAUSE_VERB.match(text, end)
    whole = groups[-1] if groups else None
    if clause is None or whole is None or whole.noun is None or whole.end > start or whole.sentence != sentence:
        return phrase
    if not _CLAUSE_JOIN.search(text[whole.end : start]):
        return phrase
    said = (clause.group("rest") or clause.group("doing")).split()
    if clause.group("copula") and _names_a_part(said):
        return phrase  # 'Of the 140 posts cut, 60 are nursing posts': the part's own noun, not a state of the posts
    return tidy_phrase([whole.noun, *said]) or phrase


def _names_a_part(words: list[str]) -> bool:
    """Whether the words after 'are' are a noun phrase of their own ('women', 'nursing posts'), up to a preposition."""
    head = next((i for i, w in enumerate(words) if bare_word(w) in PREPOSITIONS), len(words))
    return head > 0 and is_plural_noun(words[head - 1].strip(",.;:!?\"'“”’"))
