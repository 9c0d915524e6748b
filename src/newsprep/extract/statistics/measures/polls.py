"""Polls and races: what a share, a lead or a margin measures in a story about voters.

Read from the words around the number, each with an invented-sentence test
(``tests/stages/statistics/test_statistics_polls.py``):

- head to head: 'Ruiz leads Cole 48% to 41%' -> 'support for Ruiz', then 'support for Cole';
- a share that backs someone: '31% would vote for Dana Ruiz' -> 'support for Dana Ruiz'; 'Ruiz was backed by 40%';
  'Cole drew 12% support' (in a paragraph about a poll); a gapped list after it: ', Diaz 4% and Lee 2%';
- a lead in points: 'Ruiz leads Cole by 6 points' -> 'Ruiz lead'; 'that lead was 4 points' -> 'lead'; 'a survey by
  the Ledger showing her ahead 3 points' -> 'lead in the Ledger'; 'a 9-point lead over Cole' -> 'lead over Cole';
- respondents who said something: '12 percent said they were undecided' -> 'saying they were undecided'.

In a paragraph about a poll, 'N points' after a lead or a margin is in percentage points (and a 'ten-point lead' is
a statistic): a race's margin, not a game's score.
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.word_classes import DETERMINERS, FUNCTION, bare_word
from newsprep.extract.statistics.words import (
    LEAD_ADJECTIVES,
    POLL_ANSWER_VERBS,
    POLL_HEDGES,
    POLL_LIMITS,
    SAMPLE_HEDGES,
    one_of,
    optional_before,
)

_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_POLL_CONTEXT = re.compile(
    r"\b(?:polls?|polled|polling|pollsters?|surveys?|surveyed|voters|electorate|margin\s+of\s+error|"
    r"percentage\s+points?|votes?|elections?|ballots?|turnout)\b",
    re.IGNORECASE,
)
"""A paragraph about a poll or a race: its 'points' are percentage points."""

_AUX = r"(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?(?:(?:likewise|still|now|also|again|narrowly|easily)\s+)?"
_LEAD_VERBS = r"(?:leads?|led|leading|beats?|beating|tops?|topped|topping|edges?|edged|edging|trails?|trailed|trailing)"
_HEDGE = optional_before(POLL_HEDGES)
"""A hedge before a number: 'by about'."""
_HEDGE_OR_LIMIT = optional_before((*POLL_HEDGES, *POLL_LIMITS))
"""The hedge, or a limit: 'by just', 'won only'."""
_HEAD_TO_HEAD_FIRST = re.compile(rf"(?P<x>{_NAME})\s+{_AUX}{_LEAD_VERBS}\s+(?P<y>{_NAME})\s+(?:by\s+)?{_HEDGE}$")
"""'Ruiz leads Cole by' before the first of 'A% to B%'."""
_PRONOUN_LEADS = re.compile(rf"\b(?P<x>[Ss]he|[Hh]e)\s+{_AUX}{_LEAD_VERBS}\s+(?P<y>{_NAME})\s+(?:by\s+)?{_HEDGE}$")
"""'She leads Cole by' before 'A% to B%': she is the candidate named before her in the sentence."""
_TO_NUMBER = re.compile(r"\s+to\s+\d")
_HEAD_TO_HEAD_SECOND = re.compile(
    rf"(?P<x>{_NAME})\s+{_AUX}{_LEAD_VERBS}\s+(?P<y>{_NAME})\s+(?:by\s+)?{_HEDGE}"
    r"\d[\d.,]*\s*(?:%|percent)\s+to\s+$"
)
"""'Ruiz leads Cole 48% to' before the second number."""

_BACKING = re.compile(
    r"\s+(?:of\s+[^,.;:]{1,40}?\s+)?(?:would|will|say\s+they\s+would|said\s+they\s+would|plan\s+to|are|were)?\s*"
    r"(?:choose|back|support|prefer|favou?r|pick|vote\s+for|backed|supported|preferred|favou?red|chose|picked|"
    r"voted\s+for)\s+(?P<rest>[^,.;:!?]{1,80})"
)
"""'31% would vote for Dana Ruiz', '5 percent prefer the Libertarian nominee, Gary Johnson'."""
_APPROVING = re.compile(
    r"\s+(?:of\s+[^,.;:]{1,40}?\s+)?(?:say\s+they\s+|said\s+they\s+)?(?P<way>approve|approved|disapprove|disapproved)"
    r"\s+of\s+(?:the\s+(?:way|job)\s+)?(?P<rest>[^,.;:!?]{1,60})"
)
"""'41% approve of the way Ruiz handles the economy' -> 'approval of Ruiz'."""
_BACKED_BY = re.compile(
    rf"(?P<x>{_NAME})\s+(?:is|was|were|are|has\s+been|had\s+been)\s+(?:supported|backed|favou?red|preferred|chosen)"
    rf"\s+by\s+{_HEDGE_OR_LIMIT}$"
)
_RECEIVED = re.compile(
    rf"(?P<x>{_NAME})\s+(?:received|receives|got|gets|drew|draws|polled|polls|garnered|garners|had|has|takes|took|"
    r"won|wins|captured|secured)"
    rf"\s+{_HEDGE_OR_LIMIT}$"
)
_SUPPORT_AFTER = re.compile(r"\s+(?:support|backing)\b")
_OF_THE_VOTE = re.compile(r"\s+of\s+(?:the\s+)?(?:popular\s+|total\s+)?(?:vote|votes|ballots)\b")
_WON_BY = re.compile(rf"(?P<x>{_NAME})\s+(?:won|wins|defeated|defeats|beat|beats)\b[^,.;:]{{0,40}}?\s+by\s+$")
"""'Ruiz won the runoff by' before a margin: the margin of victory."""
_FOR_NAME = re.compile(rf"\s+for\s+(?P<x>{_NAME})(?=\s*(?:[,.;:!?)]|$|\s+(?:and|while|but|with)\b))")
"""'41% for Haley': a share for a named candidate, the name ending its clause (not '20% for Medicare patients')."""
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")

_LEAD_BEFORE = re.compile(
    rf"(?:(?P<x>{_NAME})\s+{_AUX}(?:{_LEAD_VERBS}|ahead)(?:\s+(?P<y>{_NAME}))?\s+|"
    r"\b(?:lead|advantage|edge)\s+(?:(?:is|was|stood\s+at|of)\s+)?)"
    rf"(?:by\s+)?{_HEDGE_OR_LIMIT}$"
)
"""'Ruiz led Cole by', 'that lead was', 'an advantage of' before a number of points."""
_BARE_MARGIN = re.compile(r"\bby\s+$")
"""'The Kestrels trailed by' two: a margin whose noun (goals, votes) the text leaves out."""
_PASSIVE_BY = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+(?:\w+ly\s+)?\w+\s+by\s+$")
"""'The side was led by' two: the doer of a passive verb, not a margin."""
_TRAILING = re.compile(r"\btrail(?:s|ed|ing)?\b")
"""The verb of a candidate behind: their margin is a deficit, not a lead."""
_SHOWN_AHEAD = re.compile(
    rf"(?P<source>{_NAME})\s+(?:showing|shows|showed|has|had|gives|gave|puts|put)\s+(?P<who>her|him|them|{_NAME})"
    rf"\s+ahead\s+(?:by\s+)?{_HEDGE}$"
)
"""'RealCount showing her ahead' before a lead: the lead in that source."""
_POINT_COMPOUND = re.compile(r"-points?\s+(?P<noun>lead|margin|advantage|edge|gap|deficit|swing)\b")
"""'a ten-point lead': a margin written as a compound."""
_COMPOUND_NOUN = re.compile(
    r"\s+(?P<noun>lead|margin|advantage|edge|gap|deficit|swing)\b(?:\s+over\s+(?P<y>" + _NAME + "))?"
)
"""What follows the compound's '-point': 'lead over Cole'."""
_HOLDER = re.compile(
    rf"(?P<x>{_NAME})\s+(?:had|has|held|holds|built|opened|enjoys|enjoyed)\s+(?:a|an)\s+"
    rf"{optional_before((*POLL_HEDGES, *LEAD_ADJECTIVES))}$"
)
"""'Moss had a' before a compound margin: whose lead it is."""
_SAYING = re.compile(
    rf"\s+(?:of\s+(?P<group>[^,.;:]{{1,30}}?)\s+)?(?:{one_of(POLL_ANSWER_VERBS)})\s+(?:that\s+)?"
    r"(?P<clause>[^,.;:!?“”\"]{1,80})"
)
_PRONOUNS = frozenset({"she", "he", "they", "it", "her", "him", "them", "this", "that", "there"})
_OPENERS = frozenset({"among", "in", "on", "at", "for", "after", "before", "while", "with", "according", "but", "and"})
"""Capitalised words that open a sentence and name nobody ('Among likely voters, ...')."""


