"""A temperature's scale, when the text names one (statistics round 36).

A temperature's unit is 'degrees' followed by its scale when the text names one, as a word or a sign: '31 degrees
Celsius', '40°C', '35C' are 'degrees celsius'; '88 degrees Fahrenheit' and '95°F' 'degrees fahrenheit'; '28 degrees'
and '40°' name none and stay 'degrees'. An analyst comparing temperatures needs the scale, which 'degrees' alone
drops; before this round the degree sign was not read at all ('1.5°C of warming' was a bare count).
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.detection.hits import Hit
from newsprep.extract.statistics.measures import SCALE_UNITS

DEGREE_SIGN = re.compile(r"\s?[°º](?:\s?(?P<scale>(?-i:[CF]))(?![A-Za-z]))?")
"""'40°C', '95 °F', '1.5º C', '40°': the degree sign after a number, and the scale's letter after it if any."""
_SCALE_AFTER = re.compile(
    r"(?:(?!degree)[^.;:!?]){0,24}?\bdegrees?\s+(?:(?P<celsius>(?i:celsius|centigrade)|C)|(?P<fahrenheit>(?i:fahrenheit)|F))"
    r"(?![A-Za-z])"
)
"""'31 degrees Celsius', '20 to 25 degrees C', 'minus 5 degrees F': the scale named after the number's 'degrees'
(a range's first end reads its second end's), with no other 'degrees' and no sentence stop between."""


def degree_sign_unit(sign: re.Match[str]) -> str:
    """The unit a ``DEGREE_SIGN`` match names: the scale its letter names, else 'degrees'."""
    return SCALE_UNITS.get(sign.group("scale") or "", "degrees")


def with_temperature_scales(text: str, hits: list[Hit]) -> list[Hit]:
    """A paragraph's hits, each number the degree sign follows read as a temperature and each temperature in degrees
    given the scale its text names (the module docstring); every other hit as it was."""
    return [_with_scale(text, hit) for hit in hits]


def _with_scale(text: str, hit: Hit) -> Hit:
    if hit.kind in {"count", "size"} and hit.unit in {"count", "degrees"}:
        sign = DEGREE_SIGN.match(text, hit.end)
        if sign is not None:
            unit = degree_sign_unit(sign)
            return Hit(
                hit.start, sign.end(), hit.value, unit, "size", None, hit.in_range, sign.end(), hit.context_start
            )
    if hit.unit != "degrees":
        return hit
    named = _SCALE_AFTER.match(text, hit.end)
    if named is None:
        return hit
    unit = SCALE_UNITS["C" if named.group("celsius") else "F"]
    return Hit(
        hit.start,
        hit.end,
        hit.value,
        unit,
        hit.kind,
        hit.noun,
        hit.in_range,
        hit.context_end,
        hit.context_start,
        hit.determined,
    )
