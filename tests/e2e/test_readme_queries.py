"""Every query in the README's "Reading the tables" runs on the published sample and answers something."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow

SECTION = re.search(r"## Reading the tables\n(.*?)\n## ", (REPO_ROOT / "README.md").read_text(), re.S)
assert SECTION is not None, "README.md lost its 'Reading the tables' section"
BLOCKS = re.findall(r"```(python|sql)\n(.*?)```", SECTION.group(1), re.S)


def _on(out: Path, code: str) -> str:
    return code.replace("data/processed/", f"{out}/")


def test_the_readme_shows_the_first_questions_in_both_languages() -> None:
    assert {language for language, _ in BLOCKS} == {"python", "sql"}
    assert len(BLOCKS) >= 5


@pytest.mark.parametrize(("language", "code"), BLOCKS, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(BLOCKS)])
def test_each_readme_query_answers_on_the_sample(
    sample_run: tuple[Path, dict[str, Any]], language: str, code: str
) -> None:
    out, _ = sample_run
    if language == "sql":
        rows = duckdb.sql(_on(out, code)).fetchall()
        assert rows, code
    else:
        *body, last = [line for line in _on(out, code).splitlines() if line.strip() and not line.startswith("#")]
        namespace: dict[str, Any] = {}
        exec("\n".join(body), namespace)  # the README's own lines, on the sample's tables
        answer = eval(last, namespace)
        assert isinstance(answer, pl.DataFrame) and answer.height > 0, code
