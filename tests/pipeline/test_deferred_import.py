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
