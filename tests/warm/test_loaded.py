"""What the warm runner loaded, and why it or a request no longer matches (``newsprep.warm.loaded``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsprep.warm.loaded import (
    LoadedRunner,
    file_stamps,
    first_difference,
    import_environment,
    model_files,
    why_request_differs,
    why_runner_stale,
)


def _package(root: Path) -> Path:
    package = root / "pkg"
    (package / "sub" / "__pycache__").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "rules.py").write_text("LIMIT = 3\n")
    (package / "sub" / "names.csv").write_text("name\nAda\n")
    (package / "sub" / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"\0")
    (package / ".hidden").write_text("")
    return package


def _loaded(package: Path, model: Path, **overrides: object) -> LoadedRunner:
    fields: dict[str, object] = {
        "code_roots": (str(package),),
        "code": file_stamps([str(package)]),
        "model_name": "a_model",
        "model_version": "1.0",
        "model_files": model_files(model),
        "prefix": "/env/one",
        "api_url": "http://127.0.0.1:4200/api",
        "import_environment": {"PREFECT_LOGGING_LEVEL": "WARNING"},
    }
    fields.update(overrides)
    return LoadedRunner(**fields)  # type: ignore[arg-type]


@pytest.fixture
def model(tmp_path: Path) -> Path:
    folder = tmp_path / "a_model"
    (folder / "a_model-1.0").mkdir(parents=True)
    (folder / "__init__.py").write_text("")
    (folder / "a_model-1.0" / "meta.json").write_text('{"version": "1.0"}')
    (folder / "a_model-1.0" / "weights.bin").write_bytes(b"\1")
    return folder


def test_stamps_cover_modules_and_data_but_not_bytecode_or_hidden_files(tmp_path: Path) -> None:
    package = _package(tmp_path)
    assert sorted(Path(p).relative_to(package).as_posix() for p in file_stamps([str(package)])) == [
        "__init__.py",
        "sub/names.csv",
        "sub/rules.py",
    ]


@pytest.mark.parametrize(
    ("before", "now", "said"),
    [
        ({"a": (1, 1)}, {"a": (1, 1)}, None),
        ({"a": (1, 1)}, {"a": (2, 1)}, "a changed"),
        ({"a": (1, 1)}, {"a": (1, 2)}, "a changed"),
        ({"a": (1, 1)}, {}, "a was removed"),
        ({}, {"b": (1, 1)}, "b was added"),
        ({"b": (1, 1)}, {"a": (1, 1), "b": (2, 2)}, "a was added"),
    ],
)
def test_the_first_difference_is_said_in_a_few_words(
    before: dict[str, tuple[int, int]], now: dict[str, tuple[int, int]], said: str | None
) -> None:
    assert first_difference(before, now) == said


def test_a_current_runner_is_not_stale(tmp_path: Path, model: Path) -> None:
    assert why_runner_stale(_loaded(_package(tmp_path), model)) is None


def test_a_touched_added_or_removed_file_makes_the_runner_stale(tmp_path: Path, model: Path) -> None:
    package = _package(tmp_path)
    loaded = _loaded(package, model)
    rules = package / "sub" / "rules.py"
    os.utime(rules, ns=(rules.stat().st_atime_ns, rules.stat().st_mtime_ns + 1_000_000))
    assert why_runner_stale(loaded) == f"{rules} changed since the warm runner loaded it"
    loaded = _loaded(package, model)
    (package / "sub" / "quotes.py").write_text("")
    assert why_runner_stale(loaded) == f"{package / 'sub' / 'quotes.py'} was added since the warm runner loaded it"
    loaded = _loaded(package, model)
    (package / "sub" / "names.csv").unlink()
    assert why_runner_stale(loaded) == f"{package / 'sub' / 'names.csv'} was removed since the warm runner loaded it"


def test_a_reinstalled_model_makes_the_runner_stale(tmp_path: Path, model: Path) -> None:
    loaded = _loaded(_package(tmp_path), model)
    (model / "a_model-1.0" / "weights.bin").write_bytes(b"\2\2")  # not a file that identifies the package
    assert why_runner_stale(loaded) is None
    (model / "a_model-1.0" / "meta.json").write_text('{"version": "1.1"}')
    said = why_runner_stale(loaded)
    assert said is not None and said.startswith("the spaCy model a_model changed")


def test_import_time_variables_are_the_ones_libraries_read_when_imported() -> None:
    env = {
        "PYTHONPATH": "/src",
        "PYTHONUNBUFFERED": "1",
        "PREFECT_LOGGING_LEVEL": "DEBUG",
        "PREFECT_API_URL": "http://127.0.0.1:4200/api",
        "OMP_NUM_THREADS": "1",
        "POLARS_MAX_THREADS": "2",
        "GX_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "HOME": "/home/someone",
    }
    assert import_environment(env) == {
        "PYTHONPATH": "/src",
        "PREFECT_LOGGING_LEVEL": "DEBUG",
        "OMP_NUM_THREADS": "1",
        "POLARS_MAX_THREADS": "2",
        "GX_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
    }


@pytest.mark.parametrize(
    ("prefix", "env", "api_url", "said"),
    [
        ("/env/one", {"PREFECT_LOGGING_LEVEL": "WARNING", "HOME": "/h"}, "http://127.0.0.1:4200/api", None),
        ("/env/two", {"PREFECT_LOGGING_LEVEL": "WARNING"}, "http://127.0.0.1:4200/api", "Python environment"),
        ("/env/one", {"PREFECT_LOGGING_LEVEL": "WARNING"}, "http://127.0.0.1:4300/api", "Prefect server"),
        ("/env/one", {"PREFECT_LOGGING_LEVEL": "WARNING"}, None, "a temporary server"),
        ("/env/one", {"PREFECT_LOGGING_LEVEL": "DEBUG"}, "http://127.0.0.1:4200/api", "PREFECT_LOGGING_LEVEL"),
        ("/env/one", {"PREFECT_LOGGING_LEVEL": "WARNING", "PYTHONPATH": "/other/src"}, None, "Prefect server"),
        (
            "/env/one",
            {"PREFECT_LOGGING_LEVEL": "WARNING", "PYTHONPATH": "/other/src"},
            "http://127.0.0.1:4200/api",
            "PYTHONPATH",
        ),
    ],
)
def test_a_request_differs_by_environment_server_or_import_time_variable(
    tmp_path: Path, model: Path, prefix: str, env: dict[str, str], api_url: str | None, said: str | None
) -> None:
    loaded = _loaded(_package(tmp_path), model)
    reason = why_request_differs(loaded, prefix=prefix, env=env, api_url=api_url)
    assert (reason is None) if said is None else (reason is not None and said in reason)
