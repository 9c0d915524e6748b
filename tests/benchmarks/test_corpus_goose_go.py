"""The GoOse corpus: the articles' texts read from the Go test file Debian's pinned package ships, by id; the Go
string literals and the ``.deb`` archive read on invented input."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from benchmarks.corpus_goose_go import (
    ARTICLES,
    FIRST_ARTICLES,
    GOOSE_GO_DEV,
    ID_PREFIX,
    SECOND_ARTICLES,
    cleaned_texts,
    go_string,
    goose_go_articles,
    goose_go_bodies,
)
from benchmarks.debian_release import CorpusUnavailable, PinnedDebianPackage, ar_members, deb_files
from benchmarks.evalsets import CORPORA
from benchmarks.registry_release import cache_dir, sha256_of

CACHED = (cache_dir() / GOOSE_GO_DEV.filename).exists()
INVENTED_GO_TEST = """package goose

func Test_HarbourNews(t *testing.T) {
\tarticle := Article{
\t\tDomain:          "harbour.example",
\t\tCleanedText:     "The quay board said it was \\"ready\\".\\n\\nIt costs \\u00a340 \\u2014 a lot.",
\t}
}

func Test_EmptyPage(t *testing.T) {
\tarticle := Article{
\t\tCleanedText:     "",
\t}
}

func TestNoText(t *testing.T) {
\tcheck(t)
}
"""


def test_an_annotation_file_may_name_the_corpus() -> None:
    assert "goose-go" in CORPORA


def test_the_package_is_pinned_by_version_and_hash() -> None:
    assert GOOSE_GO_DEV.filename.startswith(f"{GOOSE_GO_DEV.name}_")
    assert len(GOOSE_GO_DEV.sha256) == 64


def test_every_article_has_its_own_id_and_test() -> None:
    assert len(FIRST_ARTICLES) == 10 and len(SECOND_ARTICLES) == 9
    assert ARTICLES == {**FIRST_ARTICLES, **SECOND_ARTICLES} and len(ARTICLES) == 19
    assert len(set(ARTICLES.values())) == len(ARTICLES)
    assert all(doc_id.startswith(ID_PREFIX) for doc_id in ARTICLES)


@pytest.mark.parametrize(
    ("literal", "value"),
    [
        (r"said \"yes\"", 'said "yes"'),
        (r"one\n\ntwo\ttab", "one\n\ntwo\ttab"),
        (r"\u00a340 and \U0001F600", "\u00a340 and \U0001f600"),
        (r"back\\slash \x41\101", "back\\slash AA"),
    ],
)
def test_a_go_string_literal_is_read_as_go_reads_it(literal: str, value: str) -> None:
    assert go_string(literal) == value


def test_an_unknown_escape_is_an_error() -> None:
    with pytest.raises(ValueError, match=r"\\q"):
        go_string(r"odd \q")


def test_each_test_function_gives_its_cleaned_text() -> None:
    assert cleaned_texts(INVENTED_GO_TEST) == {
        "Test_HarbourNews": 'The quay board said it was "ready".\n\nIt costs \u00a340 \u2014 a lot.',
        "Test_EmptyPage": "",
    }


def _ar(members: dict[str, bytes]) -> bytes:
    out = bytearray(b"!<arch>\n")
    for name, data in members.items():
        out += f"{name + '/':<16}{0:<12}{0:<6}{0:<6}{100644:<8}{len(data):<10}`\n".encode("ascii")
        out += data + (b"\n" if len(data) % 2 else b"")
    return bytes(out)


def test_the_members_of_an_ar_archive_are_read_past_odd_lengths() -> None:
    assert ar_members(_ar({"debian-binary": b"2.0\n", "odd": b"abc", "last": b"xy"})) == {
        "debian-binary": b"2.0\n",
        "odd": b"abc",
        "last": b"xy",
    }
    with pytest.raises(CorpusUnavailable, match="not an ar archive"):
        ar_members(b"PK\x03\x04")


def test_a_file_is_read_from_a_cached_package_s_data_archive(tmp_path: Path) -> None:
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w:xz") as archive:
        payload = b"package goose\n"
        info = tarfile.TarInfo("./usr/share/doc/goose.go")
        info.size = len(payload)
        archive.addfile(info, io.BytesIO(payload))
    deb = tmp_path / "goose_1_all.deb"
    deb.write_bytes(_ar({"debian-binary": b"2.0\n", "control.tar.xz": b"", "data.tar.xz": data.getvalue()}))
    package = PinnedDebianPackage("goose", "1", deb.name, sha256_of(deb))
    assert deb_files(package, {"go": "usr/share/doc/goose.go"}, tmp_path) == {"go": b"package goose\n"}
    with pytest.raises(KeyError):
        deb_files(package, {"go": "usr/share/doc/nowhere.go"}, tmp_path)


@pytest.mark.skipif(not CACHED, reason="Debian's GoOse package is not cached on this machine")
def test_every_article_is_read_and_an_unknown_id_is_named() -> None:
    articles = goose_go_articles()
    assert list(articles) == list(ARTICLES)
    assert all(len(text.split()) > 250 for text in articles.values())
    first = next(iter(ARTICLES))
    assert goose_go_bodies([first]) == {first: articles[first]}
    with pytest.raises(SystemExit, match="gg-nowhere"):
        goose_go_bodies(["gg-nowhere"])
