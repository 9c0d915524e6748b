"""Prices: what an amount costs, as shopping, deal and review articles say it (issue 17, round 10; each shape has
invented-sentence tests in ``tests/stages/statistics/measures/test_prices_and_settings.py``).

- 'the shop offers the Lumo desk lamp for $45' -> 'price of Lumo desk lamp' (also bought, sold, find, get);
- 'Zephyr kettles from $30' -> 'price of Zephyr kettles' (a starting price: no 'to' after it);
- 'the Zephyr kettle is now live at Brightway for $30' -> 'price of Zephyr kettle' (on sale at a named store);
- 'refurbished tablets can be had for $200', 'the blender sells for $89' -> 'price of <subject>' (round 9);
- 'usually selling for $60', 'the usual $60 price tag' -> 'usual price'; '(Orig. $90)' -> 'original price';
- a product listing: a paragraph that is only an amount, under a short line naming the product -> 'price of <it>'.
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.clause import is_verb, tidy_phrase
from newsprep.extract.statistics.measures.word_class_unions import FUNCTION_OR_PREPOSITION
from newsprep.extract.statistics.measures.word_classes import (
    BEING_FORMS,
    PRICE_VERBS,
    TIME_OBJECTS,
    TIME_STOPS,
    bare_word,
)
from newsprep.extract.statistics.words import is_plural_noun
from newsprep.text import word_set

OFFER_VERBS = PRICE_VERBS | word_set(
    "offer offers offered offering find finds get gets got grab grabs snag snags pick lists listed listing"
)
"""'X offers Y for $Z', 'you can get Y for $Z': $Z is the price of Y."""
USUAL = word_set("usual usually normal normally regular regularly typical typically original originally list")
"""Words that make a price the usual or the original one."""
SELLING = word_set("selling sells sold sell priced retails retailing retailed goes going costs costing")
PRICE_NOUNS = word_set("price prices price-tag tag rate msrp")
_ORIGINAL = frozenset({"orig", "originally"})
_USUALLY = frozenset({"usually", "normally", "regularly", "typically", "reg"})
_TITLE_END = re.compile(r"\s*(?:\(|,|\s[-–—]\s|:)")
"""Where a product line's name ends: a bracket, a comma, a spaced dash ('Lumo Lamp, White (Renewed)')."""
_MAX_TITLE_WORDS = 12
_STORE_PRICE = re.compile(
    r"^(?P<item>.+?)\s+(?:(?:is|are|was|were)\s+)?(?:now\s+|currently\s+|also\s+)?"
    r"(?:available|live|on\s+sale|in\s+stock|listed|down|discounted|dropped|drops|fell|selling|going)\b.*?"
    r"\b(?:at|on|from|via)\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}\s+(?:for|at)$"
)
"""'<item> is now live at <Store> for', '<item> fell to a record low at <Store> at': the item on sale."""
_MAX_GOODS_WORDS = 4
_MAX_ITEM_WORDS = 12
_DEALS = frozenset({"pricing", "prices", "deal", "deals", "discount", "discounts", "savings", "sale"})
_PRONOUNS = frozenset({"it", "them", "one", "this", "that", "these", "those", "yours", "mine"})
SOLD_SUBJECT_VERBS = word_set("sells sell sold retails retail retailed goes go went")
"""'the blender sells for $89': the subject is what the amount buys."""
PASSIVE_BUYING = word_set("had bought found purchased ordered grabbed snagged picked snapped preordered pre-ordered")
"""'can be had for $200', 'can be picked up for $40': the subject is what the amount buys."""
_FROM_VERBS = frozenset({"starts", "ranges", "comes", "runs", "rises", "falls", "climbs", "drops", "moves"})


