"""Test-wide settings: no telemetry, Prefect state kept inside the test session, bounded hypothesis runs."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

from newsprep.config import offline_environment

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"

offline_environment(prefect_home=REPO_ROOT / ".prefect")

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
