"""docs/terminal.md shows what `newsprep run` prints: its capture is re-run here and compared line by line.

The capture comes from a real terminal (scripts/capture-terminal.sh, in tmux); this test builds the same folders,
runs the same commands piped, and expects the same lines but the wall time: the CLI prints the same lines to a
terminal and to a pipe (the progress bar is gone from the final screen either way), so the page cannot drift.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.e2e.conftest import run_newsprep

pytestmark = pytest.mark.slow
PAGE = REPO_ROOT / "docs" / "terminal.md"
CAPTURE = re.compile(r"<!-- capture: scripts/capture-terminal.sh -->\n```text\n(.*?)\n```", re.S)
WALL_TIME = re.compile(r"^(  time +)\d+\.\d s$")


def demo_folders(root: Path) -> None:
    """The folders scripts/capture-terminal.sh builds: the fixture articles, an empty file and a photo; an empty
    folder."""
    (root / "articles").mkdir()
    (root / "empty").mkdir()
    for path in (REPO_ROOT / "tests" / "fixtures" / "raw").iterdir():
        (root / "articles" / path.name).write_bytes(path.read_bytes())
    (root / "articles" / "empty.txt").write_bytes(b"")
    (root / "articles" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")


def stable(lines: list[str]) -> list[str]:
    return [WALL_TIME.sub(r"\1(wall time)", line) for line in lines]


def replay(capture: list[str], cwd: Path) -> list[str]:
    """The capture's commands run again: each `$ newsprep ...` line with what it prints, each `$ echo "exit $?"`
    with the exit code of the command before it."""
    shown: list[str] = []
    code = 0
    for line in capture:
        if not line.startswith("$ "):
            continue
        shown.append(line)
        command = line.removeprefix("$ ")
        if command == 'echo "exit $?"':
            shown.append(f"exit {code}")
            continue
        program, *args = shlex.split(command)
        assert program == "newsprep", command
        done = run_newsprep(*args, cwd=cwd)
        shown += done.stdout.splitlines() + done.stderr.splitlines()
        code = done.returncode
    return shown


def test_the_terminal_capture_in_the_docs_is_what_the_cli_prints(tmp_path: Path) -> None:
    found = CAPTURE.search(PAGE.read_text(encoding="utf-8"))
    assert found, f"{PAGE} holds no capture block"
    capture = found.group(1).splitlines()
    demo_folders(tmp_path)
    assert stable(replay(capture, tmp_path)) == stable(capture), "re-make it: scripts/capture-terminal.sh"
