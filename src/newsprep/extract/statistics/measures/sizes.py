"""Sizes, areas, weights and amounts in a unit of measure, and the names readers give some units (round 5; tests in
``tests/stages/statistics/test_statistics_shapes.py``):

- a size said by an adjective: 'the ferry measures 90 feet long' -> 'length of ferry' (wide, high, tall, deep, thick);
- an area: 'the island covers 40 square miles' -> 'area of island'; 'the fire has burned 10,000 acres' -> 'area
  burned'; a weight: 'the bear weighs 600 pounds' -> 'weight of bear';
- an amount of a substance in a unit of measure: '500 meters of cable made from tires' -> 'cable';
- a distance per unit of fuel or per charge: '40 miles per gallon' -> 'fuel economy'; '250 miles per charge' ->
  'range per charge'; 'RRP' -> 'retail price'; '30fps' -> 'frame rate'.
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import (
    is_verb,
    noun_phrase_back,
    noun_phrase_forward,
    participle_after,
    strip_qualifiers,
    tidy_phrase,
)
from newsprep.extract.statistics.measures.shapes import BEING, being_subject
from newsprep.extract.statistics.measures.word_class_unions import AUXILIARY_OR_MODAL
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    DETERMINERS,
    DIMENSIONS,
    DISTANCE_UNITS,
    FUNCTION,
    IRREGULAR,
    MODALS,
    PREPOSITIONS,
    as_participle,
    bare_word,
)
from newsprep.text import word_set

SIZE_ADJECTIVES = {"long": "length", "wide": "width", "high": "height", "tall": "height", "deep": "depth"}


SIZE_ADJECTIVES |= {"thick": "thickness", "across": "width"}
"""'90 feet long': the adjective after a length names the dimension."""


LENGTH_UNITS = DISTANCE_UNITS | word_set("foot inch inches cm mm centimeters centimetres millimeters millimetres")


AREA_UNITS = word_set("acres acre hectares hectare")
"""Units of open ground: an amount of them named by nothing in its clause is 'land' to a reader ('will develop 50
hectares', 'bought 60 acres'), the word eight dev and fixture golds of ten use; square units stay 'area' (a floor's)."""


WEIGHT_UNITS = word_set("pounds pound lbs lb kilograms kilogram kg kilos tons tonnes ounces oz grams")


WEIGHING = word_set("weighs weighed weigh weighing")
"""'the bear weighs 600 pounds': a weight after a verb of weighing is its subject's weight."""


SQUARE = word_set("square sq")


SUBSTANCE_UNITS = LENGTH_UNITS | word_set(
    "tons tonnes kilograms kg pounds lbs ounces grams liters litres cubic gigawatt-hours kilowatt-hours terawatt-hours "
    "gigabytes megabytes terabytes"
)
"""Units of an amount of something: '500 meters of cable' measures the cable ('barrels of oil' and other containers
are left to the count rules: 'barrels a day' is what a reader keeps)."""


OUTPUT_VERBS = word_set("produce produces make makes mine mines ship ships export exports import imports")
"""'can produce 500 tons of steel': a verb of output keeps the count rules' phrase ('steel to produce', the unit left
off by ``unit_openings``)."""


def size_measure(sentence_before: list[str], noun: str, right: list[str]) -> str | None:
    """A length, area or amount that the words around it name: 'the ferry measures 90 feet long' -> 'length of ferry';
    'the island covers 40 square miles' -> 'area of island'; '500 meters of cable' -> 'cable'."""
    words = noun.split()
    if not words:
        return None
    unit = bare_word(words[-1])
    hyphened = SIZE_ADJECTIVES.get(bare_word(right[0].lstrip("-"))) if right and right[0].startswith("-") else None
    if hyphened:  # 'a 300-metre-long track' -> 'length of track' (round 11)
        thing = tidy_phrase(noun_phrase_forward(right[1:]))
        return f"{hyphened} of {thing}" if thing else hyphened
    after = [bare_word(w) for w in right[:2]]
    if unit in LENGTH_UNITS and after[:1] and after[0] in SIZE_ADJECTIVES and len(words) == 1:
        holder = being_subject(sentence_before)
        dimension = SIZE_ADJECTIVES[after[0]]
        return f"{dimension} of {holder}" if holder else dimension
    if len(words) > 2 and words[-2] == "per" and unit in RATE_PERIODS:
        return _speed_of(sentence_before)  # 'top speed is limited to 140 mph' -> 'top speed'
    squared = len(words) > 1 and bare_word(words[-2]) in SQUARE and unit in LENGTH_UNITS
    sized = noun_phrase_forward(right) if squared and right and is_noun_after(right[0]) else []
    if thing := tidy_phrase(sized[: _verb_at(sized)]):
        # 'a 300 square kilometer wetland zone' -> 'wetland zone': the area of the thing it names; 'the
        # 2,400-square-foot home sold' -> 'home': the verb after it is no part of the thing (round 23)
        return thing
    if squared or unit in AREA_UNITS:
        holder = being_subject(sentence_before)
        if not holder and after[:1] == ["of"] and (covered := _area_of(sentence_before, right[1:])):
            return covered  # '40,000 acres of pasture were flooded' -> 'pasture flooded'
        acted = strip_qualifiers(sentence_before)  # 'fires have burned about 640,000 acres': the verb before 'about'
        if acted and is_verb(acted[-1]):
            return f"area {as_participle(acted[-1])}"  # 'the fire has burned 10,000 acres'
        if holder:
            return f"area of {holder}"
        ground = unit in AREA_UNITS and not (right and is_noun_after(right[0]))  # not 'a 0.21-acre lot'
        return "land" if ground else "area"  # 'will develop 50 hectares': ground, which readers call land
    if unit in WEIGHT_UNITS and (weighed := _weighed(sentence_before)):
        return weighed  # 'the bear weighed nearly 600 pounds' -> 'weight of bear'
    produced = bool(sentence_before) and bare_word(sentence_before[-1]) in OUTPUT_VERBS
    if unit in SUBSTANCE_UNITS and unit not in DIMENSIONS and after[:1] == ["of"] and not produced:
        rest = right[1:]
        while rest and bare_word(rest[0]) in DETERMINERS:
            rest = rest[1:]
        substance = noun_phrase_forward(rest)
        return tidy_phrase(substance[: _verb_at(substance)])
    return None


