"""``benchmarks/statistics_audit.py``: each check on an invented table (no corpus text), the script on a fixture."""

from __future__ import annotations

import subprocess
import sys
from types import ModuleType

import pytest

from newsprep.model import Statistic
from tests.benchmarks.scripts import benchmark_script
from tests.conftest import REPO_ROOT
from tests.stages.builders import make_article

SCRIPT = REPO_ROOT / "benchmarks" / "statistics_audit.py"


@pytest.fixture(scope="module")
def audit() -> ModuleType:
    return benchmark_script("statistics_audit")


def _row(text: str, body: str, *, value: float, unit: str = "count", measures: str | None = "things") -> Statistic:
    start = body.index(text)
    return Statistic(
        idx=0,
        text=text,
        value=value,
        unit=unit,
        measures=measures,
        qualifier=None,
        paragraph_idx=0,
        char_start=start,
        char_end=start + len(text),
    )


@pytest.mark.parametrize(
    ("body", "number", "reason"),
    [
        ("The mill opened in 1998 near Dunmore.", "1998", "year"),
        ("The fair opens on 12 March in Dunmore.", "12", "date"),
        ("The ferry leaves at 9:30 each day.", "9", "time"),
        ("Ann Pell, 43, runs the mill.", "43", "age"),
        ("The talks lasted four hours.", "four", "duration"),
        ("Dunmore won the final 3-0.", "3", "score"),
        ("An F-16 flew over Dunmore.", "16", "name or identifier"),
        ("She came 5th in the race.", "5th", "ordinal"),
        ("The mill hired 40 weavers.", "40", None),
    ],
)
def test_convention_exclusion(audit: ModuleType, body: str, number: str, reason: str | None) -> None:
    start = body.index(number)
    assert audit.convention_exclusion(body, start, start + len(number)) == reason


def test_unpublished_numbers_are_the_uncovered_ones(audit: ModuleType) -> None:
    body = "The mill hired 40 weavers and 12 dyers in 1998."
    article = make_article(body)
    flags = audit.unpublished_numbers(article, [_row("40", body, value=40, unit="weavers")])
    assert [(flag.kind, flag.row) for flag in flags] == [("dyers", "12")]


@pytest.mark.parametrize(
    ("body", "text", "unit", "kind"),
    [
        ("Trains leave from Platform 9 each hour.", "9", "count", "name or identifier"),
        ("The mill was ranked No. 3 in the county.", "3", "count", "rank"),
        ("The strike lasted 12 days.", "12", "days", "duration"),
        ("The mill hired 40 weavers.", "40", "weavers", None),
    ],
)
def test_non_statistic_kind(audit: ModuleType, body: str, text: str, unit: str, kind: str | None) -> None:
    assert audit.non_statistic_kind(body, _row(text, body, value=float(text), unit=unit)) == kind


@pytest.mark.parametrize(
    ("measures", "unit", "kind"),
    [
        (None, "count", "null"),
        ("the weavers", "weavers", "only its own noun"),
        ("weavers hired by the", "weavers", "ends on a function word"),
        ("hired", "weavers", "no noun"),
        ("weavers hired", "weavers", None),
    ],
)
def test_weak_measure_kind(audit: ModuleType, measures: str | None, unit: str, kind: str | None) -> None:
    body = "The mill hired 40 weavers."
    row = _row("40", body, value=40, unit=unit, measures=measures)
    assert audit.weak_measure_kind(row, audit.word_list_noun) == kind


@pytest.mark.parametrize(
    ("body", "text", "value", "unit", "kind"),
    [
        ("The mill earned $1.5 million last year.", "$1.5 million", 1_500_000, "usd", None),
        ("The mill earned $1.5 million last year.", "$1.5 million", 150_000, "usd", "value disagrees with the span"),
        ("Tickets cost 85 cents.", "85 cents", 0.85, "usd", None),
        ("The mill hired 40 weavers.", "40", 40, "weavers", None),
        ("The mill hired 40 weavers.", "40", 40, "spinners", "unit not in the sentence"),
    ],
)
def test_inconsistent_kind(audit: ModuleType, body: str, text: str, value: float, unit: str, kind: str | None) -> None:
    row = _row(text, body, value=value, unit=unit)
    assert audit.inconsistent_kind(make_article(body), row, body) == kind


def test_script_runs_on_the_statistics_fixtures() -> None:
    folder = REPO_ROOT / "tests" / "fixtures" / "statistics" / "raw"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(folder), "--no-tags"], capture_output=True, text=True, check=True
    )
    assert "published; unpublished" in done.stdout
    assert "weak_measure: \n" in done.stdout  # every fixture phrase has a noun, ends on a content word, is not null


def test_a_corpus_name_reads_the_speaker_audits_texts(audit: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    """'aeb', 'lee', 'polnear-dev' and 'web' are the texts ``speaker_audit.raw_files`` gathers (held-out ids left out
    there); any other source is a folder."""
    speaker_audit = benchmark_script("speaker_audit")
    invented = [speaker_audit.RawFile("a.txt", b"Audited article\n\nThe mill hired 40 weavers.\n")]
    monkeypatch.setattr(speaker_audit, "raw_files", lambda corpus: invented if corpus == "lee" else [])
    monkeypatch.setitem(sys.modules, "speaker_audit", speaker_audit)
    [(name, article)] = list(audit.read_source("lee"))
    assert name == "a.txt" and "40 weavers" in article.clean_text
    folder = REPO_ROOT / "tests" / "fixtures" / "statistics" / "raw"
    assert [name for name, _ in audit.read_source(str(folder))] == [name for name, _ in audit.read_folder(folder)]
