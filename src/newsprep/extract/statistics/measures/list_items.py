"""What a count of a list measures when the count before it says it: the list's verb said once ('killed 12 soldiers
and 3 civilians'), a first count that shares its second's verb, an item after a part ('five of them Danes, and two
rangers'), an item with its own place ('six died in Ontario, four in Quebec'), or a count of another noun
coordinated with the one before."""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.clause import is_verb, names_a_time
from newsprep.extract.statistics.measures.placed import Placed

_NAMED_PLACE = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"


_ELIDED_GAP = re.compile(
    rf"[^.;:!?]*?\s(?P<prep>in|at|on|among)\s+{_NAMED_PLACE}\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:about|around|nearly|almost|roughly|some|something\s+like|more\s+than|over)\s+)?",
    re.IGNORECASE,
)
"""'... died in Ontario, ' before the next count of a list by place (a hedge before it: 'about 40 in Yukon')."""


_OWN_PLACE = re.compile(rf"\s+(?P<prep>in|at|on|among)\s+(?P<place>{_NAMED_PLACE})(?=\s*(?:[,.;:!?]|and\b|or\b|$))")
"""'four in Quebec': a list member's own place, named (capitalised words)."""


_LIST_GAP = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?", re.IGNORECASE)
"""Between two counts of a list: 'killed 12 soldiers and 3 civilians', 'seized two pistols, four rifles'."""


def measure_of_first_item(text: str, first: Placed, second: Placed) -> str | None:
    """'Seven people and two dogs were rescued': the list's first count, which has no measure of its own, shares
    the verb its second count is given ('people rescued' as 'dogs rescued'), as does one whose measure is only its
    noun; None when that does not apply."""
    said_only_noun = first.measures is not None and first.measures == first.noun  # 'Three US troops and ...'
    if (first.measures is not None and not said_only_noun) or not _listed(text, first, second):
        return None
    verb = _verb_after(second)
    return " ".join([first.noun or "", *verb]) if verb else None


def _listed(text: str, previous: Placed, hit: Placed) -> bool:
    """Two counts of different things next to each other in a list."""
    return (
        previous.noun is not None
        and hit.noun is not None
        and previous.kind == hit.kind == "count"
        and hit.unit != previous.unit
        and previous.end <= hit.start
        and _LIST_GAP.fullmatch(text, previous.end, hit.start) is not None
    )


def _verb_after(item: Placed) -> list[str]:
    """The words after a count's noun in its measure when they open with a verb ('soldiers killed in the raid')."""
    said = item.measures or ""
    if item.noun is None or not said.lower().startswith(item.noun.lower() + " "):
        return []
    rest = said[len(item.noun) + 1 :].split()
    if rest and rest[0] == "of":  # 'members of the militia killed': the verb after the group's 'of' phrase
        rest = rest[next((i for i, w in enumerate(rest) if is_verb(w)), len(rest)) :]
    return rest if rest and is_verb(rest[0]) else []


def with_own_noun(previous: Placed, hit: Placed) -> str | None:
    """The previous count's measure for a count of another noun coordinated with it, with its own noun: 'four bedrooms
    and three bathrooms' -> 'bathrooms of house' after 'bedrooms of house'; the hit's own measure when the previous
    one says no more than its noun (the unit alone is no measure)."""
    if previous.measures is None or not (hit.kind == previous.kind == "count" and previous.noun and hit.noun):
        return previous.measures
    if previous.noun.lower() == hit.noun.lower():
        return previous.measures
    words = previous.measures.split()
    noun = previous.noun.split()
    at = next((i for i in range(len(words) - len(noun) + 1) if words[i : i + len(noun)] == noun), None)
    if at is None:
        return previous.measures  # 'killed 12 soldiers and 3 civilians' told by a verb: the list's measure
    own = [*words[:at], *hit.noun.split(), *words[at + len(noun) :]]
    return " ".join(own) if len(own) > len(hit.noun.split()) else hit.measures


def list_item_measure(text: str, previous: Placed, hit: Placed) -> str | None:
    """'The raid killed 12 soldiers and 3 civilians': 'civilians killed' as 'soldiers killed' (the list's verb
    said once), unless the item's own clause has a verb of its own ('and 3 dogs were rescued')."""
    if not _listed(text, previous, hit) or not _verb_after(previous):
        return None
    own = (hit.measures or "").split()[len((hit.noun or "").split()) :]
    if any(is_verb(word) for word in own):
        return hit.measures
    return " ".join([hit.noun or "", *_verb_after(previous)])


_AFTER_PART_GAP = re.compile(
    r"\s+of\s+(?:them|those|these)\s+(?P<part>[\w'’-]+(?:\s+[\w'’-]+)?)\s*,\s*(?:and|or)\s+", re.IGNORECASE
)
"""'killed 12 campers, five of them Danes, and two rangers': the part told between a list's first and last items."""


def item_after_part(text: str, previous: Placed, hit: Placed) -> str | None:
    """'killed 12 campers, five of them Danes, and two rangers' -> 'rangers killed': a list's last item shares the
    list's verb, which the part before it carries ('Danes killed'); the item's own measure, if any, stands."""
    if hit.measures is not None or hit.noun is None or not (hit.kind == previous.kind == "count"):
        return None
    gap = _AFTER_PART_GAP.fullmatch(text, previous.end, hit.start)
    if gap is None or previous.measures is None:
        return None
    part = gap.group("part")
    if not previous.measures.startswith(f"{part} "):
        return None
    return f"{hit.noun} {previous.measures[len(part) + 1 :]}"


def elided_place_item(text: str, previous: Placed, hit: Placed) -> str | None:
    """'Six people died in Ontario, four in Quebec and one in Yukon': a count with no noun of its own, after a count
    told with a place and a list's comma or 'and', and before a place named with the same preposition, measures what
    the count before it measures, in its own place ('people died in Quebec')."""
    if hit.noun is not None or not (hit.kind == previous.kind == "count") or previous.measures is None:
        return None
    gap = _ELIDED_GAP.fullmatch(text, previous.end, hit.start)
    own = _OWN_PLACE.match(text, hit.end)
    if gap is None or own is None or gap.group("prep").lower() != own.group("prep").lower():
        return None
    joint = f" {own.group('prep').lower()} "
    if joint not in previous.measures:
        # 'about 900 visitors in May, 1,100 in June' -> 'visitors in June': the first item's time left its phrase
        timed = names_a_time(own.group("place").lower().split())
        return f"{previous.measures}{joint}{own.group('place')}" if timed else None
    return f"{previous.measures.rsplit(joint, 1)[0]}{joint}{own.group('place')}"