def _verb_at(words: list[str]) -> int:
    """Where a noun phrase read forward runs into a verb ('home sold', 'pasture flooded'): the thing ends there."""
    return next((i for i, w in enumerate(words) if is_verb(w) or bare_word(w) in IRREGULAR), len(words))


RATE_PERIODS = word_set("hour second")
"""A speed's period: 'miles per hour', 'meters per second' (``compound_units``' spelling)."""


def _speed_of(sentence_before: list[str]) -> str | None:
    """What a speed is of: the subject of 'is' or 'was' before it, named a speed when it does not say so ('the wind
    was' -> 'speed of wind', 'top speed is limited to' -> 'top speed'); none for a verb whose subject is further back
    ('winds of 50 mph, and was heading east at')."""
    at = next((i for i in range(len(sentence_before) - 1, 0, -1) if bare_word(sentence_before[i]) in BEING), None)
    if at is None or bare_word(sentence_before[at - 1]) in FUNCTION or sentence_before[at - 1].endswith(","):
        return None
    holder = being_subject(sentence_before)
    if holder is None:
        return None
    return holder if "speed" in holder.lower().split() else f"speed of {holder}"


def _weighed(sentence_before: list[str]) -> str | None:
    """'weight of bear' for 'the bear weighed nearly', 'weight' for 'it weighs' (no holder after a pronoun or with a
    number); None when the words before the number end in no verb of weighing."""
    words = strip_qualifiers(sentence_before)
    if not words or bare_word(words[-1]) not in WEIGHING:
        return None
    before = words[:-1]
    while before and bare_word(before[-1]) in AUXILIARY_OR_MODAL:
        before = before[:-1]  # 'the parcel would weigh'
    subject = noun_phrase_back(before)
    if not subject or bare_word(subject[-1]) in FUNCTION or any(c.isdigit() for w in subject for c in w):
        return "weight"  # 'at 6 feet tall, he weighs': no holder with a number of its own
    held = tidy_phrase(subject)
    return f"weight of {held}" if held else "weight"


def _area_of(sentence_before: list[str], rest: list[str]) -> str | None:
    """What an area of something is: the thing ('acres of pasture'), with what was done to it when the clause says
    so, by the verb before ('flooded 900 acres of farmland') or a participle after ('acres of forest have burned')."""
    while rest and bare_word(rest[0]) in DETERMINERS:
        rest = rest[1:]
    thing = noun_phrase_forward(rest)
    cut = _verb_at(thing)
    named = tidy_phrase(thing[:cut])
    if not named:
        return None
    done = as_participle(sentence_before[-1]) if sentence_before and is_verb(sentence_before[-1]) else None
    return f"{named} {done or participle_after(rest[cut:]) or ''}".strip()


FUEL_UNITS = word_set("gallon gallons liter litre liters litres")


PRICE_ABBREVIATIONS = {"rrp": "retail price", "msrp": "retail price", "srp": "retail price"}
"""'the kettle's RRP', 'an MSRP of $40': the (manufacturer's) suggested retail price, as a reader says it."""


def rate_measure(phrase: str | None) -> str | None:
    """'miles per gallon ...' -> 'fuel economy'; 'miles per charge ...' -> 'range per charge': a distance per unit
    of fuel or per charge is what a reader calls it; 'RRP', 'MSRP' -> 'retail price'; other phrases unchanged."""
    if phrase is not None and any(bare_word(w) in PRICE_ABBREVIATIONS for w in phrase.split()):
        return " ".join(PRICE_ABBREVIATIONS.get(bare_word(w), w) for w in phrase.split())
    if phrase is None or " per " not in phrase:
        return phrase
    words = [bare_word(w) for w in phrase.split()]
    if len(words) < 3 or words[0] not in DISTANCE_UNITS or words[1] != "per":
        return phrase
    if words[2] in FUEL_UNITS:
        return "fuel economy"
    return "range per charge" if words[2] == "charge" else phrase


PLAIN_DIMENSIONS = {"frames per second": "frame rate", "gigahertz": "clock speed", "megahertz": "clock speed"}
"""Units whose dimension is the reader's whole phrase: '30fps' is a frame rate whatever the words around it."""


_FUNCTION_PREPOSITION_AUXILIARY_OR_MODAL = FUNCTION | PREPOSITIONS | AUXILIARIES | MODALS


def is_noun_after(word: str) -> bool:
    """A word after an area that names what the area is of ('a 0.21-acre lot'), not a preposition or a verb."""
    bare = bare_word(word)
    return word[:1].isalpha() and bare not in _FUNCTION_PREPOSITION_AUXILIARY_OR_MODAL and not is_verb(word)
