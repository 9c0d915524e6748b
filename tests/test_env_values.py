"""One reading of an environment value that turns something off (``newsprep.env_values``), for the warm client and
the temporary server's settings alike."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsprep.env_values import is_off


@pytest.mark.parametrize(
    ("value", "off"),
    [
        ("0", True),
        ("false", True),
        (" NO ", True),
        ("Off", True),
        ("f", True),
        ("n", True),
        ("1", False),
        ("true", False),
        ("yes", False),
        ("", False),  # unset reads as not off
        ("disabled", False),  # not one of pydantic's words
    ],
)
def test_pydantics_words_for_false_say_off_in_any_case(value: str, off: bool) -> None:
    assert is_off(value) is off


def test_the_module_imports_nothing_of_newsprep_or_beyond() -> None:
    code = "import sys; known = set(sys.modules); import newsprep.env_values; print(*(set(sys.modules) - known))"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert set(shown) <= {"newsprep", "newsprep.env_values", "__future__"}
