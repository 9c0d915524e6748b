"""Words the measures rules read: which words are quantities, verbs of change, money verbs, function words."""

from __future__ import annotations

import re

from newsprep.extract.statistics.words import QUALIFIER_END_WORDS, REPORTING_WORDS, is_plural_noun, one_of
from newsprep.text import word_set

YEAR = re.compile(r"(?:1[89]|20)[0-9]{2}$")
MAX_MEASURE_WORDS = 12
MAX_TAIL_WORDS = 6
MAX_SUBJECT_WORDS = 8

DASH = r"\s[—–―]\s|[—–―]|\s--?\s"
"""A dash between clauses: an em or en dash, or a spaced hyphen or two standing for one (' -- ', as wire datelines and
US papers' asides type it)."""
CLAUSE_BREAK = re.compile(
    rf",(?![0-9]{{3}})|;|:|\(|\)|{DASH}|\b(?:but|while|whereas|although|though|however)\b|[“”\"]|\?"
)
QUANTITY_WORD = re.compile(
    r"^[~(+-]*(?:[$€£¥₹]|US\$|Rs\.?)?[0-9][0-9,.]*(?:%|bn|m|k|x|K|mn|p|c|million|billion|trillion)?[,.;:)]*$|^[0-9][0-9,.]*[-–][0-9][0-9,.]*%?$"
)
MEASURE_UNITS = word_set(
    "points point cents miles kilometers feet inches pounds tons tonnes degrees meters metres yards gallons barrels "
    "km mph kph kg lb lbs hp kwh mw gw nm cm mm ft",
)
"""Units that say how much something moved when a change verb comes before them ('the index fell 90 points')."""
MODALS = word_set("and would will could can may might should must")
HOLDING_VERBS = {
    "employs": "employed", "employ": "employed", "operates": "operated", "operate": "operated", "owns": "owned",
    "own": "owned", "serves": "served", "serve": "served", "houses": "housed", "hosts": "hosted", "runs": "run",
    "manages": "managed", "treats": "treated", "teaches": "taught", "trains": "trained", "insures": "insured",
    "represents": "represented", "represent": "represented", "treat": "treated", "house": "housed", "host": "hosted",
    "manage": "managed", "teach": "taught", "train": "trained", "insure": "insured",
}  # fmt: skip
"""Present-tense verbs of a count's holder ('the plant runs 300 looms' -> 'looms run by plant'; its
'people' are 'employees of plant', ``employees``), with a
plural holder's forms ('the two clinics treat 500 patients')."""
PARTICLES = word_set("off up out down back away")
VAGUE = word_set("hundreds thousands dozens millions billions tens scores")
SCALE_OR_PERCENT = word_set("percent pct % million billion trillion bn mn percentage points point per cent")
CURRENCY_WORDS = word_set("dollars dollar euros euro pounds yen yuan rupees pesos francs")

