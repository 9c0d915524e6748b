"""Shapes of a measure a reader names with a word the clause only implies (round 5; each has a test with an
invented sentence in ``tests/stages/test_statistics_shapes.py``):

- a size said by an adjective: 'the ferry measures 90 feet long' -> 'length of ferry' (wide, high, tall, deep, thick);
- an area: 'the island covers 40 square miles' -> 'area of island';
- an amount of a substance in a unit of measure: '500 meters of cable made from tires' -> 'cable';
- the subject of a copula across the number's adjectives: 'its top speed is a governed 130 mph'
  -> 'top speed';
- a verb's object count in the participle a reader writes: 'she threw four touchdowns' -> 'touchdowns thrown';
- a run of results: 'Dallas has taken four in a row' -> 'Dallas wins in a row'; 'lost six straight' -> 'straight
  losses';
- a count after a possessive pronoun belongs to the sentence's subject: 'Portland converted two of its six chances'
  -> 'Portland chances' (for 'six');
- a distance per unit of fuel or per charge: '40 miles per gallon' -> 'fuel economy'; '250 miles per charge' ->
  'range per charge';
- a count held by a participle: 'a boat carrying 50 migrants capsized' -> 'migrants on boat' (the verb after it is
  the boat's);
- a change after an appositive: 'Brent, the benchmark, slipped 1.2% to $61.40' -> 'fall in Brent', 'Brent';
- a spelled-out number is never part of a phrase ('eighty lanterns' -> 'lanterns'), nor a pronoun its opening
  ("we're talking 22 cubic feet" says nothing: no phrase).
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.measure_clause import (
    is_verb,
    noun_phrase_back,
    noun_phrase_forward,
    participle_after,
    strip_qualifiers,
    tidy_phrase,
)
from newsprep.extract.statistics.measure_holders import (
    opening_subject,
)
from newsprep.extract.statistics.measure_words import (
    AUXILIARIES,
    DETERMINERS,
    DIMENSIONS,
    DISTANCE_UNITS,
    FUNCTION,
    HOLDING_VERBS,
    MAX_SUBJECT_WORDS,
    MODALS,
    NUMBER_WORDS,
    PREPOSITIONS,
    RELATIVES,
    YEAR,
    bare_word,
)
from newsprep.extract.statistics.numbers import WORD_VALUES
from newsprep.extract.statistics.rules import is_plural_noun
from newsprep.text import word_set

SIZE_ADJECTIVES = {"long": "length", "wide": "width", "high": "height", "tall": "height", "deep": "depth"}
SIZE_ADJECTIVES |= {"thick": "thickness", "across": "width"}
"""'90 feet long': the adjective after a length names the dimension."""
LENGTH_UNITS = DISTANCE_UNITS | word_set("foot inch inches cm mm centimeters centimetres millimeters millimetres")
AREA_UNITS = word_set("acres acre hectares hectare")
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
"""'can produce 500 tons of steel': a verb of output keeps the count rules' 'tons of steel to produce'."""
BEING = word_set("is are was were be been being measures measured stands stood covers covered spans spanned")
"""Verbs whose subject a following size or level belongs to."""
PARTICIPLES = {
    "threw": "thrown", "took": "taken", "gave": "given", "wrote": "written", "drew": "drawn", "stole": "stolen",
    "rode": "ridden", "saw": "seen", "ate": "eaten", "drove": "driven", "chose": "chosen", "broke": "broken",
    "grew": "grown", "flew": "flown", "wore": "worn", "hid": "hidden", "ran": "run", "began": "begun",
    "swam": "swum", "shook": "shaken", "knew": "known", "blew": "blown", "fell": "fallen", "rose": "risen",
    "sang": "sung", "froze": "frozen", "forgave": "forgiven", "bit": "bitten", "spoke": "spoken", "tore": "torn",
}  # fmt: skip
"""'He threw four touchdowns' -> 'touchdowns thrown': the past tense of an irregular verb after its object reads as
the participle a reader writes."""


RESULTS = {"won": "wins", "win": "wins", "wins": "wins", "lost": "losses", "lose": "losses", "loses": "losses"}
RESULTS |= {"drew": "draws", "drawn": "draws", "tied": "ties", "dropped": "losses"}
"""A verb of results and the noun of its run."""


