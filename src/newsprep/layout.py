"""The names newsprep gives inside an output folder (``newsprep.run.publish`` describes the layout).

Constants only, with no heavy imports: the raw-folder inventory (imported by the NLP worker processes, which must
start without NumPy) needs them to recognise an output folder placed among the articles.
"""

from __future__ import annotations

VERSIONS_DIR = "_versions"
RUNS_DIR = "_runs"
CURRENT_LINK = "current"
LOCK_FILE = ".newsprep.lock"
QUALITY_DOCS_DIR = "_quality"
"""The Great Expectations Data Docs of the last run that ran the quality suites."""
STAGING_DIR = "_staging"
"""Where a run's batches write their tables before the publish (under a folder per run id)."""
STAGE_CACHE_DIR = "_stages"
"""Each stage's output per batch, kept across runs and keyed by what it depends on (``newsprep.run.stages.cache``)."""
WORK_DIRS = (VERSIONS_DIR, RUNS_DIR, STAGING_DIR, QUALITY_DOCS_DIR, STAGE_CACHE_DIR)
"""Folders a run writes inside."""
