"""Each article's statistics as the newsprep first on the path finds them: {stem: [[char_start, text, measures]]}.

usage: PYTHONPATH=<a commit's src> python benchmarks/measures_phrases.py RAW > <set>.json

It imports only what every round's code has (clean, ingest, extract_statistics), so a commit's ``src`` taken with
``git archive`` (as ``measures_history.py`` takes it) can run it: ``measures_chooser.py --first-sight DIR`` reads one
file per set, written by each set's first-sight commit, and scores the chooser on those phrases.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsprep.clean import clean_article
from newsprep.extract.statistics import extract_statistics
from newsprep.ingest import DecodedText, decode_raw


def main() -> None:
    found = {}
    for path in sorted(Path(sys.argv[1]).iterdir()):
        decoded = decode_raw(path.read_bytes(), source_path=path.name, max_bytes=5_000_000)
        if isinstance(decoded, DecodedText):
            stats = extract_statistics(clean_article(decoded.text))
            found[path.stem] = [[s.char_start, s.text, s.measures] for s in stats]
    print(json.dumps(found))


if __name__ == "__main__":
    main()
