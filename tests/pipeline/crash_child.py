"""Child process for the crash-safety test: publish a version and SIGKILL itself at the Nth file-system step.

The steps counted are the calls that change the output folder (Parquet writes, renames, links, removals);
the kill lands just before the Nth one, so every point between two steps is tried.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq

from newsprep.run import publish
from newsprep.tables import frame_from_rows


def frames_for(version: str) -> dict[str, pl.DataFrame]:
    """Two tables whose rows say which version wrote them."""
    rejects = [
        {
            "source_path": f"{version}-{i}.txt",
            "doc_id": None,
            "stage": "ingest",
            "reason": "empty",
            "detail": f"{version} file {i}",
        }
        for i in range(3)
    ]
    quality = [
        {
            "run_id": version,
            "stage": "publish",
            "check": f"check {i}",
            "severity": "critical",
            "success": True,
            "observed_value": None,
            "observed_text": None,
        }
        for i in range(3)
    ]
    return {"rejects": frame_from_rows("rejects", rejects), "quality": frame_from_rows("quality", quality)}


def main(out_dir: str, version: str, kill_at: int) -> None:
    steps = 0

    def counted(real: Any) -> Any:
        def step(*args: Any, **kwargs: Any) -> Any:
            nonlocal steps
            steps += 1
            if steps == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)

        return step

    publish.os.replace = counted(os.replace)  # type: ignore[attr-defined]
    publish.os.symlink = counted(os.symlink)  # type: ignore[attr-defined]
    publish.pq.write_table = counted(pq.write_table)  # type: ignore[attr-defined]
    publish.shutil.rmtree = counted(shutil.rmtree)  # type: ignore[attr-defined]
    publish.publish_version(Path(out_dir), version, frames_for(version))
    print(f"steps={steps}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
