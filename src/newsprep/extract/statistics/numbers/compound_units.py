"""Compound units: a unit written in more than one word or sign after a number, read whole ('2,400 square feet' is
an area, '80 miles per hour' a speed, '15 parts per billion' a concentration), so that the unit column never holds
one word of it ('feet', 'miles', 'parts') nor loses it ('200 km/h' read as a count).

Each unit has one spelling in the table, whatever the text writes: abbreviations are written out ('sq ft', 'km²' ->
'square feet', 'square kilometers'; 'mph', 'km/h', 'kph' -> 'miles per hour', 'kilometers per hour'; 'kWh' ->
'kilowatt-hours'; 'ppm' -> 'parts per million'), lengths inside a compound in the American spelling and the plural
('square kilometres' -> 'square kilometers', 'a cubic foot cooler' -> 'cubic feet'), an hour said with 'an' as with
'per' ('90 kilometres an hour'), a concentration as its amount per volume ('mg/dL' -> 'milligrams per deciliter',
'µg/m³' -> 'micrograms per cubic meter', '150 nanomoles per litre' -> 'nanomoles per liter'), a data rate as bits
or bytes per second ('156Mbps' -> 'megabits per second', '2.8GB/s' -> 'gigabytes per second'), and a metric ton is a
tonne ('12 metric tons' -> 'tonnes': the unit the text means,
1,000 kg; 'tons' alone stays 'tons', which a US text may mean as 2,000 pounds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LENGTH_NAMES = {
    **dict.fromkeys(("feet", "foot", "ft"), "feet"),
    **dict.fromkeys(("inches", "inch"), "inches"),
    **dict.fromkeys(("yards", "yard", "yds", "yd"), "yards"),
    **dict.fromkeys(("miles", "mile", "mi"), "miles"),
    **dict.fromkeys(("meters", "metres", "meter", "metre", "m"), "meters"),
    **dict.fromkeys(("kilometers", "kilometres", "kilometer", "kilometre", "km"), "kilometers"),
    **dict.fromkeys(("centimeters", "centimetres", "centimeter", "centimetre", "cm"), "centimeters"),
    **dict.fromkeys(("millimeters", "millimetres", "millimeter", "millimetre", "mm"), "millimeters"),
}
"""A length as a compound unit writes it, by every spelling the text may use (an abbreviation only after 'square',
'cubic' or their short forms, where it cannot be a word of its own)."""
_LENGTH = "|".join(sorted(LENGTH_NAMES, key=len, reverse=True))
_SPEED_LENGTH = "|".join(
    sorted(
        (
            w
            for w, length in LENGTH_NAMES.items()
            if length in {"miles", "kilometers", "meters", "feet"} and w not in {"mi", "m", "ft"}
        ),
        key=len,
        reverse=True,
    )
)
"""The lengths a speed is written in ('80 miles per hour', '90 kilometres an hour', '200 km per hour'), from the
length table: 'mi', 'm' and 'ft' are left out, as they were when this list was written by hand."""
AMOUNT_NAMES = {
    **dict.fromkeys(("grams", "gram", "g"), "grams"),
    **dict.fromkeys(("milligrams", "milligram", "mg"), "milligrams"),
    **dict.fromkeys(("micrograms", "microgram", "µg", "μg", "ug", "mcg"), "micrograms"),
    **dict.fromkeys(("nanograms", "nanogram", "ng"), "nanograms"),
    **dict.fromkeys(("moles", "mole", "mol"), "moles"),
    **dict.fromkeys(("millimoles", "millimole", "mmol"), "millimoles"),
    **dict.fromkeys(("micromoles", "micromole", "µmol", "μmol", "umol"), "micromoles"),
    **dict.fromkeys(("nanomoles", "nanomole", "nmol"), "nanomoles"),
}
"""An amount of a substance in a concentration, by every spelling (the symbols only before a slash: 'mg/dL')."""
_VOLUME_NAMES = {
    **dict.fromkeys(("liter", "litre", "l"), "liter"),
    **dict.fromkeys(("deciliter", "decilitre", "dl"), "deciliter"),
    **dict.fromkeys(("milliliter", "millilitre", "ml"), "milliliter"),
    **dict.fromkeys(("cubic meter", "cubic metre", "m³", "m3"), "cubic meter"),
}
"""The volume a concentration is per, in the singular and the American spelling (the symbols only after a slash)."""
_AMOUNT_WORDS = "|".join(sorted((k for k in AMOUNT_NAMES if len(k) > 4), key=len, reverse=True))
_AMOUNT_SIGNS = "|".join(sorted((k for k in AMOUNT_NAMES if len(k) <= 4), key=len, reverse=True))
_VOLUME_WORDS = "|".join(sorted((k for k in _VOLUME_NAMES if len(k) > 3), key=len, reverse=True)).replace(
    " ", r"[ \t\u00a0]+"
)
_VOLUME_SIGNS = "|".join(sorted((k for k in _VOLUME_NAMES if len(k) <= 3), key=len, reverse=True))
_ENERGY_PREFIXES = {"k": "kilo", "m": "mega", "g": "giga", "t": "tera", "": ""}
_GAP = r"[ \t\u00a0]?"
"""Between the number and its unit: a space or none ('850 sq ft', '60mph', '12km²')."""

_COMPOUND_UNIT = re.compile(
    _GAP + r"(?:(?P<dimension>square|sq\.?|cubic|cu\.?)[ \t\u00a0]+(?P<length>" + _LENGTH + r")"
    r"|(?-i:(?P<powered>km|mi|m|cm)(?P<power>[23²³]))"
    r"|(?P<watt>kilo|mega|giga|tera)?watt[- \t\u00a0]hours?"
    r"|(?P<watt_sign>[kmgt]?)wh"
    r"|(?P<speed_length>" + _SPEED_LENGTH + r")[ \t\u00a0]+(?:per|an|a)[ \t\u00a0]+(?P<per>hour|second)"
    r"|(?P<mph>mph)|(?P<kph>km/h|km/hr|kph|kmh)"
    r"|parts[ \t\u00a0]+per[ \t\u00a0]+(?P<parts>million|billion|trillion)|(?P<pp>pp[mb])"
    r"|(?P<amount>" + _AMOUNT_WORDS + r")[ \t\u00a0]+(?:per|a)[ \t\u00a0]+(?P<volume>" + _VOLUME_WORDS + r")"
    r"|(?P<amount_sign>" + _AMOUNT_WORDS + "|" + _AMOUNT_SIGNS + r")/(?P<volume_sign>" + _VOLUME_SIGNS + r")"
    r"|(?P<acre_feet>acre[- \t\u00a0](?:feet|foot))"
    r"|(?P<metric>metric[ \t\u00a0]+(?:tons?|tonnes?))"
    r"|(?P<rate_prefix>kilo|mega|giga|tera)(?P<rate_size>bits?|bytes?)[ \t\u00a0]+(?:per|a)[ \t\u00a0]+second"
    r"|(?-i:(?P<bps_prefix>[kKMGT])bps)|(?-i:(?P<slash_prefix>[kKMGT])(?P<slash_size>[bB])/s)"
    r"|(?-i:(?P<short_prefix>[KMGT])B)[ \t\u00a0]+per[ \t\u00a0]+second"
    r")(?![\w/²³-])",
    re.IGNORECASE,
)
_HYPHENED_AREA = re.compile(
    r"-(?P<dimension>square|sq\.?|cubic|cu\.?)-(?P<length>" + _LENGTH + r")(?![\w/²³-])(?=[ \t\u00a0]+[a-z])",
    re.IGNORECASE,
)
"""'a 2,400-square-foot house', 'a 40-square-mile reserve': an area or volume hyphened to the thing it sizes, an entry
as 'a 40-acre site' is (the annotators' guide, sizes joined to a noun); the hyphens join one adjective, so the
statistic's text takes the unit. Only before a lower-case word: the noun it sizes, not a name or a sentence's end."""
_RATE_PREFIXES = {"k": "kilo", "m": "mega", "g": "giga", "t": "tera"}
"""A data rate's prefix by its sign: 'kbps', 'Mbps', 'GB/s', '75MB per second'."""
_POWERS = {"2": "square", "²": "square", "3": "cubic", "³": "cubic"}
_PARTS_ABBREVIATIONS = {"ppm": "million", "ppb": "billion"}


@dataclass(frozen=True, slots=True)
class CompoundUnit:
    name: str
    """The unit as the table writes it: 'square feet', 'miles per hour', 'kilowatt-hours'."""
    end: int
    """Where the unit's words end in the paragraph."""
    glued: bool
    """Written against the number ('60mph', '12km²'): the statistic's text takes it, as it takes '60fps'; a unit
    written apart is left out of the text, as a count's noun is."""


def compound_unit_at(text: str, pos: int) -> CompoundUnit | None:
    """The compound unit right after a number ending at ``pos``, or None."""
    if text.startswith("-", pos):
        hyphened = _HYPHENED_AREA.match(text, pos)
        return CompoundUnit(_name(hyphened), hyphened.end(), glued=True) if hyphened else None
    if pos >= len(text) or not (text[pos].isalpha() or text[pos] in " \t\u00a0"):
        return None
    found = _COMPOUND_UNIT.match(text, pos)
    if found is None:
        return None
    return CompoundUnit(_name(found), found.end(), glued=text[pos].isalpha())


def _name(found: re.Match[str]) -> str:
    if found.group("dimension"):
        dimension = "square" if found.group("dimension").lower().startswith(("sq", "square")) else "cubic"
        return f"{dimension} {LENGTH_NAMES[found.group('length').lower()]}"
    if found.group("powered"):
        return f"{_POWERS[found.group('power')]} {LENGTH_NAMES[found.group('powered')]}"
    if found.group("speed_length"):
        return f"{LENGTH_NAMES[found.group('speed_length').lower()]} per {found.group('per').lower()}"
    if found.group("mph"):
        return "miles per hour"
    if found.group("kph"):
        return "kilometers per hour"
    if found.group("parts") or found.group("pp"):
        scale = found.group("parts") or _PARTS_ABBREVIATIONS[found.group("pp").lower()]
        return f"parts per {scale.lower()}"
    if found.group("amount") or found.group("amount_sign"):
        amount = (found.group("amount") or found.group("amount_sign")).lower()
        volume = " ".join((found.group("volume") or found.group("volume_sign")).lower().split())
        return f"{AMOUNT_NAMES[amount]} per {_VOLUME_NAMES[volume]}"
    if found.group("acre_feet"):
        return "acre-feet"
    if found.group("metric"):
        return "tonnes"
    rate = _data_rate(found)
    if rate is not None:
        return rate
    prefix = (found.group("watt") or _ENERGY_PREFIXES[(found.group("watt_sign") or "").lower()]).lower()
    return f"{prefix}watt-hours"


def _data_rate(found: re.Match[str]) -> str | None:
    """'312 megabits per second', '156Mbps', '2.8GB/s', '75MB per second': bits or bytes per second, written out
    (a small b is a bit, a capital B a byte; 'bps' counts bits)."""
    if found.group("rate_prefix"):
        size = "bytes" if found.group("rate_size").lower().startswith("byte") else "bits"
        return f"{found.group('rate_prefix').lower()}{size} per second"
    prefix = found.group("bps_prefix") or found.group("slash_prefix") or found.group("short_prefix")
    if prefix is None:
        return None
    size = "bits" if found.group("bps_prefix") or found.group("slash_size") == "b" else "bytes"
    return f"{_RATE_PREFIXES[prefix.lower()]}{size} per second"
