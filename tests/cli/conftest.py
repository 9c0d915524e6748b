"""Fixtures shared by the command line's tests."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture
def collector_restored() -> Iterator[None]:
    """The collector as the test found it, and nothing left frozen, whatever the test paused, froze or resumed."""
    running = gc.isenabled()
    yield
    gc.unfreeze()
    if running:
        gc.enable()
    else:
        gc.disable()
