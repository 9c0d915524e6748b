"""What a warm runner loads as it starts: every import of a run and the default model, and what the last warm run
imported beyond them (``newsprep.warm.runner``)."""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from pathlib import Path
from typing import Any

from newsprep.warm.loaded import Stamps

RUN_MODULES = (
    "newsprep.cli.app",
    "newsprep.cli.run",
    "newsprep.run.flow",
    "newsprep.quality.suites",
    "newsprep.quality.docs",
    "newsprep.report",
)
"""What a run imports: the CLI, Prefect and the flow with every stage (pandera, polars, spaCy), the whole run's suites
(Great Expectations, imported first as a cold run imports it: ``quality.suites.import_suite_modules``), the report."""
MODULES_FILE = "runner-modules.txt"


def newsprep_roots() -> tuple[str, ...]:
    """The newsprep package's folders, found without importing it."""
    import importlib.util

    spec = importlib.util.find_spec("newsprep")
    folders = spec.submodule_search_locations if spec is not None else None
    return tuple(str(Path(folder).resolve()) for folder in folders or ())


def load_everything(api_url: str, code_roots: tuple[str, ...], code: Stamps, state_dir: Path) -> Any:
    """Import what a run imports and load what its stages load; what was loaded (``LoadedRunner``). ``code``: the
    package's files as stamped before the imports (a file saved meanwhile makes the runner stale at once)."""
    from newsprep.startup import pause_collection, resume_collection

    pause_collection()
    from newsprep.config import offline_environment

    offline_environment()  # as the CLI sets it (PREFECT_HOME is serve.sh's; the run reads the caller's again)
    from newsprep.quality.suites import import_suite_modules

    import_suite_modules()  # as a cold run does: SciPy's statistics stay deferred
    for module in RUN_MODULES:
        importlib.import_module(module)
    import_what_runs_imported(state_dir)
    import spacy

    from newsprep.nlp import DEFAULT_MODEL, load_pipeline
    from newsprep.text.given_names import read_given_names
    from newsprep.warm.loaded import LoadedRunner, import_environment, model_files

    nlp = load_pipeline(DEFAULT_MODEL)
    read_given_names()
    package_dir = Path(spacy.util.get_package_path(DEFAULT_MODEL))
    loaded = LoadedRunner(
        code_roots=code_roots,
        code=code,
        model_name=DEFAULT_MODEL,
        model_version=str(nlp.meta.get("version", "?")),
        model_files=model_files(package_dir),
        prefix=sys.prefix,
        api_url=api_url,
        import_environment=import_environment(os.environ),
    )
    resume_collection()  # freezes what is loaded: the run's rounds scan only what it makes
    return loaded


def import_what_runs_imported(state_dir: Path) -> None:
    """Import too what the last warm run imported beyond ``RUN_MODULES`` (``MODULES_FILE``: the libraries' own lazy
    imports, such as Prefect's of FastAPI's encoders and graphviz when a flow is called): the next run then imports
    next to nothing. A name that no longer imports is skipped."""
    try:
        names = (state_dir / MODULES_FILE).read_text(encoding="utf-8").split()
    except OSError:
        return
    for name in names:
        if name in sys.modules:
            continue
        try:
            importlib.import_module(name)
        except Exception:  # a module of an older environment, or one that imports only in a run
            continue


def record_what_the_run_imported(state_dir: Path, names: set[str]) -> None:
    """Add them to ``MODULES_FILE`` for the next runners (``import_what_runs_imported``); written whole or not at
    all. Added, not replaced: a run in a runner that had imported them imports none of them again."""
    path, staging = state_dir / MODULES_FILE, state_dir / f".{MODULES_FILE}.{os.getpid()}"
    with contextlib.suppress(OSError):
        known = set(path.read_text(encoding="utf-8").split()) if path.exists() else set()
        every = sorted(known | {name for name in names if not name.startswith("__main__")})
        staging.write_text("\n".join(every) + "\n", encoding="utf-8")
        os.replace(staging, path)
