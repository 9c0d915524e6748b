"""Statistics: the numbers an article reports (percentages, money, counts), normalised, with what they measure and
who reports them. Pure, and pure Python (no spaCy).

- ``stage``: ``extract_statistics``, the stage: fractions, ranges and single quantities per body paragraph.
- ``numbers``: how a quantity is written (digits, number words, scales, currencies) and its value.
- ``rules``: which numbers are not statistics (dates, years, ages, identifiers...) and what a count counts.
- ``context``: the words around a number: its sentence, qualifier and who reports it.
- ``measures``: what a number measures, read from the shape of its clause (``measure_clause``: the clause as
  words and phrases; ``measure_words``: the word lists those rules read; ``measure_levels``: changes and levels;
  ``measure_counts``: what a count counts; ``neighbours``: a measure said by the number before it).
"""

from newsprep.extract.statistics.stage import extract_statistics

__all__ = ["extract_statistics"]