CHANGE_NOUNS = {
    **dict.fromkeys(word_set("rose rise rises risen rising climbed climbs soared surged jumped jumps"), "rise"),
    **dict.fromkeys(word_set("increased increase increases increasing"), "increase"),
    **dict.fromkeys(word_set("improved improves improving"), "improvement"),
    **dict.fromkeys(word_set("grew grow grows grown growing expanded expand expands expanding"), "growth"),
    **dict.fromkeys(word_set("gained gains gain added"), "gain"),
    **dict.fromkeys(word_set("fell fall falls fallen falling slid slipped sank plunged tumbled dipped eased"), "fall"),
    **dict.fromkeys(word_set("shed sheds shedding losing slipping sliding dropping declining sinking"), "fall"),
    **dict.fromkeys(word_set("tumbling"), "fall"),
    **dict.fromkeys(word_set("climbing jumping soaring surging"), "rise"),
    **dict.fromkeys(word_set("climb jump soar surge"), "rise"),  # after 'to' or a modal: 'is expected to climb to'
    **dict.fromkeys(word_set("plunge tumble dip slip sink"), "fall"),
    **dict.fromkeys(word_set("gaining adding"), "gain"),
    **dict.fromkeys(word_set("dropped drop drops declined decline declines decreased shrank slumped lost"), "fall"),
    **dict.fromkeys(word_set("cut cuts reduced lowered cutting reducing lowering reduce reduces"), "cut"),
    **dict.fromkeys(word_set("trimmed trims slashed slashes"), "cut"),
    **dict.fromkeys(word_set("doubled tripled quadrupled"), "rise"),
    **dict.fromkeys(word_set("halved narrowed"), "fall"),
    **dict.fromkeys(word_set("contracted shrank shrinks shrink"), "contraction"),
    **dict.fromkeys(word_set("widened"), "rise"),
    **dict.fromkeys(word_set("slowed slows slowing"), "slowdown"),
    **dict.fromkeys(word_set("accelerated accelerates accelerating"), "acceleration"),
}
CLOSING_NOUNS = {
    **dict.fromkeys(word_set("close closed closes closing finish finished finishes end ended ends"), "close"),
    **dict.fromkeys(word_set("settle settled settles settling"), "settlement"),
    **dict.fromkeys(word_set("open opened opens opening"), "opening"),
}
"""Verbs of a market's closing level ('closed at', 'settled at') and the noun for that level."""
UP_DOWN = {"up": "rise", "down": "fall", "higher": "rise", "lower": "fall"}
CHANGE_NOUN_WORDS = word_set(
    "rise increase gain growth jump drop fall decline decrease cut reduction improvement hike boost surge slump loss "
    "climb dip slide plunge leap"
)
"""Nouns that name a change: 'a jump of 6 percent', 'a 21 percent rise', 'a 2-degree dip', a measure opening 'cut in
benchmark rate'. One list for every rule that reads a change by its noun."""
CHANGE_AFTER = CHANGE_NOUN_WORDS | {"losses" if noun == "loss" else f"{noun}s" for noun in CHANGE_NOUN_WORDS}
"""The change nouns and their plurals, as they follow a number ('a 5% rise', 'two cuts')."""
MONEY_NOUNS = {
    **dict.fromkeys(word_set("spent spend spends spending"), "spending"),
    **dict.fromkeys(word_set("invested invest invests investing"), "investment"),
    **dict.fromkeys(word_set("earned earn earns earning"), "earnings"),
    **dict.fromkeys(word_set("paid pay pays paying"), "payment"),
    **dict.fromkeys(word_set("cost costs costing"), "cost"),
    **dict.fromkeys(word_set("raised raise raises raising"), "money raised"),
    **dict.fromkeys(word_set("borrowed borrow borrows borrowing"), "borrowing"),
    **dict.fromkeys(word_set("lent lend lends lending loaned"), "loan"),
    **dict.fromkeys(word_set("pledged pledge pledges pledging"), "pledge"),
    **dict.fromkeys(word_set("contributed contribute contributes contributing"), "contribution"),
    **dict.fromkeys(word_set("committed commit commits committing"), "commitment"),
    **dict.fromkeys(word_set("owed owe owes owing"), "debt"),
    **dict.fromkeys(word_set("lost lose loses"), "losses"),
    **dict.fromkeys(word_set("sold sell sells selling"), "sale"),
    **dict.fromkeys(word_set("bought buy buys buying"), "purchase"),
    **dict.fromkeys(word_set("charged charge charges"), "charge"),
    **dict.fromkeys(word_set("received receive receives receiving"), "money received"),
    **dict.fromkeys(word_set("awarded award awards awarding"), "award"),
    **dict.fromkeys(word_set("saved save saves saving"), "savings"),
    **dict.fromkeys(word_set("fined fine fines"), "fine"),
    **dict.fromkeys(word_set("donated donate donates donating"), "donation"),
    **dict.fromkeys(word_set("allocated allocate allocates allocating"), "allocation"),
    **dict.fromkeys(word_set("requested request requests requesting"), "request"),
    **dict.fromkeys(word_set("offered offer offers offering"), "offer"),
    **dict.fromkeys(word_set("grossed gross grosses grossing"), "gross"),
    **dict.fromkeys(word_set("generated generate generates generating"), "revenue"),
    **dict.fromkeys(word_set("collected collect collects collecting"), "money collected"),
}
PRICE_AT = re.compile(
    r"\b(?:start(?:s|ed|ing)?|priced|valued|retail(?:s|ed)?|sells?|sold|trad(?:es|ed|ing))\s+(?:at|for)\s*$", re.I
)
LEVEL_VERBS = word_set(
    "is are was were stood stands stand reached reaches hit hits totaled totalled totals be averaged averages "
    "remain remains remained stay stays stayed topped tops exceeded exceeds surpassed surpasses"
)
PAYOUT_NOUNS = word_set("dividend dividends payout payouts distribution distributions")
"""'took the full-year payout to $1.40 per share': an amount per share paid out is a dividend, not earnings."""
NUDGES = word_set("edged ticked inched crept moved went came")
"""Verbs that only carry a direction word ('edged up to 3.7%')."""
CASUALTIES = word_set("dead injured wounded hurt missing killed")
"""'left 3 dead and 12 wounded': a bare count of people named by what happened to them."""
VALUING = word_set("values valued valuing value")
"""'The deal values the company at $3.4 billion': the value of the company."""
SHARE_VERBS = {
    **dict.fromkeys(word_set("cover covers covered covering represent represents represented representing"), ""),
    **dict.fromkeys(word_set("comprise comprises comprised compose composes composed"), ""),
    **dict.fromkeys(word_set("constitute constitutes constituted constituting"), ""),
    **dict.fromkeys(word_set("make makes made making"), "up"),
    **dict.fromkeys(word_set("account accounts accounted accounting"), "for"),
}
"""'Plains cover 65% of the surface', 'women make up 30% of the staff': verbs of taking a share ('for'/'up' after)."""
OUTDOING = word_set("beating missing topping exceeding surpassing matching")
"""'beating analysts' estimates of $1.38': the verb before a compared quantity is not part of its name."""
SERIES = word_set("last first past next previous remaining final")
"""Words between 'of' and a count of a series ('won 11 of its last 14 games')."""
POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
"""The endings of an owner in 's ('the council's', "Mr Reyes's", 'the players'')."""
STEADY = word_set("flat steady unchanged stable frozen capped pegged changed")
"""'The euro was flat at $1.10', 'fees were frozen at $30', 'gold was little changed at $2,010': a level that did
not move or may not."""
STEADY_HEDGES = word_set("little barely largely virtually mostly broadly")
"""'little changed', 'broadly flat': the hedge of a level that did not move."""
NOT_NAMED_QUANTITIES = word_set("total maximum minimum average estimated sum number up least most")
AUXILIARIES = word_set(
    "is are was were be been being has have had will would could should can may might must do does did "
    "also still now all each there just only alone already currently reportedly goes go went gone come comes came",
)
PROJECTIONS = word_set("projected expected forecast likely set poised estimated")
RELATIVES = word_set("who that which whom")
STANDING_ADVERBS = word_set("now still already also currently officially")
"""Adverbs of time that stand between a subject or an auxiliary and its verb: 'is now put at', 'Halvorsen now has 17
goals', 'and still needs'."""
SUBJECT_PRONOUNS = word_set("he she they we i you")
"""Pronouns that stand as a clause's subject ('they do get', 'she has 17')."""
THIRD_PERSON_POSSESSIVES = word_set("its their his her")
"""'two of its six chances': the possessive that points back to the sentence's subject."""
POSSESSIVES = THIRD_PERSON_POSSESSIVES | word_set("our my your")
"""Possessive pronouns: 'its two busiest ports', 'our share'."""
BEING_FORMS = word_set("is are was were be been")
HAVING = word_set("has have had")
LOSING = word_set("lost loses lose losing")
PREPOSITIONS = word_set(
    "of in on at from for with without per to by across among under over into after before along around near "
    "during despite within throughout via amid toward towards against between"
)
TIME_OBJECTS = word_set(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday year years month months "
    "week weeks day days quarter quarters decade half period season",
)
TIME_MODIFIERS = word_set(
    "first second third fourth fiscal past previous same coming latest recent current last next this early late"
)
"""Words between a preposition and a time noun ('in the third quarter', 'in fiscal 2019')."""
TIME_STOPS = word_set(
    "so monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow year week month quarter day "
    "season january february march april may june july august september october november december",
)
SUBORDINATORS = word_set("as and or while when since because after before if that which so then but yet")
REPORTING = frozenset(REPORTING_WORDS)
FUNCTION = word_set(
    "a an the of to in on at for by with from and or but is are was were be been has have had that this these those "
    "it its as than into over under about who which their there they them his her he she we our us per up down "
    "along compared time more less some any what later earlier ago apiece each alone since until through whom into "
    "last next first other another such own same",
)
DETERMINERS = word_set("a an the its their his her our your my this these those some")
VERB_ENDINGS = ("ed",)
PAST_VERBS = word_set(
    "spent sold built made lost took had hit cut paid won gave brought left put kept held found saw sent bought "
    "caught drew fed fought fled grew hid hurt led lent met ran rode shot slew stole struck swept taught told "
    "threw wore wrote killed hired employed moved hospitalized arrested laid set shut died vied tied lied sued owed",
)
PHRASE_ENDS = word_set(
    "because including includes depending respectively nowadays according unless although whereas thanks "
    "despite amid prompting making leaving bringing compared versus rather instead",
)
"""Words that open a clause or an aside after a measure's noun phrase ('systems including braking'): cut there."""
NUMBER_WORDS = word_set(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand "
    "million billion dozen half",
)


