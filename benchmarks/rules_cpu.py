"""The CPU the rules stages and the run's end spend, in one process, on NER outputs computed once and kept.

usage:
  python benchmarks/rules_cpu.py --raw /tmp/corpus-500 --spans /tmp/spans-500.parquet [--repeats 3]
                                 [--profile-dir /tmp/rules-prof] [--json out.json]

The raw folder's files are cut into batches as a run cuts them (``even_batches`` of ``batch_size``, each cut again
into one sub-batch per NLP worker, ``--workers``), and every stage runs on each sub-batch as a worker runs it: its
work (``stage_work``: the records of the stages it reads built again from their frames, as a worker reads them from
the stage cache) and then its checks (``apply_checks``). The NER spans are computed once and kept in ``--spans``
(outside the repository; delete it when the model changes): later invocations, on this code or another checkout's,
skip the model. Each stage's work and checks are timed in CPU seconds (``time.process_time``, every thread of this
process), summed over the sub-batches, best of ``--repeats``.

Then the run's end as the CLI runs it after the last stage, on the batches' tables written to a staging folder:
the contracts (``conform_batches``: every table combined, validated, sorted; the corpus keys), the check frames and
the Great Expectations suites (``validate_suites``, here in this process, not the checker's), and the Data Docs.
GX is imported once before timing. With ``--profile-dir``, one more pass of each stage's work runs under
``cProfile`` (``<stage>.prof`` there) and its top functions by own time are printed.

Run it with another checkout's interpreter to measure that code (the script reads only ``newsprep``'s API as of
e810f12): ``/tmp/base/.venv/bin/python benchmarks/rules_cpu.py ...``. Polars runs on one thread unless
``POLARS_MAX_THREADS`` is set, as in the NLP workers (the CLI's end runs with the same setting here).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("POLARS_MAX_THREADS", "1")  # before polars is imported, as the NLP workers do

import polars as pl

from newsprep.config import PipelineSettings
from newsprep.ingest import RawFile, read_raw_files, take_inventory
from newsprep.run.plan import even_batches, plan_run
from newsprep.run.stages.assemble import batch_tables
from newsprep.run.stages.records import Frames
from newsprep.run.stages.state import BatchState, apply_checks, stage_work

RULES_STAGES = ("clean", "entities", "quotes", "statistics")
"""The stages timed; ``ingest`` and ``nlp`` run once to make their inputs."""
SubBatch = tuple[dict[str, str], dict[str, bytes]]
"""A worker's share of a batch: doc id -> source path (in order), doc id -> the file's bytes."""


def sub_batches(raw_dir: Path, *, batch_size: int, workers: int) -> list[SubBatch]:
    """The raw folder's readable files cut as a run cuts them: batches, then one sub-batch per worker."""
    inventory = take_inventory(raw_dir)
    files = [f for f in read_raw_files(raw_dir, list(inventory.entries)) if isinstance(f, RawFile)]
    cut = []
    for batch in even_batches(files, batch_size=batch_size, workers=workers):
        for part in even_batches(batch, batch_size=max(len(batch), 1), workers=workers):
            cut.append(({f.doc_id: f.source_path for f in part}, {f.doc_id: f.data for f in part}))
    return cut


def _stage_output(stage: str, state: BatchState, settings: PipelineSettings) -> Frames:
    frames, _ = stage_work(stage)(state, settings)
    return apply_checks(stage, state, frames, settings)


def _spans_of(state: BatchState, spans: pl.DataFrame, rejects: pl.DataFrame) -> Frames:
    docs = list(state.paths)
    return {
        "spans": spans.filter(pl.col("doc_id").is_in(docs)),
        "rejects": rejects.filter(pl.col("doc_id").is_in(docs)),
        "checks": pl.DataFrame(),
    }


def prepared_states(parts: Sequence[SubBatch], settings: PipelineSettings, spans_file: Path) -> list[BatchState]:
    """Each sub-batch through every stage once (NER from ``spans_file`` when it exists, else run and kept there)."""
    states = [BatchState(dict(paths), dict(raw)) for paths, raw in parts]
    for state in states:
        for stage in ("ingest", "clean"):
            state.frames[stage] = _stage_output(stage, state, settings)
    rejects_file = spans_file.with_suffix(".rejects.parquet")
    if not spans_file.is_file():
        outputs = [_stage_output("nlp", state, settings) for state in states]
        pl.concat([o["spans"] for o in outputs]).write_parquet(spans_file)
        pl.concat([o["rejects"] for o in outputs]).write_parquet(rejects_file)
    spans, rejects = pl.read_parquet(spans_file), pl.read_parquet(rejects_file)
    for state in states:
        state.frames["nlp"] = _spans_of(state, spans, rejects)
        for stage in ("entities", "quotes", "statistics"):
            state.frames[stage] = _stage_output(stage, state, settings)
    return states


def _fresh(state: BatchState, stage: str) -> BatchState:
    """The sub-batch as a worker holds it when the stage starts: the checked frames before it, no records."""
    from newsprep.run.stages.registry import STAGE_NAMES

    before = STAGE_NAMES[: STAGE_NAMES.index(stage)]
    return BatchState(dict(state.paths), dict(state.raw), {s: state.frames[s] for s in before})


