"""An NLP worker's start imports neither pandas nor hypothesis, and its stage checks judge as they did with them.

pandera imports pandas and hypothesis whenever they are installed; the workers use pandera's polars API alone and
hide both (``newsprep.run.hidden_packages``). Each check here runs in a fresh interpreter, as a worker is one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandera.errors
import polars as pl
import pytest

from newsprep.run.hidden_packages import HiddenPackages, hide_packages
from newsprep.run.stages import checks
from tests.stages.test_stage_contract_query import CONTRACT_CASES, stage_frame

REPO = Path(__file__).resolve().parents[2]

WORKER_START = """
import sys
import newsprep.nlp
newsprep.nlp.load_pipeline = lambda name: None  # the stages' code and data, not the model
from newsprep.run import workers
workers._prepare_worker("unused")
print(",".join(sorted(p for p in ("pandas", "hypothesis", "pandera") if p in sys.modules)))
"""

HIDDEN_CHECKS = """
import json, sys
from newsprep.run.hidden_packages import WORKER_HIDDEN_PACKAGES, hide_packages
assert hide_packages(WORKER_HIDDEN_PACKAGES)
from tests.stages.test_worker_hidden_packages import judged_cases
print(json.dumps(judged_cases()))
assert "pandas" not in sys.modules and "hypothesis" not in sys.modules
"""


def run_python(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


def pandera_failure_cases(table: str, frame: pl.DataFrame) -> list[list[str]]:
    """pandera's failure cases for the stage contract (each row as text, sorted): what a failing check says."""
    try:
        checks._stage_contract(table).validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as error:
        return sorted([str(value) for value in row] for row in error.failure_cases.rows())
    return []


def judged_cases() -> dict[str, list[object]]:
    """Each contract case's failing documents and pandera's failure cases, by case id."""
    judged: dict[str, list[object]] = {}
    for case in CONTRACT_CASES:
        table, breaking, _, _ = case.values
        frame = breaking(stage_frame(table))  # type: ignore[operator]
        failing = sorted(checks._contract_failures(str(table), frame))
        judged[str(case.id)] = [failing, pandera_failure_cases(str(table), frame)]
    return judged


def test_a_worker_start_imports_pandera_without_pandas_or_hypothesis() -> None:
    assert run_python(WORKER_START) == "pandera"


def test_the_stage_checks_judge_alike_without_pandas_and_hypothesis() -> None:
    hidden = json.loads(run_python(HIDDEN_CHECKS))
    assert hidden == json.loads(json.dumps(judged_cases()))
    assert any(failures for _, failures in hidden.values())  # pandera judged failing frames there


@pytest.mark.parametrize(
    ("name", "hidden"),
    [
        ("pandas", True),
        ("pandas.core.frame", True),
        ("hypothesis.strategies", True),
        ("pandasql", False),
        ("polars", False),
        ("pandera", False),
    ],
)
def test_the_finder_hides_the_packages_and_their_modules_only(name: str, hidden: bool) -> None:
    finder = HiddenPackages(("pandas", "hypothesis"))
    if not hidden:
        assert finder.find_spec(name, None) is None
        return
    with pytest.raises(ModuleNotFoundError, match=rf"^No module named '{name}'"):
        finder.find_spec(name, None)


def test_a_package_already_imported_is_not_hidden() -> None:
    assert "polars" in sys.modules
    before = list(sys.meta_path)
    assert hide_packages(("polars",)) is False
    assert sys.meta_path == before
