"""The pinned-hash check both fetchers keep a download with (``registry_release.kept_in_cache``, used by ``fetched``
and ``debian_release.fetched_deb``), on invented bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from benchmarks.registry_release import CorpusUnavailable, in_cache, kept_in_cache

PINNED = b"pinned bytes\n"
PIN = hashlib.sha256(PINNED).hexdigest()


def test_a_download_with_the_pinned_hash_is_moved_into_the_cache(tmp_path: Path) -> None:
    downloaded = tmp_path / "work" / "release.tar.gz"
    downloaded.parent.mkdir()
    downloaded.write_bytes(PINNED)
    path = tmp_path / "cache" / "release.tar.gz"
    assert kept_in_cache(downloaded, path, PIN) == path
    assert path.read_bytes() == PINNED and not downloaded.exists()
    assert in_cache(path, PIN)


def test_a_download_with_another_hash_is_deleted_and_not_kept(tmp_path: Path) -> None:
    downloaded = tmp_path / "release.partial"
    downloaded.write_bytes(b"other bytes\n")
    path = tmp_path / "cache" / "release.tar.gz"
    with pytest.raises(CorpusUnavailable, match=r"release\.tar\.gz: sha256 \w+, pinned"):
        kept_in_cache(downloaded, path, PIN)
    assert not downloaded.exists() and not path.exists()


def test_a_cached_file_counts_only_with_the_pinned_hash(tmp_path: Path) -> None:
    path = tmp_path / "release.tar.gz"
    assert not in_cache(path, PIN)
    path.write_bytes(b"a stale release\n")
    assert not in_cache(path, PIN)
