"""Which quoted spans are quotations (not terms, titles, code strings or scare quotes), direct or partial.

- ``kinds``: ``is_quotation`` and ``quote_kind``.
- ``literal_strings``: strings in code or markup and titles in a reference list.
- ``disclosed``: a short span after a verb of disclosing (``revealed``, ``indicated``, ``outlined``) is quoted speech.
- ``mentioned``: quoted words nobody is quoted as saying: thoughts, self-talk, a lone answer word mentioned.
"""

from newsprep.extract.quotes.quotations.kinds import is_quotation, quote_kind

__all__ = ["is_quotation", "quote_kind"]
