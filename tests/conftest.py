"""Test-wide settings: no telemetry, Prefect state kept inside the test session, bounded hypothesis runs."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from newsprep.config import offline_environment

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"

offline_environment(prefect_home=REPO_ROOT / ".prefect")

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def stop_prefect_events_worker() -> None:
    """Stop the events worker an in-process Prefect flow leaves behind, if one ran in this test session.

    Its websocket to the server sends a keepalive ping every few seconds with bytes from the global ``random``
    module; a later Hypothesis test that draws while a ping goes out warns that its strategy used ``random``. The next
    flow starts a new worker.
    """
    if "prefect.events.worker" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker

    EventsWorker.drain_all(timeout=30, at_exit=False)


@pytest.fixture(autouse=True)
def _no_events_worker_left_running() -> Iterator[None]:
    yield
    stop_prefect_events_worker()
