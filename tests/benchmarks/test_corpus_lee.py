"""The Lee corpus loader: the release found on a PEP 503 page, fetched, checked against its pin and cached."""

from __future__ import annotations

import functools
import hashlib
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.corpus_lee import (
    SOURCE_RELEASE,
    SOURCE_RELEASE_SHA256,
    CorpusUnavailable,
    article_id,
    cache_dir,
    fetched_release,
    lee_articles,
    lee_bodies,
    lee_test_articles,
    release_url,
)

PAGE = """<!DOCTYPE html><html><body>
<a href="../../packages/aa/gensim-4.3.3.tar.gz#sha256=00">gensim-4.3.3.tar.gz</a>
<a href="../../packages/bb/gensim-4.4.0-cp311-cp311-manylinux_2_28_x86_64.whl#sha256=11">wheel</a>
<a href="../../packages/cc/gensim-4.4.0.tar.gz#sha256=22">gensim-4.4.0.tar.gz</a>
</body></html>"""


def test_release_url_is_the_pinned_source_release_resolved_against_the_page() -> None:
    address = release_url(PAGE, "https://index.example/simple/gensim/")
    assert address == "https://index.example/packages/cc/gensim-4.4.0.tar.gz"


def test_release_url_refuses_a_page_without_the_release() -> None:
    with pytest.raises(CorpusUnavailable, match="not listed"):
        release_url('<a href="gensim-4.3.3.tar.gz">old</a>', "https://index.example/simple/gensim/")


@pytest.fixture
def served_index(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A PEP 503 index on loopback (``http.server``) whose gensim page lists the release under ``files/``."""
    (tmp_path / "index" / "gensim").mkdir(parents=True)
    (tmp_path / "files").mkdir()
    page = f'<a href="../../files/{SOURCE_RELEASE}#sha256=00">{SOURCE_RELEASE}</a>'
    (tmp_path / "index" / "gensim" / "index.html").write_text(page, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield tmp_path / "files", f"http://127.0.0.1:{server.server_address[1]}/index"
    finally:
        server.shutdown()
        server.server_close()


def test_a_release_that_is_not_the_pinned_one_is_refused_and_not_kept(
    served_index: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files, index = served_index
    payload = b"not the release"
    assert hashlib.sha256(payload).hexdigest() != SOURCE_RELEASE_SHA256
    (files / SOURCE_RELEASE).write_bytes(payload)
    monkeypatch.setenv("PIP_INDEX_URL", index)
    cache = tmp_path / "cache"
    with pytest.raises(CorpusUnavailable, match="pinned"):
        fetched_release(cache)
    assert sorted(path.name for path in cache.iterdir()) == []


def test_a_cached_release_that_is_not_the_pinned_one_is_fetched_again(
    served_index: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _files, index = served_index
    monkeypatch.setenv("PIP_INDEX_URL", index)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / SOURCE_RELEASE).write_bytes(b"a truncated download")
    with pytest.raises(CorpusUnavailable, match=r"not listed|cannot fetch"):
        fetched_release(cache)  # the index holds no file: the stale copy was not trusted


def test_an_unreachable_index_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIP_INDEX_URL", (tmp_path / "no-index").as_uri())
    with pytest.raises(CorpusUnavailable, match=r"cannot fetch gensim-4\.4\.0\.tar\.gz"):
        fetched_release(tmp_path / "cache")


def test_article_ids_name_the_line() -> None:
    assert article_id(0) == "lee-bg-000"
    assert article_id(299) == "lee-bg-299"


needs_release = pytest.mark.skipif(
    not (cache_dir() / SOURCE_RELEASE).exists(), reason="the Lee corpus's release is not cached on this machine"
)


@needs_release
def test_the_rated_articles_are_fifty_others_read_as_latin_1() -> None:
    rated = lee_test_articles()
    assert list(rated) == [f"lee-cor-{number:02d}" for number in range(50)]
    background = {text[:80] for text in lee_articles().values()}
    assert not any(text[:80] in background for text in rated.values())
    assert all("\ufffd" not in text for text in rated.values())


@needs_release
def test_bodies_come_from_either_file_and_an_unknown_id_is_named() -> None:
    bodies = lee_bodies(["lee-bg-007", "lee-cor-07"])
    assert bodies["lee-bg-007"] == lee_articles()["lee-bg-007"]
    assert bodies["lee-cor-07"] == lee_test_articles()["lee-cor-07"]
    with pytest.raises(SystemExit, match="lee-cor-50"):
        lee_bodies(["lee-cor-50"])
