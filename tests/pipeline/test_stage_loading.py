"""What a process loads ahead of its first batch (``newsprep.run.stages.loading``): every stage's code, so that an NLP
worker imports none of it as its first batch arrives."""

from __future__ import annotations

import subprocess
import sys

from newsprep.run.stages import STAGES

_LOADED = """
import sys
from newsprep.run.stages.loading import import_stage_modules
import_stage_modules()
print(*sorted(name for name in sys.modules if name.startswith("newsprep.")))
"""


def test_every_stage_module_is_imported_ahead_with_what_it_imports() -> None:
    shown = subprocess.run([sys.executable, "-c", _LOADED], capture_output=True, text=True, check=True).stdout.split()
    assert {stage.module for stage in STAGES} <= set(shown)
    assert {"newsprep.extract.entities", "newsprep.extract.quotes", "newsprep.extract.statistics"} <= set(shown)
