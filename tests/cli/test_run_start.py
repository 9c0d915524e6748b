"""What ``newsprep run`` starts beside the run: a checker process only when the run's stages run in its own process,
and first of all (before the CLI's own imports) when the raw folder is that small and a server is running."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsprep.cli.server import TemporaryServer
from newsprep.cli.start import article_files_up_to, checker_first, stages_run_here
from newsprep.config import PipelineSettings
from newsprep.run import workers


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "default_workers", lambda: 2)


@pytest.mark.parametrize(
    ("documents", "dask", "here"),
    [
        (1, {}, True),
        (15, {}, True),  # below two workers' worth: the stages run in the run's process
        (16, {}, False),  # shared out to the NLP workers, which take both cores
        (1, {"dask_local_workers": 2}, False),
        (1, {"dask_address": "tcp://127.0.0.1:8786"}, False),
    ],
)
def test_the_stages_run_here_only_for_a_small_run_off_dask(
    two_cores: None, tmp_path: Path, documents: int, dask: dict[str, object], here: bool
) -> None:
    settings = PipelineSettings(raw_dir=tmp_path, out_dir=tmp_path / "out", **dask)  # type: ignore[arg-type]
    assert stages_run_here(settings, documents) is here


def _write(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("An invented line.\n")


def test_article_files_are_counted_by_suffix_hidden_ones_aside(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "b.HTML", "c.htm", "deep/d.text", "e.pdf", "notes", ".f.txt", ".hidden/g.txt")
    assert article_files_up_to(tmp_path, 100) == 4


def test_the_count_stops_at_its_limit(tmp_path: Path) -> None:
    _write(tmp_path, *(f"part-{n // 10}/article-{n}.txt" for n in range(40)))
    assert article_files_up_to(tmp_path, 16) == 16
    assert article_files_up_to(tmp_path, 100) == 40


@pytest.mark.parametrize(
    ("files", "dask", "server", "first"),
    [
        (1, {}, True, True),
        (15, {}, True, True),
        (16, {}, True, False),  # the NLP workers may take the run: they need both cores
        (1, {"dask_local_workers": 2}, True, False),
        (1, {}, False, False),  # a temporary server starts on the other core instead
    ],
)
def test_the_checker_starts_first_for_a_small_folder_on_a_running_server(
    two_cores: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    files: int,
    dask: dict[str, object],
    server: bool,
    first: bool,
) -> None:
    # As in a CLI process, Great Expectations not imported yet (an earlier test of this session may have imported it,
    # and the checker then gains nothing: ``suites_gain_from_checker``).
    monkeypatch.delitem(sys.modules, "great_expectations", raising=False)
    raw = tmp_path / "raw"
    _write(raw, *(f"article-{n}.txt" for n in range(files)))
    settings = PipelineSettings(raw_dir=raw, out_dir=tmp_path / "out", **dask)  # type: ignore[arg-type]
    env = {"NEWSPREP_SERVER_DIR": str(tmp_path / "no-server")}  # nothing recorded there: no server running
    if server:
        env["PREFECT_API_URL"] = "http://127.0.0.1:1/api"  # taken as given, not probed
    assert checker_first(settings, env) is first


def test_the_checker_module_starts_without_polars_or_pandera() -> None:
    """The CLI starts the checker before its own imports: importing it must not pull them in."""
    probe = "import sys, newsprep.quality.checker; print(sorted({'polars', 'pandera'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_server_started_first_logs_into_the_run_that_takes_it(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Started before the run's log is open, a temporary server writes to a file of its own; the run that takes
    it gets those lines in its log (its stdout) when it stops the server; an untaken one's are dropped."""
    for taken in (True, False):
        output = (tmp_path / f"server-{taken}.out").open("w+b")
        line = f"an invented server line, taken {taken}"
        child = subprocess.Popen([sys.executable, "-c", f"print({line!r})"], stdout=output, stderr=output)
        child.wait(timeout=60)  # it has written its line
        server = TemporaryServer(child, "http://127.0.0.1:9/api", output)
        (server.take() if taken else server).stop()
        server.stop()  # twice: nothing more
        assert output.closed and child.poll() == 0
        assert capfd.readouterr().out.count(line) == (1 if taken else 0)


@pytest.mark.slow
def test_the_server_started_first_is_the_one_the_run_takes_or_stopped_unused() -> None:
    """In a child interpreter, as the CLI does it: started before Prefect is imported, it answers once taken; a
    second one started first and not needed is ended at once."""
    probe = (
        "import sys; from newsprep.cli import start;"
        "start.start_server_first(); server = start.take_early_server(); assert start.take_early_server() is None;"
        "server.wait_until_healthy(timeout=180); print('healthy', 'prefect' in sys.modules, flush=True);"
        "server.stop(); start.start_server_first(); unused = start._early_server; start.stop_early_server();"
        "print('stopped', server.process.poll() is not None, unused.process.poll() is not None, start._early_server)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines() == ["healthy False", "stopped True True None"]


def test_the_server_is_chosen_once_per_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``cli.start`` chooses the server before the CLI's imports and ``cli.run`` takes that choice: one health
    request to ``make serve``'s server per run, not one per question."""
    from newsprep.cli import server, start

    state = tmp_path / "served"
    state.mkdir()
    (state / "api-url").write_text("http://127.0.0.1:9/api\n")
    monkeypatch.setenv("NEWSPREP_SERVER_DIR", str(state))
    monkeypatch.setenv("PREFECT_API_URL", "unset below")  # restored after the test, as use_prefect_server sets it
    monkeypatch.delenv("PREFECT_API_URL")
    asked: list[str] = []
    monkeypatch.setattr(server, "is_healthy", lambda api_url, **_: asked.append(api_url) or True)
    monkeypatch.setattr(start, "_first_choice", None)
    first = start.first_server_choice()
    assert start.first_server_choice() is first
    assert first.api_url == "http://127.0.0.1:9/api"
    assert asked == ["http://127.0.0.1:9/api"]
    assert server.use_prefect_server(first) is first
    assert asked == ["http://127.0.0.1:9/api"]