CONNECTORS = word_set("to from or and at by up down higher lower compared with against versus vs")


QUALIFIER_END = re.compile(rf"(?:\b(?:{one_of(QUALIFIER_END_WORDS)})\s*)+$", re.IGNORECASE)
QUALIFIER_LAST_WORDS = tuple(sorted({phrase.split()[-1].lower() for phrase in QUALIFIER_END_WORDS}))
"""The words ``QUALIFIER_END``'s last qualifier ends with: text whose last word (ASCII, lower-cased) ends with none
of them holds no qualifier at its end (``clause.strip_qualifiers``' cheap test before the pattern)."""


def bare_word(word: str) -> str:
    return word.lower().strip("“”\"'’,.;:()[]!?")


def after_last_of(words: list[str], kinds: frozenset[str]) -> list[str]:
    """The words after the last one whose bare form is in ``kinds``; all of them when none is. What a frame leaves
    of a clause ('Officials said fares' -> 'fares' for ``REPORTING``)."""
    for i in range(len(words) - 1, -1, -1):
        if bare_word(words[i]) in kinds:
            return words[i + 1 :]
    return words


def comma_chunks(words: list[str]) -> list[list[str]]:
    """The words in runs, each closed by a word that ends on a comma ('Brent crude, the benchmark, slipped' ->
    'Brent crude,' / 'the benchmark,' / 'slipped'); the last run is empty when the last word ends on one."""
    chunks: list[list[str]] = [[]]
    for word in words:
        chunks[-1].append(word)
        if word.endswith(","):
            chunks.append([])
    return chunks


