"""A real run SIGKILLed at many points, publishing included, leaves one whole version; the next run completes.

Each run is a child Python process running the real flow (Prefect, spaCy, pandera, GX) on a raw folder that
grew by one article since the last run, so every run has work to do and a new version to publish. Kills come
from outside, timed by polling the output folder (a second in; once the run holds the lock; once a batch is
staged), or from inside the child just before one file-system step of publishing (the same module run as
``python -m tests.e2e.test_crash_run``: the test drives it, it never runs on its own). After every kill the
published tables must be readable in full, all from one version, and consistent with each other.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq
import pytest

from newsprep.tables import ALL_TABLES, CHILD_COUNTS
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow

FIXTURES = REPO_ROOT / "tests" / "fixtures" / "raw"
RUN_TIMEOUT = 240
# The steps of publish_version the child can be killed before, in the order a publish after the first takes
# them (the stable links already point through `current`, so they are not rewritten): one Parquet write per
# table (9), the pipeline key, fsync of the new folder, fsync after renaming it into place, the switch of
# `current`, fsync of the output folder, pruning of old versions.
PUBLISH_STEPS = ("write_parquet_atomic", "write_text_atomic", "sync_folder", "_replace_symlink", "_drop_old_versions")
SWITCH_STEP = 13


def article(n: int) -> bytes:
    """The n-th test article: a fixture article plus a paragraph that makes its bytes unique."""
    fixtures = sorted(p for p in FIXTURES.iterdir() if p.suffix == ".txt")
    base = fixtures[n % len(fixtures)].read_bytes().rstrip()
    return base + f"\n\nThis is copy number {n} of the story, the test harness said on Monday.\n".encode()


def add_articles(raw: Path, numbers: range) -> None:
    raw.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (raw / f"story-{n:04d}.txt").write_bytes(article(n))


def start_run(raw: Path, out: Path, point: str = "none") -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.test_crash_run", str(raw), str(out), point],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=os.environ.copy(),
        start_new_session=True,  # its own process group: what the kill leaves running can be reaped with it
    )


def reap(child: subprocess.Popen[str]) -> None:
    """Kill what a killed run left behind (its temporary Prefect server, its NLP workers), as a dead host would."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(child.pid, signal.SIGKILL)


def _wait_then_kill(child: subprocess.Popen[str], ready: Callable[[], bool]) -> bool:
    """SIGKILL the child as soon as ``ready()``; False when it ended first."""
    deadline = time.monotonic() + RUN_TIMEOUT
    while time.monotonic() < deadline:
        if child.poll() is not None:
            return False
        if ready():
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
            return True
        time.sleep(0.005)
    child.kill()
    raise AssertionError("the run neither finished nor reached the kill point in time")


def whole_version(out: Path) -> tuple[str, int]:
    """The published version's id and input count, after checking that every table is whole and from it."""
    vid = Path(os.readlink(out / "current")).name
    version_dir = (out / "_versions" / vid).resolve()
    assert version_dir.is_dir() and not vid.startswith("."), vid
    tables: dict[str, pl.DataFrame] = {}
    for table in ALL_TABLES:
        link = out / f"{table}.parquet"
        assert link.is_symlink() and os.readlink(link) == f"current/{table}.parquet", table
        assert link.resolve().parent == version_dir, f"{table} is not from version {vid}"
        frame = pl.from_arrow(pq.read_table(link))  # reads every page: a truncated file raises
        assert isinstance(frame, pl.DataFrame)
        tables[table] = frame
    assert tables["quality"]["run_id"].unique().to_list() == [vid]
    documents = tables["documents"]
    for table, column in CHILD_COUNTS.items():
        assert documents[column].sum() == tables[table].height, f"{table} rows are not {vid}'s"
        assert set(tables[table]["doc_id"]) <= set(documents["doc_id"]), f"{table} has rows of other versions"
    assert (version_dir / "pipeline.json").is_file()
    return vid, documents.height + tables["rejects"].height


def test_sigkill_at_many_points_never_corrupts_the_published_tables(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    add_articles(raw, range(6))
    first = start_run(raw, out)
    assert first.wait(timeout=RUN_TIMEOUT) == 0, first.communicate()[0]
    previous, inputs = whole_version(out)
    assert inputs == 6

    lock = out / ".newsprep.lock"
    staging = out / "_staging"
    external: dict[str, Callable[[subprocess.Popen[str]], Callable[[], bool]]] = {
        "one second in": lambda child: _after(1.0),
        "run holds the output lock": lambda child: lambda: _read(lock) == f"pid {child.pid}",
        "a batch is staged": lambda child: lambda: any(staging.glob("*/batch-*/rejects.parquet")),
    }
    internal = {
        "publish: half the tables written": "publish-step-5",
        "publish: version renamed into place, current not switched": f"publish-step-{SWITCH_STEP - 1}",
        "publish: current switched, before pruning": f"publish-step-{SWITCH_STEP + 2}",
        "published, before the manifest": "before-manifest",
    }
    published_points = {f"publish-step-{SWITCH_STEP + 2}", "before-manifest"}  # killed after the switch
    kills: list[str] = []
    next_article = 6
    for name, point in [*((n, "none") for n in external), *internal.items()]:
        add_articles(raw, range(next_article, next_article + 1))
        next_article += 1
        child = start_run(raw, out, point)
        if point == "none":
            killed = _wait_then_kill(child, external[name](child))
        else:
            child.wait(timeout=RUN_TIMEOUT)
            killed = child.returncode == -signal.SIGKILL
        reap(child)
        assert killed, f"{name}: the run ended (rc {child.returncode}) before the kill:\n{child.communicate()[0]}"
        kills.append(name)

        vid, count = whole_version(out)
        if point in published_points:
            assert vid != previous and count == next_article, f"{name}: the new version should be published"
        else:
            assert vid == previous, f"{name}: the previous version should still be published"
        previous = vid

    # The next run completes normally over whatever the kills left behind, and publishes every input.
    add_articles(raw, range(next_article, next_article + 1))
    final = start_run(raw, out)
    assert final.wait(timeout=RUN_TIMEOUT) == 0, final.communicate()[0]
    vid, count = whole_version(out)
    assert count == next_article + 1 and vid != previous
    assert not list((out / "_versions").glob(".*partial*"))
    print(f"kill points tried: {len(kills)}, corrupted or mixed outputs: 0 ({'; '.join(kills)})")
    assert len(kills) == len(external) + len(internal)


def _after(seconds: float) -> Callable[[], bool]:
    start = time.monotonic()
    return lambda: time.monotonic() - start > seconds


def _read(path: Path) -> str:
    try:
        return path.read_text().strip()
    except OSError:
        return ""


def _child(raw: Path, out: Path, point: str) -> None:
    """Run the real flow; with a point, SIGKILL this process just before that step."""
    import flows.process_articles as flow_module
    from newsprep.config import PipelineSettings
    from newsprep.run import manifest as run_module
    from newsprep.run import publish

    def kill_before(real: Callable[..., Any], *, on_call: int, counter: list[int]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            counter[0] += 1
            if counter[0] == on_call:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)

        return step

    if point.startswith("publish-step-"):
        counter = [0]
        wanted = int(point.rsplit("-", 1)[1])
        for name in PUBLISH_STEPS:
            setattr(publish, name, kill_before(getattr(publish, name), on_call=wanted, counter=counter))
    elif point == "before-manifest":
        run_module.write_manifest = kill_before(run_module.write_manifest, on_call=1, counter=[0])
    flow_module.process_articles(PipelineSettings(raw_dir=raw, out_dir=out))


if __name__ == "__main__":
    _child(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
