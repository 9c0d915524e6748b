"""Measures named away from the number: a relative clause's antecedent, the noun a range qualifies, a place's
population, money per period, money lost (issue 17, round 7; each shape has invented-sentence tests).

- 'the payroll levy, which, at 6 percent, is the steepest' -> 'payroll levy' (also 'which now goes as high as');
- 'landing fees, ranging from 2 percent to 9 percent, on ...' -> 'landing fees' for both ends;
- 'a republic of 12 million people' -> 'population of the republic';
- 'set aside $80 each month', 'earn $4,000 annually' -> 'monthly savings', 'annual earnings';
- 'the retailer lost $40 million' -> 'retailer losses' (a loss, not a fall in the retailer).
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.clause import noun_phrase_back, subject_words, tail_words, tidy_phrase
from newsprep.extract.statistics.measures.word_classes import (
    DETERMINERS,
    FUNCTION,
    LOSING,
    MONEY_NOUNS,
    PREPOSITIONS,
    bare_word,
)
from newsprep.extract.statistics.words import (
    FROM_HEDGES,
    LEVEL_HEDGES,
    PLACE_SIZE_HEDGES,
    TOLD_WITH_HEDGES,
    one_of,
    optional_before,
)

_RELATIVE_OPEN = re.compile(r",\s+which\b,?", re.IGNORECASE)
_LEVEL_CLAUSE = re.compile(
    r"\s*(?:(?:currently|now|still|already|then|today)\s+)?"
    r"(?:(?:goes|go|went|runs|run|ran|stands|stood|sits|sat|is|was|are|were|reaches|reached|tops|topped|hits|hit)\s+)?"
    rf"(?:(?:as\s+(?:high|low|much|little)\s+as|at|to|{one_of(LEVEL_HEDGES)})\s+)*",
    re.IGNORECASE,
)
"""What may stand between 'which' and the number for the number to be the antecedent's level: 'which, at',
'which now goes as high as', 'which stood at'. A clause with a noun of its own ('which reported revenue of')
is not one."""


def relative_antecedent(sentence_before: str) -> str | None:
    """'the payroll levy, which, at 6 percent, ...' -> 'payroll levy': the noun a level clause hangs from."""
    if "which" not in sentence_before.lower():
        return None  # most sentences: no regex run
    opens = list(_RELATIVE_OPEN.finditer(sentence_before))
    if not opens or _LEVEL_CLAUSE.fullmatch(sentence_before, opens[-1].end()) is None:
        return None
    return tidy_phrase(noun_phrase_back(sentence_before[: opens[-1].start()].split()))


_TOLD_WITH = re.compile(rf",\s+with\s+{optional_before(TOLD_WITH_HEDGES)}$", re.IGNORECASE)


def share_told_with(sentence_before: str, right: list[str]) -> str | None:
    """'The levy won thin approval from shop owners, with about 12 percent.' -> 'thin approval from shop
    owners': a share that ends its clause after ', with' is the size of the noun phrase before the comma."""
    m = _TOLD_WITH.search(sentence_before) if not right and "with" in sentence_before.lower() else None
    return tidy_phrase(_noun_phrase_with_its_object(sentence_before[: m.start()].split())) if m else None


def _noun_phrase_with_its_object(words: list[str]) -> list[str]:
    """'Pell has support from young voters' -> 'support from young voters': the noun phrase that ends ``words`` and
    the one before it when a preposition joins them ('turnout in the north'; not across a verb)."""
    tail = noun_phrase_back(words)
    rest = words[: len(words) - len(tail)]
    while rest and bare_word(rest[-1]) in DETERMINERS:
        rest = rest[:-1]
    if not tail or len(rest) < 2 or bare_word(rest[-1]) not in PREPOSITIONS or bare_word(rest[-1]) == "of":
        return tail
    head = noun_phrase_back(rest[:-1])
    return [*head, *words[len(rest) - 1 :]] if head else tail  # from the preposition on


_RANGING_END = re.compile(
    rf",\s+(?:ranging|varying|running)\s+(?:anywhere\s+)?from\s+{optional_before(FROM_HEDGES)}$",
    re.IGNORECASE,
)


_RANGE_VERB_END = re.compile(
    r"^(?P<subject>[^,;:]*?)\s+(?:(?:will|would|could|can|may|might|should|typically|usually|generally)\s+)*"
    rf"(?:range|ranges|ranged|vary|varies|varied)\s+(?:anywhere\s+)?from\s+{optional_before(FROM_HEDGES)}$",
    re.IGNORECASE,
)
"""'Fares on the new line will range from Rs 10 to Rs 60': the sentence's subject, for both ends."""
_MAX_RANGING_SUBJECT = 6