_SAMPLE_OF = re.compile(
    rf"\b(?:poll|polls|survey|surveys|sample|panel|questionnaire)\s+of\s+{optional_before(SAMPLE_HEDGES)}$",
    re.IGNORECASE,
)
"""'a random sample of' before a count: the people surveyed."""


def surveyed_count(before: str, noun: str | None) -> str | None:
    """'a sample of 850 residents' -> 'residents surveyed'."""
    return f"{noun} surveyed" if noun and _SAMPLE_OF.search(before) else None


def is_poll_paragraph(text: str) -> bool:
    """Whether a paragraph talks about a poll or a race (its 'points' are percentage points)."""
    return _POLL_CONTEXT.search(text) is not None


_CHANGE_VERBS = r"(?:up|down|rose|fell|gained|lost|dropped|jumped|climbed|slipped|grew|improved|increased|decreased)"
_SHARE_BEFORE_POINTS = re.compile(
    rf"(?:\d\s*(?:%|percent\b)|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:share|percentage|proportion)\s+(?!price)[a-z])"
    rf"[^.;!?%]*?\b{_CHANGE_VERBS}\s+(?:by\s+)?$"
)
"""'38% of pupils read at grade level, up 3 points', 'the share meeting the standard jumped 17 points': a change of
a share, in its sentence, told in points."""
_MARKET_CONTEXT = re.compile(r"\b(?:index|indexes|indices|Dow|S&P|Nasdaq|FTSE|Nikkei|DAX|stocks|shares)\b")
"""A paragraph about a market: its 'points' are the index's."""