_RUN_OWNERS = frozenset({"their", "its", "his", "her", "our", "the", "last", "past"})
"""Words between 'of' and a run's length: 'seven of their last nine', 'eight of the past 10'."""


def run_measure(sentence_before: list[str], right: list[str]) -> str | None:
    """'Dallas has won four in a row' -> 'Dallas wins in a row'; 'the Owls lost six straight' -> 'Owls straight
    losses'; 'won four in a row and seven of nine' -> 'Dallas wins' (the other number of 'of nine' is left out)."""
    rb = [bare_word(w) for w in right[:3]]
    if not rb or rb[0] not in {"in", "straight", "consecutive", "of"}:
        return None
    if rb[0] == "of":  # 'seven of their last nine': the run's length after its owner and 'last'
        skipped = 1
        while skipped < min(len(right) - 1, 3) and bare_word(right[skipped]) in _RUN_OWNERS:
            skipped += 1
        right = ["of", *right[skipped:]]
        rb = [bare_word(w) for w in right[:3]]
    at = next((i for i in range(len(sentence_before) - 1, -1, -1) if bare_word(sentence_before[i]) in RESULTS), None)
    if at is None or not rb:
        return None
    results = RESULTS[bare_word(sentence_before[at])]
    before = sentence_before[:at]
    while before and bare_word(before[-1]) in AUXILIARIES:
        before = before[:-1]
    subject = noun_phrase_back(before)
    named = tidy_phrase(subject) if subject and subject[-1][:1].isupper() else None
    if rb == ["in", "a", "row"]:
        said = f"{results} in a row"
    elif rb[0] in {"straight", "consecutive"}:
        said = f"{rb[0]} {results}"
    elif rb[0] == "of" and len(rb) > 1 and _run_length(right[1]) and not (len(rb) > 2 and is_plural_noun(rb[2])):
        said = results  # 'five of six'; 'won 11 of its last 14 games' is the series rule's ('games won')
    else:
        return None
    return f"{named} {said}" if named else said


IRREGULAR = frozenset(PARTICIPLES.values()) | word_set("woven spun sewn cast built made held dug sold bought")
"""Participles that do not end in -ed ('cable woven from tires')."""


def as_participle(word: str) -> str:
    """The participle of an irregular past tense ('threw' -> 'thrown'); other words unchanged."""
    return PARTICIPLES.get(bare_word(word), word.strip(",;:"))


def being_subject(words: list[str]) -> str | None:
    """The noun phrase before the last verb of being or extent in ``words`` ('the new ferry measures just over' -> 'new
    ferry'); None when there is none or it is a pronoun."""
    at = next((i for i in range(len(words) - 1, 0, -1) if bare_word(words[i]) in BEING), None)
    if at is None:
        return None
    before = words[:at]
    while before and bare_word(before[-1]) in AUXILIARIES | MODALS:
        before = before[:-1]  # 'the ferry will be'
    if before and before[-1].endswith(","):
        # 'the bridge, which opened in 1937, is': the subject before the aside
        first = next(i for i, w in enumerate(before) if w.endswith(","))
        before = [*before[:first], before[first].rstrip(",")]
    subject = noun_phrase_back(before)
    if not subject or bare_word(subject[-1]) in FUNCTION or any(c.isdigit() for c in subject[-1]):
        return None
    return tidy_phrase(subject)


def copula_subject(between: list[str]) -> str | None:
    """'its top speed is a governed': the subject of a copula whose complement is the number, with
    at most three determiners or modifiers (no preposition, no verb) between them."""
    at = next((i for i in range(len(between) - 1, 0, -1) if bare_word(between[i]) in BEING), None)
    if at is None:
        return None
    complement = between[at + 1 :]
    if len(complement) > 3 or any(
        bare_word(w) in PREPOSITIONS | AUXILIARIES or (bare_word(w) in FUNCTION and bare_word(w) not in DETERMINERS)
        for w in complement
    ):
        return None
    return being_subject(between[: at + 1])


def adjective_copula(between: list[str]) -> bool:
    """'is a governed': a copula, then a participle used as an adjective right before the number (which the count
    rules would read as the count's verb)."""
    return len(between) > 1 and is_verb(between[-1]) and copula_subject(between) is not None


