"""What installing newsprep brings: one top-level package, light to import, never importing the deployment folder."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from newsprep.run.provenance import PACKAGE_DIR, source_files
from tests.conftest import REPO_ROOT

HEAVY = ("prefect", "great_expectations", "spacy")


def test_importing_newsprep_imports_no_orchestrator_no_quality_suite_and_no_model() -> None:
    probe = "import sys, newsprep, newsprep.config, newsprep.model; print(sorted(m for m in HEAVY if m in sys.modules))"
    probe = f"HEAVY = {HEAVY!r}; {probe}"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    names |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    return names


PREFECT_WIRING = {
    "run/flow.py": "the flow",
    "run/batch_tasks.py": "the tasks of the stages, per batch, and each stage's check task",
    "run/alerts.py": "the alert automation make serve sets up",
    "warm/takeover.py": "a warm runner's run reads Prefect's settings again, from the caller's environment",
    "server_app/__init__.py": "the temporary server's app: Prefect's own factory, called in the server's process",
    "server_app/__main__.py": "the temporary server's process: Prefect's server package imported before uvicorn runs",
}
"""The only modules that import Prefect; the stages and the run's steps never do."""


def test_the_library_never_imports_the_deployment_folder_and_prefect_only_in_its_flow() -> None:
    for path in source_files():
        imported = _imported_modules(path)
        where = path.relative_to(PACKAGE_DIR).as_posix()
        assert not any(name == "flows" or name.startswith("flows.") for name in imported), where
        if where not in PREFECT_WIRING:
            assert not any(name == "prefect" or name.startswith(("prefect.", "prefect_dask")) for name in imported), (
                where
            )


@pytest.mark.slow
def test_the_wheel_puts_only_newsprep_at_the_top_of_site_packages(tmp_path: Path) -> None:
    uv = shutil.which("uv") or str(REPO_ROOT / ".tools" / "bin" / "uv")
    if not Path(uv).exists():
        pytest.skip("no uv to build with (make builds it into .tools/)")
    subprocess.run([uv, "build", "--quiet", "--out-dir", str(tmp_path)], cwd=REPO_ROOT, check=True, timeout=600)
    [wheel] = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {name.split("/")[0] for name in names} == {"newsprep", "newsprep-0.1.0.dist-info"}
    assert {"newsprep/schemas/tables.py", "newsprep/schemas/expectations.py", "newsprep/run/flow.py"} <= set(names)
    profiles = {
        f"newsprep/clean/profiles/{name}.toml" for name in ("npr", "ap", "reuters", "guardian", "bbc", "nyt", "cnn")
    }
    assert profiles <= set(names)  # the outlet profiles are package data: the cleaner reads them at start