def ranging_holder(sentence_before: str) -> str | None:
    """'imposed landing fees, ranging from 2 percent to 9 percent' -> 'landing fees'; 'Fares on the line range from
    Rs 10 to Rs 60' -> 'Fares on the line' (both ends of the range)."""
    if "from" not in sentence_before.lower():
        return None
    m = _RANGING_END.search(sentence_before)
    if m:
        return tidy_phrase(noun_phrase_back(sentence_before[: m.start()].split()))
    verb = _RANGE_VERB_END.search(sentence_before.strip() + " ")
    subject = verb.group("subject").split() if verb else []
    if len(subject) > _MAX_RANGING_SUBJECT:
        return tidy_phrase(noun_phrase_back(subject))
    return tidy_phrase(subject) if subject else None


_PLACE_OF_END = re.compile(
    r"\b(?P<place>nation|country|city|town|state|island|village|region|province|county|district|territory|republic"
    rf"|kingdom|metropolis|suburb)\s+of\s+{optional_before(PLACE_SIZE_HEDGES)}$",
    re.IGNORECASE,
)
_INHABITANTS = frozenset({"people", "residents", "inhabitants", "citizens", "souls"})


def population_measure(sentence_before: str, noun_phrase: str | None) -> str | None:
    """'a republic of 12 million people' -> 'population of the republic' (not 'republic of people')."""
    if not noun_phrase or noun_phrase.split()[-1].lower() not in _INHABITANTS:
        return None
    m = _PLACE_OF_END.search(sentence_before)
    return f"population of the {m.group('place').lower()}" if m else None


_PERIODS = {
    "month": "monthly",
    "year": "annual",
    "week": "weekly",
    "day": "daily",
}
_PERIOD_ADVERBS = {"annually": "annual", "yearly": "annual", "monthly": "monthly", "weekly": "weekly", "daily": "daily"}
_ASIDE = frozenset({"aside", "away"})
"""'put aside $80', 'tuck away $50': saving."""


def _period(right: list[str]) -> str | None:
    words = [bare_word(w) for w in right[:2]]
    if words[:1] and words[0] in _PERIOD_ADVERBS:
        return _PERIOD_ADVERBS[words[0]]
    if len(words) == 2 and words[0] in {"a", "an", "each", "every", "per"} and words[1] in _PERIODS:
        return _PERIODS[words[1]]
    return None


def per_period_measure(between: list[str], right: list[str]) -> str | None:
    """'set aside $80 each month' -> 'monthly savings'; 'could earn $4,000 annually' -> 'annual earnings'; what the
    money goes on or to after the period ('spends $9 million a year on roads' -> 'annual spending on roads')."""
    period = _period(right)
    if period is None or not between:
        return None
    verb = bare_word(between[-1])
    nominal = "savings" if verb in _ASIDE else MONEY_NOUNS.get(verb)
    if nominal is None or " " in nominal:
        return None  # 'money raised', 'money received' say no period
    rest = right[1:] if bare_word(right[0]) in _PERIOD_ADVERBS else right[2:]
    spent_on = tidy_phrase(tail_words(rest[1:])) if rest and bare_word(rest[0]) in {"on", "for"} else None
    if spent_on:
        return f"{period} {nominal} {bare_word(rest[0])} {spent_on}"
    costing = _costing_subject(between[:-1]) if nominal == "cost" else None
    return f"{period} cost of {costing}" if costing else f"{period} {nominal}"  # 'the program costs $5m a year'


def _costing_subject(words: list[str]) -> str | None:
    """'The agency's wolf program' before 'costs $1.4 million a year': what costs, when the clause names it (no
    pronoun, no comma, a few words) as the period-less 'the bridge costs $40 million' -> 'cost of bridge' does."""
    subject = subject_words(words)
    if not subject or len(subject) > 6 or any(bare_word(w) in _PRONOUNS or w.endswith(",") for w in subject):
        return None
    return tidy_phrase(subject)


_QUESTION_WORDS = frozenset({"what", "which", "who", "whose", "how"})


def loss_measure(between: list[str]) -> str | None:
    """'the retailer lost $40 million' -> 'retailer losses' (money lost is a loss, not a fall in its subject)."""
    if not between or bare_word(between[-1]) not in LOSING:
        return None
    words = subject_words(between[:-1])
    subject = tidy_phrase(words) if words and bare_word(words[0]) not in _QUESTION_WORDS else None
    return f"{subject} losses" if subject else "losses"  # 'what sort of firm loses $1 billion' -> 'losses'