def _names_a_model(words: list[str], i: int) -> bool:
    """A short bare number after a capitalised word inside the clause ('Band 3 costs', 'Series 7 has'): a model's or a
    version's number, as the stage's identifier rule reads it, not another quantity (a count's noun after it, as in a
    line of a player's assists, keeps it one)."""
    previous = words[i - 1] if i > 1 else ""
    if not (words[i].isdigit() and len(words[i]) <= 3 and previous[:1].isupper() and previous[-1:].isalpha()):
        return False
    following = bare_word(words[i + 1]) if i + 1 < len(words) else ""
    return bare_word(previous) not in FUNCTION and (following in MONEY_NOUNS or not is_plural_noun(following))


def is_quantity(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is part of another quantity ('$2 billion', '4.5%', '3 percent'): comparisons' numbers."""
    w = words[i]
    if bare_word(w) in NUMBER_WORDS and i + 1 < len(words) and is_plural_noun(bare_word(words[i + 1])):
        return True
    if QUANTITY_WORD.match(w) and any(c.isdigit() for c in w):
        if _names_a_model(words, i):
            return False  # 'The Lumo Band 3 costs $249': the 3 names the model
        nxt = bare_word(words[i + 1]) if i + 1 < len(words) else ""
        return (
            not w[:1].isdigit()
            or "%" in w
            or w.rstrip(",.;:)")[-1:].isalpha()
            or "," in w.strip(",")
            or (is_plural_noun(nxt) and nxt not in TIME_OBJECTS and not YEAR.match(w))
            or nxt in SCALE_OR_PERCENT
            or nxt in CURRENCY_WORDS
            or "." in w.strip(".")
        )
    return False


DIMENSIONS = {
    **dict.fromkeys(word_set("horsepower hp bhp ps kilowatts kw"), "power"),
    **dict.fromkeys(word_set("megawatts megawatt mw gigawatts gigawatt gw"), "capacity"),
    **dict.fromkeys(word_set("lb-ft nm"), "torque"),
    **dict.fromkeys(word_set("kwh kilowatt-hours"), "capacity"),
    **dict.fromkeys(word_set("megapixels megapixel"), "resolution"),
    **dict.fromkeys(word_set("milliamp-hours mah"), "capacity"),
    **dict.fromkeys(word_set("nits"), "brightness"),
    **dict.fromkeys(word_set("mpg"), "fuel economy"),
    "cubic feet": "capacity",
}
"""A unit that names what it measures: '149 horsepower' is the engine's power, '82 kWh' a battery's capacity, '12
megapixels' a camera's resolution ('mp' is left out: an 'MP' is also a member of parliament), '5,000mAh' a battery's
capacity, '2,500 nits' a screen's brightness, '31 mpg' fuel economy, '15 cubic feet' a trunk's capacity."""
PRICE_VERBS = word_set("bought buy buys buying purchased purchase purchases acquired acquire acquires sold sell sells")
"""'X bought Y for $Z': $Z is the price of Y."""
DISTANCE_UNITS = word_set("miles mile kilometers kilometres km feet meters metres yards light-years")
"""'140 million miles away': a distance."""
SCORING_NOUNS = word_set(
    "points rebounds assists goals saves tackles steals blocks touchdowns strikeouts sacks receptions catches "
    "carries aces birdies wickets"
)
"""What a player's line counts: 'James had 25 points' -> 'points by James'."""
SCORING_VERBS = word_set(
    "had has scored scores added adds finished recorded grabbed collected totaled totalled posted contributed made led "
    "threw caught hit rushed passed ran"
)
TRAVEL_VERBS = word_set("go goes travel travels drive drives fly flies deliver delivers")
"""'will go 39 miles on battery power': the distance a vehicle can go is its range."""
TRAVELLED = word_set("went traveled travelled drove flew walked swam")
"""'the cat had traveled 1,200 miles': a distance covered."""


PARTICIPLES = {
    "threw": "thrown", "took": "taken", "gave": "given", "wrote": "written", "drew": "drawn", "stole": "stolen",
    "rode": "ridden", "saw": "seen", "ate": "eaten", "drove": "driven", "chose": "chosen", "broke": "broken",
    "grew": "grown", "flew": "flown", "wore": "worn", "hid": "hidden", "ran": "run", "began": "begun",
    "swam": "swum", "shook": "shaken", "knew": "known", "blew": "blown", "fell": "fallen", "rose": "risen",
    "sang": "sung", "froze": "frozen", "forgave": "forgiven", "bit": "bitten", "spoke": "spoken", "tore": "torn",
}  # fmt: skip
"""'He threw four touchdowns' -> 'touchdowns thrown': the past tense of an irregular verb after its object reads as
the participle a reader writes."""


IRREGULAR = frozenset(PARTICIPLES.values()) | word_set("woven spun sewn cast built made held dug sold bought")
"""Participles that do not end in -ed ('cable woven from tires')."""


def as_participle(word: str) -> str:
    """The participle of an irregular past tense ('threw' -> 'thrown'); other words unchanged."""
    return PARTICIPLES.get(bare_word(word), word.strip(",;:"))


CLAUSE_OPENERS = word_set("when while because if although though whereas until unless")
"""Words that open another clause after a count's noun ('winds of 130 mph when it made landfall')."""


PARENT_NOUN = r"(?P<grand>grand)?(?:mother|father|parents?|mom|mum|dad)"
"""A parent, or a grandparent ('grand' in its own group): 'a mother of four' counts her children, 'a grandfather of
nine' his grandchildren (``elided`` reads the count, ``implied`` says what it counts)."""
