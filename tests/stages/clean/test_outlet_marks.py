"""The built-in outlet marks written for speed find the lines their plain forms find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprep.clean import load_profiles

FAST_FORMS = {
    ("npr", r"(?i)\bhide\s+caption\b"): r"[hH](?<!\w[hH])(?i:ide\s+caption\b)",
    ("npr", r"(?i)\btoggle\s+caption\b"): r"[tT](?<!\w[tT])(?i:oggle\s+caption\b)",
    ("npr", r"(?i)\benlarge\s+this\s+image\b"): r"[eE](?<!\w[eE])(?i:nlarge\s+this\s+image\b)",
    ("cnn", r"^(?:.*\s)?\(CNN\)\s*[—–-]\s"): r"\((?<!\S\()CNN\)\s*[—–-]\s",
    ("nyt", r"\S(?:Credit\.\.\.|Credit…)\S"): r"Credit(?<=\SCredit)(?:\.\.\.|…)\S",
    ("reuters", r"\sREUTERS/[A-Z]"): r"REUTERS/(?<=\sREUTERS/)[A-Z]",
}
_PIECES = [
    "hide", "HIDE", "Hıde", "caption", "CAPTİON", "toggle", "enlarge", "this", "image", "(CNN)", "(cnn)", "—", "-",
    "Credit...", "Credit…", "REUTERS/", "A", "x", "_", "5", " ", "  ", "\t", "\u00a0", "é", ".", "ehide",
]  # fmt: skip
LINES = [
    "Volunteers sort crates at dawn. hide caption",
    "toggle caption Mara Quill/for NPR",
    "Enlarge this image",
    "rehide caption",
    "OSLO (CNN) — A ferry timetable changed.",
    "OSLO(CNN) — no space before it",
    "(CNN) - at the very start",
    "A pier at dusk.Credit...Tomas Vasko",
    "A pier at dusk. Credit... nobody",
    "A pier at dusk. REUTERS/Lena Rook",
    "A pier at dusk.REUTERS/Lena Rook",
]


def test_every_fast_form_is_a_built_in_mark() -> None:
    marks = {(p.name, m.pattern) for p in load_profiles(None) for m in p.marks}
    assert {(outlet, fast) for (outlet, _), fast in FAST_FORMS.items()} <= marks


@pytest.mark.parametrize("line", LINES)
def test_fast_forms_find_the_invented_lines_their_plain_forms_find(line: str) -> None:
    for (_, plain), fast in FAST_FORMS.items():
        assert bool(re.search(plain, line)) == bool(re.search(fast, line)), (plain, line)


@given(st.lists(st.sampled_from(_PIECES), max_size=9).map("".join))
def test_fast_forms_find_what_their_plain_forms_find(line: str) -> None:
    for (_, plain), fast in FAST_FORMS.items():
        assert bool(re.search(plain, line)) == bool(re.search(fast, line)), (plain, line)
