"""Quality: the run's data-quality checks, the Great Expectations suites of ``newsprep.schemas.expectations`` run
on check frames derived from the tables, and their Data Docs.

- ``frames``: pure polars: the published tables plus the derived columns each check asserts on.
- ``suites``: runs the suites (GX, imported lazily: it costs seconds) and turns the outcomes into ``CheckResult``.
- ``docs``: the GX Data Docs of a run, built offline into ``<out>/_quality/``.
- ``checker``: the suites in a process of their own, started as a small ``newsprep run`` starts, which imports GX
  on the other core while the run processes its documents.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsprep.quality.frames import check_frames
    from newsprep.quality.suites import (
        CheckResult,
        check_observed,
        check_record,
        contract_results,
        failed_critical,
        observed_summary,
        quality_rows,
        run_suites,
    )

__all__ = [
    "CheckResult",
    "check_frames",
    "check_observed",
    "check_record",
    "contract_results",
    "failed_critical",
    "observed_summary",
    "quality_rows",
    "run_suites",
]
_FROM_MODULE = {
    name: "newsprep.quality.frames" if name == "check_frames" else "newsprep.quality.suites" for name in __all__
}


def __getattr__(name: str) -> object:
    """The package's names, each imported from its module on first use: importing ``checker`` alone (the CLI
    starts it before its own imports) does not pull in polars and pandera."""
    if name not in _FROM_MODULE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_FROM_MODULE[name]), name)
