"""Speakers, round 30 (issue 16): the two constructions round 29 left as leads, counted and not built. A whole-paragraph
quote after a paragraph that names its speaker and ends in a colon is already attributed; the two PolNeAR dev rows
that escape it are in one article, one because its introduction opens with a date carrying its year (``On March 4,
2019, <Name> offered these words:``: the opener is skipped only up to its first comma), the other because the speaker
is the object of ``by``. A partial quote of the person the sentence before names, in a sentence naming no one, was
seen in no article with that precise shape. So no rule changed: these are guards of what a rule for either must keep.
Every sentence here is invented; all pass on the base code (c878323)."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, quote_rows

_NAMES: Names = {
    "Dana Pell": ("Dana Pell", "PERSON"),
    "Pell": ("Dana Pell", "PERSON"),
    "Orin Valcourt": ("Orin Valcourt", "PERSON"),
}
_PLEDGE = "“We will not close the clinic while I hold this seat.”"

GUARDS = [
    pytest.param(
        ["Dana Pell put it this way on Monday:", _PLEDGE],
        _NAMES,
        [(_PLEDGE.strip("“”"), "Dana Pell", "colon")],
        id="a-paragraph-naming-its-speaker-before-a-colon",
    ),
    pytest.param(
        ["On March 4, Dana Pell offered these words:", _PLEDGE],
        _NAMES,
        [(_PLEDGE.strip("“”"), "Dana Pell", "colon")],
        id="a-date-opening-the-introduction",
    ),
    pytest.param(
        ["The clinic plan lists three duties:", "“Keep the clinic open. Pay the nurses. Report each year.”"],
        _NAMES,
        [("Keep the clinic open. Pay the nurses. Report each year.", None, "none")],
        id="a-document-introducing-a-list",
    ),
    pytest.param(
        ["Dana Pell and Orin Valcourt spoke on Monday. The plan was “a waste of money.”"],
        _NAMES,
        [("a waste of money.", None, "none")],
        id="a-partial-quote-after-two-people-named",
    ),
    pytest.param(
        ["Dana Pell said the clinic would stay open. The board called it “a waste of money.”"],
        _NAMES,
        [("a waste of money.", "the board", "cue")],
        id="a-partial-quote-with-its-own-subject-after-a-named-speaker",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), GUARDS)
def test_speaker_guard(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    """Who said each quote, as the rules answer today; a rule for either construction must leave these."""
    assert quote_rows(paragraphs, names) == expected
