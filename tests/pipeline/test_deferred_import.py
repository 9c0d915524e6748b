"""``defer_import``: a module GX imports but the suites never use loads only on its first use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
sys.path.insert(0, sys.argv[1])
from newsprep.quality.suites import defer_import
import invented_pkg.marker as marker
defer_import("invented_pkg.heavy")
from invented_pkg import heavy
print("imported:", marker.loaded)
print("value:", heavy.VALUE)
print("used:", marker.loaded)
defer_import("invented_pkg.absent")
defer_import("absent_package.module")
print("absent: fine")
"""


def test_a_deferred_module_loads_on_first_use(tmp_path: Path) -> None:
    package = tmp_path / "invented_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "marker.py").write_text("loaded = False\n")
    (package / "heavy.py").write_text("from invented_pkg import marker\nmarker.loaded = True\nVALUE = 42\n")
    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == [
        "imported: False",
        "value: 42",
        "used: True",
        "absent: fine",
    ]


RUN_IMPORTS_PROBE = """
import sys
from newsprep.cli.run import _import_run_modules
_import_run_modules(with_suites=True)
print("great_expectations" in sys.modules, "scipy.stats._stats_py" in sys.modules)
"""


def test_a_run_checking_in_its_own_process_imports_gx_without_scipy_statistics() -> None:
    """The CLI's imports before a flow whose suites run in its own process (a temporary server, a large run) defer
    SciPy's statistics as the checker's do."""
    done = subprocess.run([sys.executable, "-c", RUN_IMPORTS_PROBE], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "False"]
