"""A ``measures`` phrase that opens on the statistic's own unit of measure says the unit again ('milligrams a day',
'feet above flood stage'): the contract's phrase names what is measured, never the unit ('speed of wind', not 'miles
a hour'). What the sentence names after 'of' is what the amount is of ('500 ml of water' -> 'water'); otherwise the
clause does not say, and the phrase is none (a temperature's rule may still name it).

Only units of measure count here (lengths, weights, volumes, degrees): a counted noun opens its phrase by the
convention ('people injured'), and so do 'times', 'points' and a game's 'yards' ('times the launch was delayed', 'points
scored', 'yards rushed by').
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.word_classes import PAST_VERBS, VERB_ENDINGS, bare_word
from newsprep.extract.statistics.numbers import AMOUNT_NAMES, LENGTH_NAMES

_UNIT_SPELLINGS: dict[str, str] = {
    **{spelling: length for spelling, length in LENGTH_NAMES.items() if length != "yards"},  # a game's yards: kept
    **dict.fromkeys(("pounds", "pound", "lb", "lbs"), "pounds"),
    **dict.fromkeys(("ounces", "ounce", "oz"), "ounces"),
    **dict.fromkeys(("tons", "ton"), "tons"),
    **dict.fromkeys(("tonnes", "tonne"), "tonnes"),
    **dict.fromkeys(("kilograms", "kilogram", "kg", "kilos", "kilo"), "kilograms"),
    **AMOUNT_NAMES,
    **dict.fromkeys(("liters", "litres", "liter", "litre", "l"), "liters"),
    **dict.fromkeys(("milliliters", "millilitres", "milliliter", "millilitre", "ml"), "milliliters"),
    **dict.fromkeys(("gallons", "gallon"), "gallons"),
    **dict.fromkeys(("barrels", "barrel"), "barrels"),
    **dict.fromkeys(("bushels", "bushel"), "bushels"),
    **dict.fromkeys(("degrees", "degree"), "degrees"),
}
"""Every spelling of a unit of measure, to the one unit it writes: the phrase's first word and the statistic's unit
repeat each other when they write the same unit ('ml' and 'milliliters', 'foot' and 'feet'). Lengths and the amounts of
a concentration are the compound units' own tables (one spelling per unit, read the same way here)."""


_LENGTHS = frozenset({"feet", "inches", "miles", "meters", "kilometers", "centimeters", "millimeters"})
_LEVEL_SIDES = {"above": "height", "below": "depth"}
"""A length above or below a mark is a height or a depth ('6 feet above flood stage' -> 'height above flood stage')."""
_TRAVEL = frozenset({"miles", "kilometers"})
_TRAVEL_PLACES = frozenset({"on", "before", "across", "along"})
"""A distance travelled, said by where or until when ('300 miles on the test cycle', '160 kilometres before he ran out
of fuel'): the 'distance' of ``implied.distance_named``, which leaves a preposition after the unit alone."""


def _unit_written(word: str) -> str | None:
    return _UNIT_SPELLINGS.get(bare_word(word)) or _UNIT_SPELLINGS.get(word.lower())


def _before_joined_verb(words: list[str]) -> list[str]:
    """The words up to an 'and' or 'but' before a past verb ('water and weighed' -> 'water'): a second predicate of
    the sentence's subject, not part of what the amount is of."""
    for i in range(1, len(words) - 1):
        following = bare_word(words[i + 1])
        if bare_word(words[i]) in {"and", "but"} and (following in PAST_VERBS or following.endswith(VERB_ENDINGS)):
            return words[:i]
    return words


def opens_with_unit(phrase: str | None, unit: str) -> bool:
    """Whether ``phrase`` opens on ``unit``'s own unit of measure ('milligrams a day' for 'milligrams', 'ml of water'
    for 'ml'; 'miles an hour' for 'miles per hour')."""
    words = phrase.split() if phrase else []
    unit_words = unit.split()
    if not words or not unit_words:
        return False
    written = _unit_written(unit_words[0])
    return written is not None and _unit_written(words[0]) == written


def without_unit_opening(phrase: str | None, unit: str) -> str | None:
    """What an amount is of, for a phrase that opens on its unit ('ml of water' -> 'water'; 'milligrams of sodium' ->
    'sodium'), a height or a depth for a length above or below a mark, a distance for one travelled on or
    before something; none for any other phrase opening on the unit ('milligrams a day', 'feet above flood stage': the
    clause names no measure); other phrases as they are."""
    if not opens_with_unit(phrase, unit):
        return phrase
    words = phrase.split() if phrase else []
    if len(words) < 3:
        return None
    following, written = words[1].lower(), _unit_written(words[0])
    if following == "of":
        return " ".join(_before_joined_verb(words[2:])).rstrip(" ,;:") or None
    if following in _LEVEL_SIDES and written in _LENGTHS:
        return " ".join([_LEVEL_SIDES[following], *words[1:]])
    if following in _TRAVEL_PLACES and written in _TRAVEL:
        return " ".join(["distance", *words[1:]])
    return None
