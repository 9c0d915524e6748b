"""The committed data dictionary is the one the contracts generate."""

from __future__ import annotations

import inspect
import re

from newsprep.report import data_dictionary_markdown
from newsprep.schemas.tables import StatisticsSchema
from tests.conftest import REPO_ROOT


def test_committed_dictionary_is_up_to_date() -> None:
    committed = (REPO_ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert committed == data_dictionary_markdown(), "run `newsprep dictionary` and commit docs/data-dictionary.md"


def test_every_table_and_column_is_in_the_dictionary() -> None:
    text = data_dictionary_markdown()
    for heading in ("## documents", "## quotes", "## statistics", "`speaker_description`", "`range_id`"):
        assert heading in text


def test_the_annotation_guide_follows_the_statistics_contract() -> None:
    """Each convention of the statistics contract ('Money: ...') is a section of the annotators' guide, and no other."""
    paragraphs = inspect.cleandoc(StatisticsSchema.__doc__ or "").split("\n\n")
    labels = {p.split(":", 1)[0] for p in paragraphs if re.match(r"[A-Z][a-z]+(?: [a-z]+){0,4}:", p)}
    guide = (REPO_ROOT / "benchmarks" / "annotations" / "README.md").read_text(encoding="utf-8")
    assert labels == set(re.findall(r"^### (.+)$", guide, re.MULTILINE))
    assert len(labels) >= 8
