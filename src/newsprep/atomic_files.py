"""Replacing a file atomically: write a temporary file beside it, then rename it over the old one.

Standard library only, so that any module can use it (the text helpers and the NLP workers included) without
pulling in pyarrow or the table contracts. Readers see the old file or the new one, never half of one; a process
killed while writing leaves a temporary file named after its pid, which the next writer of that file removes.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def temporary_beside(path: Path) -> Path:
    """The temporary name for a new ``path`` (one per process and thread), with whatever a killed writer or a
    planted link left under that name removed, so nothing is ever written through it."""
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}-{threading.get_ident()}")
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    return temporary


@contextmanager
def replacing(path: Path, *, durable: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write ``path``'s new content to; renamed over ``path`` when the block ends.

    ``durable`` flushes the new file to disk (fsync) before the rename, so a power cut cannot leave an empty
    file under the old name; the folder's own entry is the caller's to sync (see ``sync_folder``). When the
    block raises, the temporary file is removed and ``path`` is left as it was.
    """
    temporary = temporary_beside(path)
    try:
        yield temporary
        if durable:
            with temporary.open("rb") as handle:
                os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename into it, a new file) to disk."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
