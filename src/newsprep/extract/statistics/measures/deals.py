"""What the figures of a deals post measure: the price a product's line gives ('Aurora Buds Pro: $149 (was $199)'),
its former price and the discount ('$40 off', 'save 30%', '$60 below its $229 list price')."""

from __future__ import annotations

import re

_PRICE_LINE = re.compile(
    r"^(?P<name>[A-Z0-9][^:()\n.!?]{0,60}?)\s*(?::|,|–|—)\s*(?:now\s+|just\s+|only\s+)?(?:[A-Z]{0,3}[$€£¥₹]|Rs\.?\s?)"
)
"""A line that opens with a product's name and then its price: 'Aurora Buds Pro: $149', 'Halo Lamp, $59 at Target'."""
_MAX_LINE_CHARS = 120
"""A price line is a heading: longer paragraphs are prose, whose opening words name no product."""
_FORMER_WORDS = r"(?:was|previously|reg\.?|regular|regularly|list|orig\.?|originally|normally|usually)"
_FORMER_BEFORE = re.compile(rf"\(\s*(?:[^()]{{0,24}},\s*)?(?P<word>{_FORMER_WORDS})\s*:?\s*$", re.IGNORECASE)
"""'(was $199)', '(reg. $89)', '(Orig. $1,599)', '($29, regular $45)': the price before the deal."""
_SALE_BEFORE_FORMER = re.compile(rf"\s*,\s*{_FORMER_WORDS}\s*:?\s*(?:[A-Z]{{0,3}}[$€£¥₹])", re.IGNORECASE)
"""'($29, regular $45)': the first price in the brackets is the deal's."""
_NAMED_BEFORE_BRACKET = re.compile(
    r"(?P<name>(?!The\b|A\b|An\b)[A-Z][\w'’+.-]*(?:\s+[A-Z0-9][\w'’+.-]*){0,4})\s*\([^()]*$"
)
"""'the Orla Lamp ($29, regular $45)': the product the bracketed prices are of, named just before them."""
_PRICE_ALONE_IN_BRACKET = re.compile(r"(?:[ \t,]+(?:[a-z]?[A-Z][\w'’+.-]*|unlocked)){0,4}[ \t]*\)")
"""'Quill Notes ($4)', 'Quill Notes ($4 iOS, Mac)', '($3 unlocked, Android)': the bracket holds the price and at most
the platforms it is for, nothing that says what else the amount could be ('($5 billion in sales)')."""
_SIGN_FIRST = re.compile(r"[A-Z]{0,3}[$€£¥₹]")
_FORMER_PRICES = {
    "reg": "regular",
    "regular": "regular",
    "regularly": "regular",
    "list": "list",
    "orig": "original",
    "originally": "original",
}
_FORMER_PRICES |= {"normally": "usual", "usually": "usual"}
"""What a former price is called by its word ('former' for 'was' and 'previously')."""
_FORMER_NAMES = re.compile(r"(?:former|regular|list|original|usual|sale) price\b")
_OFF_AFTER = re.compile(
    r"\s+off\b(?!\s+(?:its|their|the|a|an)\s+(?:\w+\s+)?(?:highs?|lows?|peaks?|records?|best|worst|levels?)\b)",
    re.IGNORECASE,
)
"""'$40 off', 'takes 31% off': a discount ('2% off its record high' is a market's distance from a level, not one)."""
_SAVE_BEFORE = re.compile(r"(?:^|[,:;(–—]\s*)(?:save|saving)\s+(?:up\s+to\s+|an\s+extra\s+|another\s+)?$", re.I)
"""'..., save 30%', '(save up to $80)': a deal's discount, told as an imperative after a stop; 'to save $500 a month'
is money put by."""
_OFF_WHAT = re.compile(r"\s+off\s+(?P<what>(?:the|its|their)\s+(?:[a-z]+\s+)?(?:price|rate|MSRP|RRP))\b", re.IGNORECASE)
"""'$80 off the list price': what the discount is taken from."""
_OFF_ITEM = re.compile(r"\s+(?i:off)\s+(?P<item>[A-Z][\w'’+.-]*(?:\s+[A-Z0-9][\w'’+.-]*){0,5})")
"""'$15 Off Zephyr Buds Pro': the product a discount is on, named after 'off'."""
_BELOW_PRICE_AFTER = re.compile(
    r"\s+(?:below|under|less\s+than)\s+(?:its|the|their|a)\s+(?:\S+\s+)?"
    r"(?:usual|regular|list|normal|retail|full|original|typical|recommended)\s+price\b",
    re.IGNORECASE,
)
"""'$60 below its $229 list price': a discount."""


