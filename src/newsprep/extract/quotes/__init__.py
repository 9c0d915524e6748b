"""Quotes: every quotation in an article's body, with its speaker where the text says who spoke. Pure.

- ``stage``: ``extract_quotes``, the stage: which quoted spans are quotations, direct or partial, joined when split.
- ``marks``: which quote marks open and close, and the quoted spans they enclose (never fails on odd marks).
- ``cues``: the attribution grammar (speech verbs and the speaker phrase next to them).
- ``speakers``: from the phrase at an attribution to a canonical name (mentions, titles, pronouns).
"""

from newsprep.extract.quotes.stage import extract_quotes

__all__ = ["extract_quotes"]
