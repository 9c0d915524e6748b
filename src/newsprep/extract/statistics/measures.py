"""What a statistic measures: a short phrase read from the shape of its clause, not a window of words.

The clause around the number is split into words; a handful of structures name the measure (each has a test
with an invented sentence):

- a share of a group: '40% of the tenants' -> 'tenants'; 'half of the riders surveyed' -> 'riders surveyed';
- a change: 'exports fell 35%' -> 'fall in exports'; 'shares are up 4%' -> 'rise in shares';
  'a 5% rise in rents' -> 'rise in rents';
- a named quantity: 'a margin of error of 3 points' -> 'margin of error'; 'revenue of $2 billion' -> 'revenue';
  'unemployment stood at 4%' -> 'unemployment';
- money spent on something: '$5 million for road repairs' -> 'road repairs'; 'will invest $2 million in the
  yard' -> 'investment in the yard'; 'the firm earned $3 billion' -> 'firm earnings';
- what a count counts: '9 people were injured' -> 'people injured'; 'crews rescued 63 people from rooftops'
  -> 'people rescued from rooftops'; '12 homes without power' -> 'homes without power';
- a share in brackets after what it is a share of: 'renters (40%)' -> 'renters'.

Another number in the clause (the other side of a comparison, the start of a change) is never part of the
phrase. A phrase that would be a lone function word or only the count's unit is no phrase (None).
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.rules import is_plural_noun
from newsprep.text import word_set

MAX_MEASURE_WORDS = 12
MAX_TAIL_WORDS = 6
MAX_SUBJECT_WORDS = 8

CLAUSE_BREAK = re.compile(
    r",(?![0-9]{3})|;|:|\(|\)|\s[—–]\s|[—–]|\s-\s|\b(?:but|while|whereas|although|though|however)\b|[“”\"]"
)
QUANTITY_WORD = re.compile(
    r"^[~(+-]*(?:[$€£¥₹]|US\$|Rs\.?)?[0-9][0-9,.]*(?:%|bn|m|k|x|K|mn)?[,.;:)]*$|^[0-9][0-9,.]*[-–][0-9][0-9,.]*%?$"
)
_MEASURE_UNITS = word_set(
    "points point cents miles kilometers feet inches pounds tons tonnes degrees meters metres yards gallons barrels",
)
"""Units that say how much something moved when a change verb comes before them ('the index fell 90 points')."""
_MODALS = word_set("and would will could can may might should must")
_VAGUE = word_set("hundreds thousands dozens millions billions tens scores")
_SCALE_OR_PERCENT = word_set("percent pct % million billion trillion bn mn percentage points point per cent")
_CURRENCY_WORDS = word_set("dollars dollar euros euro pounds yen yuan rupees pesos francs")

_CHANGE_NOUNS = {
    **dict.fromkeys(word_set("rose rise rises risen rising climbed climbs soared surged jumped jumps"), "rise"),
    **dict.fromkeys(word_set("increased increase increases increasing"), "increase"),
    **dict.fromkeys(word_set("grew grow grows grown growing expanded"), "growth"),
    **dict.fromkeys(word_set("gained gains gain added"), "gain"),
    **dict.fromkeys(word_set("fell fall falls fallen falling slid slipped sank plunged tumbled dipped eased"), "fall"),
    **dict.fromkeys(word_set("dropped drop drops declined decline declines decreased shrank slumped lost"), "fall"),
    **dict.fromkeys(word_set("cut cuts reduced lowered"), "cut"),
}
_UP_DOWN = {"up": "rise", "down": "fall", "higher": "rise", "lower": "fall"}
_CHANGE_AFTER = word_set(
    "rise rises increase increases gain gains growth jump jumps drop drops fall falls decline declines decrease "
    "decreases cut cuts reduction reductions improvement improvements hike hikes boost surge slump loss losses",
)
_MONEY_NOUNS = {
    **dict.fromkeys(word_set("spent spend spends spending"), "spending"),
    **dict.fromkeys(word_set("invested invest invests investing"), "investment"),
    **dict.fromkeys(word_set("earned earn earns earning"), "earnings"),
    **dict.fromkeys(word_set("paid pay pays paying"), "payment"),
    **dict.fromkeys(word_set("cost costs costing"), "cost"),
    **dict.fromkeys(word_set("raised raise raises raising"), "money raised"),
    **dict.fromkeys(word_set("borrowed borrow borrows borrowing"), "borrowing"),
    **dict.fromkeys(word_set("pledged pledge pledges"), "pledge"),
    **dict.fromkeys(word_set("contributed contribute contributes"), "contribution"),
    **dict.fromkeys(word_set("committed commit commits"), "commitment"),
    **dict.fromkeys(word_set("owed owe owes"), "debt"),
    **dict.fromkeys(word_set("lost lose loses"), "losses"),
    **dict.fromkeys(word_set("sold sell sells"), "sale"),
    **dict.fromkeys(word_set("bought buy buys"), "purchase"),
    **dict.fromkeys(word_set("charged charge charges"), "charge"),
    **dict.fromkeys(word_set("received receive receives"), "money received"),
    **dict.fromkeys(word_set("awarded award awards"), "award"),
}
_PRICE_AT = re.compile(r"\b(?:start(?:s|ed|ing)?|priced|valued|retail(?:s|ed)?|sells?|sold)\s+(?:at|for)\s*$", re.I)
_LEVEL_VERBS = word_set("is are was were stood stands stand reached reaches hit hits totaled totalled totals be")
_NOT_NAMED_QUANTITIES = word_set("total maximum minimum average estimated sum number up least most")
_AUXILIARIES = word_set(
    "is are was were be been being has have had will would could should can may might must do does did "
    "also still now all each there just only alone already currently reportedly goes go went gone come comes came",
)
_PROJECTIONS = word_set("projected expected forecast likely set poised estimated")
_RELATIVES = word_set("who that which whom")
_PREPOSITIONS = word_set(
    "of in on at from for with without per to by across among under over into after before along around near"
)
_TIME_OBJECTS = word_set(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday year years month months "
    "week weeks day days quarter decade",
)
_TIME_STOPS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow year week month quarter "
    "january february march april may june july august september october november december",
)
_SUBORDINATORS = word_set("as and or while when since because after before if that which so then but yet")
_REPORTING = word_set("said says say told reported reports found finds showed shows estimated estimates added noted")
_FUNCTION = word_set(
    "a an the of to in on at for by with from and or but is are was were be been has have had that this these those "
    "it its as than into over under about who which their there they them his her he she we our us per up down "
    "along compared time more less some any what later earlier ago apiece each alone since until through whom into",
)
_DETERMINERS = word_set("a an the its their his her our your my this these those some")
_VERB_ENDINGS = ("ed",)
_PAST_VERBS = word_set(
    "spent sold built made lost took had hit cut paid won gave brought left put kept held found saw sent bought "
    "caught drew fed fought fled grew hid hurt led lent met ran rode shot slew stole struck swept taught told "
    "threw wore wrote killed hired employed moved hospitalized arrested",
)
_NUMBER_WORDS = word_set(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand "
    "million billion dozen half",
)


def _bare(word: str) -> str:
    return word.lower().strip("“”\"'’,.;:()[]!?")


def is_quantity(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is part of another quantity ('$2 billion', '4.5%', '3 percent'): comparisons' numbers."""
    w = words[i]
    if _bare(w) in _NUMBER_WORDS and i + 1 < len(words) and is_plural_noun(_bare(words[i + 1])):
        return True
    if QUANTITY_WORD.match(w) and any(c.isdigit() for c in w):
        nxt = _bare(words[i + 1]) if i + 1 < len(words) else ""
        return (
            not w[:1].isdigit()
            or "%" in w
            or "," in w.strip(",")
            or (is_plural_noun(nxt) and nxt not in _TIME_OBJECTS)
            or nxt in _SCALE_OR_PERCENT
            or nxt in _CURRENCY_WORDS
            or "." in w.strip(".")
        )
    return False