_FIGURE_STARTS = frozenset("$€£¥₹R0123456789")
"""How a deal's figure is printed: a currency sign or digits ('Rs 999' too), never a number word or a fraction."""


def price_line_name(paragraph: str) -> str | None:
    """The product a short line that opens with its name and its price is about ('Halo Lamp, $59 at Target')."""
    m = _PRICE_LINE.match(paragraph) if len(paragraph) <= _MAX_LINE_CHARS else None
    return m.group("name").strip() if m else None


def deal_measure(paragraph: str, start: int, end: int) -> str | None:
    """A former price or a discount, of the product the paragraph's price line names when it names one; None when
    the figure is neither."""
    if paragraph[start : start + 1] not in _FIGURE_STARTS:
        return None  # 'Save a third of the fee each year': a fraction of a budget, no deal
    name = price_line_name(paragraph)
    former = _FORMER_BEFORE.search(paragraph, max(0, start - 40), start)
    sale = _SALE_BEFORE_FORMER.match(paragraph, end) if paragraph[:start].rstrip().endswith("(") else None
    if former is not None or sale is not None:
        bracketed = _NAMED_BEFORE_BRACKET.search(paragraph, max(0, start - 80), start)
        name = name or (bracketed.group("name") if bracketed else None)
    if former is not None:
        kind = _FORMER_PRICES.get(former.group("word").lower().rstrip("."), "former")
        return f"{kind} price of {name}" if name else f"{kind} price"
    if sale is not None:
        return f"sale price of {name}" if name else "sale price"  # '($29, regular $45)': the deal's price
    named = bracketed_price_of(paragraph, start, end)
    if named is not None:
        return f"price of {named}"
    off = _OFF_AFTER.match(paragraph, end) or _BELOW_PRICE_AFTER.match(paragraph, end)
    if off is None and _SAVE_BEFORE.search(paragraph, max(0, start - 24), start) is None:
        return None
    taken_from = _OFF_WHAT.match(paragraph, end)
    item = _OFF_ITEM.match(paragraph, end)
    name = name or (item.group("item") if item else None)
    phrase = f"discount on {name}" if name else "discount"
    return f"{phrase} off {taken_from.group('what')}" if taken_from else phrase


def bracketed_price_of(paragraph: str, start: int, end: int) -> str | None:
    """The product a price in brackets right after its name is of ('the Quill Notes app ($4 iOS)' no, 'Quill Notes
    ($4 iOS)' -> 'Quill Notes'), as a buying guide prints each pick's price; None for any other figure."""
    if not paragraph[max(0, start - 3) : start].rstrip().endswith("(") or not _SIGN_FIRST.match(paragraph, start):
        return None
    if not _PRICE_ALONE_IN_BRACKET.match(paragraph, end):
        return None
    named = _NAMED_BEFORE_BRACKET.search(paragraph, max(0, start - 80), start)
    return named.group("name") if named else None


def is_deal_measure(phrase: str | None) -> bool:
    """Whether a phrase is ``deal_measure``'s: its own reading, which a neighbouring price does not override (the
    '($40 off)' after a price is no conversion of it)."""
    return phrase is not None and (phrase.startswith("discount") or _FORMER_NAMES.match(phrase) is not None)
