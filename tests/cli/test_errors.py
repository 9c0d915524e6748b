"""Each usage or environment mistake: one line on stderr with a hint, no traceback, and its own exit code.

Every case runs the installed `newsprep` command as a user types it; none of them gets as far as Prefect.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from newsprep.cli.checks import ExitCode
from newsprep.run.publish import output_lock
from tests.e2e.conftest import SAMPLE
from tests.e2e.conftest import run_newsprep as newsprep


def assert_one_line(done: subprocess.CompletedProcess[str], code: ExitCode, *said: str) -> str:
    """The command failed with ``code`` and said, on stderr, one line holding ``said`` and a hint; nothing else."""
    lines = done.stderr.splitlines()
    assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
    assert len(lines) == 1 and not done.stdout, (done.stdout, done.stderr)
    [line] = lines
    assert line.startswith("error: ") and "(hint: " in line and line.endswith(")"), line
    for words in said:
        assert words in line, (words, line)
    return line


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    return folder


def test_a_missing_raw_folder(tmp_path: Path) -> None:
    done = newsprep("run", "no-such-folder", "--out", "out", cwd=tmp_path)
    assert_one_line(done, ExitCode.USAGE, "the raw folder no-such-folder does not exist")
    assert not (tmp_path / "out").exists()


def test_out_naming_a_file(tmp_path: Path, raw: Path) -> None:
    (tmp_path / "tables.parquet").write_bytes(b"x")
    done = newsprep("run", raw, "--out", "tables.parquet", cwd=tmp_path)
    assert_one_line(done, ExitCode.USAGE, "--out tables.parquet is a file, not a folder")


def test_out_under_a_file(tmp_path: Path, raw: Path) -> None:
    (tmp_path / "notes.txt").write_bytes(b"x")
    done = newsprep("run", raw, "--out", "notes.txt/out", cwd=tmp_path)
    assert_one_line(done, ExitCode.USAGE, "--out notes.txt/out cannot be created (Not a directory)")


@pytest.fixture
def unwritable(tmp_path: Path) -> Callable[[], Path]:
    """A folder nobody may create an output folder in: read-only to this user, or (as root, who may write any
    folder) one of the kernel's, which refuses new folders to root too."""

    def make() -> Path:
        if os.geteuid() == 0:
            return Path("/sys/newsprep-test")
        folder = tmp_path / "read-only"
        folder.mkdir(mode=0o555)
        return folder

    return make


def test_out_under_a_folder_that_cannot_be_written(tmp_path: Path, raw: Path, unwritable: Callable[[], Path]) -> None:
    out = unwritable() / "out"
    done = newsprep("run", raw, "--out", out, cwd=tmp_path)
    assert_one_line(done, ExitCode.USAGE, f"--out {out} cannot be created", "give a folder you can write to")


@pytest.mark.parametrize("option,value", [("--batch-size", "0"), ("--dask-workers", "0")])
def test_a_count_below_one(tmp_path: Path, raw: Path, option: str, value: str) -> None:
    done = newsprep("run", raw, "--out", "out", option, value, cwd=tmp_path)
    assert_one_line(done, ExitCode.USAGE, f"{option} 0: input should be greater than or equal to 1")


def test_out_inside_the_raw_folder_is_refused_before_anything_runs(tmp_path: Path, raw: Path) -> None:
    done = newsprep("run", "raw", "--out", "raw/processed", cwd=tmp_path)
    assert_one_line(done, ExitCode.USAGE, "--out raw/processed is inside the raw folder raw", "publish beside")
    assert sorted(p.name for p in raw.iterdir()) == [SAMPLE.name], "nothing may be written into the raw folder"


def test_the_raw_folder_inside_out_is_refused(tmp_path: Path, raw: Path) -> None:
    done = newsprep("run", "raw", "--out", ".", cwd=tmp_path)
    assert_one_line(done, ExitCode.USAGE, "the raw folder raw is inside --out .")


def test_a_raw_folder_that_is_a_runs_output_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "processed" / "_versions").mkdir(parents=True)
    done = newsprep("run", "processed", "--out", "out", cwd=tmp_path)
    assert_one_line(done, ExitCode.USAGE, "the raw folder processed is a newsprep output folder")


def test_an_output_folder_held_by_another_run(tmp_path: Path, raw: Path) -> None:
    with output_lock(tmp_path / "out"):
        done = newsprep("run", raw, "--out", "out", cwd=tmp_path)
    line = assert_one_line(done, ExitCode.LOCKED, "out is being written by another newsprep run", "wait for it")
    assert f"pid {os.getpid()}" in line


def test_dictionary_outside_the_repository(tmp_path: Path) -> None:
    done = newsprep("dictionary", cwd=tmp_path)
    assert_one_line(done, ExitCode.USAGE, "cannot write docs/data-dictionary.md: the folder docs does not exist here")


def test_rollback_to_a_version_the_folder_does_not_keep(tmp_path: Path) -> None:
    done = newsprep("rollback", "out", cwd=tmp_path)
    assert_one_line(done, ExitCode.USAGE, "out keeps no published version")


def test_run_help_documents_every_exit_code(tmp_path: Path) -> None:
    done = newsprep("run", "--help", cwd=tmp_path)
    said = " ".join(done.stdout.replace("│", " ").split())
    assert done.returncode == 0
    for code in (
        "0 published or nothing to do",
        "1 a critical check stopped the publish",
        "2 usage or environment error",
        "3 refused by the shrink guard",
        "4 the output folder is locked by another run",
    ):
        assert code in said, (code, said)


def test_a_bad_outlet_profile_is_refused_naming_its_file_and_field(tmp_path: Path, raw: Path) -> None:
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "paper.toml").write_text('name = "paper"\nmarks = ["x"]\n[[furniture]]\nline = "Ad"\nzone = "middle"\n')
    done = newsprep("run", raw, "--out", "out", "--profiles", profiles, cwd=tmp_path)
    assert_one_line(done, ExitCode.USAGE, "--profiles", "paper.toml: furniture[0].zone: must be one of any, head, tail")
    assert not (tmp_path / "out").exists()
