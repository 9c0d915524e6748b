"""A Debian binary package pinned by its SHA-256, fetched with ``apt-get download`` and cached outside the repository.

Debian's archive is one of the package registries this machine reaches. A corpus module names the package and the
exact version it read (``PinnedDebianPackage``); ``fetched_deb`` asks apt for that version (``apt-get download
NAME=VERSION``, through the machine's own apt sources: no host is named here), checks the pinned SHA-256 before it
keeps the file and caches it beside the registry releases (``registry_release.cache_dir``). The package is never
installed. A ``.deb`` is an ``ar`` archive whose ``data.tar.*`` member holds the files; ``deb_files`` reads named
files out of it. When the archive no longer serves the version, or apt is missing, ``CorpusUnavailable`` says so.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # registry_release, beside this module
from registry_release import CorpusUnavailable, cache_dir, in_cache, kept_in_cache

AR_MAGIC = b"!<arch>\n"
AR_HEADER_LENGTH = 60


@dataclass(frozen=True)
class PinnedDebianPackage:
    name: str
    version: str
    filename: str
    sha256: str


def fetched_deb(package: PinnedDebianPackage, cache: Path | None = None) -> Path:
    """The pinned package in the cache, fetched with apt (and checked before it is kept) when it is not there."""
    path = (cache or cache_dir()) / package.filename
    if in_cache(path, package.sha256):
        return path
    if shutil.which("apt-get") is None:
        raise CorpusUnavailable(f"{package.filename}: apt-get is not on this machine")
    with tempfile.TemporaryDirectory() as work:
        result = subprocess.run(
            ["apt-get", "download", f"{package.name}={package.version}"],
            cwd=work,
            capture_output=True,
            text=True,
            check=False,
        )
        downloaded = Path(work) / package.filename
        if result.returncode != 0 or not downloaded.exists():
            raise CorpusUnavailable(f"apt-get download {package.name}={package.version} failed: {result.stderr}")
        return kept_in_cache(downloaded, path, package.sha256)


def ar_members(archive: bytes) -> dict[str, bytes]:
    """The members of an ``ar`` archive (the format of a ``.deb``) by name."""
    if not archive.startswith(AR_MAGIC):
        raise CorpusUnavailable("not an ar archive (a .deb starts with '!<arch>')")
    members: dict[str, bytes] = {}
    offset = len(AR_MAGIC)
    while offset + AR_HEADER_LENGTH <= len(archive):
        header = archive[offset : offset + AR_HEADER_LENGTH]
        name = header[:16].decode("ascii").strip().rstrip("/")
        size = int(header[48:58].decode("ascii").strip())
        start = offset + AR_HEADER_LENGTH
        members[name] = archive[start : start + size]
        offset = start + size + (size % 2)  # members are padded to an even length
    return members


def deb_files(package: PinnedDebianPackage, paths: Mapping[str, str], cache: Path | None = None) -> dict[str, bytes]:
    """Each named file of the pinned package's data archive, by the name given: ``{name: path in the package}``
    (paths as ``dpkg -c`` prints them, without the leading ``./``)."""
    members = ar_members(fetched_deb(package, cache).read_bytes())
    data = next((blob for name, blob in members.items() if name.startswith("data.tar")), None)
    if data is None:
        raise CorpusUnavailable(f"{package.filename} holds no data archive")
    files: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        for name, member_path in paths.items():
            member = archive.extractfile(f"./{member_path}")
            if member is None:
                raise CorpusUnavailable(f"{package.filename} holds no {member_path}")
            files[name] = member.read()
    return files
