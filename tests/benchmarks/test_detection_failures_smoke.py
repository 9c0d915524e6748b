"""``benchmarks/detection_failures.py``: the statistics fixtures have no false positive or negative."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

SCRIPT = REPO_ROOT / "benchmarks" / "detection_failures.py"
FIXTURES = REPO_ROOT / "tests" / "fixtures" / "statistics"


def test_the_fixtures_match_every_statistic() -> None:
    if not (REPO_ROOT.parent / "shared" / "eval" / "score.py").is_file():
        pytest.skip("../shared/eval/score.py is not beside the clone")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(FIXTURES / "raw"), str(FIXTURES / "gold"), "--show"],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO_ROOT,
    )
    row = done.stdout.strip().splitlines()[-1].strip("| ").split(" | ")
    matched, extras, misses = (int(cell) for cell in row[1:4])
    assert matched > 0 and extras == misses == 0
    assert row[4:] == ["1.000", "1.000", "1.000"]