_DASH_BEFORE = re.compile(r"\s*(?:--|[—–―])\s*$")
_DASH_AFTER = re.compile(r"\s*(?:--|[—–―])")
_COUNT_DASH_AFTER = re.compile(r"(?:\s+[\w'’-]+){1,6}?\s*(?:--|[—–―])")
"""A count's noun phrase (no comma in it) before the closing dash: ' members of a sect —'."""


def dashed_apposition(text: str, sentence_start: int, start: int, end: int, *, counted: bool = False) -> str | None:
    """'Nearly half the money -- $480 million -- came from ...' -> 'money': an amount set between dashes right
    after a noun phrase restates that phrase; so does a count with its noun ('all Zorians — 2 million members of a
    sect — were barred' -> 'Zorians')."""
    if (_COUNT_DASH_AFTER if counted else _DASH_AFTER).match(text, end) is None:
        return None
    before = _DASH_BEFORE.search(text, sentence_start, start)
    if before is None:
        return None
    return tidy_phrase(noun_phrase_back(text[sentence_start : before.start()].split()))


_TAKING_IN = frozenset(
    {"pulled", "brought", "took", "taken", "raked", "hauled", "pulls", "brings", "takes", "rakes"}
    | {"pulling", "bringing", "taking", "raking", "hauling"}
)
"""'has pulled in $90 million', 'raked in $2 million', ', bringing in $3 million': money raised."""


def taken_in_measure(between: list[str]) -> str | None:
    """'the group has pulled in $90 million' -> 'money raised by group' ('money raised' after a pronoun, also after an
    opening time: 'in July it pulled in' is not raised by July)."""
    if len(between) < 2 or bare_word(between[-1]) != "in" or bare_word(between[-2]) not in _TAKING_IN:
        return None
    if between[-2].endswith("ing") and (len(between) == 2 or between[-3].endswith(",")):
        return "money raised"  # 'sold 900 permits, bringing in $3 million': raised by the whole clause before
    words = subject_words(between[:-2])
    subject = tidy_phrase(words) if words and not any(bare_word(w) in _PRONOUNS for w in words) else None
    return f"money raised by {subject}" if subject else "money raised"


_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "that", "this", "which", "who"})


def compared_multiple(right: list[str], measured: str | None) -> str | None:
    """What a multiple compares, with its other side: 'twice as much water as the lakes' -> 'water compared with lakes';
    'at three times the rate of doctors' -> 'rate compared with doctors'; 'twice the rate as in the south' -> 'rate
    compared with south'. ``measured`` is the phrase the clause gives when the multiple names no noun of its own."""
    rb = [bare_word(w) for w in right]
    if rb[:1] == ["as"] and rb[1:2] in (["much"], ["many"]) and "as" in rb[2:]:
        second = rb.index("as", 2)
        noun, other = tidy_phrase(right[2:second]), right[second + 1 :]
    elif rb[:1] == ["the"] and len(rb) > 3 and rb[1] not in FUNCTION and rb[2] in {"of", "as"}:
        noun, other = tidy_phrase(right[1:2]), right[3:]
    else:
        return None
    while other and bare_word(other[0]) in {"in", "all", "of", "at", "for", "with"}:
        other = other[1:]
    side = tidy_phrase(tail_words(other))
    what = noun or measured
    return f"{what} compared with {side}" if what and side else None


_SUBJECT_TO = re.compile(
    r"^(?P<subject>.+?)\s+(?:(?:is|are|was|were|would\s+be|will\s+be|could\s+be|be)\s+)(?:still\s+|also\s+|now\s+)?"
    r"subject\s+to\s+(?:an?|the)(?:\s+(?:top|flat|new))?$",
    re.IGNORECASE,
)


def subject_to_holder(sentence_before: str, measured: str | None) -> str | None:
    """'Income above the cap is subject to a 12 percent tax' -> 'tax on Income above the cap': a rate or a tax that
    something is subject to is charged on that thing (only for a one-word rate or tax)."""
    if not measured or " " in measured or "subject" not in sentence_before.lower():
        return None
    m = _SUBJECT_TO.match(sentence_before.strip())
    subject = tidy_phrase(subject_words(m.group("subject").split())) if m else None
    return f"{measured} on {subject}" if subject else None
