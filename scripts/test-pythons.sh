#!/usr/bin/env bash
# The fast tests (make test-fast) on every Python the project supports: 3.11, 3.12 and 3.13 (pyproject's
# requires-python). Each version gets its own environment from uv.lock under .venvs/<version>/ (git-ignored). The
# interpreter of each version is PYTHON_3_12=... (and so on) when given, else a pyenv install of it, else python3.X on
# PATH. No download of Python itself (UV_PYTHON_DOWNLOADS=never): install the interpreters first.
set -euo pipefail
cd "$(dirname "$0")/.."
uv=.tools/bin/uv
versions=(${NEWSPREP_PYTHONS:-3.11 3.12 3.13})
status=0

find_python() {  # the first candidate for version $1 that runs
  local variable="PYTHON_${1/./_}" candidate
  for candidate in "${!variable:-}" "$(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$1".*/bin/python"$1" 2>/dev/null | sort -V | tail -1)" \
    "$(command -v "python$1" || true)"; do
    if [[ -n "$candidate" ]] && "$candidate" -c 'import sys' 2>/dev/null; then
      echo "$candidate"
      return
    fi
  done
}

for version in "${versions[@]}"; do
  variable="PYTHON_${version/./_}"
  python="$(find_python "$version")"
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
