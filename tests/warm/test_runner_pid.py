"""The runner ``make stop`` stops is the one that runs: a runner that starts the next one records the next one's pid
before it exits (``newsprep.warm.runner.start_next_runner``)."""

from __future__ import annotations

import os
from pathlib import Path

from newsprep.warm.runner import LOG_FILE, PID_FILE, RunnerStart, record_pid, start_next_runner


def test_the_next_runners_pid_is_recorded_before_it_runs(tmp_path: Path) -> None:
    record_pid(tmp_path)  # this runner's, as it recorded itself at its start
    no_server = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}  # the next one leaves at once
    start = RunnerStart(("--state-dir", str(tmp_path)), no_server, str(tmp_path), tmp_path)
    pid = start_next_runner(start)
    try:
        assert int((tmp_path / PID_FILE).read_text()) == pid != os.getpid()
        assert os.getpgid(pid) == pid  # it leads its own group: stop.sh signals the group
    finally:
        _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 2
    assert "PREFECT_API_URL is not set" in (tmp_path / LOG_FILE).read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([PID_FILE, LOG_FILE])


def test_a_runner_records_itself(tmp_path: Path) -> None:
    record_pid(tmp_path)
    assert int((tmp_path / PID_FILE).read_text()) == os.getpid()
