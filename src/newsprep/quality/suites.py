"""Run the Great Expectations suites of ``newsprep.schemas.expectations`` on the check frames of one run.

GX has no polars engine, so each check frame is handed over as pandas. GX is imported lazily (it costs
seconds) and runs in an ephemeral context: nothing leaves the machine, and nothing is written except the Data
Docs when the caller asks for them (``docs``).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from newsprep.config import offline_environment
from newsprep.schemas.expectations import CheckSpec, stage_suites


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One check's outcome; what it saw is a number (``observed_value``), a text for a person, or both."""

    stage: str
    check: str
    severity: str
    success: bool
    observed_value: float | None = None
    observed_text: str | None = None

    @property
    def observed(self) -> str | None:
        return observed_summary(self.observed_value, self.observed_text)


def observed_summary(value: float | None, text: str | None) -> str | None:
    """What a check saw, in one string for a person (the terminal, the report)."""
    shown = [f"{value:.4g}" if value is not None else None, text]
    return "; ".join(part for part in shown if part) or None


def check_observed(check: Mapping[str, Any]) -> str | None:
    """``observed_summary`` of a check recorded in a manifest (older manifests hold one ``observed`` string)."""
    if "observed_value" in check or "observed_text" in check:
        return observed_summary(check.get("observed_value"), check.get("observed_text"))
    legacy = check.get("observed")
    return None if legacy is None else str(legacy)


def _observed(result: Mapping[str, Any]) -> tuple[float | None, str | None]:
    """What GX saw: a measured number apart, failing examples (or a non-numeric observation) as short text."""
    value = result.get("observed_value")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value), None
    if value is not None:
        return None, str(value)
    if result.get("unexpected_count"):
        examples = result.get("partial_unexpected_index_list") or result.get("partial_unexpected_list") or []
        return None, f"{result['unexpected_count']} failing rows; e.g. {json.dumps(examples[:3], default=str)}"
    return None, None


SUITE_MODULES = (
    "great_expectations",
    "great_expectations.expectations",
    "great_expectations.core.run_identifier",
    "great_expectations.data_context.types.resource_identifiers",
)
"""What the suites and their Data Docs import (about 3 s): a checker process imports them as it starts
(``newsprep.quality.checker``), a run that checks in its own process before its flow (``newsprep.cli.run``)."""


def import_suite_modules() -> None:
    """Import ``SUITE_MODULES`` as the suites need them: after ``before_gx_import``, so that SciPy's statistics stay
    deferred (importing ``great_expectations`` first loaded them in full: about 1 s of one core)."""
    before_gx_import()
    for module in SUITE_MODULES:
        importlib.import_module(module)


def before_gx_import() -> None:
    """What must hold before Great Expectations is imported: no analytics, its loggers quiet, and SciPy's statistics
    loaded only if used."""
    offline_environment()  # also when the library is called without the CLI
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    defer_import(DEFERRED_MODULE)


DEFERRED_MODULE = "scipy.stats"
"""Imported by GX for expectations the suites do not use (a KL divergence, KS tests), only inside their functions:
a third of GX's import (about 1 s of 3). Its first use, if any, loads it."""


def defer_import(name: str) -> None:
    """Make ``name`` (a submodule, ``package.module``) a module that loads on its first attribute use (the standard
    library's ``importlib.util.LazyLoader``); nothing if it is loaded already or absent. ``from package import module``
    then binds it without loading it."""
    if name in sys.modules:
        return
    package, _, child = name.rpartition(".")
    try:
        spec = importlib.util.find_spec(name)
    except ImportError:
        return
    if spec is None or spec.loader is None:
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    if package:
        setattr(sys.modules[package], child, module)  # else the package's own __getattr__ would import it in full


def _gx_context() -> Any:
    before_gx_import()
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    # This module sets its own logger to INFO on import ("Created temporary directory ... for ephemeral docs site").
    logging.getLogger(ProgressBarsConfig.__module__).setLevel(logging.WARNING)

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return context


