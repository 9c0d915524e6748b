"""Ingest: the files of a raw folder, each accounted for once, and their bytes decoded into article text.

- ``raw_folder``: the inventory of a raw folder (the article files, and every other file rejected unread with its
  reason) and reading the articles' bytes back safely; the only module here that touches files.
- ``decode``: one file's bytes to text (encoding, byte order mark, line ends) or a reject with the reason; a saved
  web page goes through ``html`` (trafilatura, offline). Pure.
"""

from newsprep.ingest.decode import DecodedText, Reject, RejectReason, decode_raw
from newsprep.ingest.raw_folder import (
    ARTICLE_SUFFIXES,
    Inventory,
    RawEntry,
    RawFile,
    RawFolderError,
    output_folder_marker,
    read_raw_files,
    take_inventory,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "DecodedText",
    "Inventory",
    "RawEntry",
    "RawFile",
    "RawFolderError",
    "Reject",
    "RejectReason",
    "decode_raw",
    "output_folder_marker",
    "read_raw_files",
    "take_inventory",
]