def offered_item(left: list[str]) -> str | None:
    """'the shop offers the Lumo desk lamp for $45' -> 'price of Lumo desk lamp': the words between a verb of selling
    or offering and 'for' name what the amount buys (the clause's words, other numbers kept: 'Zephyr 2 kettle')."""
    if len(left) < 3 or bare_word(left[-1]) != "for":
        return None
    verb_at = next((i for i in range(len(left) - 2, -1, -1) if bare_word(left[i]) in OFFER_VERBS), None)
    if verb_at is None or len(left) - verb_at - 2 > _MAX_ITEM_WORDS:
        return None
    item = _before_preposition([w for w in left[verb_at + 1 : -1] if w[:1] not in "$€£¥"])  # 'get $300 headphones'
    if any(is_verb(w) for w in item) or (item and bare_word(item[0]) in _PRONOUNS):
        return None  # 'offers to pay its staff more for', 'get it by itself for': not an item's name
    named = tidy_phrase(item)
    return f"price of {named}" if named else None


def store_price(left: list[str]) -> str | None:
    """'the Zephyr kettle is now live at Brightway for $30', 'Orla bands dropped to a new low on Shopzone at $25' ->
    'price of Zephyr kettle': what is on sale at a named store, for the amount."""
    m = _STORE_PRICE.match(" ".join(left))
    item = m.group("item").split() if m else []
    deal_on = [i for i in range(1, len(item)) if bare_word(item[i]) == "on" and bare_word(item[i - 1]) in _DEALS]
    if deal_on:
        item = item[deal_on[-1] + 1 :]  # 'holiday pricing on the Zephyr kettle' -> 'Zephyr kettle'
    if not item or len(item) > _MAX_ITEM_WORDS or any(is_verb(w) for w in item):
        return None
    named = tidy_phrase(item)
    return f"price of {named}" if named and bare_word(item[0]) not in _PRONOUNS else None


def _before_preposition(words: list[str]) -> list[str]:
    """'Lumo lamp in certified refurbished condition' -> 'Lumo lamp' (the item, not its state)."""
    cut = next((i for i, w in enumerate(words) if i and bare_word(w) in {"in", "at", "on", "from", "via"}), len(words))
    return words[:cut]


_USUAL_OR_FROM_VERB = USUAL | _FROM_VERBS


def starting_price(between: list[str], right: list[str]) -> str | None:
    """'Zephyr kettles from $30' -> 'price of Zephyr kettles': plural goods right before 'from' and no 'to' after the
    amount (a range or a change has one)."""
    if len(between) < 2 or bare_word(between[-1]) != "from" or is_verb(between[-2]):
        return None
    if right and bare_word(right[0]) in {"to", "through", "up", "and", "-", "–"}:
        return None
    goods = bare_word(between[-2])
    if not is_plural_noun(goods) or goods in _USUAL_OR_FROM_VERB:
        return None
    if len(between) > 2 and is_plural_noun(bare_word(between[-3])) and between[-2][:1].islower():
        return None  # 'pricing on thermostats starts from': after a plural noun, a word in -s is its verb
    named = [between[-2]]
    for word in reversed(between[:-2]):
        b = bare_word(word)
        if len(named) >= _MAX_GOODS_WORDS or not b or b in FUNCTION_OR_PREPOSITION or is_verb(word):
            break
        if word[:1].islower() and b.endswith("s"):
            break  # 'the sale includes kettles': a verb in -s ends the goods
        named.insert(0, word)
    return f"price of {tidy_phrase(named)}"


def usual_price(between: list[str], right: list[str]) -> str | None:
    """'usually selling for $60', 'normally $60' or 'the usual $60 price tag' -> 'usual price'; '(Orig. $90)' ->
    'original price'."""
    last = [bare_word(w) for w in between[-3:]]
    if not last:
        return None
    if last[-1] in _ORIGINAL:
        return "original price"
    if last[-1] in _USUALLY:
        return "usual price"
    if len(last) == 3 and last[-1] in {"for", "at"} and last[-2] in SELLING and last[0] in USUAL:
        return "usual price"
    if right and bare_word(right[0]) in PRICE_NOUNS and last[-1] in USUAL:
        return f"{'original' if last[-1].startswith('orig') else 'usual'} price"
    return None


def listing_price(paragraph: str, hit_text: str, previous_line: str | None) -> str | None:
    """A product listing: a paragraph that is only an amount ('$45.00') under a short line that names the product
    ('Lumo Desk Lamp, White (Renewed)') -> 'price of Lumo Desk Lamp'."""
    if previous_line is None or paragraph.strip() != hit_text.strip():
        return None
    line = previous_line.strip()
    if not line or line[-1] in ".!?:" or len(line.split()) > 2 * _MAX_TITLE_WORDS:
        return None
    name = _TITLE_END.split(line, maxsplit=1)[0].strip()
    if not any(c.isalpha() for c in name) or len(name.split()) > _MAX_TITLE_WORDS:
        return None
    return f"price of {name}"


