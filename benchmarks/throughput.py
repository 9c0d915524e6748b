"""Throughput of newsprep against bare spaCy NER and an analyst's textacy script, on one generated corpus.

usage: python benchmarks/throughput.py --articles 2000 --out /tmp/bench.json
       python benchmarks/throughput.py --memory 1000,10000 --out /tmp/memory.json
       python benchmarks/throughput.py --articles 500 --no-peer --server temporary,warm,cold --out /tmp/served.json

In one invocation, on the same corpus (built by ``build_corpus.py`` under ``--work-dir``, outside the repo), each
arm in its own subprocess so its peak memory is its own:

- ``baseline``: bare ``nlp.pipe`` over the raw files with only the ``ner`` component, at the best
  ``n_process``/``batch_size``/matrix library of a small grid tried on a sample first (``blis``: thinc's default;
  ``numpy``: NumPy's OpenBLAS, the one newsprep uses; one BLAS thread per process when ``n_process`` > 1);
- ``peer``: the analyst's script: full spaCy (every component) plus textacy ``direct_quotations``, one process,
  thinc's defaults; with ``--peer-numpy`` also the same script on NumPy's BLAS (``peer_numpy``), for comparison;
- ``newsprep``: ``newsprep run CORPUS --out OUT`` as a user types it, from raw files to published tables; then a
  no-change rerun, and (unless ``--quick``) a run on a one-article corpus for the start-up time; once per
  ``--server`` mode (``served.py``): with Prefect's temporary server (the default, arm ``newsprep``), or on the
  server ``scripts/serve.sh`` starts for the run's clone, handed to its warm runner (``newsprep_warm``) or cold
  with ``NEWSPREP_WARM_RUNNER=0`` as a deployment's run (``newsprep_cold``). Each run's ``prefect`` line is in the
  result, and a run on another server than its mode's stops the benchmark.

Words are the whitespace tokens of the article bodies (captions, headlines and credits not counted), the same
numerator for every arm. The baseline and peer times leave out the model load; newsprep's is the whole command.
Peak RSS is the largest sum of resident memory over the arm's process tree (sampled every 0.1 s; shared pages
counted once per process; psutil walks the tree), beside the largest single process (from ``wait4``, so Unix only),
and peak PSS the largest sum of proportional set sizes (shared pages divided among their sharers; every 0.5 s).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


from build_corpus import build_corpus, work_dir_outside_repo
from newsprep_arm import newsprep_arms, newsprep_ratios, run_newsprep
from process_measure import load_average, measure
from served import parse_modes

DEFAULT_GRID = ("1:64:blis", "2:16:blis", "1:64:numpy", "2:16:numpy", "2:64:numpy")
QUICK_GRID = ("1:16:numpy",)
# Every component but ner: the model's ner embeds its own tok2vec, the shared one feeds only the tagger and parser.
NER_ONLY_EXCLUDED = ("tok2vec", "parser", "lemmatizer", "tagger", "attribute_ruler", "senter")


# --- arms run in their own process ---------------------------------------------------------------------------


def _raw_texts(corpus: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]


def _load_model(ops: str, **load_options: Any) -> Any:
    """The model with its matrix products on ``ops``: "blis" (thinc's default) or "numpy" (NumPy's OpenBLAS)."""
    import spacy
    from thinc.api import use_ops

    from newsprep.nlp import DEFAULT_MODEL

    if ops not in ("blis", "numpy"):
        raise SystemExit(f"unknown matrix library {ops!r}: blis or numpy")
    with use_ops("numpy", use_blis=ops == "blis"):
        return spacy.load(DEFAULT_MODEL, **load_options)


def _pipe_seconds(nlp: Any, texts: list[str], n_process: int, batch_size: int) -> tuple[float, int]:
    from threadpoolctl import threadpool_limits

    started = time.perf_counter()
    entities = 0
    # Several processes on two cores: one BLAS thread each (the forked processes inherit the limit).
    with threadpool_limits(limits=1 if n_process > 1 else None, user_api="blas"):
        for doc in nlp.pipe(texts, n_process=n_process, batch_size=batch_size):
            entities += len(doc.ents)
    return time.perf_counter() - started, entities


def _setting(setting: str) -> tuple[int, int, str]:
    n_process, batch_size, ops = setting.split(":")
    return int(n_process), int(batch_size), ops


def arm_baseline(corpus: Path, words: int, grid: list[str], sample: int) -> dict[str, Any]:
    """Bare NER: the best grid setting on a sample, then the whole corpus with it."""
    load_started = time.perf_counter()
    models = {ops: _load_model(ops, exclude=list(NER_ONLY_EXCLUDED)) for ops in sorted({_setting(s)[2] for s in grid})}
    load_seconds = (time.perf_counter() - load_started) / len(models)
    texts = _raw_texts(corpus)
    tried: dict[str, float] = {}
    if len(grid) > 1:
        head = texts[:sample]
        head_words = sum(len(t.split()) for t in head)
        for setting in grid:
            n_process, batch_size, ops = _setting(setting)
            seconds, _ = _pipe_seconds(models[ops], head, n_process, batch_size)
            tried[setting] = round(head_words / seconds)
    best = max(tried, key=lambda s: tried[s]) if tried else grid[0]
    n_process, batch_size, ops = _setting(best)
    nlp = models[ops]
    seconds, entities = _pipe_seconds(nlp, texts, n_process, batch_size)
    return {
        "what": f"bare nlp.pipe, components {nlp.pipe_names}, raw file text",
        "n_process": n_process,
        "batch_size": batch_size,
        "matrix_library": ops,
        "grid_words_per_second": tried,
        "grid_sample_articles": min(sample, len(texts)) if tried else 0,
        "seconds": round(seconds, 2),
        "model_load_seconds": round(load_seconds, 2),
        "words_per_second": round(words / seconds, 1),
        "entities": entities,
    }


def arm_peer(corpus: Path, words: int, ops: str) -> dict[str, Any]:
    """The analyst's script: every spaCy component, textacy's direct quotations, one process."""
    from textacy.extract.triples import direct_quotations

    load_started = time.perf_counter()
    nlp = _load_model(ops)
    load_seconds = time.perf_counter() - load_started
    texts = _raw_texts(corpus)
    started = time.perf_counter()
    quotes = entities = failed = 0
    for doc in nlp.pipe(texts, batch_size=64):
        entities += len(doc.ents)
        try:
            quotes += len(list(direct_quotations(doc)))
        except Exception:  # textacy raises on an odd number of quote marks and loses the document
            failed += 1
    seconds = time.perf_counter() - started
    return {
        "what": f"full spaCy {nlp.pipe_names} + textacy.extract.direct_quotations, 1 process, raw file text",
        "matrix_library": ops,
        "seconds": round(seconds, 2),
        "model_load_seconds": round(load_seconds, 2),
        "words_per_second": round(words / seconds, 1),
        "quotes": quotes,
        "entities": entities,
        "documents_lost_by_textacy": failed,
    }


def _run_arm_in_subprocess(arm: str, corpus: Path, words: int, extra: list[str], result: Path) -> dict[str, Any]:
    command = [sys.executable, __file__, "_arm", arm, "--corpus", str(corpus), "--words", str(words)]
    command += ["--result", str(result), *extra]
    load_before = load_average()
    done = measure(command)
    if done.returncode != 0:
        raise SystemExit(f"arm {arm} failed ({done.returncode}):\n{done.stdout[-4000:]}")
    figures: dict[str, Any] = json.loads(result.read_text(encoding="utf-8"))
    figures.update(
        peak_rss_mb=done.peak_rss_mb,
        max_process_rss_mb=done.max_process_rss_mb,
        peak_pss_mb=done.peak_pss_mb,
        process_seconds=round(done.seconds, 2),
        process_cpu_seconds=done.cpu_seconds,
        load_average_before=load_before,
        load_average_after=load_average(),
    )
    return figures


def memory_comparison(sizes: list[int], work_dir: Path, seed: int) -> dict[str, Any]:
    """Peak RSS of ``newsprep run`` on each corpus size (fresh output each), and the ratio last/first."""
    runs: dict[str, Any] = {}
    for size in sizes:
        corpus = work_dir / f"corpus-{size}"
        summary = build_corpus(size, corpus, seed=seed)
        out = work_dir / f"out-memory-{size}"
        shutil.rmtree(out, ignore_errors=True)
        figures = run_newsprep(corpus, out, work_dir)
        figures["words_per_second"] = round(summary["body_words"] / figures["seconds"], 1)
        runs[str(size)] = figures
    first, last = runs[str(sizes[0])], runs[str(sizes[-1])]
    return {
        "runs": runs,
        "peak_rss_ratio": round(last["peak_rss_mb"] / first["peak_rss_mb"], 3),
        "max_process_rss_ratio": round(last["max_process_rss_mb"] / first["max_process_rss_mb"], 3),
    }


def _host() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
        "load_average_at_start": load_average(),
    }


def benchmark(args: argparse.Namespace) -> dict[str, Any]:
    work_dir: Path = args.work_dir.resolve()
    work_dir.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {"host": _host(), "started_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    if args.articles:
        corpus = work_dir / f"corpus-{args.articles}"
        summary = build_corpus(args.articles, corpus, seed=args.seed)
        words = summary["body_words"]
        result.update(articles=args.articles, body_words=words, seed=args.seed, corpus=str(corpus))
        grid = list(QUICK_GRID if args.quick else args.grid.split(","))
        arms: dict[str, Any] = {}
        arms["baseline"] = _run_arm_in_subprocess(
            "baseline",
            corpus,
            words,
            ["--grid", ",".join(grid), "--sample", str(args.sample)],
            work_dir / "baseline.json",
        )
        if not args.no_peer:
            arms["peer"] = _run_arm_in_subprocess("peer", corpus, words, [], work_dir / "peer.json")
        if args.peer_numpy:
            arms["peer_numpy"] = _run_arm_in_subprocess(
                "peer", corpus, words, ["--ops", "numpy"], work_dir / "peer-numpy.json"
            )
        served = newsprep_arms(corpus, words, work_dir, args.server, quick=args.quick)
        if "make_serve_seconds" in served:
            result["make_serve_seconds"] = served.pop("make_serve_seconds")
        arms.update(served)
        result["arms"] = arms
        rate = {name: arm["words_per_second"] for name, arm in arms.items()}
        result["words_per_second"] = rate
        result["ratios"] = newsprep_ratios(arms, rate)
        result["peak_rss_mb"] = {name: arm["peak_rss_mb"] for name, arm in arms.items()}
        result["peak_pss_mb"] = {name: arm["peak_pss_mb"] for name, arm in arms.items()}
    if args.memory:
        result["memory"] = memory_comparison([int(n) for n in args.memory.split(",")], work_dir, args.seed)
    return result


def _server_modes(text: str) -> list[str]:
    try:
        return parse_modes(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=0, help="corpus size for the three arms (0: skip them)")
    parser.add_argument("--out", type=Path, required=True, help="JSON result")
    parser.add_argument("--work-dir", type=Path, default=Path("/tmp/newsprep-bench"), help="corpora and outputs")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--grid", default=",".join(DEFAULT_GRID), help="baseline n_process:batch_size:blis|numpy settings"
    )
    parser.add_argument("--peer-numpy", action="store_true", help="also run the peer's script on NumPy's BLAS")
    parser.add_argument("--no-peer", action="store_true", help="skip the peer's script (baseline and newsprep only)")
    parser.add_argument("--sample", type=int, default=200, help="articles the baseline grid is tried on")
    parser.add_argument("--quick", action="store_true", help="one baseline setting, no start-up run (smoke tests)")
    parser.add_argument("--memory", default="", help="corpus sizes for the memory comparison, e.g. 1000,10000")
    parser.add_argument("--prefect-home", type=Path, help="PREFECT_HOME for the newsprep runs (default: in work dir)")
    parser.add_argument(
        "--server",
        type=_server_modes,
        default=["temporary"],
        help="the newsprep arm's Prefect server, comma-separated modes run in that order: temporary (none running: "
        "newsprep starts Prefect's temporary server), warm (make serve's, its warm runner taking the run), cold "
        "(make serve's, NEWSPREP_WARM_RUNNER=0: a deployment's path)",
    )
    args = parser.parse_args()
    if args.prefect_home:
        os.environ["NEWSPREP_BENCH_PREFECT_HOME"] = str(args.prefect_home.resolve())
    if not args.articles and not args.memory:
        parser.error("give --articles, --memory or both")
    args.work_dir = work_dir_outside_repo(parser, args.work_dir)
    result = benchmark(args)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    shown = ("words_per_second", "ratios", "peak_rss_mb", "peak_pss_mb", "memory")
    print(json.dumps({k: result[k] for k in shown if k in result}))


def arm_main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("marker")
    parser.add_argument("arm", choices=("baseline", "peer"))
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--words", type=int, required=True)
    parser.add_argument("--result", type=Path, required=True)
    parser.add_argument("--grid", default="1:64:blis")
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--ops", default="blis", help="the peer's matrix library")
    args = parser.parse_args()
    if args.arm == "baseline":
        figures = arm_baseline(args.corpus, args.words, args.grid.split(","), args.sample)
    else:
        figures = arm_peer(args.corpus, args.words, args.ops)
    args.result.write_text(json.dumps(figures) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:2] == ["_arm"]:
        arm_main()
    else:
        main()
