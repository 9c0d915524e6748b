"""A range with its unit glued to both ends ('kept to 20cm-35cm if ...'): both ends are amounts in that unit
(statistics round 32; tests in ``tests/stages/statistics/detection/test_identifiers_and_glued_lengths.py``)."""

from __future__ import annotations

from newsprep.extract.statistics.detection.hits import Hit
from newsprep.extract.statistics.detection.patterns import GLUED_UNIT_NAMES, GLUED_UNIT_RANGE, after_amount_taker


def glued_unit_range_at(text: str, pos: int) -> tuple[list[Hit], int]:
    """The two ends of a glued-unit range starting at ``pos`` and where it ends, or no hits and ``pos``. Read only
    after a word that takes an amount ('to', 'about'), as one end alone is (``patterns.glued_taken_amount``): a
    '38mm-42mm' beside a watch's name is the sizes it comes in, no statistic; a falling pair is no range."""
    ranged = GLUED_UNIT_RANGE.match(text, pos)
    if ranged is None or not after_amount_taker(text, pos) or float(ranged["low"]) >= float(ranged["high"]):
        return [], pos
    unit = GLUED_UNIT_NAMES[ranged["unit"].lower()]
    low_end, end = ranged.end("unit"), ranged.end()
    return [
        Hit(pos, low_end, float(ranged["low"]), unit, "size", None, True, end),
        Hit(ranged.start("high"), end, float(ranged["high"]), unit, "size", None, True, end, pos),
    ], end
