"""``benchmarks/measures_history.py``: older code on newer sets; its table, its parsing, no held-out set."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.benchmarks.scripts import benchmark_script


@pytest.fixture(scope="module")
def history() -> ModuleType:
    return benchmark_script("measures_history")


def test_ok_of_matched_reads_the_failure_table_without_its_total(history: ModuleType) -> None:
    table = "\n".join(
        [
            "| set | ok | null | too_long | too_short | partial | no_shared | matched |",
            "|---|---|---|---|---|---|---|---|",
            "| ferry-set | 7 | 1 | 0 | 2 | 0 | 0 | 10 |",
            "| kettle-set | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "| all | 7 | 1 | 0 | 2 | 0 | 0 | 10 |",
        ]
    )
    assert history.ok_of_matched(table) == {"ferry-set": (7, 10), "kettle-set": (0, 0)}


def test_history_table_has_a_row_per_set_and_a_column_per_commit(history: ModuleType) -> None:
    cells = {"aaa": {"ferry-set": (3, 5)}, "bbb": {"ferry-set": (4, 5), "kettle-set": (1, 2)}}
    assert history.history_table(cells, ["aaa", "bbb"], ["ferry-set", "kettle-set"]).splitlines() == [
        "| set | aaa | bbb |",
        "|---|---|---|",
        "| ferry-set | 3/5 | 4/5 |",
        "| kettle-set | – | 1/2 |",
    ]


def test_the_held_out_sets_are_never_among_the_sets_it_runs(history: ModuleType) -> None:
    sets = history.dev_statistics_sets()
    assert "polnear-statistics-dev5" in sets and "aeb-statistics-dev4" in sets
    assert not set(sets) & history.HELD_OUT
    assert {"aeb-statistics", "polnear-statistics-heldout", "lee-statistics", "lee-statistics2"} == history.HELD_OUT