def told_per_share(level: str, right: list[str]) -> str:
    """'earnings of $1.87 a share' and 'earnings of $7.40 to $7.80 a share' -> 'earnings per share': a level told
    per share (after the range's other end, if any); else the level as it is."""
    words = [bare_word(w) for w in right]
    if words[:1] == ["to"] and right[1:2] and right[1][:1] in "$€£¥0123456789":
        words = words[2:]  # the range's upper end
    if words[:2] in (["a", "share"], ["per", "share"]) and "share" not in level.lower().split():
        return f"{level} per share"
    return level


_TIME_WORD_SHARE_OR_CENT = TIME_OBJECTS | TIME_STOPS | frozenset({"share", "cent"})


def cost_per_unit(right: list[str]) -> str | None:
    """'the program costs $5,500 per death averted' -> 'death averted': what a cost is told per (not a time, which
    makes it a rate, nor a share); None when the number is not followed by 'per'."""
    words = [bare_word(w) for w in right[:4]]
    if len(words) < 2 or words[0] != "per" or words[1] in _TIME_WORD_SHARE_OR_CENT:
        return None
    unit = [right[1]]
    if len(right) > 2 and words[2:3] and words[2].endswith("ed") and not right[1].endswith((",", ".", ";")):
        unit.append(right[2])  # 'per death averted', 'per life saved'
    return tidy_phrase(unit)


_CURRENCY_NAMES = {"ngn": "naira", "inr": "rupees", "aed": "dirhams", "usd": "dollars", "gbp": "pounds"}
_CURRENCY_NAMES |= {"eur": "euros", "jpy": "yen", "cny": "yuan", "pkr": "rupees", "egp": "pounds", "kes": "shillings"}
_PER_CURRENCY = {"dollar": "dollar", "euro": "euro", "pound": "pound", "greenback": "dollar", "yen": "yen"}


def exchange_rate(unit: str, right: list[str]) -> str | None:
    """'closed at N1,520 to the dollar' -> 'naira per dollar': an amount told against another currency is an
    exchange rate; None otherwise."""
    words = [bare_word(w) for w in right[:3]]
    if len(words) < 3 or words[0] not in {"to", "against", "per"} or words[1] != "the":
        return None
    other = _PER_CURRENCY.get(words[2])
    name = _CURRENCY_NAMES.get(unit)
    return f"{name} per {other}" if other and name and name.rstrip("s") != other else None


def selling_price(left: list[str]) -> str | None:
    """'Refurbished tablets can be had for just over $200' -> 'price of Refurbished tablets'; 'the blender sells for
    $89' -> 'price of blender': the subject of a verb of selling, or of a passive verb of buying, before 'for'."""
    if len(left) < 3 or bare_word(left[-1]) != "for":
        return None
    words = left[:-1]
    if bare_word(words[-1]) in {"up", "out"}:
        words = words[:-1]  # 'can be picked up for'
    verb = bare_word(words[-1]) if words else ""
    if verb in PASSIVE_BUYING and len(words) > 1 and bare_word(words[-2]) in BEING_FORMS:
        words = words[:-2]
        while words and bare_word(words[-1]) in {"can", "could", "may", "might", "will", "now", "still", "also"}:
            words = words[:-1]
    elif verb in SOLD_SUBJECT_VERBS:
        words = words[:-1]
        while words and bare_word(words[-1]) in {"now", "still", "also", "currently", "usually"}:
            words = words[:-1]
    else:
        return None
    subject: list[str] = []
    for word in reversed(words):
        if bare_word(word) in FUNCTION_OR_PREPOSITION or word.endswith((",", ";", ":")) or is_verb(word):
            break
        subject.insert(0, word)
    if not subject or bare_word(subject[0]) in _PRONOUNS or len(subject) > _MAX_ITEM_WORDS:
        return None
    named = tidy_phrase(subject)
    return f"price of {named}" if named else None