def size_measure(sentence_before: list[str], noun: str, right: list[str]) -> str | None:
    """A length, area or amount that the words around it name: 'the ferry measures 90 feet long' -> 'length of ferry';
    'the island covers 40 square miles' -> 'area of island'; '500 meters of cable' -> 'cable'."""
    words = noun.split()
    if not words:
        return None
    unit = bare_word(words[-1])
    after = [bare_word(w) for w in right[:2]]
    if unit in LENGTH_UNITS and after[:1] and after[0] in SIZE_ADJECTIVES and len(words) == 1:
        holder = being_subject(sentence_before)
        dimension = SIZE_ADJECTIVES[after[0]]
        return f"{dimension} of {holder}" if holder else dimension
    if (len(words) > 1 and bare_word(words[-2]) in SQUARE and unit in LENGTH_UNITS) or unit in AREA_UNITS:
        holder = being_subject(sentence_before)
        if not holder and after[:1] == ["of"] and (covered := _area_of(sentence_before, right[1:])):
            return covered  # '40,000 acres of pasture were flooded' -> 'pasture flooded'
        if sentence_before and is_verb(sentence_before[-1]):
            return f"area {as_participle(sentence_before[-1])}"  # 'the fire has burned 10,000 acres'
        return f"area of {holder}" if holder else "area"
    if unit in WEIGHT_UNITS and (weighed := _weighed(sentence_before)):
        return weighed  # 'the bear weighed nearly 600 pounds' -> 'weight of bear'
    produced = bool(sentence_before) and bare_word(sentence_before[-1]) in OUTPUT_VERBS
    if unit in SUBSTANCE_UNITS and unit not in DIMENSIONS and after[:1] == ["of"] and not produced:
        rest = right[1:]
        while rest and bare_word(rest[0]) in DETERMINERS:
            rest = rest[1:]
        substance = noun_phrase_forward(rest)
        cut = next((i for i, w in enumerate(substance) if is_verb(w) or bare_word(w) in IRREGULAR), len(substance))
        return tidy_phrase(substance[:cut])
    return None


def _weighed(sentence_before: list[str]) -> str | None:
    """'weight of bear' for 'the bear weighed nearly', 'weight' for 'it weighs' (no holder after a pronoun or with a
    number); None when the words before the number end in no verb of weighing."""
    words = strip_qualifiers(sentence_before)
    if not words or bare_word(words[-1]) not in WEIGHING:
        return None
    before = words[:-1]
    while before and bare_word(before[-1]) in AUXILIARIES | MODALS:
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
    cut = next((i for i, w in enumerate(thing) if is_verb(w) or bare_word(w) in IRREGULAR), len(thing))
    named = tidy_phrase(thing[:cut])
    if not named:
        return None
    done = as_participle(sentence_before[-1]) if sentence_before and is_verb(sentence_before[-1]) else None
    return f"{named} {done or participle_after(rest[cut:]) or ''}".strip()


_SPELLED_NUMBERS = NUMBER_WORDS | frozenset(WORD_VALUES)


def _number_word(word: str) -> bool:
    return bare_word(word) in _SPELLED_NUMBERS


def _run_length(word: str) -> bool:
    """'nine' or '11': how many games a run is out of."""
    return _number_word(word) or bare_word(word).isdigit()


CLAUSE_OPENERS = word_set("when while because if although though whereas until unless")
"""Words that open another clause after a count's noun ('winds of 130 mph when it made landfall')."""
_DIGITS = re.compile(r"[0-9][0-9,.]*%?")


def without_number_words(phrase: str | None) -> str | None:
    """A phrase without spelled-out numbers ('eighty lanterns' -> 'lanterns'): another number is never part of
    what a statistic measures. Capitalised number words stay inside names ('Fantastic Four')."""
    if phrase is None:
        return None
    words = phrase.split()
    kept = [
        w
        for i, w in enumerate(words)
        if not (_number_word(w) and (i == 0 or w[:1].islower()))
        and not (
            _DIGITS.fullmatch(w.strip(",;:"))
            and not YEAR.match(w.strip(",;:"))
            and (i == 0 or not words[i - 1][:1].isupper())
        )
    ]  # '3 of charges' -> 'charges'; 'S&P 500 futures' and '2021 Zephyr SUV' keep their names
    return tidy_phrase(kept) if kept and len(kept) < len(words) else phrase  # 'eartips with four' -> 'eartips'


PRONOUNS = word_set("i you we they he she it there this that")
"""A phrase opening with one of these (or its contraction: "you're", "there'll") names nothing."""


