"""Two `newsprep run` on one output folder at once: one publishes, the other exits 4 with one clear line.

Both are started a moment apart (not at the same instant, so their Prefect start-ups do not race on the shared
Prefect home) over a raw folder big enough that whichever takes the output lock first holds it for many
seconds: the other one meets the lock while the winner is still running, whatever their start-up times.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.e2e.test_crash_run import add_articles, whole_version

pytestmark = pytest.mark.slow
NEWSPREP = Path(sys.executable).parent / "newsprep"
ARTICLES = 40
LOCKED_EXIT = 4
LOCKED_MESSAGE = "being written by another newsprep run"


def _start(raw: Path, out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(NEWSPREP), "run", str(raw), "--out", str(out)],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


def test_a_second_run_on_the_same_output_folder_is_refused_and_nothing_is_corrupted(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    add_articles(raw, range(ARTICLES))

    runs = [_start(raw, out)]
    time.sleep(2)
    runs.append(_start(raw, out))
    ended_while_other_ran: dict[int, bool] = {}
    deadline = time.monotonic() + 600
    while len(ended_while_other_ran) < len(runs) and time.monotonic() < deadline:
        for i, run in enumerate(runs):
            if i not in ended_while_other_ran and run.poll() is not None:
                ended_while_other_ran[i] = runs[1 - i].poll() is None
        time.sleep(0.05)
    outputs = [run.communicate(timeout=60) for run in runs]
    codes = [run.returncode for run in runs]

    assert sorted(codes) == [0, LOCKED_EXIT], (codes, outputs)
    loser = codes.index(LOCKED_EXIT)
    winner = 1 - loser
    stdout, stderr = outputs[loser]
    # The refused run says one line and nothing else: the lock is taken before Prefect starts, so no orchestrator
    # log line or traceback comes before it.
    [line] = stderr.splitlines()
    assert not stdout and line.startswith("error: ") and LOCKED_MESSAGE in line and "wait for it to finish" in line
    assert ended_while_other_ran[loser], "the refused run must have met a run that was still going"
    assert "published" in outputs[winner][0]

    # The winner's version is whole and holds every input; the loser left nothing behind.
    _, inputs = whole_version(out)
    assert inputs == ARTICLES
    assert not (out / "_staging").exists()
    assert not list((out / "_versions").glob(".*partial*"))
    assert len(list((out / "_runs").glob("*.json"))) == 1
