"""Quoted strings that are nobody's words by their place on the line: a string in code or markup (a JSON value, an
assigned or attribute value, a command's argument) and the title of a cited work in a reference list. Technical
pages and encyclopedia pages print both between double marks; neither is a quotation, whatever its length
(round 55: 55 code and markup strings on six pages of two releases, 36 reference titles on two encyclopedia pages of
two releases, 27 of the titles published with an author's fragment, ``T``, ``Nicole``, as the speaker)."""

from __future__ import annotations

import re

_CODE_BEFORE = re.compile(
    r"""(?:
        "[\w.$-]+"\s*:\s*              # a JSON key: "title": "..."
      | [\w$\]).-]\s*=\s*              # an assignment or an attribute: $url = "...", server="...", href="..."
      | (?:^|\s)--?[A-Za-z][\w-]*\s+   # a command-line option: -Uri "...", --header "..."
      | \b(?:GET|POST|PUT|PATCH|DELETE)\s+  # an HTTP method: curl -X POST "..."
      | ""                              # the third mark of a docstring's triple quote
    )$""",
    re.VERBOSE,
)
"""What stands right before a string in code on its line. Prose writes none of these before a quotation."""
_REFERENCE_LINE = re.compile(r"^\s*(?:[-*•]\s*)?\^\s*(?:[a-z]\s+)*(?P<entry>.*)$")
"""A reference-list line: a list bullet, the back-link caret and its letters (``- ^ a b``), then the entry."""
_AUTHOR_DATE = re.compile(r"\(\d{4}(?:-\d\d){0,2}[a-z]?\)\.\s*$|\((?:[A-Z][a-z]{2,8}\.?\s+)?\d{4}\)\.\s*$")
"""The end of an author-date block before a title: ``Roe, A.; Hale, T. (2019). “...”``, ``(2016-10-13).``,
``(Nov 2008).``."""


def _line_before(text: str, open_at: int) -> str:
    return text[text.rfind("\n", 0, open_at) + 1 : open_at]


def in_code(text: str, open_at: int) -> bool:
    """A straight double mark opening a string in code: after a JSON key, an ``=``, a command option, an HTTP
    method or two more marks (a docstring) on its line (code is typed with straight marks; a typographic mark is
    prose's)."""
    return text[open_at : open_at + 1] == '"' and _CODE_BEFORE.search(_line_before(text, open_at)) is not None


def is_reference_title(text: str, open_at: int) -> bool:
    """The title of a cited work: right after an author-date block (``Roe, A. (2019).``), or the first quoted span
    of a reference-list line whose entry before it is empty or ends a sentence (``- ^ Roe, Ada. “...”``). A
    reference that quotes someone's words after a bare date (``- ^ Ada Roe (5 May) “...”``) stays a quotation."""
    before = _line_before(text, open_at)
    if _AUTHOR_DATE.search(before):
        return True
    line = _REFERENCE_LINE.match(before)
    if line is None:
        return False
    entry = line.group("entry").rstrip()
    return entry == "" or entry.endswith(".")


def is_literal_string(text: str, open_at: int) -> bool:
    """A quoted string that is code or a cited title, not a quotation (``is_quotation``)."""
    return in_code(text, open_at) or is_reference_title(text, open_at)