def without_pronoun_opening(phrase: str | None) -> str | None:
    """ "we're talking" -> None; "there'll" -> None: a phrase that opens with a pronoun, what is left after it
    when that is more than a lone word."""
    if phrase is None:
        return None
    words = phrase.split()
    opening = bare_word(words[0]).replace("’", "'").split("'")[0]
    if opening not in PRONOUNS:
        return phrase
    rest = words[1:]
    while rest and bare_word(rest[0]) in AUXILIARIES:
        rest = rest[1:]
    return " ".join(rest) if len(rest) > 1 else None


POSSESSIVES = word_set("its their his her")


def possessed_count(left: list[str], sentence_before: list[str], noun: str | None) -> str | None:
    """'the club converted two of its six chances' -> 'club chances': a count after 'its', 'their', 'his', 'her'
    is the sentence subject's (only when the phrase rules found nothing)."""
    if not noun or not left or bare_word(left[-1]) not in POSSESSIVES:
        return None
    owner = opening_subject(sentence_before)
    return f"{owner} {noun}" if owner else None


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

HOLDING_PARTICIPLES = {"carrying": "on", "transporting": "on", "holding": "in", "housing": "in"}
HOLDING_PARTICIPLES |= {"employing": "employed by", "serving": "served by", "sheltering": "in"}
"""'a boat carrying 50 migrants': what a count held by a participle is on or in."""


def held_by_relative(sentence_before: list[str], noun: str | None) -> str | None:
    """'The firm, which employs 12,000 people,' -> 'people employed by firm': a holding verb in a relative clause
    set off by a comma belongs to the noun before the comma."""
    if not noun or len(sentence_before) < 3 or bare_word(sentence_before[-2]) not in RELATIVES:
        return None
    held = HOLDING_VERBS.get(bare_word(sentence_before[-1]))
    if held is None or not sentence_before[-3].endswith(","):
        return None
    holder = tidy_phrase(noun_phrase_back([*sentence_before[:-3], sentence_before[-3].rstrip(",")]))
    return f"{noun} {held} by {holder}" if holder else None


def held_by_participle(sentence_before: list[str], noun: str | None) -> str | None:
    """'A boat carrying 50 migrants capsized' -> 'migrants on boat'; 'the plant, employing 300 people,' -> 'people
    employed by plant': the count belongs to the noun before the participle, not to the verb after it."""
    if not noun or len(sentence_before) < 2 or bare_word(sentence_before[-1]) not in HOLDING_PARTICIPLES:
        return None
    holder = noun_phrase_back([*sentence_before[:-2], sentence_before[-2].rstrip(",")])
    if not holder or not holder[-1][:1].isalpha() or bare_word(holder[-1]) in FUNCTION:
        return None
    held = tidy_phrase(holder)
    return f"{noun} {HOLDING_PARTICIPLES[bare_word(sentence_before[-1])]} {held}" if held else None


def appositive_subject(sentence_before: list[str], left: list[str]) -> str | None:
    """'Brent crude, the global benchmark, slipped': the noun phrase before an appositive, when the number's clause
    opens with the verb the appositive interrupts (its own subject is out of the clause's reach)."""
    if not left or not left[0][:1].islower() or bare_word(left[0]) in FUNCTION | PREPOSITIONS:
        return None
    chunks: list[list[str]] = [[]]
    for word in sentence_before:
        chunks[-1].append(word)
        if word.endswith(","):
            chunks.append([])
    if len(chunks) != 3 or len(chunks[0]) > MAX_SUBJECT_WORDS or bare_word(chunks[1][0]) not in DETERMINERS | RELATIVES:
        return None  # 'NP, the APPOSITIVE, verb ...' or 'NP, which ..., verb ...' only
    subject = [w.rstrip(",") for w in chunks[0]]
    if any(is_verb(w) or bare_word(w) in FUNCTION - DETERMINERS for w in subject):
        return None
    return tidy_phrase(subject)


_THRESHOLDS = frozenset({"mark", "threshold", "milestone", "barrier"})


def threshold_subject(phrase: str | None, sentence_before: list[str]) -> str | None:
    """'Donations passed the $1 billion mark' -> 'Donations': a mark names no measure, what reached it does."""
    if phrase is None or bare_word(phrase) not in _THRESHOLDS:
        return phrase
    return opening_subject(sentence_before) or phrase
