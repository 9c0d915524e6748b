"""Great Expectations Data Docs of a run, built offline into ``<out>/_quality/`` (static HTML).

The quality suites run in an ephemeral GX context, whose stores live in memory. To render them, the run's
validation results and suites are put into that context's in-memory stores and a filesystem Data Docs site is
added for the build (GX 1.x: ``add_data_docs_site`` + ``build_data_docs``); nothing else is written. The site
is built into a temporary folder and swapped in, so ``_quality/`` always holds one whole run.

The GX pages load Bootstrap, fonts and scripts from CDNs and the vendor's logo: they need a network to look
right. The page meant for offline reading is ``report.html`` (``newsprep.report``).
"""

from __future__ import annotations

import copy
import html
import logging
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

SITE_NAME = "newsprep_quality"
RUN_NAME = "newsprep"


def _escaped(value: Any) -> Any:
    """Strings HTML-escaped, recursively. GX 1.24's Data Docs put unexpected values into the page unescaped,
    and those values can come from article text."""
    if isinstance(value, str):
        return html.escape(value)
    if isinstance(value, dict):
        return {key: _escaped(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_escaped(item) for item in value)
    return value


def _defanged(validation: Any) -> Any:
    safe = copy.deepcopy(validation)
    for outcome in safe.results:
        outcome.result = _escaped(outcome.result)
    return safe


def _site_config(base_directory: Path) -> dict[str, Any]:
    return {
        "class_name": "SiteBuilder",
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(base_directory)},
    }


def _swap_in(built: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    os.replace(built, target)
    shutil.rmtree(old, ignore_errors=True)


def build_data_docs(context: Any, validations: Sequence[tuple[Any, Any, str]], target: Path) -> Path | None:
    """Render ``(suite, validation result, batch id)`` triples of one run as a Data Docs site in ``target``.

    Returns the site's ``index.html``, or None when GX could not build it: the docs are a view of the checks,
    so a rendering error is logged and does not stop the run (the checks themselves already ran).
    """
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    building = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    try:
        sites = context.list_data_docs_sites()
        if SITE_NAME in sites:
            context.update_data_docs_site(SITE_NAME, _site_config(building))
        else:
            context.add_data_docs_site(SITE_NAME, _site_config(building))
        run_id = RunIdentifier(run_name=RUN_NAME)
        for suite, validation, batch_id in validations:
            key = ValidationResultIdentifier(
                expectation_suite_identifier=ExpectationSuiteIdentifier(name=suite.name),
                run_id=run_id,
                batch_identifier=batch_id,
            )
            context.validation_results_store.store_validation_results(_defanged(validation), key)
            context.suites.add_or_update(suite)
        context.build_data_docs(site_names=[SITE_NAME])
        _swap_in(building, target)
    except Exception:  # a bug in GX's renderers must not fail a run whose checks passed
        logger.warning("Great Expectations Data Docs were not built into %s", target, exc_info=True)
        shutil.rmtree(building, ignore_errors=True)
        return None
    return target / "index.html"
