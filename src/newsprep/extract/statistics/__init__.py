"""Statistics: the numbers an article reports (percentages, money, counts), normalised, with what they measure and
who reports them. Pure, and pure Python (no spaCy).

- ``stage``: ``extract_statistics``, the stage; ``paragraph_hits``: fractions, ranges and single quantities per body
  paragraph; ``back_references``: counts that point back at earlier text.
- ``numbers``: how a quantity is written (digits, number words, scales, currencies) and its value; ``conventions``:
  the decimal-comma convention, decided per article; ``compound_units``: a unit of several words or signs read whole
  ('square feet', 'miles per hour', 'kWh'), in one spelling; ``signs``: a level's own minus sign ('-0.5%', 'minus
  30 degrees'); ``glued_ranges``: a range with its unit glued to both ends ('20cm-35cm').
- ``rules``, ``dates``, ``identifiers``: which numbers are not statistics (codes, ages, ranks; dates, times, years;
  names, labels, citations, phone numbers); ``code_marks``: code quoted on a technical page and reference entries,
  where no statistic starts; ``noun_phrases``: what a count counts, and durations.
- ``context``: the words around a number: its sentence, qualifier and who reports it.
- ``measures``: what a number measures, read from the shape of its clause (``measure_clause``: the clause as
  words and phrases; ``measure_words``: the word lists those rules read; ``measure_levels``: changes and levels;
  ``measure_shares``, ``measure_money``, ``measure_sizes``: shares, amounts of money, sizes; ``measure_estimates``,
  ``measure_votes``: estimates, listings, levels named before 'of', election results; ``measure_tidying``: the last
  touches to a phrase;
  ``measure_counts``: what a count counts; ``neighbours``: a measure said by the number before it).
"""

from newsprep.extract.statistics.stage import extract_statistics

__all__ = ["extract_statistics"]
