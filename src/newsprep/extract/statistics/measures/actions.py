"""What was done to the things a count counts, when the verb before the count is not in the past tense: a
participle clause ('..., killing 14 people' -> 'people killed'), a verb in the present after a relative ('a plan
that eliminates 140 jobs' -> 'jobs eliminated'), and a count left in a state ('storms left 12 people dead' ->
'people dead'). The past tense ('destroyed 45 homes') is read by ``counts`` already.
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import is_verb, names_a_time, tidy_phrase, without_auxiliaries
from newsprep.extract.statistics.measures.word_class_unions import FUNCTION_OR_PREPOSITION
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    CASUALTIES,
    DETERMINERS,
    FUNCTION,
    POSSESSIVES,
    RELATIVES,
    bare_word,
)
from newsprep.text import word_set

IRREGULAR_GERUNDS = {
    "leaving": "left", "sending": "sent", "bringing": "brought", "putting": "put", "selling": "sold",
    "making": "made", "building": "built", "holding": "held", "keeping": "kept", "getting": "got",
    "taking": "taken", "giving": "given", "finding": "found", "paying": "paid", "buying": "bought",
    "spending": "spent", "winning": "won", "losing": "lost", "hitting": "hit", "cutting": "cut",
    "setting": "set", "shutting": "shut", "feeding": "fed", "leading": "led", "hurting": "hurt",
    "running": "run", "drawing": "drawn", "teaching": "taught", "catching": "caught", "striking": "struck",
    "stealing": "stolen", "shooting": "shot", "seeing": "seen", "telling": "told", "laying": "laid",
    "sweeping": "swept", "throwing": "thrown", "choosing": "chosen", "driving": "driven", "meeting": "met",
    "eating": "eaten", "drinking": "drunk", "riding": "ridden", "writing": "written", "reading": "read",
    "speaking": "spoken", "wearing": "worn", "breaking": "broken", "flying": "flown", "knowing": "known",
    "showing": "shown", "sitting": "sat", "standing": "stood", "digging": "dug", "sleeping": "slept",
    "swimming": "swum", "singing": "sung", "feeling": "felt", "hearing": "heard", "lending": "lent",
    "hiding": "hidden", "forgiving": "forgiven", "freezing": "frozen", "shedding": "shed", "spreading": "spread",
    "quitting": "quit", "letting": "let", "bidding": "bid", "upsetting": "upset",
}  # fmt: skip
"""Gerunds whose participle is not the stem and '-ed' ('leaving 3 dead' -> 'left', not 'leaved')."""
IRREGULAR_PRESENT = {gerund.removesuffix("ing") + "s": done for gerund, done in IRREGULAR_GERUNDS.items()} | {
    "leaves": "left", "makes": "made", "takes": "taken", "gives": "given", "loses": "lost", "drives": "driven",
    "cuts": "cut", "sets": "set", "puts": "put", "hits": "hit", "shuts": "shut", "runs": "run", "wins": "won",
}  # fmt: skip
"""Verbs in the present whose participle is not regular ('a plan that cuts 90 jobs' -> 'cut')."""
NOT_ACTIONS = frozenset(
    {"including", "excluding", "totaling", "totalling", "averaging", "numbering", "reaching", "topping",
     "exceeding", "following", "during", "according", "nothing", "something", "morning", "evening", "having",
     "being", "remaining", "ranging", "beginning", "starting", "ending", "bringing", "outstanding", "whopping",
     "staggering", "amazing", "astonishing", "stunning", "surprising", "existing", "participating", "competing"}
)  # fmt: skip
"""Words in '-ing' before a count that do nothing to it: a part of a total ('including 3 children'), a level
('totaling 40 cases', 'bringing the total to'), a time ('during 30 orbits'), an opening ('starting 12 games')."""
LEAVING = frozenset({"left", "leaving", "leaves", "leave"})
LEFT_STATES = CASUALTIES | {"homeless", "stranded"}
"""'left 12 people dead', 'leaving 40 families homeless': the count is named by the state it was left in."""
TIME_OPENERS = frozenset({"in", "over", "during", "since", "last", "this"})
"""Words that open a phrase of time after what a share did ('in the past year')."""
DONE_TO_THINGS = 3
"""The shortest stem a regular gerund may have ('cutting' is irregular; 'using' -> 'used')."""


_DETERMINER_OR_POSSESSIVE = DETERMINERS | POSSESSIVES


def acted_on_count(left: list[str], between: list[str], right: list[str]) -> str | None:
    """The participle that says what was done to the counted things, from the clause before the count (``left``;
    ``between``: its words after any other quantity, qualifiers taken off) and after its noun (``right``); None
    when no such verb is there."""
    if not between or not between[-1][:1].islower():
        return None
    verb = bare_word(between[-1])
    if verb in LEAVING and right and bare_word(right[0]) in LEFT_STATES:
        return bare_word(right[0])  # 'storms left 12 people dead' -> 'people dead'
    before = [bare_word(w) for w in between[:-1]]
    clause = {bare_word(w) for w in left}
    if before[-1:] and (before[-1] in RELATIVES or (before[-1] == "and" and RELATIVES & clause)):
        return _present_participle(verb)  # 'a plan that cuts 90 jobs and closes three schools'
    if before[-1:] and before[-1] in _DETERMINER_OR_POSSESSIVE:
        return None  # 'our outstanding 350 partners', 'a staggering 40 people': an adjective, no participle clause
    return _gerund_participle(verb)


def _gerund_participle(word: str) -> str | None:
    """'killing' -> 'killed', 'injuring' -> 'injured', 'carrying' -> 'carried', 'leaving' -> 'left'."""
    if word in IRREGULAR_GERUNDS:
        return IRREGULAR_GERUNDS[word]
    stem = word.removesuffix("ing")
    if stem == word or len(stem) < DONE_TO_THINGS or word in NOT_ACTIONS or not stem.isalpha():
        return None
    if stem.endswith("y") and stem[-2:-1] not in set("aeiou"):
        return stem[:-1] + "ied"
    return stem + "ed"


def _present_participle(word: str) -> str | None:
    """'eliminates' -> 'eliminated', 'closes' -> 'closed', 'kills' -> 'killed', 'cuts' -> 'cut'; None for a word
    that is no verb in the third person."""
    if word in IRREGULAR_PRESENT:
        return IRREGULAR_PRESENT[word]
    if not word.endswith("s") or word.endswith("ss") or len(word) < DONE_TO_THINGS + 2 or not word.isalpha():
        return None
    if word.endswith("ies"):
        return word[:-3] + "ied"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2] + "ed"
    if word.endswith("es"):
        return word[:-1] + "d"
    return word[:-1] + "ed"


def share_did(right: list[str]) -> str | None:
    """'one in three had skipped a bill' -> 'skipped a bill': what a share of people did, told by an auxiliary and
    a past participle after the share (the clause rules read a noun after it, and there is none)."""
    words = [bare_word(w) for w in right]
    if not words or words[0] not in AUXILIARIES or not right[0][:1].islower():
        return None
    rest = without_auxiliaries(right)
    if not rest or not is_verb(rest[0]) or not bare_word(rest[0]).endswith("ed"):
        return None
    timed = (i for i, w in enumerate(rest) if bare_word(w) in TIME_OPENERS and names_a_time(_bare(rest[i + 1 :])))
    return tidy_phrase(rest[: next(timed, len(rest))])  # '... in the past year': the time is no part of it


_DOING_ENDS = word_set("compared while whereas but than and or")
"""Where what a share is doing ends: the other side of a comparison or the next clause."""
MAX_DOING_WORDS = 6
_SAYING = word_set("said say says")


def _doing(words: list[str]) -> str | None:
    """What a verb phrase says is done, up to a word that starts a comparison or another clause."""
    ends = next((i for i, w in enumerate(words) if bare_word(w) in _DOING_ENDS), len(words))
    return tidy_phrase(words[: min(ends, MAX_DOING_WORDS)])


_AUXILIARY_OR_SAYING = AUXILIARIES | _SAYING


def share_doing(sentence_before: list[str], right: list[str]) -> str | None:
    """'30 per cent are hoping to hire' -> 'hoping to hire'; '12% who say they are cutting jobs' -> 'cutting jobs';
    'Of the farms surveyed, 40 per cent were expecting a smaller harvest' -> 'farms expecting a smaller harvest':
    what a survey's share of people is doing, told by an auxiliary (or 'who say they') and a verb in '-ing' after the
    share, with the group an opening 'Of the ...' names."""
    words = right[1:] if right and bare_word(right[0]) in RELATIVES else right
    if not words or bare_word(words[0]) not in _AUXILIARY_OR_SAYING:
        return None  # 'a 9% funding increase was needed': no auxiliary right after the share
    rest = without_auxiliaries(words)
    if not rest or len(rest) == len(words) or not is_gerund(rest[0]):
        return None
    doing = _doing(rest)
    group = _surveyed_group(sentence_before)
    return f"{group} {doing}" if group and doing else doing


def group_count_doing(sentence_before: list[str], right: list[str]) -> str | None:
    """'Of the 12 referees at the tournament, five were picked by the league' -> 'referees picked by the league';
    'Among the 30 nurses, nine were injured' -> 'nurses injured': a bare count of an opening group, and what its verb
    says of them (a participle or a gerund after an auxiliary)."""
    group = _surveyed_group(sentence_before)
    if group is None or not right or bare_word(right[0]) not in AUXILIARIES:
        return None
    rest = without_auxiliaries(right)
    if not rest or len(rest) == len(right):
        return None
    # 'were expecting a cut', but not 'are teaching jobs': a gerund right before a noun may be the noun's modifier
    doing_something = is_gerund(rest[0]) and (len(rest) == 1 or bare_word(rest[1]) in FUNCTION_OR_PREPOSITION)
    if not (doing_something or is_verb(rest[0])):
        return None
    doing = _doing(rest)
    return f"{group} {doing}" if doing else None


def group_done_by(sentence_before: list[str], right: list[str]) -> str | None:
    """'Of the 62 species studied, 41 declined' -> 'species declined'; 'Among homeowners, 49% backed the measure' ->
    'homeowners backed the measure': a bare count or a share of an opening group, then a verb in the past with no
    auxiliary (measures round 24). The verb alone says what the part did, not what it is a part of."""
    group = _surveyed_group(sentence_before)
    if group is None or not right or bare_word(right[0]) in AUXILIARIES or not is_verb(right[0]):
        return None
    doing = _doing(right)
    return f"{group} {doing}" if doing else None


def is_gerund(word: str) -> bool:
    """'planning', 'expecting': a verb in '-ing' that does something (not 'during', 'including', 'nothing')."""
    b = bare_word(word)
    gerund = b.endswith("ing") and len(b) >= DONE_TO_THINGS + 3 and b.isalpha()
    return gerund and word[:1].islower() and b not in NOT_ACTIONS


def _surveyed_group(sentence_before: list[str]) -> str | None:
    """'Of the 300 farms surveyed in May,' (or 'Among the ...,') -> 'farms': the group a sentence opens with, before
    the share."""
    if not sentence_before or bare_word(sentence_before[0]) not in {"of", "among"}:
        return None
    if not sentence_before[-1].endswith(","):
        return None
    group: list[str] = []
    for word in sentence_before[1:]:
        b = bare_word(word)
        if b in DETERMINERS or (not group and not b.isalpha()):
            continue
        if b in FUNCTION_OR_PREPOSITION or is_verb(word) or not b.isalpha():
            break
        group.append(word.rstrip(","))
        if word.endswith(","):
            break
    return " ".join(group) or None


EVENTS_OF_COUNTS = {
    "arrival": "arriving", "arrivals": "arriving", "departure": "leaving", "evacuation": "evacuated",
    "release": "released", "rescue": "rescued", "arrest": "arrested", "arrests": "arrested",
    "deployment": "deployed", "dismissal": "dismissed", "hiring": "hired", "recruitment": "recruited",
}  # fmt: skip
"""Events that happen to the things a count counts, named as a noun before 'of' ('the arrival of 80 firefighters')."""
MAX_EVENT_GAP = 2
"""Words of time between the event and 'of' ('the arrival this morning of')."""


def event_of_count(sentence_before: list[str], noun: str, right: list[str]) -> str | None:
    """'the arrival this morning of 80 firefighters from Victoria' -> 'firefighters arriving from Victoria'; 'the
    evacuation of 300 residents began' -> 'residents evacuated': what happens to the counted things, told by an event
    noun before 'of' (and up to two words of time after the event)."""
    words = [bare_word(w) for w in sentence_before[-2 - MAX_EVENT_GAP :]]
    if not words or words[-1] != "of":
        return None
    event_at = next((i for i in range(len(words) - 2, -1, -1) if words[i] in EVENTS_OF_COUNTS), None)
    if event_at is None or any(w in FUNCTION - {"this", "last"} for w in words[event_at + 1 : -1]):
        return None
    source = right[1].rstrip(",.;:") if len(right) > 1 and bare_word(right[0]) == "from" else ""
    origin = f" from {source}" if source[:1].isupper() else ""
    return f"{noun} {EVENTS_OF_COUNTS[words[event_at]]}{origin}"


def _bare(words: list[str]) -> list[str]:
    return [bare_word(w) for w in words]
