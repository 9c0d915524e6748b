"""The titled-entity count's kinds on invented names."""

from __future__ import annotations

import pytest

from tests.benchmarks.scripts import benchmark_script


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Treasurer Ada Holm", "title"),
        ("Dr. Ada Holm", "title"),
        ("veteran striker Tomas Velde", "lower"),
        ("Sleepy Ada Holm", "epithet"),
        ("Ada Holm", None),
        ("R. Tomas Velde", None),
        ("Holm", None),
        ("Ursula van der Holm", None),
    ],
)
def test_titled_kind(name: str, kind: str | None) -> None:
    assert benchmark_script("titled_entities").titled_kind(name) == kind
