"""Code quoted on a technical page: stretches of a paragraph that are code by their own marks (a call's arguments,
a command's options and redirections, a query string, a quoted setting, a run of hex bytes, a literal in curly
braces) and a reference entry holding a DOI. A number in them configures, addresses or cites; it reports no amount
(statistics round 34)."""

from __future__ import annotations

import re

from newsprep.extract.statistics.detection.patterns import skipped_spans

_GLUED_CALL = re.compile(r"\S*(?<![\w.])[A-Za-z_][\w.$]*\([^()\n%$€£]*\)\S*")
"""'sleep(2)', 'wait(self.page, 10).until(': a name glued to its bracket is a call, and the whitespace-free run
around it is one piece of code ("'7',notify(3),'8';"). Prose opens a bracket after a space ('Article 12(2)' starts
on a digit); a share or an amount inside ('rose(5%)') is left to be read."""

_QUERY_STRING = re.compile(r"\S*[?&][\w.-]+=\S*|\S*[\w.-]=[^\s&]*&\S*")
"""'/status?page=2&limit=50', "x=1'&y=2": a URL's parameters, the run holding them ('n=1,200' alone is no query)."""

_REDIRECTION = re.compile(r"(?<![\w.])[0-9]?>&[0-9]|(?<![\w.])[0-9]>(?:/\S*|\s*nul\b)")
"""'2>&1', '2>/dev/null', '2>nul': a shell's stream redirection ('>50%' names no stream)."""

_OPTION_VALUE = re.compile(r"(?<!\S)(?:--?[A-Za-z][\w-]*[ =]|\|\s*[a-z]+\s+-)[0-9]+\b")
"""'--retry 3', '-Timeout 30', '--max-time=10', '| head -20': a command's option and its value; prose sets a dash
apart from the word after it, an option glues it on."""

_QUOTED_SETTING = re.compile(r"\"[\w-]+\"\s*:\s*-?[0-9][0-9.]*|\b[\w-]+:\s*(['\"])[0-9][0-9.]*\1")
"""'"retries": 5', "timeout: '30'": a setting in a configuration file, its key or its value quoted."""

_HEX_RUN = re.compile(r"(?<![\w?])(?:(?:[0-9A-F]{2}|\?\?)\s+){3,}(?:[0-9A-F]{2}|\?\?)(?![\w?])")
"""'4D 5A 90 ?? 03': a run of bytes in hex, as a detection rule writes them."""

_HEX_LETTER = re.compile(r"[A-F?]")
"""A run of four two-digit numbers could be prose; one byte written with a hex letter or a wildcard tells it is not."""

_BRACED = re.compile(r"\{[^{}\n]*[0-9][^{}\n]*\}")
"""'{12, 40, 7}': a list in curly braces is a program's literal; prose brackets with round or square ones."""

_REFERENCE_ENTRY = re.compile(
    r"\((?:[A-Z][a-z]+\s+)?(?:1[89]|20)[0-9]{2}(?:-[0-9]{2}){0,2}\)\..*\bdoi:\s*10\.[0-9]", re.IGNORECASE | re.DOTALL
)
"""'Lee, K. (2019). <title>. <journal>. 14 (3): 200–210. doi:10.1000/xyz': an entry of a reference list, its date
bracketed after the authors and a DOI at its end; its volume, issue and pages cite, none is an amount. Prose that cites
a DOI in passing brackets no date before a full stop."""

_MARKED_PATTERNS = (
    ("(", _GLUED_CALL),
    ("=", _QUERY_STRING),
    (">", _REDIRECTION),
    ("-", _OPTION_VALUE),
    (":", _QUOTED_SETTING),
    ("{", _BRACED),
)
"""Each pattern with a character every match of it holds (every alternative's), so a text without it is not scanned."""

_REFERENCE_ENTRY_LENGTH = 600
"""A reference list gives each entry its own short paragraph; a longer one is prose."""


def code_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are code or a reference entry, in text order (they may overlap)."""
    if len(text) <= _REFERENCE_ENTRY_LENGTH and _REFERENCE_ENTRY.search(text):
        return [(0, len(text))]
    found: list[tuple[int, int]] = []
    for mark, pattern in _MARKED_PATTERNS:
        if mark in text:  # most paragraphs hold none of the marks: the scan, tried at every place, is skipped
            found += (m.span() for m in pattern.finditer(text))
    found += (m.span() for m in _HEX_RUN.finditer(text) if _HEX_LETTER.search(m.group()))
    return sorted(found)


def spans_without_statistics(text: str, lowered: str) -> list[tuple[int, int]]:
    """The spans of a paragraph no statistic starts in (``patterns.skipped_spans`` and code), in text order and
    merged where they overlap: the scan walks them in order and asks only the next one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(skipped_spans(text, lowered) + code_spans(text)):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