@dataclass(frozen=True)
class Validated:
    """What the Data Docs of a validation are rendered from: its GX context and ``(suite, result, batch id)``s."""

    context: Any
    validations: list[tuple[Any, Any, str]]


def run_suites(
    frames: Mapping[str, pl.DataFrame], *, min_speaker_share: float, data_docs_dir: Path | None = None
) -> list[CheckResult]:
    """Validate every stage's check frames; one result per check, in suite order.

    With ``data_docs_dir``, the validation results are also rendered there as GX Data Docs (static HTML).
    """
    results, validated = validate_suites(frames, min_speaker_share=min_speaker_share)
    if data_docs_dir is not None:
        build_suite_docs(validated, data_docs_dir)
    return results


def build_suite_docs(validated: Validated, data_docs_dir: Path) -> None:
    """The Data Docs of ``validate_suites``' validations, in ``data_docs_dir`` (a rendering error is logged)."""
    from newsprep.quality.docs import build_data_docs

    build_data_docs(validated.context, validated.validations, data_docs_dir)


def validate_suites(
    frames: Mapping[str, pl.DataFrame], *, min_speaker_share: float
) -> tuple[list[CheckResult], Validated]:
    """Validate every stage's check frames: one result per check, in suite order, and what their Data Docs are
    rendered from (``build_suite_docs``)."""
    import great_expectations as gx
    import great_expectations.expectations as gxe

    context = _gx_context()
    source = context.data_sources.add_pandas("newsprep")
    batches: dict[str, Any] = {}
    results: list[CheckResult] = []
    validations: list[tuple[Any, Any, str]] = []
    for stage, specs in stage_suites(min_speaker_share=min_speaker_share).items():
        by_frame: dict[str, list[CheckSpec]] = {}
        for spec in specs:
            by_frame.setdefault(spec.frame, []).append(spec)
        for frame_name, frame_specs in by_frame.items():
            frame = frames[frame_name]
            if frame.height == 0 and frame_specs[0].expectation != "ExpectTableRowCountToBeBetween":
                results.extend(CheckResult(s.stage, s.name, s.severity, True, None, "no rows") for s in frame_specs)
                continue
            if frame_name not in batches:
                asset = source.add_dataframe_asset(name=frame_name)
                definition = asset.add_batch_definition_whole_dataframe(f"{frame_name}-whole")
                batches[frame_name] = definition.get_batch(batch_parameters={"dataframe": frame.to_pandas()})
            suite = gx.ExpectationSuite(
                name=f"{stage}.{frame_name}",
                expectations=[getattr(gxe, s.expectation)(**s.kwargs, meta={"check": s.name}) for s in frame_specs],
            )
            validation = batches[frame_name].validate(suite, result_format="SUMMARY")
            validations.append((suite, validation, batches[frame_name].id))
            by_name = {s.name: s for s in frame_specs}
            for outcome in validation.results:
                spec = by_name[outcome.expectation_config.meta["check"]]
                value, text = _observed(outcome.result)
                results.append(CheckResult(spec.stage, spec.name, spec.severity, bool(outcome.success), value, text))
    return results, Validated(context, validations)


def contract_results(failures: Sequence[tuple[str, str]]) -> list[CheckResult]:
    """pandera contract outcomes as check results (one per table that failed)."""
    return [
        CheckResult("contract", f"{table} matches its pandera contract", "critical", False, None, detail[:2000])
        for table, detail in failures
    ]


def failed_critical(results: Sequence[CheckResult]) -> list[CheckResult]:
    return [r for r in results if r.severity == "critical" and not r.success]


def check_record(result: CheckResult) -> dict[str, Any]:
    """A check as a row of ``quality`` (without the run id) and as recorded in the run manifest."""
    return {
        "stage": result.stage,
        "check": result.check,
        "severity": result.severity,
        "success": result.success,
        "observed_value": result.observed_value,
        "observed_text": result.observed_text,
    }


def quality_rows(results: Sequence[CheckResult], *, run_id: str) -> list[dict[str, Any]]:
    return [{"run_id": run_id, **check_record(r)} for r in results]
