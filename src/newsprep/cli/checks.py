"""What the CLI checks before anything runs, and the exit codes it ends with.

Each mistake a user can make on the command line or in their folders becomes one ``CliError``: one line that says
what is wrong and what to do, and an exit code a scheduler can tell apart from a failed data-quality check.
"""

from __future__ import annotations

import os
from enum import IntEnum
from pathlib import Path
from typing import Any

from pydantic import ValidationError


class ExitCode(IntEnum):
    DONE = 0
    """Published, or nothing to do."""
    CHECK_FAILED = 1
    """A critical data-quality check stopped the publish."""
    USAGE = 2
    """A usage or environment error: a wrong option, a missing folder, an output folder that cannot be written."""
    SHRINK_REFUSED = 3
    """The shrink guard refused to publish (``--allow-shrink`` to mean it)."""
    LOCKED = 4
    """The output folder is being written by another run."""
    CRASHED = 5
    """The run stopped on an unexpected error (a bug): the details are in the run's log."""


EXIT_CODES_HELP = "\n".join(
    [
        "Exit codes:",
        "0 published or nothing to do;",
        "1 a critical check stopped the publish (the previous tables stay);",
        "2 usage or environment error (one line says which, with a hint);",
        "3 refused by the shrink guard (--allow-shrink to publish anyway);",
        "4 the output folder is locked by another run;",
        "5 the run crashed (the details are in OUT/_runs/last-run.log).",
    ]
)


class CliError(Exception):
    """A mistake the user can fix: said in one line, with a hint."""

    def __init__(self, message: str, hint: str, code: ExitCode = ExitCode.USAGE) -> None:
        super().__init__(message)
        self.message, self.hint, self.code = message, hint, code

    def line(self) -> str:
        return f"error: {self.message} (hint: {self.hint})"


OPTION_OF_SETTING = {
    "raw_dir": "RAW_DIR",
    "out_dir": "--out",
    "batch_size": "--batch-size",
    "dask_address": "--dask-address",
    "dask_local_workers": "--dask-workers",
    "allow_shrink": "--allow-shrink",
    "profiles_dir": "--profiles",
}


def run_settings(**options: Any) -> Any:
    """``PipelineSettings`` from the options of ``newsprep run``; a value it refuses becomes one ``CliError``."""
    from newsprep.config import PipelineSettings

    if options.get("dask_address") is not None and options.get("dask_local_workers") is not None:
        raise CliError("--dask-address and --dask-workers were both given", "give one of them, or neither")
    try:
        return PipelineSettings(**options)
    except ValidationError as invalid:
        error = invalid.errors()[0]
        field = str(error["loc"][0]) if error["loc"] else ""
        option = OPTION_OF_SETTING.get(field, field)
        message = str(error["msg"]).removeprefix("Value error, ")
        value = options.get(field)
        shown = value if isinstance(value, Path) else repr(value)
        raise CliError(f"{option} {shown}: {message[0].lower()}{message[1:]}", "see `newsprep run --help`") from None


def check_run_paths(raw_dir: Path, out_dir: Path) -> None:
    """Refuse folders a run must not use, before anything runs; create ``out_dir`` if it is missing."""
    from newsprep.ingest import output_folder_marker

    if not raw_dir.exists():
        raise CliError(
            f"the raw folder {raw_dir} does not exist",
            "give the folder that holds your article files: newsprep run RAW_DIR --out OUT_DIR",
        )
    if not raw_dir.is_dir():
        raise CliError(f"the raw folder {raw_dir} is a file, not a folder", "give the folder that holds the articles")
    raw, out = raw_dir.resolve(), out_dir.resolve()
    marker = output_folder_marker(raw)
    if marker is not None:
        raise CliError(
            f"the raw folder {raw_dir} is a newsprep output folder ({marker}), not a folder of articles",
            "give the folder of your article files",
        )
    beside = raw.parent / f"{raw.name}-processed"
    if out == raw:
        raise CliError(f"--out {out_dir} is the raw folder itself", f"publish beside it, e.g. --out {beside}")
    if out.is_relative_to(raw):
        raise CliError(
            f"--out {out_dir} is inside the raw folder {raw_dir}: the next run would read its report and tables as "
            "articles",
            f"publish beside the raw folder, e.g. --out {beside}",
        )
    if raw.is_relative_to(out):
        raise CliError(
            f"the raw folder {raw_dir} is inside --out {out_dir}", "keep the articles and the outputs in two folders"
        )
    _check_writable_folder(out_dir)


def _check_writable_folder(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise CliError(f"--out {out_dir} is a file, not a folder", "give a folder; it is created if missing")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CliError(
            f"--out {out_dir} cannot be created ({error.strerror or error})", "give a folder you can write to"
        ) from None
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise CliError(f"--out {out_dir} cannot be written (permission denied)", "give a folder you can write to")


def check_writable_file(path: Path, *, hint: str) -> None:
    """Refuse a file path whose folder is missing or is not a folder (``newsprep dictionary --out``)."""
    folder = path.parent
    if not folder.is_dir():
        said = "does not exist here" if not folder.exists() else "is not a folder"
        raise CliError(f"cannot write {path}: the folder {folder} {said}", hint)
    if path.is_dir():
        raise CliError(f"cannot write {path}: it is a folder", hint)
