"""A temperature with nothing in its clause to say whose: 'by noon it was 28 degrees', 'the 90C that old chips hit'.

A reader writes 'temperature' for such a number (the gold of both fresh dev sets and of the weather fixtures does);
the stage's clause rules find no noun there and gave no phrase. An angle ('tilted 30 degrees from the vertical') is
degrees too, so a sentence that speaks of one keeps its null.
"""

from __future__ import annotations

import re

SCALE_UNITS = {"C": "degrees celsius", "F": "degrees fahrenheit"}
"""The unit each temperature scale's letter names (statistics round 36); 'degrees' where the text names none."""
TEMPERATURE_UNITS = frozenset({"degrees", *SCALE_UNITS.values()})
_ANGLE_WORDS = re.compile(
    r"\b(?:angle|angles|tilt|tilted|tilts|vertical|horizontal|rotate|rotates|rotated|rotation|turn|turned|turns|"
    r"latitude|longitude|slope|incline|pitch|centre|center|view|field)\b",
    re.IGNORECASE,
)


def bare_temperature(phrase: str | None, unit: str, sentence: str) -> str | None:
    """'temperature' for a number in degrees whose clause named nothing (``phrase`` None) in a sentence that speaks
    of no angle; ``phrase`` otherwise."""
    if phrase is not None or unit not in TEMPERATURE_UNITS or _ANGLE_WORDS.search(sentence):
        return phrase
    return "temperature"
