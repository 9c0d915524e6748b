"""Packages an NLP worker hides from itself: installed, imported by its libraries if present, never used there.

A worker validates its stages' frames with pandera's polars API alone. pandera imports its pandas API (and with it
pandas, 0.24-0.29 CPU s) whenever pandas is installed, and its data-synthesis strategies import hypothesis (a dev
dependency, 0.09-0.10 CPU s) whenever that is installed; neither is used by a worker, and pandera supports polars-only
installs (it registers the built-in checks without pandas). Hidden, they cost two workers about 0.7 CPU s less per
run (``benchmarks/history/fixed-cost.md``, round 25). The parent process (the CLI, Great Expectations' pandas frames)
keeps them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType

WORKER_HIDDEN_PACKAGES = ("pandas", "hypothesis")
"""What an NLP worker does not import: pandas (pandera's pandas API) and hypothesis (pandera's strategies)."""


class HiddenPackages(MetaPathFinder):
    """Answers an import of a hidden package (or of one of its modules) as Python answers a package not installed."""

    def __init__(self, packages: Sequence[str]) -> None:
        self.packages = frozenset(packages)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname.partition(".")[0] not in self.packages:
            return None  # the next finder looks for it as usual
        # pandera tells a missing pandas from a broken one by this message's start: keep Python's wording first
        raise ModuleNotFoundError(f"No module named '{fullname}' (hidden in newsprep's NLP workers)", name=fullname)


def hide_packages(packages: Sequence[str]) -> bool:
    """Make ``packages`` unimportable in this process from now on; False when one of them is imported already
    (hiding it then would split the process between two answers, so nothing is hidden)."""
    if any(name.partition(".")[0] in packages for name in sys.modules):
        return False
    if not any(isinstance(finder, HiddenPackages) for finder in sys.meta_path):
        sys.meta_path.insert(0, HiddenPackages(packages))
    return True
