"""ORG entities that are a person's surname in the same document (issue 17): "Trump" published as an ORG in a story
that names "Donald Trump".

usage: python benchmarks/surname_orgs.py OUT_DIR [--examples N]

OUT_DIR is a published newsprep output folder. An ORG entity counts when its name (without case or periods) is the
last word of a PERSON entity's name of two words or more in the same document. Prints one JSON line: the count, the
documents they are in, and the ORG mentions they hold; then up to N examples.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import polars as pl


def _key(name: str) -> str:
    return " ".join(name.casefold().replace(".", "").replace("’", "'").split())


def surname_orgs(entities: pl.DataFrame) -> pl.DataFrame:
    """The ORG rows of ``entities`` (doc_id, text, label, mention_count) whose name is a surname of a PERSON row of
    the same document."""
    surnames = {
        (doc, _key(text).split()[-1])
        for doc, text, label in entities.select("doc_id", "text", "label").iter_rows()
        if label == "PERSON" and len(_key(text).split()) >= 2
    }
    keep = [
        label == "ORG" and (doc, _key(text)) in surnames
        for doc, text, label in entities.select("doc_id", "text", "label").iter_rows()
    ]
    return entities.filter(pl.Series(keep, dtype=pl.Boolean))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--examples", type=int, default=10)
    args = parser.parse_args()
    found = surname_orgs(pl.read_parquet(args.out / "entities.parquet"))
    print(
        json.dumps(
            {
                "surname_org_entities": found.height,
                "documents": found["doc_id"].n_unique(),
                "mentions": int(found["mention_count"].sum()),
            }
        )
    )
    for text, count in found.group_by("text").len().sort("len", descending=True).head(args.examples).iter_rows():
        print(f"{count:4d}  ORG {text}")


if __name__ == "__main__":
    main()
