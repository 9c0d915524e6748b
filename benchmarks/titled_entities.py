"""Gold-free count of PERSON entities whose name opens with a title, a role word or an epithet (issue 17).

usage: python benchmarks/titled_entities.py CORPUS [CORPUS ...] --work DIR [--show]

Reads the ``entities`` table ``speaker_audit.py CORPUS --work DIR`` published under ``DIR/CORPUS`` (run that first;
the folder is outside the repository, it holds corpus text). The gold conventions name a person without title, so
each entity counted is a likely error, in three kinds:

- ``title``: the first word is a title or role word the entity rules know (``newsprep.text.PERSON_TITLES``): the
  rule missed;
- ``lower``: the first word is lower-case and no name particle (a role noun, "veteran");
- ``epithet``: a capitalised first word that is no given name, before a given name ("<Nickname> Ann Lee"). Also
  catches names written family name first, so a reader tells the two apart with ``--show`` (which prints the
  names: corpus text, for reading only).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import polars as pl

from newsprep.text import NAME_PARTICLES, PERSON_TITLES
from newsprep.text.given_names import is_given_name

KINDS = ("title", "lower", "epithet")


def titled_kind(name: str) -> str | None:
    """The kind of leading word ``name`` opens with, or None for a bare name."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0]
    if first.casefold() in PERSON_TITLES:
        return "title"
    if first[:1].islower() and first not in NAME_PARTICLES:
        return "lower"
    if (
        len(first) > 1
        and first.isalpha()
        and first[0].isupper()
        and not is_given_name(first)
        and is_given_name(words[1])
    ):
        return "epithet"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="+")
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    print("| corpus | PERSON entities | " + " | ".join(KINDS) + " |")
    print("|---" * (len(KINDS) + 2) + "|")
    for corpus in args.corpora:
        entities = pl.read_parquet(args.work / corpus / "entities.parquet").filter(pl.col("label") == "PERSON")
        kinds = {name: titled_kind(name) for name in entities["text"]}
        counts = Counter(kind for name in entities["text"] if (kind := kinds[name]) is not None)
        print(f"| {corpus} | {entities.height} | " + " | ".join(str(counts[k]) for k in KINDS) + " |")
        if args.show:
            for name, kind in sorted(kinds.items(), key=lambda item: str(item[1])):
                if kind is not None:
                    print(f"    {kind}: {name!r}")


if __name__ == "__main__":
    main()
