"""The report of a real run, opened in headless Chromium: it renders, with its charts and all checks green.

Chromium comes from Debian (`scripts/install-browser.sh`); the screenshot stays in the test's temporary folder.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from newsprep.report import latest_manifest, write_report
from tests.e2e.conftest import SAMPLE, run_flow

pytestmark = pytest.mark.slow
CHROMIUM = Path("/usr/bin/chromium")
CHART_IDS = ("quotes-per-speaker", "entities-by-type", "statistics-by-unit", "documents-over-time")
# Nothing but the file: no background fetches, no updates, no sync, a throw-away profile.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/install-browser.sh (Debian's chromium) and re-run the tests")
    command = [str(CHROMIUM), *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


def test_the_report_renders_in_chromium_with_its_charts(
    sample_run: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    out, result = sample_run
    manifest = latest_manifest(out)
    assert manifest is not None and manifest["run_id"] == result["run_id"]
    page = write_report(out, manifest)
    url = page.resolve().as_uri()

    dumped = _chromium(tmp_path, "--dump-dom", url)
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    dom = dumped.stdout
    assert 'id="quality-status"' in dom and 'data-status="all-passed"' in dom and "All checks passed" in dom
    for chart in CHART_IDS:
        assert f'data-chart="{chart}"' in dom, chart
    assert dom.count("<svg") >= len(CHART_IDS) and dom.count("<rect") > 0

    screenshot = tmp_path / "report.png"
    shot = _chromium(tmp_path, f"--screenshot={screenshot}", "--window-size=1280,2000", url)
    assert shot.returncode == 0, shot.stderr[-2000:]
    assert screenshot.is_file() and screenshot.stat().st_size > 10_000


def test_a_planted_defect_stops_the_publish_and_the_report_says_which_check_and_why(
    sample_run: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    published_out, _ = sample_run
    out = tmp_path / "out"
    shutil.copytree(published_out, out, symlinks=True)
    before = {p.name: p.read_bytes() for p in sorted(out.glob("*.parquet"))}
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    # A body sentence that quotes the artifact phrase survives cleaning, so the residue check must stop it.
    (raw / "defect.txt").write_text(
        "Photo apps add <b>features</b>\n\nThe new app lets readers tap hide caption on any picture, its maker said.\n",
        encoding="utf-8",
    )
    result = run_flow(raw, out)
    assert not result["published"]
    assert {p.name: p.read_bytes() for p in sorted(out.glob("*.parquet"))} == before

    dumped = _chromium(tmp_path, "--dump-dom", (out / "report.html").resolve().as_uri())
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    dom = dumped.stdout
    assert 'data-status="not-published"' in dom and 'data-status="critical-failed"' in dom
    why = dom[dom.index('id="failed-critical"') : dom.index('id="checks"')]
    failed = [c for c in result["checks"] if not c["success"] and c["severity"] == "critical"]
    assert [c["check"] for c in failed] == ["no artifact phrase left in clean_text"]
    assert failed[0]["check"] in why and failed[0]["observed_text"] in why
    assert (out / "_quality" / "index.html").is_file()  # GX Data Docs of the failed run
