"""A radio band named by its frequency is a name, not an amount (statistics round 37).

'reuse the 2100MHz band', 'the 3.5GHz band', 'a 5GHz or 6GHz' (a Wi-Fi band, its noun left out): the frequency names
which band, as 'Route 66' names a road; '100MHz in the 3.5GHz band' (the spectrum a carrier holds) and 'a 2.6GHz
processor' (a clock speed) stay amounts. Seen on a real technical page (two frequencies, the noun left out) and an
invented telecom story (the band's noun after each).
"""

from __future__ import annotations

import re

_FREQUENCY = r"[0-9]+(?:\.[0-9]+)?\s?(?:ghz|mhz)\b"
_BAND_AFTER = re.compile(
    rf"(?:\s*(?:or|and|/)\s*{_FREQUENCY})?\s+(?:bands?|spectrum|frequenc(?:y|ies)|wi-?fi|channels?)\b", re.IGNORECASE
)
"""'... band', '... or 5GHz bands', '... Wi-Fi': the band's noun after the frequency, or after the other of two."""
_ONE_OF_TWO_BEFORE = re.compile(r"\b(?:a|the)\s+$", re.IGNORECASE)
_OTHER_AFTER = re.compile(rf"\s+(?:or|and)\s+{_FREQUENCY}\s*[).;,]", re.IGNORECASE)
_OTHER_BEFORE = re.compile(rf"\b(?:a|the)\s+{_FREQUENCY}\s+(?:or|and)\s+$", re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(r"\s*[).;,]")


def names_a_frequency_band(text: str, start: int, end: int) -> bool:
    """Whether the frequency written at ``text[start:end]`` ('2.4GHz') names a band (the module docstring): a band's
    noun follows it, or it is one of two frequencies after 'a' or 'the' with no noun after them ('a 5GHz or
    6GHz)')."""
    if _BAND_AFTER.match(text, end):
        return True
    if _ONE_OF_TWO_BEFORE.search(text, max(0, start - 6), start) and _OTHER_AFTER.match(text, end):
        return True
    other_before = _OTHER_BEFORE.search(text, max(0, start - 30), start) is not None
    return other_before and _NO_NOUN_AFTER.match(text, end) is not None