def _only_connectors(words: list[str]) -> bool:
    return all(_bare(w) in _CONNECTORS | _SCALE_OR_PERCENT or is_quantity(words, i) for i, w in enumerate(words))


def _clause_words(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[list[str], list[str]]:
    """The words of the number's clause before it and after it."""
    s_start, s_end = sentence
    breaks = list(CLAUSE_BREAK.finditer(text, s_start, start))
    left_start = breaks[-1].end() if breaks else s_start
    while len(breaks) > 1 and _only_connectors(text[left_start:start].split()):
        # ', or 1%, to 900': a clause of connectors and numbers continues the one before it
        breaks.pop()
        left_start = breaks[-1].end()
    if breaks and _only_connectors(text[left_start:start].split()):
        left_start = s_start
    following = CLAUSE_BREAK.search(text, end, s_end)
    right_end = s_end if following is None else following.start()
    left = text[left_start:start].split()
    right = text[end:right_end].strip().rstrip(".!?").split()
    return left, right


def _after_other_quantity(left: list[str]) -> tuple[list[str], list[str]]:
    """Split the left words at the last other quantity: (words before it, words between it and the number)."""
    for i in range(len(left) - 1, -1, -1):
        if is_quantity(left, i):
            j = i + 1
            while j < len(left) and (_bare(left[j]) in _SCALE_OR_PERCENT or (j == i + 1 and is_plural_noun(left[j]))):
                j += 1
            return left[:i], left[j:]
    return [], left


_QUALIFIER_END = re.compile(
    r"(?:\b(?:nearly|almost|about|around|approximately|roughly|some|over|under|(?:more|less|fewer)\s+than|up\s+to"
    r"|at\s+(?:least|most)|as\s+(?:many|much|few)\s+as|close\s+to|just|well|an\s+estimated|upwards\s+of"
    r"|in\s+excess\s+of|(?:just\s+)?short\s+of|no\s+(?:more|fewer|less)\s+than|a\s+total\s+of|only|between|a|an)\s*)+$",
    re.IGNORECASE,
)


def _strip_qualifiers(words: list[str]) -> list[str]:
    """The words before a number without its qualifier ('more than', 'an estimated', 'between')."""
    joined = " ".join(words)
    m = _QUALIFIER_END.search(joined)
    return joined[: m.start()].split() if m else words


def _phrase(words: list[str], *, limit: int = MAX_MEASURE_WORDS) -> str | None:
    words = [w for w in words if w.strip("“”\"'’,.;:()")]
    while words and _bare(words[0]) in _DETERMINERS | _SUBORDINATORS | {"of", "to", "in"}:
        words = words[1:]
    words = words[:limit]
    while words and (_bare(words[-1]) in _FUNCTION or _bare(words[-1]) in _AUXILIARIES):
        words = words[:-1]
    phrase = " ".join(words).strip(" ,;:“”\"'’().-–—")
    return phrase or None


def _subject(words: list[str]) -> list[str]:
    """The subject at the end of ``words``: after any reporting frame ('X said that') or subordinator."""
    for i in range(len(words) - 1, -1, -1):
        if _bare(words[i]) in _REPORTING or _bare(words[i]) in _SUBORDINATORS:
            words = words[i + 1 :]
            break
    while words and _bare(words[-1]) in _AUXILIARIES | _PROJECTIONS | {"to"}:
        words = words[:-1]
    return words[-MAX_SUBJECT_WORDS:]


def _noun_phrase_back(words: list[str]) -> list[str]:
    """The noun phrase that ends ``words`` ('... the agency's 2020 budget request'), 'of' kept inside it."""
    taken: list[str] = []
    joined_and = False
    for w in reversed(words):
        b = _bare(w)
        if (b == "of" or (b == "and" and not joined_and and len(taken) <= 2)) and taken:
            joined_and = joined_and or b == "and"
            taken.insert(0, w)
            continue
        if not b or b in _FUNCTION or b in _AUXILIARIES or b in _REPORTING or (_is_verb(w) and taken):
            break
        if w.rstrip().endswith((",", ";", ":")) and taken:
            break
        taken.insert(0, w)
        if len(taken) >= MAX_TAIL_WORDS:
            break
    while taken and _bare(taken[0]) in {"of", "and"}:
        taken = taken[1:]
    return taken


def _noun_phrase_forward(words: list[str]) -> list[str]:
    """The words after the number up to the first function word ('contract' of 'contract to supply')."""
    out: list[str] = []
    for w in words:
        if _bare(w) in _FUNCTION or _bare(w) in _PREPOSITIONS or not w[:1].isalpha():
            break
        out.append(w)
    return out[:MAX_TAIL_WORDS]


def _tail(words: list[str], limit: int = MAX_TAIL_WORDS) -> list[str]:
    """Words after the number up to another quantity, at most ``limit``."""
    out: list[str] = []
    for i, w in enumerate(words):
        if any(c.isdigit() for c in w) or _bare(w) in _NUMBER_WORDS or _bare(w) in _TIME_STOPS:
            break
        time_next = any(_bare(n) in _TIME_STOPS for n in words[i + 1 : i + 4])
        if _bare(w) in {"this", "last", "next", "on", "in", "a"} and time_next:
            break
        out.append(w)
    return out[:limit]


def _first_content(words: list[str]) -> str:
    """The first word that is not a determiner ('' when there is none)."""
    return next((w for w in words if w not in _DETERMINERS), "")


def _is_verb(word: str) -> bool:
    b = _bare(word)
    return b in _PAST_VERBS or (len(b) > 4 and b.isalpha() and b.endswith(_VERB_ENDINGS) and word[:1].islower())


def percent_measure(left: list[str], right: list[str]) -> str | None:
    before, between = _after_other_quantity(left)
    between = _strip_qualifiers(between)
    rb = [_bare(w) for w in right]
    if rb[:1] == ["of"]:
        group = right[1:]
        while group and (_bare(group[0]) in _DETERMINERS or group[0][:1].isdigit()):
            group = group[1:]
        return _phrase(_without_auxiliaries(_tail(group, MAX_MEASURE_WORDS)))
    if rb[:1] and rb[0] in _CHANGE_AFTER:
        return _phrase(right[:1] + _tail(right[1:]))
    if rb[:2] and rb[0] in {"and", "or", "to"} and len(rb) > 2 and rb[2] in _CHANGE_AFTER:
        return _phrase(right[2:3] + _tail(right[3:]))
    if left and _bare(left[-1]) in {"a", "an"}:
        return _following_noun(right) or _change_or_level(before, between) or _fallback(between or before)
    return _change_or_level(before, between, right) or _following_noun(right) or _fallback(between or before)


def _without_auxiliaries(words: list[str]) -> list[str]:
    """'people are worried' -> 'people worried'; 'said they believe' -> 'believe'."""
    if len(words) >= 2 and _bare(words[0]) in {"said", "say", "says"}:
        words = words[1:]
        if words and _bare(words[0]) == "that":
            words = words[1:]
        if words and _bare(words[0]) in {"they", "it", "he", "she", "we"}:
            words = words[1:]
    return [w for i, w in enumerate(words) if not (i <= 2 and _bare(w) in _AUXILIARIES | _RELATIVES)]


_CONNECTORS = word_set("to from or and at by up down compared with against versus vs")


def _before_quantities(words: list[str]) -> list[str]:
    """``words`` without the quantities (and their connectors and units) that end them."""
    while words:
        i = len(words) - 1
        if is_quantity(words, i) or _bare(words[i]) in _CONNECTORS | _SCALE_OR_PERCENT | {"points", ""}:
            words = words[:-1]
            continue
        break
    return words


def _change_or_level(before: list[str], between: list[str], right: list[str] | None = None) -> str | None:
    """'sales rose 5%' -> 'rise in sales'; 'sales rose 5% to $9 billion' -> 'sales' for the second number."""
    words = between
    if before and all(_bare(w) in _CONNECTORS for w in words):
        # 'X fell 3 points, or 1%, to 900': the level after the change's numbers is the level of X
        rest = _before_quantities(before)
        changed = rest and _bare(rest[-1]) in _CHANGE_NOUNS.keys() | _UP_DOWN.keys()
        if words and _bare(words[-1]) in {"to", "from"} and changed:
            return _phrase(_subject(rest[:-1]))
        rest = _strip_qualifiers(rest)
        if words and _bare(words[-1]) in {"from", "with"} and rest and _bare(rest[-1]) in _LEVEL_VERBS:
            return _phrase(_subject(rest[:-1]))
        return None
    last = [_bare(w) for w in words[-2:]]
    if last[-1:] and last[-1] in _UP_DOWN and last[0] == "of":
        words, last = words[:-1], last[:-1]
    if last[-1:] == ["by"]:
        words, last = words[:-1], last[:-1]
        verb_at = next((i for i in range(len(words) - 1, -1, -1) if _bare(words[i]) in _CHANGE_NOUNS), None)
        if verb_at is not None and 0 < len(words) - verb_at - 1 <= MAX_TAIL_WORDS:
            # 'the drug cut the risk of death by 30%' -> 'cut in risk of death'
            obj = _phrase(words[verb_at + 1 :])
            if obj:
                return f"{_CHANGE_NOUNS[_bare(words[verb_at])]} in {obj}"
    if last and last[-1] in {"to", "at", "of", "for"}:
        previous = words[:-1]
        if previous and _bare(previous[-1]) in _CHANGE_NOUNS.keys() | _LEVEL_VERBS | _UP_DOWN.keys():
            while len(previous) > 1 and _bare(previous[-2]) in _CHANGE_NOUNS.keys() | _AUXILIARIES:
                previous = previous[:-1]
            return _phrase(_subject(previous[:-1]))
        if last[-1] in {"at", "for"} and previous and _PRICE_AT.search(" ".join(words)):
            return "starting price" if _bare(previous[-1]).startswith("start") else "price"
        named = _noun_phrase_back(previous)
        if named and (len(named) > 1 or _bare(named[0]) not in _NOT_NAMED_QUANTITIES):
            return _phrase(named)
        return None
    if not words:
        return None
    verb = _bare(words[-1])
    if verb in _CHANGE_NOUNS or verb in _UP_DOWN:
        noun = _CHANGE_NOUNS.get(verb) or _UP_DOWN[verb]
        rest = words[:-1]
        projection = next((_bare(w) for w in rest[-4:] if _bare(w) in _PROJECTIONS), None)
        while rest and _bare(rest[-1]) in _PROJECTIONS | {"to"}:
            rest = rest[:-1]
        subject = _subject([w for w in rest if _bare(w) not in _PROJECTIONS])
        if verb in _UP_DOWN and not subject:
            return None
        head = f"{projection} {noun}" if projection else noun
        return f"{head} in {_phrase(subject)}" if _phrase(subject) else head
    if verb in _LEVEL_VERBS:
        level_of = _phrase(_subject(words[:-1]))
        after = right or []
        quality = _phrase(_tail(after)) if after and _bare(after[0]) not in _FUNCTION else None
        return f"{level_of} {quality}" if level_of and quality and after[0][:1].isalpha() else level_of
    return None


def _following_noun(right: list[str]) -> str | None:
    """'a 55% chance that ...' -> 'chance that ...'; '20% more powerful than X' -> 'more powerful than X'."""
    if right and _bare(right[0]) in _REPORTING:
        return _phrase(_without_auxiliaries(right))
    if not right or _bare(right[0]) in _FUNCTION - {"more", "less"} or not right[0][:1].isalpha():
        return None
    return _phrase(_tail(right, MAX_MEASURE_WORDS))


def _fallback(words: list[str]) -> str | None:
    words = _subject(words) if any(_bare(w) in _REPORTING for w in words) else words
    return _phrase(_without_auxiliaries(words[-MAX_MEASURE_WORDS:]))


def money_measure(left: list[str], right: list[str]) -> str | None:
    before, between = _after_other_quantity(left)
    between = _strip_qualifiers(between)
    rb = [_bare(w) for w in right]
    verb_i = next((i for i in range(len(between) - 1, -1, -1) if _bare(between[i]) in _MONEY_NOUNS), None)
    nominal = _MONEY_NOUNS[_bare(between[verb_i])] if verb_i is not None else None
    if (
        rb[:1]
        and rb[0] in {"for", "on", "toward", "towards", "in", "to", "of"}
        and _first_content(rb[1:]) not in _TIME_OBJECTS
        and not (rb[0] == "to" and len(right) > 1 and right[1][:1].islower() and rb[1] not in _DETERMINERS)
    ):
        obj = _phrase(_tail(right[1:]))
        if obj:
            return f"{nominal} {rb[0]} {obj}" if nominal and nominal != "cost" and rb[0] != "of" else obj
    if between and _bare(between[-1]) in {"of", "at"}:
        level = _change_or_level(before, between)
        if level:
            return level
    if rb[:1] and rb[0] in {"a", "per"} and "share" in rb[1:3]:
        return "earnings per " + " ".join(right[1 : rb.index("share", 1) + 1])
    if rb[:1] and rb[0] not in _FUNCTION and right[0][:1].isalpha() and rb[0] not in _TIME_OBJECTS:
        head = _noun_phrase_forward(right)
        after_head = _bare(right[len(head)]) if len(head) < len(right) else ""
        after_after = right[len(head) + 1] if len(head) + 1 < len(right) else ""
        infinitive = after_head == "to" and after_after[:1].islower() and _bare(after_after) not in _DETERMINERS
        if head and between and _is_verb(between[-1]) and (after_head not in _PREPOSITIONS or infinitive):
            return _phrase([*head, between[-1]])
        return _phrase(_tail(right))
    if between and _bare(between[0]) in {"and", "or"} and not before:
        return None
    level = _change_or_level(before, between)
    if level:
        return level
    if verb_i is not None and nominal:
        subject = _subject(between[:verb_i])
        recipient = _phrase(between[verb_i + 1 :])
        if nominal == "payment" and recipient:
            return f"payment to {recipient}"
        if nominal == "cost" and _phrase(subject):
            return f"cost of {_phrase(subject)}"
        if nominal == "money received" and _phrase(subject):
            return f"money received by {_phrase(subject)}"
        return f"{_phrase(subject)} {nominal}" if _phrase(subject) else nominal
    return _fallback(between)


def count_measure(left: list[str], noun: str, right: list[str]) -> str | None:
    """What a count counts: its noun phrase and what the clause says happened to it."""
    _, between = _after_other_quantity(left)
    between = _strip_qualifiers(between)
    while between and _bare(between[-1]) in _DETERMINERS - {"this", "that", "these", "those"}:
        between = between[:-1]
    words = list(right)
    if words and _bare(words[0]) in {"was", "is", "has"}:
        words = []  # 'a survey of 12 states was done': a singular verb has another subject than the counted noun
    while words and _bare(words[0]) in _AUXILIARIES | _RELATIVES:
        words = words[1:]
    tail = _tail(words)
    if tail and _first_content([_bare(w) for w in tail[1:]]) in _TIME_OBJECTS | {"end", "next", "last", "this"}:
        tail = []
    coordinated = len(tail) > 1 and _bare(tail[0]) in {"and", "or"} and is_plural_noun(tail[1])
    if coordinated and _bare(tail[1]) not in _VAGUE and (len(tail) > 2 or len(words) <= 2):
        return _phrase([noun, *tail[:2]])
    if right and _bare(right[0]) in _RELATIVES:
        clause = right[1:]
        while clause and _bare(clause[0]) in {"are", "is", "was", "were", "been", "being"}:
            clause = clause[1:]
        if _tail(clause):
            return _phrase([noun, *_tail(clause)])  # 'patients who had no insurance'
    after_verb = tail if tail and _bare(tail[0]) in _PREPOSITIONS else []
    of_part = after_verb if after_verb and _bare(after_verb[0]) == "of" else []
    after_verb = [] if of_part else after_verb
    if between and _bare(between[-1]) in _CHANGE_NOUNS and noun.split()[-1].lower() in _MEASURE_UNITS:
        return _change_or_level([], between)
    if between and _is_verb(between[-1]):
        return _phrase([noun, *of_part, between[-1].strip(",;:"), *after_verb])
    if len(between) > 1 and _bare(between[-2]) == "to" and _bare(between[-1]) not in _FUNCTION:
        return _phrase([noun, *of_part, "to", between[-1].strip(",;:"), *after_verb])
    if len(between) > 1 and _bare(between[-2]) in _MODALS and _bare(between[-1]) not in _FUNCTION | _AUXILIARIES:
        return _phrase([noun, *of_part, between[-1].strip(",;:"), *after_verb])
    if tail and (_bare(tail[0]) in _PREPOSITIONS or _bare(tail[0]) not in _FUNCTION):
        return _phrase([noun, *tail])
    if len(noun.split()) > 1:
        return noun
    if between and _bare(between[-1]) == "of":
        named = _noun_phrase_back(between[:-1])
        if named and _bare(named[0]) not in _NOT_NAMED_QUANTITIES:
            return _phrase(named)
    if len(between) > 1 and _bare(between[-1]) not in _FUNCTION | _PREPOSITIONS and between[-1][:1].islower():
        subject = _noun_phrase_back(between[:-1])
        if subject and _phrase(subject):
            if noun.lower() in _MEASURE_UNITS:
                return _phrase([*subject, between[-1]])  # 'the bridge spans 1,200 feet' -> 'bridge spans'
            return f"{_phrase(subject)} {noun}"
    return noun if len(noun.split()) > 1 else None


def measures_of(
    text: str, sentence: tuple[int, int], start: int, end: int, *, kind: str, noun_phrase: str | None, unit: str
) -> str | None:
    """What the number between ``start`` and ``end`` (with its counted noun, for a count) measures, or None.

    ``text`` is the paragraph, ``sentence`` the span of the number's sentence in it.
    """
    left, right = _clause_words(text, sentence, start, end)
    if kind == "count":
        if noun_phrase:
            phrase = count_measure(left, noun_phrase, right)
        else:
            unit_word = bool(right) and right[0][:1].isalpha() and _bare(right[0]) not in _FUNCTION | _PREPOSITIONS
            phrase = percent_measure(left, right[1:] if unit_word else right)
    elif kind == "money":
        phrase = money_measure(left, right)
    elif _in_brackets(text, start, end):
        phrase = _bracketed(text, sentence, start)
    else:
        if kind == "times" and right and _bare(right[0]) in {"the", "as"}:
            right = right[1:]  # 'twice the rate of', 'three times as many'
        phrase = percent_measure(left, right)
    return phrase if is_a_measure(phrase, unit) else None


def is_a_measure(phrase: str | None, unit: str) -> bool:
    """A phrase that says something: not empty, not a lone function word, not the unit again."""
    if not phrase:
        return False
    words = phrase.lower().split()
    if len(words) == 1 and (words[0] in _FUNCTION or words[0] in _AUXILIARIES or words[0] in _PREPOSITIONS):
        return False
    said = [w for i, w in enumerate(words) if not is_quantity(words, i) and w not in _SCALE_OR_PERCENT]
    return phrase.lower() != unit.lower() and bool(said) and " ".join(said) != unit.lower()


def _in_brackets(text: str, start: int, end: int) -> bool:
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")


def _bracketed(text: str, sentence: tuple[int, int], start: int) -> str | None:
    """'in-feed units (30%)': the noun phrase the bracket follows."""
    opening = text.rindex("(", sentence[0], start)
    before = text[sentence[0] : opening].split()
    return _phrase(_noun_phrase_back(before))
