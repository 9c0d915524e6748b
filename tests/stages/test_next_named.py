"""``descriptions.next_named`` (round 57): which descriptions at a cue are one person by a role (head noun)."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.descriptions.next_named import described_head


@pytest.mark.parametrize(
    ("written", "head"),
    [
        ("A co-owner of the Harbor Hawks", "co-owner"),
        ("the company's founder", "founder"),
        ("an Ashford councillor", "councillor"),
        ("a group of parents", None),
        ("the researchers", None),
        ("another lawyer", None),
        ("a spokesman for the council", None),
    ],
)
def test_described_head(written: str, head: str | None) -> None:
    assert described_head(written) == head
