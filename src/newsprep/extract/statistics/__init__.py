"""Statistics: the numbers an article reports (percentages, money, counts), normalised, with what they measure and
who reports them. Pure, and pure Python (no spaCy).

- ``stage``: ``extract_statistics``, the stage: for each paragraph, the statistics ``detection`` finds, read in
  context, with what ``measures`` says each measures.
- ``numbers``: how a quantity is written (digits, number words, scales, currencies, units) and its value.
- ``words``: the words around a number that both families below read: hedges and cues, the noun phrase after a
  number, the word before it, its sentence and who reports it.
- ``measures``: what a number measures, read from the shape of its clause (``measures_of``), and the word classes the
  rules read.
- ``detection``: which numbers are statistics (``paragraph_hits``): fractions, ranges and single quantities, less
  dates, identifiers, codes, titles and numbers that point back at earlier text.

The sub-packages import one another in that order only (``numbers`` <- ``words`` <- ``measures`` <- ``detection`` <-
``stage``), each from the others' ``__init__``.
"""

from newsprep.extract.statistics.stage import extract_statistics

__all__ = ["extract_statistics"]
