#!/usr/bin/env bash
# The fast tests (make test-fast) on every Python the project supports: 3.11, 3.12 and 3.13 (pyproject's
# requires-python). Each version gets its own environment from uv.lock under .venvs/<version>/ (git-ignored); the
# interpreters are found on PATH as python3.X (pyenv's shims will do) or given as PYTHON_3_11=... and so on.
# No download of Python itself (UV_PYTHON_DOWNLOADS=never): install the interpreters first.
set -euo pipefail
cd "$(dirname "$0")/.."
uv=.tools/bin/uv
versions=(${NEWSPREP_PYTHONS:-3.11 3.12 3.13})
status=0
for version in "${versions[@]}"; do
  variable="PYTHON_${version/./_}"
  python="${!variable:-$(command -v "python$version" || true)}"
  if [[ -z "$python" ]]; then
    echo "python$version: not found (put it on PATH or set $variable)" >&2
    status=1
    continue
  fi
  env_dir=".venvs/$version"
  UV_PROJECT_ENVIRONMENT="$env_dir" UV_PYTHON_DOWNLOADS=never \
    "$uv" sync --frozen --compile-bytecode --quiet --python "$python"
  echo "== Python $("$env_dir/bin/python" -c 'import platform; print(platform.python_version())'): make test-fast"
  start=$SECONDS
  if "$env_dir/bin/pytest" -m "not slow" -q -p no:cacheprovider; then
    echo "== Python $version: passed in $((SECONDS - start)) s"
  else
    echo "== Python $version: FAILED" >&2
    status=1
  fi
done
exit $status
