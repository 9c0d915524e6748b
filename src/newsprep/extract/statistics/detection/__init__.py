"""Which numbers are statistics: every place a quantity can start in a paragraph, read as a fraction, a range or
a single quantity, and kept only when no rule says it is something else. Imports ``numbers``, ``words`` and
``measures`` (its word classes and the poll rules).

- ``paragraph_hits``: the statistics of one paragraph, read as a range (``range_hits``) or a single quantity
  (``single_hits``); ``hits``: a statistic as found (``Hit``), its kind and unit;
  ``quantity_starts``: where a quantity may start; ``conventions``: the article's decimal-comma convention;
- ``fractions``, ``multipliers``, ``occasions``, ``hedged_units``, ``glued_ranges``, ``signs``, ``single_counts``:
  shapes a statistic is written in; ``patterns``: the regular expressions they share;
- ``rules``, ``dates``, ``identifiers``, ``titles``, ``elided``, ``code_marks``: numbers that are not statistics
  (codes, ages, ranks; dates and years; names, labels, citations; titles; number words with no noun; code);
- ``back_references``: number words that point back at earlier text rather than report a count.
"""

from newsprep.extract.statistics.detection.back_references import earlier_text, first_mentions
from newsprep.extract.statistics.detection.conventions import grammar_of
from newsprep.extract.statistics.detection.hits import Hit
from newsprep.extract.statistics.detection.paragraph_hits import paragraph_hits

__all__ = ["Hit", "earlier_text", "first_mentions", "grammar_of", "paragraph_hits"]
