# The README's two commands: `make run` and `make test`. Both bootstrap what they need from the lock file.
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv

# Prefect's and Great Expectations' environment (telemetry off, PREFECT_HOME in the folder run from) is set by newsprep
# itself (newsprep.config.OFFLINE_ENVIRONMENT: the CLI and the tests); scripts/serve.sh sets it for the server it starts.
export UV_PYTHON_DOWNLOADS := never

.PHONY: run test test-fast test-pythons browser lint typecheck pytest clean serve stop

run: $(VENV)/.synced
	$(VENV)/bin/newsprep run data/raw --out data/processed

test: browser lint typecheck pytest

# The edit loop: every test that starts no Prefect, server, browser or worker pool (those are marked slow).
test-fast: $(VENV)/.synced
	$(VENV)/bin/pytest -m "not slow"

# The fast tests on each Python in requires-python (3.11, 3.12, 3.13), each in its own environment from uv.lock.
test-pythons: | $(UV)
	scripts/test-pythons.sh

# Debian's Chromium for the report's browser test (tests/e2e/test_report_browser.py); does nothing when present.
browser:
	scripts/install-browser.sh

lint: $(VENV)/.synced
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(VENV)/.synced
	$(VENV)/bin/mypy

pytest: $(VENV)/.synced
	$(VENV)/bin/pytest

# A local Prefect server on loopback, the work pool, the deployments of prefect.yaml and a worker (README:
# "Scheduled runs with Prefect"); `make stop` stops exactly what `make serve` started.
serve: $(VENV)/.synced
	scripts/serve.sh

stop:
	scripts/stop.sh

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# The environment is (re)built from uv.lock whenever the lock or the project file changes. Bytecode is compiled at
# install time (uv does not by default): otherwise, where PYTHONDONTWRITEBYTECODE is set, every run recompiles
# every module it imports (9 s of a run's start-up on the 2-core machines, in each process). newsprep's own modules
# too (installed editable, uv leaves them out): 0.2 s of each run's start there. A module edited since is compiled
# again in memory, as before.
$(VENV)/.synced: pyproject.toml uv.lock Makefile | $(UV)
	$(UV) sync --frozen --compile-bytecode --python $(PYTHON)
	$(VENV)/bin/python -m compileall -q src schemas flows > /dev/null
	touch $@

clean:
	rm -rf $(VENV) .venvs $(TOOLS) .prefect .pytest_cache .mypy_cache .ruff_cache
