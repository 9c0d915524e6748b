"""Statistics round 34 of issue 17: numbers in code quoted on technical pages, which the stage published as counts.

An audit of the rows newsprep publishes on unannotated English test pages found code, quoted by security and
programming pages, read as prose; a number in it configures, addresses or cites, and reports no amount:

- a call's arguments ('sleep(2)', "'7',notify(3),'8'"), a query string ('?page=2&limit=50'), a stream redirection
  ('2>/dev/null', '2>&1'), a command's option and its value ('--retry 3', '-Timeout 30', '| head -20'), a quoted
  setting ('"retries": 5', "timeout: '30'"), a run of hex bytes with a hex letter or a wildcard, a literal in curly
  braces;
- an entry of a reference list: its date bracketed after the authors, a DOI at its end (its pages and volume cite).

Invented lines. The cases fail on the base (7c5e5e2), the guards pass on both: a statistic on a technical page stays.
"""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from tests.stages.builders import make_article

Row = tuple[str, float, str | None]

# (line, every row: text, value, unit)
CASES = [
    pytest.param(
        "To be safe, fetch it with curl --retry 3 --max-time 10 from the mirror.", [], id="a command's options"
    ),
    pytest.param("Wait-Job -Timeout 30", [], id="a shell option with one dash"),
    pytest.param("ls /tmp/cache 2>/dev/null && echo found", [], id="a redirection to a device"),
    pytest.param("make build 2>&1 | head -20", [], id="a redirection to a stream and a piped option"),
    pytest.param('dir "C:\\cache" 2>nul && echo found', [], id="a redirection to nul"),
    pytest.param('"retries": 5,', [], id="a quoted key and its value"),
    pytest.param("timeout: '30'", [], id="a key and its quoted value"),
    pytest.param("The loader calls sleep(2) before each request.", [], id="a call's argument in prose"),
    pytest.param("result = driver.wait(self.page, 10).until(ready)", [], id="a method call's second argument"),
    pytest.param("x=1'&y=check(4)&z='5", [], id="a query string holding a call"),
    pytest.param("The beacon polls /status?page=2&limit=50 for new orders.", [], id="a query string's values in prose"),
    pytest.param("$key = { 4D 5A 90 00 03 ?? 04 }", [], id="a run of hex bytes"),
    pytest.param("The blob holds {12, 40, 7} as bytes.", [], id="a literal in curly braces"),
    pytest.param("- Park, J. (March 2011). Notes on made-up things. 412. doi:10.1234/xy.", [], id="a reference entry"),
]

GUARDS = [
    pytest.param("The new drive reads at 3 GB/s.", [("3", 3.0, "gigabytes per second")], id="a speed"),
    pytest.param(
        "About 40% of users ran the command with --verbose set.", [("40%", 40.0, "percent")], id="an option, no value"
    ),
    pytest.param("Version 2 cut costs by 10%.", [("10%", 10.0, "percent")], id="a version beside a change"),
    pytest.param(
        "The survey (n=1,200) found that 35% agreed.",
        [("1,200", 1200.0, "count"), ("35%", 35.0, "percent")],
        id="a sample size is no query",
    ),
    pytest.param(
        "Revenue rose(up 5%) to $3 million.",
        [("5%", 5.0, "percent"), ("$3 million", 3000000.0, "usd")],
        id="a share in a glued bracket",
    ),
    pytest.param("Temperatures hit -5 degrees on Monday.", [("-5", -5.0, "degrees")], id="a sign is no option"),
    pytest.param(
        "The teams scored 45 32 18 and 27 points.",
        [("45", 45.0, "count"), ("32", 32.0, "count"), ("18", 18.0, "count"), ("27", 27.0, "points")],
        id="a run of two-digit numbers without a hex letter",
    ),
    pytest.param(
        "A study (doi:10.1234/xy) found that 40% of 300 firms cut staff in 2019.",
        [("40%", 40.0, "percent"), ("300", 300.0, "firms")],
        id="prose citing a DOI",
    ),
    pytest.param("The code is 48 lines long.", [("48", 48.0, "lines")], id="a count of code"),
]


def _rows(line: str) -> list[Row]:
    return [(s.text, s.value, s.unit) for s in extract_statistics(make_article(line))]


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_round34_case(line: str, expected: list[Row]) -> None:
    assert _rows(line) == expected


@pytest.mark.parametrize(("line", "expected"), GUARDS)
def test_round34_guard(line: str, expected: list[Row]) -> None:
    assert _rows(line) == expected
