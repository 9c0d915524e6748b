"""Older code on newer sets: how the `measures` rules of each commit fare on dev sets written after it.

usage: python benchmarks/measures_history.py --work DIR --commits C1 C2 ... [--sets NAME ...]

Each commit's ``src`` is taken with ``git archive`` into ``DIR/code/<commit id>`` and put first on a child process's
``PYTHONPATH``; the child runs this checkout's ``measures_failures.py`` over the sets' raw and gold folders (built by
``evalsets.py`` into ``DIR/sets``). A commit is its committed tree, never the working tree's edits. The table has one
row per set and one column per commit, each cell the statistics whose phrase is ok of those matched: a cell of a
commit older than its set is a first (or later) sight on text those rules never saw. Round 12 used it to rebuild
every first sight (benchmarks/history/measures.md, issue 17). The held-out sets are refused: they are scored once a
round, with ``newsprep run``.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalsets, beside this script

from evalsets import REPO, build_evalset, evalset_names

HELD_OUT = frozenset({"aeb-statistics", "polnear-statistics-heldout", "lee-statistics", "lee-statistics2"})
FAILURES_SCRIPT = Path(__file__).resolve().parent / "measures_failures.py"
_ROW = re.compile(r"^\| (?P<set>[^|]+?) \| (?P<ok>\d+) \|(?:[^|]*\|)* (?P<matched>\d+) \|$")

Cell = tuple[int, int]


def dev_statistics_sets() -> list[str]:
    """The annotated statistics sets that are not held out."""
    return [name for name in evalset_names() if "-statistics" in name and name not in HELD_OUT]


def ok_of_matched(table: str) -> dict[str, Cell]:
    """``measures_failures.py``'s table as {set folder: (ok, matched)}; its total row is left out."""
    cells = {}
    for line in table.splitlines():
        row = _ROW.match(line.strip())
        if row and row["set"] != "all":
            cells[row["set"]] = (int(row["ok"]), int(row["matched"]))
    return cells


def history_table(cells: Mapping[str, Mapping[str, Cell]], commits: Sequence[str], sets: Sequence[str]) -> str:
    """A markdown table, a row per set, a column per commit: 'ok/matched' ('–' where the set matched nothing)."""
    lines = ["| set | " + " | ".join(commits) + " |", "|---|" + "---|" * len(commits)]
    for name in sets:
        row = [cells.get(commit, {}).get(name) for commit in commits]
        lines.append(f"| {name} | " + " | ".join(f"{c[0]}/{c[1]}" if c else "–" for c in row) + " |")
    return "\n".join(lines)


def resolved(commit: str) -> str:
    """The commit's full id ('HEAD' and branch names move; the archive is kept under the id)."""
    done = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--verify", commit], check=True, capture_output=True)
    return done.stdout.decode().strip()


def archive_source(commit: str, work: Path) -> Path:
    """The commit's ``src`` folder under ``work/code/<commit>`` (taken once)."""
    dest = work / "code" / commit
    if not (dest / "src").is_dir():
        dest.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(REPO), "archive", commit, "src"], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    return dest / "src"


def run_commit(source: Path, folders: Sequence[Path]) -> dict[str, Cell]:
    """``measures_failures.py`` over ``folders`` (each a set's folder holding raw/ and gold/) with ``source`` first."""
    pairs = [str(part) for folder in folders for part in (folder / "raw", folder / "gold")]
    env = {**os.environ, "PYTHONPATH": str(source)}
    done = subprocess.run(
        [sys.executable, str(FAILURES_SCRIPT), *pairs], check=True, capture_output=True, text=True, env=env
    )
    return ok_of_matched(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, required=True, help="folder outside the repository")
    parser.add_argument("--commits", nargs="+", required=True, help="commits, oldest first")
    parser.add_argument("--sets", nargs="+", help="statistics dev sets (default: all of them)")
    args = parser.parse_args()
    sets = args.sets or dev_statistics_sets()
    if refused := sorted(set(sets) & HELD_OUT):
        raise SystemExit(f"held-out sets are scored once a round with newsprep run, not here: {', '.join(refused)}")
    folders = [build_evalset(name, args.work / "sets" / name)[0].parent for name in sets]
    cells = {commit: run_commit(archive_source(resolved(commit), args.work), folders) for commit in args.commits}
    print(history_table(cells, args.commits, sets))


if __name__ == "__main__":
    main()
