"""The flow hands its tasks' parameters to Prefect's engine as whole values (``opaque``), so the engine does not walk
into the settings model, a batch's entries or the plan on every task run (fixed cost round 20, issue 19); never to a
runner that pickles them (Dask), since Prefect's marks do not survive pickling.

``CASES`` and ``test_a_pickling_runner_gets_the_parameters_as_they_are`` fail on base e9ab4ea (no such helpers); the
two guards pass on both. That task run names and the Dask path still work is checked end to end
(``tests/e2e/test_temporary_server_records.py``, ``tests/e2e/test_dask.py``).
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import pytest
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import opaque
from prefect.utilities.collections import visit_collection

from newsprep.config import PipelineSettings
from newsprep.ingest.raw_folder import RawEntry

ENTRIES = [RawEntry(f"wire/{n}.txt", f"{n:064x}", 900 + n) for n in range(3)]
SETTINGS = PipelineSettings(raw_dir=Path("raw"), out_dir=Path("out"))

CASES = [
    pytest.param({"entries": ENTRIES, "batch_no": 2, "settings": SETTINGS}, id="ingest"),
    pytest.param({"stage": "quotes", "settings": SETTINGS}, id="stage"),
    pytest.param({}, id="none"),
]


def _visited(parameters: dict[str, Any]) -> list[Any]:
    """Every object Prefect's engine visits in ``parameters`` as it looks for futures."""
    seen: list[Any] = []

    def note(expr: Any) -> Any:
        seen.append(expr)
        return expr

    visit_collection(parameters, visit_fn=note, return_data=False)
    return seen


@pytest.mark.parametrize("parameters", CASES)
def test_an_in_process_runner_gets_each_parameter_whole(parameters: dict[str, Any]) -> None:
    from newsprep.run.flow import _handed_whole

    handed = _handed_whole(parameters, ThreadPoolTaskRunner())
    assert all(isinstance(value, opaque) for value in handed.values())
    assert {name: value.unwrap() for name, value in handed.items()} == parameters  # the engine's unwrapping
    # the dict, then each name, mark and value: nothing inside a value
    assert len(_visited(handed)) == 1 + 3 * len(parameters)


def test_a_pickling_runner_gets_the_parameters_as_they_are() -> None:
    from prefect_dask.task_runners import DaskTaskRunner

    from newsprep.run.flow import _handed_whole

    parameters = {"entries": ENTRIES, "settings": SETTINGS}
    assert _handed_whole(parameters, DaskTaskRunner()) is parameters


def test_unmarked_parameters_are_walked_to_their_leaves() -> None:
    """Guard: what the marks save, the engine's walk into every entry's fields."""
    assert len(_visited({"entries": ENTRIES})) > 3 * len(ENTRIES)


def test_prefect_marks_do_not_survive_pickling() -> None:
    """Guard, and why a Dask runner gets no marks: when this fails (a Prefect that pickles ``opaque`` back as it was),
    the Dask path can take them too."""
    assert pickle.loads(pickle.dumps(opaque(ENTRIES))) != opaque(ENTRIES)
