"""Whose dollars a bare '$' is: the article's own evidence of its country.

A '$' with no country ('US$', 'A$', 'NZ$' say theirs) is read as the US dollar, except in an article that names
Australia (the country, its people, a state or a state capital) and names no American place or thing: there a bare
'$' is the Australian dollar, as its readers read it. An article naming both keeps 'usd' (the evidence is mixed).
"""

from __future__ import annotations

import re

_AUSTRALIAN = re.compile(
    r"\b(?:Australian?s?|Sydney|Melbourne|Brisbane|Canberra|Adelaide|Hobart|Queensland|Tasmania|New\s+South\s+Wales"
    r"|Northern\s+Territory)\b"
)
_AMERICAN = re.compile(r"(?:\bU\.S\.|\bUS\b|\bUSA\b|\bUnited\s+States\b|\bAmerican?s?\b|\bWashington\b|\bUSD\b)")


def bare_dollar_code(text: str) -> str:
    """The currency code of a bare '$' in an article whose whole text is ``text``: 'aud' or 'usd'."""
    if _AUSTRALIAN.search(text) is not None and _AMERICAN.search(text) is None:
        return "aud"
    return "usd"


def is_bare_dollar(printed: str) -> bool:
    """Whether a statistic's printed text starts with a '$' that names no country ('$45', not 'US$45' or 'A$45')."""
    return printed.startswith("$") and not printed[1:2].isalpha()
