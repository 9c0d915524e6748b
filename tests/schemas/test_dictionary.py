"""The committed data dictionary is the one the contracts generate."""

from __future__ import annotations

from newsprep.report import data_dictionary_markdown
from tests.conftest import REPO_ROOT


def test_committed_dictionary_is_up_to_date() -> None:
    committed = (REPO_ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert committed == data_dictionary_markdown(), "run `newsprep dictionary` and commit docs/data-dictionary.md"


def test_every_table_and_column_is_in_the_dictionary() -> None:
    text = data_dictionary_markdown()
    for heading in ("## documents", "## quotes", "## statistics", "`speaker_description`", "`range_id`"):
        assert heading in text