def change_of_a_share(text: str, start: int) -> bool:
    """Whether the 'points' of a number at ``start`` are percentage points because the sentence gave a share before
    and the number is its change ('..., up 3 points'); never in a paragraph about a market index."""
    return _SHARE_BEFORE_POINTS.search(text, max(0, start - 200), start) is not None and not _MARKET_CONTEXT.search(
        text
    )


def point_compound_end(text: str, end: int) -> int | None:
    """Where a 'ten-point lead' compound's unit ends ('-point'), or None when the number opens no such compound."""
    m = _POINT_COMPOUND.match(text, end)
    return m.start("noun") - 1 if m else None


def _name(words: str) -> str | None:
    """A candidate's name from the words that hold it: the last capitalised run, without a leading determiner."""
    runs = re.findall(r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*", words)
    if not runs:
        return None
    run = runs[-1].split()
    while run and bare_word(run[0]) in FUNCTION:
        run = run[1:]
    name = " ".join(run).removesuffix("’s").removesuffix("'s")
    return name if name and name.lower() not in _PRONOUNS else None


def _name_before(words: str, *, other: str) -> str | None:
    """The last name in ``words`` that is not ``other`` ('Ruiz's edge is the same: she ...' -> 'Ruiz')."""
    runs = [_name(run) for run in re.findall(r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*", words)]
    names = [name for name in runs if name and name != other and name.split()[0].lower() not in _OPENERS]
    return names[-1] if names else None


def _object(rest: str) -> str | None:
    """The first words of what is approved of, up to a verb's clause ('the new budget plan' -> 'new budget plan')."""
    words = rest.split()[:4]
    while words and bare_word(words[0]) in FUNCTION:
        words = words[1:]
    while words and bare_word(words[-1]) in FUNCTION:
        words = words[:-1]
    return " ".join(words) or None


def _backed_name(rest: str) -> str | None:
    """The name after a verb of backing, before the clause's next link ('Gary Johnson and 1% ...' -> 'Gary Johnson')."""
    head = re.split(r"\s+(?:and|while|but|in|among|if|over|against|with|as)\s+", rest, maxsplit=1)[0]
    return _name(head)


def poll_measure(text: str, sentence: tuple[int, int], start: int, end: int, *, unit: str) -> str | None:
    """What a share or a margin in a poll measures, when one of the module's shapes says it; None otherwise."""
    before, after = text[sentence[0] : start], text[end : sentence[1]]
    if unit == "percentage points" or unit == "points":
        return _lead(before, text[start:end], text[end:])
    if unit == "count" and _BARE_MARGIN.search(before) and not _PASSIVE_BY.search(before):
        return _lead(before, text[start:end], text[end:])  # 'The Kestrels trailed by two' -> 'Kestrels deficit'
    if unit != "percent":
        return None
    first = _HEAD_TO_HEAD_FIRST.search(before) or _PRONOUN_LEADS.search(before)
    if first and _TO_NUMBER.match(after):
        x = _name(first.group("x")) or _name_before(before[: first.start()], other=first.group("y"))
        return f"support for {x}" if x else None
    second = _HEAD_TO_HEAD_SECOND.search(before)
    if second and _name(second.group("y")):
        return f"support for {_name(second.group('y'))}"
    named_for = _FOR_NAME.match(after) if is_poll_paragraph(text) else None
    if named_for and _name(named_for.group("x")):
        return f"support for {_name(named_for.group('x').rstrip('.'))}"  # 'split: 41% for Haley and 39% for Ocampo'
    backing = _BACKING.match(after)
    if backing and _backed_name(backing.group("rest")):
        return f"support for {_backed_name(backing.group('rest'))}"
    approving = _APPROVING.match(after)
    if approving:
        way = "disapproval" if approving.group("way").startswith("dis") else "approval"
        what = _backed_name(approving.group("rest")) or _object(approving.group("rest"))
        return f"{way} of {what}" if what else way
    backed = _BACKED_BY.search(before)
    if backed and _name(backed.group("x")):
        return f"support for {_name(backed.group('x'))}"
    received = _RECEIVED.search(before)
    named = _name(received.group("x")) if received else None
    if named and _OF_THE_VOTE.match(after):
        return f"vote for {named}"  # 'Ruiz won 52% of the vote'
    if named and (_SUPPORT_AFTER.match(after) or (_CLAUSE_END.match(after) and is_poll_paragraph(text))):
        return f"support for {named}"
    return None


def saying_measure(text: str, sentence: tuple[int, int], end: int) -> str | None:
    """'12 percent said they were undecided' in a poll story -> 'saying they were undecided' (for a share whose other
    rules give no phrase or a lone verb)."""
    saying = _SAYING.match(text, end, sentence[1])
    if saying is None or not is_poll_paragraph(text):
        return None
    clause = saying.group("clause").split()[:6]
    while clause and bare_word(clause[-1]) in FUNCTION:
        clause = clause[:-1]
    group = (saying.group("group") or "").split()
    group = group[1:] if group and bare_word(group[0]) in FUNCTION else group
    return " ".join([*group, "saying", *clause]) if clause else None


def _lead(before: str, number: str, after: str) -> str | None:
    """'Ruiz led Cole by' 5 points -> 'Ruiz lead'; 'a 9-point lead over Cole' -> 'lead over Cole'."""
    compound = _COMPOUND_NOUN.match(after) if re.search(r"-points?$", number) else None
    if compound:
        holder = _HOLDER.search(before)
        who = _name(holder.group("x")) if holder else None
        over = f" over {_name(compound.group('y'))}" if compound.group("y") and _name(compound.group("y")) else ""
        return f"{who + ' ' if who else ''}{compound.group('noun')}{over}"
    shown = _SHOWN_AHEAD.search(before)
    if shown and _name(shown.group("source")):
        who = _name(shown.group("who"))
        return f"{who + ' ' if who else ''}lead in {_name(shown.group('source'))}"
    won = _WON_BY.search(before)
    if won and _name(won.group("x")):
        return f"{_name(won.group('x'))} margin of victory"
    lead = _LEAD_BEFORE.search(before)
    if lead is None:
        return None
    who = _name(lead.group("x")) if lead.group("x") else None
    behind = _TRAILING.search(lead.group()) is not None and lead.group("x") is not None
    held = "deficit" if behind else "lead"  # 'Ruiz trails Cole by 5 points' -> 'Ruiz deficit'
    return f"{who} {held}" if who else held


def gapped_measure(text: str, previous_end: int, previous_measure: str | None, start: int) -> str | None:
    """', Diaz 4% and Lee 2%' after 'support for Cole': 'support for Diaz' (a list that says its verb once); after a
    lead, 'HuffCount 4.3 points' -> 'lead in HuffCount'."""
    if not previous_measure or previous_end > start:
        return None
    gap = text[previous_end:start]
    m = re.fullmatch(r"\s*(?:support|points?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<words>[^,.;:!?]{1,60}?)\s+", gap)
    if m is None or not m.group("words").split()[-1][:1].isupper():
        return None
    name = _name(m.group("words"))
    if name is None:
        return None
    if previous_measure.startswith("support for "):
        return f"support for {name}"
    if re.search(r"(?:^|\s)lead(?:\s|$)", previous_measure):
        return f"lead in {name}"
    return None


_DETERMINER_OR_JOINING_WORD = DETERMINERS | frozenset({"and", "while", "as", "but"})


def named_subject(words: list[str]) -> str | None:
    """The name that opens a clause ('Lind leads the field with', 'The Greens finished third with')."""
    while words and bare_word(words[0]) in _DETERMINER_OR_JOINING_WORD:
        words = words[1:]
    name: list[str] = []
    for word in words:
        if not word[:1].isupper() or word.endswith((",", ";", ":")) or bare_word(word) in FUNCTION:
            break
        name.append(word)
    return " ".join(name) if name and len(name) < len(words) else None
