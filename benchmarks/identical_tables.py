"""Byte-identity of the published tables across a code change: publish folders, record or compare per-table digests.

usage:
  python benchmarks/identical_tables.py record DIGESTS.json [NAME ...]    # publish with today's code, keep digests
  python benchmarks/identical_tables.py compare DIGESTS.json [NAME ...]   # publish again, compare with the record

NAME is one of ``FOLDERS`` (all of them by default), the name of any set of ``benchmarks/annotations``, or
``NAME=PATH`` for any other raw folder (a corpus built by ``build_corpus.py``, for instance
``corpus-500=/tmp/corpus-500``). Each folder is published by the installed ``newsprep run`` (the command a user
types: Prefect, the worker pool, the checks and the publish) into a fresh folder under ``--work-dir`` (outside the
repository). The annotated sets (the two aeb sets among ``FOLDERS``) are built there first by ``evalsets.py``.

Every ``<table>.parquet`` is compared by the sha256 of its bytes, except ``quality``: its ``run_id`` column is the
content address of the run (inputs, code, packages, settings), so it changes with any code change by design; its
digest is taken over its rows without ``run_id`` (the checks, severities, outcomes and what each saw). The version
folder names and ``pipeline.json`` change with the code too and are not compared.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalsets, beside this script (also when loaded by a test)
from evalsets import build_evalset

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
ANNOTATIONS = REPO / "benchmarks" / "annotations"
NEWSPREP = Path(sys.executable).parent / "newsprep"
FOLDERS: dict[str, Path | str] = {
    "sample": REPO / "data" / "raw",
    "polnear-dev": SHARED / "corpus" / "polnear-dev" / "raw",
    "fixtures-raw": REPO / "tests" / "fixtures" / "raw",
    "fixtures-outlets": REPO / "tests" / "fixtures" / "outlets" / "raw",
    "fixtures-quotes": REPO / "tests" / "fixtures" / "quotes" / "raw",
    "fixtures-entities": REPO / "tests" / "fixtures" / "entities" / "raw",
    "fixtures-statistics": REPO / "tests" / "fixtures" / "statistics" / "raw",
    "aeb-quotes": "aeb-quotes",
    "aeb-statistics": "aeb-statistics",
}
"""A path is a raw folder; a string names an annotation set that ``evalsets.build_evalset`` builds."""
ROWS_WITHOUT_RUN_ID = "quality"


def table_digest(path: Path) -> str:
    """sha256 of the file's bytes; for ``quality``, of its rows without the run id (see the module's docstring)."""
    if path.stem != ROWS_WITHOUT_RUN_ID:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    rows = pl.read_parquet(path).drop("run_id").to_dicts()
    return "rows:" + hashlib.sha256(json.dumps(rows, sort_keys=True).encode()).hexdigest()


def named_folders(names: list[str]) -> dict[str, Path | str]:
    """Each name's source: a known folder of ``FOLDERS``, any annotation set of ``benchmarks/annotations`` (built by
    ``evalsets.build_evalset``), or the path of a ``NAME=PATH`` argument."""
    sources: dict[str, Path | str] = {}
    for name in names:
        label, is_path, path = name.partition("=")
        if is_path:
            sources[label] = Path(path).resolve()
        elif label in FOLDERS or (ANNOTATIONS / f"{label}.json").is_file():
            sources[label] = FOLDERS.get(label, label)
        else:
            raise SystemExit(f"unknown folder {label}; known: {', '.join(FOLDERS)}, an annotation set, or NAME=PATH")
    return sources


def publish(name: str, source: Path | str, work_dir: Path) -> dict[str, str]:
    """Publish one folder with the installed ``newsprep`` into ``work_dir/name``; each table's digest."""
    folder = work_dir / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    raw = build_evalset(source, folder / "set")[0] if isinstance(source, str) else source
    out = folder / "out"
    env = {**os.environ, "PREFECT_HOME": str(work_dir / ".prefect")}
    done = subprocess.run([str(NEWSPREP), "run", str(raw), "--out", str(out)], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"{name}: newsprep run exited {done.returncode}\n{done.stdout}{done.stderr}")
    return {p.stem: table_digest(p) for p in sorted(out.glob("*.parquet"))}


def compare(before: dict[str, dict[str, str]], after: dict[str, dict[str, str]]) -> list[str]:
    """One line per (folder, table) compared; lines of tables that differ (or are missing on one side) start with
    'DIFFERS'."""
    lines = []
    for name in after:
        tables = sorted(set(before.get(name, {})) | set(after[name]))
        for table in tables:
            old, new = before.get(name, {}).get(table), after[name].get(table)
            verdict = "identical" if old == new and old is not None else "DIFFERS"
            lines.append(f"{verdict:9}  {name:20}  {table:11}  {(old or '-')[:21]}  {(new or '-')[:21]}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["record", "compare"])
    parser.add_argument("digests", type=Path, help="JSON file of the digests (written by record, read by compare)")
    parser.add_argument(
        "names", nargs="*", help=f"folders to publish (default: all): {', '.join(FOLDERS)}, or NAME=PATH"
    )
    parser.add_argument("--work-dir", type=Path, default=Path("/tmp/newsprep-identical"), help="outside the repo")
    args = parser.parse_args()
    sources = named_folders(args.names or list(FOLDERS))
    work_dir = args.work_dir.resolve()
    if work_dir.is_relative_to(REPO):
        raise SystemExit(f"refusing to publish inside the repository: {work_dir}")
    digests = {}
    for name, source in sources.items():
        digests[name] = publish(name, source, work_dir)
        print(f"published {name}: {len(digests[name])} tables", file=sys.stderr)
    if args.mode == "record":
        args.digests.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"recorded {sum(len(d) for d in digests.values())} table digests of {len(digests)} folders")
        return
    lines = compare(json.loads(args.digests.read_text(encoding="utf-8")), digests)
    print("\n".join(lines))
    differing = sum(line.startswith("DIFFERS") for line in lines)
    print(f"{len(lines) - differing} of {len(lines)} tables identical")
    raise SystemExit(1 if differing else 0)


if __name__ == "__main__":
    main()
