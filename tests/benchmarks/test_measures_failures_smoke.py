"""``benchmarks/measures_failures.py``: the kinds of a phrase's failure, and the table over the statistics fixtures."""

from __future__ import annotations

import subprocess
import sys
from types import ModuleType

import pytest

from tests.benchmarks.scripts import benchmark_script
from tests.conftest import REPO_ROOT

SCRIPT = REPO_ROOT / "benchmarks" / "measures_failures.py"
FIXTURES = REPO_ROOT / "tests" / "fixtures" / "statistics"


@pytest.fixture(scope="module")
def failures() -> ModuleType:
    if not (REPO_ROOT.parent / "shared" / "eval" / "score.py").is_file():
        pytest.skip("../shared/eval/score.py is not beside the clone")
    return benchmark_script("measures_failures")


@pytest.mark.parametrize(
    ("phrase", "gold", "kind"),
    [
        ("rise in ferry fares", "rise in fares", "ok"),
        (None, "rise in fares", "null"),
        ("ferry fares charged on the northern routes", "fares", "too_long"),
        ("fares", "rise in ferry fares on weekends", "too_short"),
        ("price of bus tickets", "cost of bus passes", "partial"),
        ("harbor", "rise in fares", "no_shared"),
    ],
)
def test_failure_kind(failures: ModuleType, phrase: str | None, gold: str, kind: str) -> None:
    assert failures.failure_kind(failures.load_scorer(), phrase, gold) == kind


def test_the_table_counts_every_matched_fixture_statistic(failures: ModuleType) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(FIXTURES / "raw"), str(FIXTURES / "gold")],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO_ROOT,
    )
    last = done.stdout.strip().splitlines()[-1].strip("| ").split(" | ")
    assert last[0] == "all"
    counts = [int(cell) for cell in last[1:]]
    assert sum(counts[:-1]) == counts[-1] > 0
