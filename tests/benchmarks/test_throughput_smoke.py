"""The benchmark still runs: a 5-article corpus through the three arms in quick mode (no timing assertions)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

BENCHMARKS = REPO_ROOT / "benchmarks"
CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "aeb" / "ground-truth.json"
TIMEOUT_SECONDS = 600  # about 60 s on an idle 2-core machine; several minutes when other runs share it

pytestmark = pytest.mark.skipif(not CORPUS.is_file(), reason="the aeb corpus is not on this machine")


def test_the_corpus_builder_writes_unique_files_in_the_scraped_shape_deterministically(tmp_path: Path) -> None:
    for run in ("a", "b"):
        subprocess.run(
            [sys.executable, str(BENCHMARKS / "build_corpus.py"), "--articles", "5", "--out", str(tmp_path / run)],
            check=True,
            capture_output=True,
        )
    files = sorted((tmp_path / "a").glob("*.txt"))
    assert len(files) == 5
    assert [f.read_bytes() for f in files] == [(tmp_path / "b" / f.name).read_bytes() for f in files]
    assert len({f.read_bytes() for f in files}) == 5
    texts = [f.read_text(encoding="utf-8") for f in files]
    with_captions = [t for t in texts if "hide caption" in t]
    assert with_captions, "seed 7 gives at least one caption block in 5 articles"
    assert all(t.count("hide caption") == t.count("toggle caption") for t in texts)


@pytest.mark.slow
def test_the_throughput_command_reports_every_arm(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    command = [sys.executable, str(BENCHMARKS / "throughput.py"), "--articles", "5", "--quick"]
    command += ["--out", str(out), "--work-dir", str(tmp_path / "work")]
    # The session's Prefect database (tests/conftest.py): a fresh one would cost ~20 s of the budget.
    command += ["--prefect-home", os.environ["PREFECT_HOME"]]
    # Its own process group: on a timeout the arms (newsprep and its Prefect server) go too, not only the command.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise
    assert process.returncode == 0, output.decode(errors="replace")[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))

    assert result["articles"] == 5 and result["body_words"] > 0
    for arm in ("baseline", "peer", "newsprep"):
        figures = result["arms"][arm]
        assert figures["words_per_second"] > 0 and figures["peak_rss_mb"] > 0, arm
        assert figures["max_process_rss_mb"] > 0, arm
    newsprep = result["arms"]["newsprep"]
    assert newsprep["documents_processed"] + newsprep["row_counts"]["rejects"] >= 1
    assert set(result["ratios"]) == {"newsprep_over_baseline", "newsprep_over_peer", "rerun_over_first"}
    assert result["ratios"]["newsprep_over_baseline"] > 0 and result["ratios"]["newsprep_over_peer"] > 0
    if newsprep["published"]:  # a refused publish leaves nothing to rerun against
        assert newsprep["no_change_rerun"]["seconds"] > 0 and result["ratios"]["rerun_over_first"] > 0
    assert set(result["peak_rss_mb"]) == {"baseline", "peer", "newsprep"}
