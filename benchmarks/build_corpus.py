"""Build a benchmark corpus of raw files in the scraped shape from the aeb article bodies.

usage: python benchmarks/build_corpus.py --articles 2000 --out /tmp/newsprep-bench/corpus-2000 [--seed 7]

Each file is a synthetic headline, then 0 to 3 photo caption blocks in the scraped NPR shape (caption, credit,
blank lines, "hide caption", "toggle caption", credit, caption, credit) placed before or between the body's
paragraphs, then a made-up contributor line. The bodies are the 181 real article bodies of
``../shared/corpus/aeb/ground-truth.json``, cycled; headlines, captions and credits are generated here and
never taken from the corpus. The output is deterministic for a given seed and must live outside the repository
(the corpus text is not ours to commit).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GROUND_TRUTH = REPO.parent / "shared" / "corpus" / "aeb" / "ground-truth.json"

_SUBJECTS = (
    "City council", "State regulators", "Local farmers", "Transit officials", "A federal judge", "School board",
    "Hospital workers", "Port authority", "Tech startups", "Fishing crews", "Museum curators", "Rail union",
    "County health office", "Wildfire crews", "Small bakeries", "Housing advocates", "Water district",
    "University researchers", "Airline pilots", "Library staff",
)  # fmt: skip
_VERBS = (
    "weighs", "rejects", "backs", "delays", "expands", "questions", "funds", "revisits", "pauses", "defends",
    "tests", "unveils", "trims", "doubles", "reviews",
)  # fmt: skip
_OBJECTS = (
    "new harbor plan", "bus fare changes", "flood barrier budget", "downtown zoning rules", "solar farm lease",
    "night market permits", "bridge repair schedule", "drought relief fund", "clinic expansion", "bike lane map",
    "teacher pay deal", "river cleanup contract", "broadband rollout", "ferry timetable", "tree planting drive",
)  # fmt: skip
_TAILS = (
    "after long debate", "amid rising costs", "as deadline nears", "despite objections", "for the third time",
    "ahead of winter", "in close vote", "after public outcry", "with new partners", "as residents wait",
    "under pressure", "before summer", "in surprise move", "after audit", "at packed meeting",
)  # fmt: skip
_CAPTION_WHO = (
    "Volunteers", "Commuters", "Workers", "Residents", "Students", "Shoppers", "Officials", "Fishermen",
    "Nurses", "Protesters",
)  # fmt: skip
_CAPTION_DOING = (
    "gather near the old pier", "wait for a delayed train", "sort donated food", "walk past a shuttered store",
    "unload crates at dawn", "line up outside a clinic", "inspect a damaged levee", "set up market stalls",
    "listen to a briefing", "clear debris from a road",
)  # fmt: skip
_CAPTION_WHEN = ("on Monday", "on Tuesday", "last week", "earlier this month", "on Friday", "in March", "at dusk")
_GIVEN = ("Mara", "Tomas", "Lena", "Oskar", "Priya", "Dario", "Ines", "Kofi", "Wren", "Yuki", "Basil", "Noor")
_FAMILY = ("Halvorsen", "Quill", "Ambrose", "Vasko", "Delacroix", "Okafor", "Lindqvist", "Marchetti", "Tan", "Rook")
_AGENCIES = ("AP", "Getty Images", "Reuters", "AFP via Getty Images", "Bloomberg via Getty Images", "for NPR")


@dataclass(frozen=True, slots=True)
class Article:
    """One generated raw file: its unique name, its bytes and the words of its body (whitespace tokens)."""

    name: str
    text: str
    body_words: int


def work_dir_outside_repo(parser: argparse.ArgumentParser, work_dir: Path) -> Path:
    """A benchmark's ``--work-dir``, resolved and created; an argument error when it lies inside the repository (it
    will hold corpus text, which is not ours to commit)."""
    resolved = work_dir.resolve()
    if resolved.is_relative_to(REPO):
        parser.error("--work-dir must be outside the repository (the corpus text is not ours to commit)")
    resolved.mkdir(parents=True, exist_ok=True)
    return resolved


def load_bodies(path: Path = GROUND_TRUTH) -> list[str]:
    """The aeb article bodies, in id order (stable across runs)."""
    records = json.loads(path.read_text(encoding="utf-8"))
    return [records[key]["articleBody"].strip() for key in sorted(records)]


def _headline(rng: random.Random, seen: set[str]) -> str:
    while True:
        parts = (rng.choice(_SUBJECTS), rng.choice(_VERBS), rng.choice(_OBJECTS), rng.choice(_TAILS))
        headline = " ".join(parts)
        if headline not in seen:
            seen.add(headline)
            return headline


def _credit(rng: random.Random) -> str:
    return f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}/{rng.choice(_AGENCIES)}"


def _caption_block(rng: random.Random) -> str:
    caption = f"{rng.choice(_CAPTION_WHO)} {rng.choice(_CAPTION_DOING)} {rng.choice(_CAPTION_WHEN)}."
    credit = _credit(rng)
    # The scraped NPR shape: caption, credit, blank lines, hide caption, toggle caption, credit, caption, credit.
    return f"{caption}\n\n{credit}\n\n\nhide caption\n\ntoggle caption\n\n{credit}\n\n{caption}\n\n{credit}"


def _paragraphs(body: str) -> list[str]:
    return [p.strip() for p in body.replace("\r\n", "\n").split("\n\n") if p.strip()]


def make_article(index: int, body: str, rng: random.Random, seen: set[str]) -> Article:
    headline = _headline(rng, seen)
    paragraphs = _paragraphs(body)
    blocks = [_caption_block(rng) for _ in range(rng.randint(0, 3))]
    # The first block (if any) sits under the headline, the others between paragraphs.
    slots = sorted(rng.sample(range(1, len(paragraphs)), min(len(blocks) - 1, len(paragraphs) - 1))) if blocks else []
    parts = [headline]
    if blocks:
        parts.append(blocks[0])
    rest = blocks[1:]
    for i, paragraph in enumerate(paragraphs):
        if rest and slots and i == slots[0]:
            parts.append(rest.pop(0))
            slots.pop(0)
        parts.append(paragraph)
    parts.append(f"By {rng.choice(_GIVEN)} {rng.choice(_FAMILY)}")
    slug = "-".join(headline.lower().split()[:4])
    return Article(f"{index:06d}-{slug}.txt", "\n\n".join(parts) + "\n", len(body.split()))


def generate(count: int, *, seed: int = 7, bodies: list[str] | None = None) -> list[Article]:
    """``count`` articles, deterministic for a seed; bodies cycle in id order."""
    bodies = bodies if bodies is not None else load_bodies()
    rng = random.Random(seed)
    seen: set[str] = set()
    return [make_article(i, bodies[i % len(bodies)], rng, seen) for i in range(count)]


def build_corpus(count: int, out_dir: Path, *, seed: int = 7) -> dict[str, int]:
    """Write ``count`` raw files to ``out_dir`` (replaced); returns the file and body word counts."""
    out_dir = out_dir.resolve()
    if out_dir.is_relative_to(REPO):
        raise SystemExit(f"refusing to write the corpus inside the repository: {out_dir}")
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    words = 0
    for article in generate(count, seed=seed):
        (out_dir / article.name).write_text(article.text, encoding="utf-8")
        words += article.body_words
    summary = {"articles": count, "body_words": words, "seed": seed}
    # Hidden, so newsprep's inventory skips it; the benchmark reads the word count from here.
    (out_dir / ".corpus.json").write_text(json.dumps(summary) + "\n", encoding="utf-8")
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True, help="folder outside the repository")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(json.dumps(build_corpus(args.articles, args.out, seed=args.seed)))


if __name__ == "__main__":
    main()
