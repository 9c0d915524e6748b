"""What ``newsprep run`` does once its summary is shown."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from newsprep.cli.app import _skip_final_collection


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # the test process collects as usual afterwards


def test_the_run_leaves_its_objects_out_of_the_last_collection(unfrozen: None) -> None:
    kept = [[n] for n in range(1000)]  # tracked objects, as the run's imports and model are
    assert gc.get_freeze_count() == 0
    _skip_final_collection()
    assert gc.get_freeze_count() >= len(kept)
