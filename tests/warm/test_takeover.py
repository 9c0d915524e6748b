"""What a run does differently when a warm runner became it: the summary says so, and no checker process starts."""

from __future__ import annotations

import sys

import pytest

from newsprep.cli.server import PrefectServer
from newsprep.cli.start import suites_gain_from_checker
from newsprep.warm import takeover


def test_a_cold_run_says_nothing_of_a_warm_runner(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsprep.cli.run import _server_line

    monkeypatch.setattr(takeover, "_warm_since", None)
    server = PrefectServer("http://127.0.0.1:4200/api", "started by make serve")
    assert _server_line(server) == "http://127.0.0.1:4200/api (started by make serve)"


def test_a_warm_run_says_so_on_its_prefect_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsprep.cli.run import _server_line

    monkeypatch.setattr(takeover, "_warm_since", 0.0)
    line = _server_line(PrefectServer("http://127.0.0.1:4200/api", "started by make serve"))
    assert line.startswith("http://127.0.0.1:4200/api (started by make serve), by the warm runner (loaded ")


def test_no_checker_when_great_expectations_is_imported_already(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "great_expectations", raising=False)
    assert suites_gain_from_checker()
    monkeypatch.setitem(sys.modules, "great_expectations", sys)  # any module object: imported
    assert not suites_gain_from_checker()