def _cpu(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def stage_cpu(stage: str, states: Sequence[BatchState], settings: PipelineSettings) -> tuple[float, float]:
    """One pass of a stage over every sub-batch: CPU s of its work, CPU s of its checks."""
    work = checks = 0.0
    for state in states:
        fresh = _fresh(state, stage)
        start = time.process_time()
        frames, _ = stage_work(stage)(fresh, settings)
        middle = time.process_time()
        apply_checks(stage, fresh, frames, settings)
        work, checks = work + middle - start, checks + time.process_time() - middle
    return work, checks


def profile_stage(stage: str, states: Sequence[BatchState], settings: PipelineSettings, folder: Path) -> str:
    """One pass of a stage's work under cProfile, kept in ``folder``; its top 25 functions by own time."""
    profiler = cProfile.Profile()
    for state in states:
        fresh = _fresh(state, stage)
        profiler.runcall(stage_work(stage), fresh, settings)
    profiler.dump_stats(folder / f"{stage}.prof")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
    return out.getvalue()


def write_staging(states: Sequence[BatchState], folder: Path) -> list[Path]:
    """The sub-batches' tables as a run's staging folder holds them, one folder per sub-batch."""
    dirs = []
    for n, state in enumerate(states):
        target = folder / f"batch-{n:05d}"
        target.mkdir(parents=True, exist_ok=True)
        for table, frame in batch_tables(state).items():
            frame.write_parquet(target / f"{table}.parquet")
        dirs.append(target)
    return dirs


def end_cpu(batch_dirs: Sequence[Path], raw_dir: Path, settings: PipelineSettings, docs_dir: Path) -> dict[str, float]:
    """One pass of the run's end: contracts, check frames, suites, Data Docs (CPU s each)."""
    from newsprep.quality import check_frames
    from newsprep.quality.suites import build_suite_docs, validate_suites
    from newsprep.run.steps import conform_batches

    inventory = take_inventory(raw_dir)
    plan = plan_run(inventory, run_id="rules-cpu", settings=settings)
    held: dict[str, object] = {}
    figures = {
        "contracts": _cpu(lambda: held.update(conformed=conform_batches(batch_dirs, plan)[0])),
        "check_frames": _cpu(
            lambda: held.update(frames=check_frames(held["conformed"], input_count=inventory.input_count))  # type: ignore[arg-type]
        ),
        "suites": _cpu(
            lambda: held.update(
                validated=validate_suites(held["frames"], min_speaker_share=settings.min_speaker_share)[1]  # type: ignore[arg-type]
            )
        ),
        "data_docs": _cpu(lambda: build_suite_docs(held["validated"], docs_dir)),  # type: ignore[arg-type]
    }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw", type=Path, required=True, help="raw folder (build_corpus.py's, outside the repo)")
    parser.add_argument("--spans", type=Path, required=True, help="Parquet of the NER spans, made on first use")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2, help="NLP workers a batch is cut for")
    parser.add_argument("--profile-dir", type=Path, help="keep each stage's cProfile here and print its top")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    parser.add_argument("--stages", nargs="+", choices=RULES_STAGES, default=list(RULES_STAGES), help="time these")
    parser.add_argument("--no-end", action="store_true", help="leave out the run's end (contracts, suites, docs)")
    args = parser.parse_args()
    settings = PipelineSettings(raw_dir=args.raw)
    parts = sub_batches(args.raw, batch_size=settings.batch_size, workers=args.workers)
    states = prepared_states(parts, settings, args.spans)
    print(f"{sum(len(p) for p, _ in parts)} documents in {len(parts)} sub-batches", file=sys.stderr)
    figures: dict[str, dict[str, float]] = {}
    for stage in args.stages:
        runs = [stage_cpu(stage, states, settings) for _ in range(args.repeats)]
        figures[stage] = {"work": min(r[0] for r in runs), "checks": min(r[1] for r in runs)}
    if not args.no_end:
        figures["end"] = _end_figures(states, args.raw, settings, args.repeats)
    _print(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    if args.profile_dir:
        args.profile_dir.mkdir(parents=True, exist_ok=True)
        for stage in args.stages:
            print(f"\n=== {stage} ===\n{profile_stage(stage, states, settings, args.profile_dir)}")


def _end_figures(
    states: Sequence[BatchState], raw_dir: Path, settings: PipelineSettings, repeats: int
) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="rules-cpu-") as scratch:
        batch_dirs = write_staging(states, Path(scratch) / "staging")
        from newsprep.quality.suites import import_suite_modules

        import_suite_modules()
        ends = [end_cpu(batch_dirs, raw_dir, settings, Path(scratch) / "docs") for _ in range(repeats)]
    return {part: min(e[part] for e in ends) for part in ends[0]}


def _print(figures: dict[str, dict[str, float]]) -> None:
    stages = [stage for stage in RULES_STAGES if stage in figures]
    print("CPU s, best of the repeats")
    for stage in stages:
        print(f"  {stage:<11} work {figures[stage]['work']:.3f}  checks {figures[stage]['checks']:.3f}")
    print(
        f"  stages sum  work {sum(figures[s]['work'] for s in stages):.3f}"
        f"  checks {sum(figures[s]['checks'] for s in stages):.3f}"
    )
    if "end" in figures:
        print("  end         " + "  ".join(f"{k} {v:.3f}" for k, v in figures["end"].items()))


if __name__ == "__main__":
    main()
