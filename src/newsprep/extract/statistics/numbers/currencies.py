"""Currency grammar for the statistics stage: the signs, codes and words an amount of money is written with, and the
ISO 4217 code each stands for ('C$' is cad, 'USD 40' usd, 'Canadian dollars' cad). Which dollar a bare '$' is, is
the article's to settle (``dollar_country``).
"""

from __future__ import annotations

import re

from newsprep.text import word_set

_PREFIX_CURRENCIES: dict[str, str] = {
    "us$": "usd",
    "u.s.$": "usd",
    "$": "usd",
    "c$": "cad",
    "ca$": "cad",
    "a$": "aud",
    "au$": "aud",
    "nz$": "nzd",
    "hk$": "hkd",
    "s$": "sgd",
    "r$": "brl",
    "€": "eur",
    "£": "gbp",
    "¥": "jpy",
    "₹": "inr",
    "rs": "inr",
    "rs.": "inr",
    "n": "ngn",
    "dh": "aed",
    "dhs": "aed",
    "$a": "aud",
    "$us": "usd",
    "$nz": "nzd",
}
CODES = sorted(
    word_set("usd eur gbp jpy cny cad aud chf inr hkd nzd sgd mxn brl krw rub zar try sek nok dkk pln")
    | word_set("aed sar qar ngn kes egp pkr idr myr thb czk isk huf ils")
)
_WORD_CURRENCIES: dict[str, str] = {
    "dollar": "usd",
    "euro": "eur",
    "yen": "jpy",
    "yuan": "cny",
    "renminbi": "cny",
    "rupee": "inr",
    "peso": "mxn",
    "franc": "chf",
    "ruble": "rub",
    "rouble": "rub",
    "pound": "gbp",
    "lira": "try",
    "naira": "ngn",
    "dirham": "aed",
    "riyal": "sar",
    "rupiah": "idr",
    "ringgit": "myr",
    "baht": "thb",
    "krona": "sek",  # round 37: the words below, as 'rupiah' and 'baht' are, name one currency each
    "kronor": "sek",
    "reais": "brl",
    "rand": "zar",
    "zloty": "pln",
    "zlotys": "pln",
    "forint": "huf",
    "shekel": "ils",
}
_CROWN_COUNTRIES: dict[str, str] = {
    "swedish": "sek",
    "norwegian": "nok",
    "danish": "dkk",
    "czech": "czk",
    "icelandic": "isk",
}
"""A crown ('crowns', 'kroner', 'krone') is a currency only with its country named before it: 'three crowns' may be
a king's, a tooth's or a race's."""
_DOLLAR_COUNTRIES: dict[str, str] = {
    "u.s.": "usd",
    "us": "usd",
    "american": "usd",
    "canadian": "cad",
    "australian": "aud",
    "hong kong": "hkd",
    "new zealand": "nzd",
    "singapore": "sgd",
    "taiwan": "twd",
    "swiss": "chf",
}

_NAIRA_AMOUNT = (
    r"(?=[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+\.[0-9]{2}(?![0-9])"
    r"|[0-9]+(?:\.[0-9]+)?\s?(?:bn|mn|tn|billion|million|trillion|m)\b)"
)
"""What an 'N' must stand before to be the naira's sign: an amount grouped in thousands ('N1,535'), in kobo ('N1.50')
or with a scale ('N2.5bn', 'N412.6 billion'). 'N95', 'N64' or 'the N7' stay names of things."""
CURRENCY = (
    r"(?:(?<![A-Za-z])(?:US|U\.S\.|CA|AU|NZ|HK|C|A|S|R)\$|\$(?:AUD|USD|NZD|CAD|HKD|SGD|US|NZ|A)(?=\s?[0-9])|\$|€|£|¥|₹"
    r"|(?<![A-Za-z])Rs\.?\s?|(?<![A-Za-z])(?:" + "|".join(c.upper() for c in CODES) + r")\s"
    rf"|(?<![A-Za-z0-9])(?-i:N){_NAIRA_AMOUNT}|(?<![A-Za-z])(?-i:Dhs?)\s?(?=[0-9]))"
)
"""A currency written before an amount: a country's dollar sign, a bare sign, a code, 'Rs', the naira's 'N', 'Dh'."""
_CURRENCY_WORDS = (
    r"(?:dollars?|euros?|yen|yuan|renminbi|rupees?|pesos?|francs?|rubles?|roubles?|pounds?\s+sterling|lira|naira"
    r"|dirhams?|riyals?|rupiah|ringgit|baht|krona|kronor|reais|rand|zlotys?|forints?|shekels?)\b"
)
_CROWN_WORDS = r"(?:(?:Swedish|Norwegian|Danish|Czech|Icelandic)\s+(?:crowns?|kroner|krone|kronor))\b"
MONEY_WORD = (
    r"(?:\s+(?:(?:(?:U\.S\.|US|American|Canadian|Australian|Hong\s+Kong|New\s+Zealand|Singapore|Taiwan|Swiss)\s+)?"
    rf"{_CURRENCY_WORDS}|{_CROWN_WORDS}))"
)

"""A currency written after an amount: 'dollars', 'Canadian dollars', 'pounds sterling', 'rupiah'."""
HYPHENED_MONEY_WORD = rf"(?:(?<=illion)-{_CURRENCY_WORDS})"
"""'a 40-million-euro stadium', 'a 3.4-billion-yuan bridge': a currency word hyphened to a scale, the amount an
adjective before the noun it prices. The currency word stands for the sign a hyphened scale otherwise needs
('$4-billion' is read, '4-billion' alone is not). Only after 'million', 'billion' or 'trillion' (the lookbehind):
a currency word hyphened to a bare number ('a 10-euro note') stays unread, as it was."""


def currency_code(prefix: str | None, suffix: str | None, *, mentions_yuan: bool) -> str | None:
    """ISO 4217 code (lowercase) for a currency prefix (``'C$'``, ``'$A'``) or trailing word (``'Canadian
    dollars'``)."""
    if prefix:
        key = re.sub(r"\s+", "", prefix.lower())
        if key in _PREFIX_CURRENCIES:
            code = _PREFIX_CURRENCIES[key]
            return "cny" if code == "jpy" and mentions_yuan else code
        if key.lstrip("$") in CODES:
            return key.lstrip("$")  # 'USD 40', '$AUD1.1 billion': a code, alone or glued after '$'
    if suffix:
        words = re.sub(r"\s+", " ", suffix.lower().strip())
        if words.endswith("sterling"):
            return "gbp"
        head = words.split(" ")[-1]
        if words.split(" ")[0] in _CROWN_COUNTRIES:
            return _CROWN_COUNTRIES[words.split(" ")[0]]
        singular = head[:-1] if head.endswith("s") and head[:-1] in _WORD_CURRENCIES else head
        word_code = _WORD_CURRENCIES.get(singular)
        if word_code == "usd":
            country = words[: -len(head)].strip()
            return _DOLLAR_COUNTRIES.get(country, "usd")
        return word_code
    return None
