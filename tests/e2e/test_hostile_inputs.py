"""Hostile raw folders: every file is published or rejected with a reason, once, and the run never crashes.

One real flow run (Prefect, spaCy, pandera, GX) over the bundled sample plus one file of each hostile kind.
The 20 MB file meets a lowered ``max_file_bytes`` there, to prove the size refusal; what a 20 MB file does
under the default limit (50 MB) is shown on the batch directly, as it needs a second setting and no Prefect.
"""

from __future__ import annotations

import os
import random
from collections import Counter
from collections.abc import Callable
from html import unescape
from pathlib import Path

import polars as pl
import pytest

from newsprep.config import PipelineSettings
from newsprep.ingest import RawFile
from newsprep.report import REPORT_FILE
from newsprep.run.batch import process_batch
from tests.e2e.conftest import SAMPLE, run_flow

pytestmark = pytest.mark.slow

HUGE_BYTES = 20_000_000
LOWERED_LIMIT = 10_000_000
HUGE_TEXT = (b"Huge\n\n" + b"word " * (HUGE_BYTES // 5))[:HUGE_BYTES]
_NON_UTF8_NAME = b"caf\xe9-latin1-name.txt"  # a file named by a Latin-1 system: not valid UTF-8

ARTICLE = "{title}\n\n{body}\n"
LATIN1_ARTICLE = (
    "Café owners protest new fees\n\nMONTRÉAL - Café owners in the old quarter said on Tuesday that the city's new "
    'permit fee, raised to 450 dollars, would force some of them to close. "We can\'t pay that," said Zoë '
    "Lefèvre, who runs a crêperie near the cathedral.\n"
)
HTML_AS_TXT = (
    "<!DOCTYPE html><html><head><title>Harbour dredging</title></head><body><article>"
    "<h1>Harbour dredging starts next week</h1>"
    "<p>Work to deepen the harbour channel begins on Monday, the port authority said in a statement on Friday.</p>"
    '<p>"It will take about six months," said Maria Okoye, the authority\'s chief engineer.</p>'
    "</article></body></html>"
)
UNBALANCED_QUOTES = (
    "Bridge closes for repairs\n\n\u201cWe will reopen by June, said the engineer, Tom Reyes. Traffic will be "
    'diverted.\n\nThe council said "the detour adds ten minutes and the \u2018temporary\u2019 signs are up.\n'
)
ODD_NAME = "with space [draft] (1) été 記事.txt"
MARKUP_NAME = "<img src=x onerror=alert(1)>.txt"  # the report must show it as text, never as markup
MARKUP_TITLE = '<script>alert("title")</script> Council votes on parking'

# What each hostile input must become: a published document (None) or a reject with this reason code.
EXPECTED: dict[str, str | None] = {
    SAMPLE.name: None,
    "empty.txt": "empty",
    "whitespace.txt": "whitespace_only",
    "random-binary.txt": "binary",
    "latin1.txt": None,
    "page-saved-as.txt": None,  # HTML saved as .txt: recognised as HTML, its article extracted
    "huge-20mb.txt": "too_large",
    "unbalanced-quotes.txt": None,
    ODD_NAME: None,
    MARKUP_NAME: None,
    "escape-link.txt": "outside_raw_dir",
    "escape-dir-link": "outside_raw_dir",  # a link to a folder outside: not walked into
    "story.txt/inside.txt": None,  # a folder named like a file is walked like any folder
    "pipe.txt": "not_a_file",  # a FIFO: as root the only input that really cannot be read; must not hang
    "gone.txt": "not_a_file",  # a broken link
    "zz-alias.txt": "duplicate_content",  # a link inside the folder to the sample: the same bytes twice
    "caf\\xe9-latin1-name.txt": "undecodable_name",
}
HIDDEN = ".DS_Store"  # hidden files are not inputs (editor swap files, .git, Finder litter): never read


def _hostile_raw_dir(make_raw_dir: Callable[[dict[str, bytes]], Path], outside: Path) -> Path:
    rnd = random.Random(7)
    raw = make_raw_dir(
        {
            SAMPLE.name: SAMPLE.read_bytes(),
            "empty.txt": b"",
            "whitespace.txt": b" \t\n\r\n  \n" + "\u3000\u00a0".encode(),
            "random-binary.txt": bytes(rnd.randrange(256) for _ in range(4096)) + b"\x00\x00",
            "latin1.txt": LATIN1_ARTICLE.encode("latin-1"),
            "page-saved-as.txt": HTML_AS_TXT.encode(),
            # One huge line of words: the realistic 20 MB text (a log or a dump), cheap to refuse by size.
            "huge-20mb.txt": HUGE_TEXT,
            "unbalanced-quotes.txt": UNBALANCED_QUOTES.encode(),
            ODD_NAME: ARTICLE.format(
                title="Summer fair returns",
                body="The summer fair returns to Riverside Park on Saturday, organisers said, with 40 stalls.",
            ).encode(),
            MARKUP_NAME: ARTICLE.format(
                title=MARKUP_TITLE, body="The council voted 7 to 2 on Tuesday to double parking fees downtown."
            ).encode(),
            "story.txt/inside.txt": ARTICLE.format(
                title="Library extends hours",
                body="The central library will stay open until 9 p.m. on weekdays from March, the city said.",
            ).encode(),
            HIDDEN: b"\x00\x05\x16\x07Bud1",
        }
    )
    secret = outside / "secret.txt"
    secret.write_text("Outside\n\nThis file lives outside the raw folder and must never be read by a run.\n")
    (outside / "secret-dir").mkdir()
    (outside / "secret-dir" / "more.txt").write_text("Outside\n\nNor this one, through a linked folder.\n")
    (raw / "escape-link.txt").symlink_to(secret)
    (raw / "escape-dir-link").symlink_to(outside / "secret-dir", target_is_directory=True)
    (raw / "gone.txt").symlink_to(raw / "missing.txt")
    (raw / "zz-alias.txt").symlink_to(raw / SAMPLE.name)
    os.mkfifo(raw / "pipe.txt")
    (raw / os.fsdecode(_NON_UTF8_NAME)).write_text(
        ARTICLE.format(title="Bakery wins award", body="A family bakery on Main Street won the bread award.")
    )
    assert (raw / "huge-20mb.txt").stat().st_size == HUGE_BYTES
    return raw


def test_every_hostile_input_is_published_or_rejected_once_and_the_run_publishes(
    make_raw_dir: Callable[[dict[str, bytes]], Path], tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    raw = _hostile_raw_dir(make_raw_dir, outside)
    out = tmp_path / "out"

    result = run_flow(raw, out, max_file_bytes=LOWERED_LIMIT)

    assert result["published"], [c for c in result["checks"] if not c["success"]]
    documents = pl.read_parquet(out / "documents.parquet")
    rejects = pl.read_parquet(out / "rejects.parquet")
    published = documents["source_path"].to_list()
    rejected = rejects["source_path"].to_list()
    # Exactly once: no input in both tables, none twice, none missing, nothing that is not an input.
    assert Counter(published + rejected) == Counter(EXPECTED.keys()), (published, rejected)
    assert sorted(published) == sorted(path for path, reason in EXPECTED.items() if reason is None)
    reasons = dict(zip(rejected, rejects["reason"].to_list(), strict=True))
    assert reasons == {path: reason for path, reason in EXPECTED.items() if reason is not None}
    for row in rejects.iter_rows(named=True):
        assert row["stage"] == "ingest" and row["reason"], row
        assert row["source_path"] in row["detail"], f"the detail must name the file: {row}"
    assert HIDDEN not in published + rejected
    # The run's own accounting check agrees, and nothing outside the raw folder was read.
    [accounted] = [c for c in result["checks"] if c["check"] == "every raw file is in documents or rejects"]
    assert accounted["success"], accounted
    assert not documents.filter(pl.col("clean_text").str.contains("outside the raw folder")).height
    assert {"latin1.txt": "cp1252"}.items() <= dict(documents.select("source_path", "encoding").iter_rows()).items()
    assert documents.filter(pl.col("source_path") == "page-saved-as.txt")["input_format"].to_list() == ["html"]
    # The run report shows hostile names and titles as text: escaped, never live markup.
    report = (out / REPORT_FILE).read_text(encoding="utf-8")
    assert "<script>alert" not in report and "<img src=x" not in report
    assert MARKUP_NAME in unescape(report) and MARKUP_TITLE in unescape(report)  # shown, as text
    print(f"hostile inputs tried: {len(EXPECTED)}, accounted for once: {len(published) + len(rejected)}")


@pytest.mark.parametrize(
    "name,data",
    [
        ("huge-line.txt", HUGE_TEXT),  # text, one line: too long for NER
        ("huge-binary.txt", bytes(range(256)) * (HUGE_BYTES // 256)),  # a dump: binary, refused at once
    ],
)
def test_a_20_mb_file_under_the_default_limit_is_rejected_cleanly_with_the_rest_of_the_batch_kept(
    name: str, data: bytes
) -> None:
    default = PipelineSettings()
    assert len(data) <= HUGE_BYTES < default.max_file_bytes
    batch = [RawFile(name, data), RawFile(SAMPLE.name, SAMPLE.read_bytes())]
    frames = process_batch(batch, default)
    assert frames["documents"]["source_path"].to_list() == [SAMPLE.name]
    [reject] = frames["rejects"].iter_rows(named=True)
    assert reject["source_path"] == name and name in reject["detail"]
    assert reject["reason"] == ("too_long" if name == "huge-line.txt" else "binary"), reject
    assert reject["doc_id"] == RawFile(name, data).doc_id
