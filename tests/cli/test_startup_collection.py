"""The collector paused over a process's start-up (``newsprep.startup``): off while paused, back on (as it was) after,
what the process held then frozen out of later rounds, and a second resume harmless."""

from __future__ import annotations

import gc

import pytest

from newsprep.startup import collection_paused, pause_collection, resume_collection


def test_the_collector_is_off_while_paused_and_on_again_after(collector_restored: None) -> None:
    gc.enable()
    pause_collection()
    assert not gc.isenabled()
    resume_collection()
    assert gc.isenabled()


def test_what_the_start_up_made_is_frozen_out_of_later_rounds(collector_restored: None) -> None:
    gc.enable()
    frozen_before = gc.get_freeze_count()
    pause_collection()
    kept = [[n] for n in range(1000)]  # objects the collector tracks, made during the start-up
    resume_collection()
    assert gc.get_freeze_count() >= frozen_before + len(kept)


def test_a_collector_off_before_the_pause_stays_off(collector_restored: None) -> None:
    gc.disable()
    pause_collection()
    resume_collection()
    assert not gc.isenabled()


def test_a_second_resume_and_a_resume_without_pause_change_nothing(collector_restored: None) -> None:
    gc.enable()
    pause_collection()
    resume_collection()
    gc.disable()  # the caller's choice after the start-up: a later resume must not undo it
    frozen = gc.get_freeze_count()
    resume_collection()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_a_second_pause_keeps_the_state_from_before_the_first(collector_restored: None) -> None:
    gc.enable()
    pause_collection()
    pause_collection()  # the collector is off now: the first pause's state (on) is the one restored
    resume_collection()
    assert gc.isenabled()


@pytest.mark.parametrize("running", [True, False])
def test_a_paused_piece_of_work_leaves_the_collector_as_it_found_it(collector_restored: None, running: bool) -> None:
    gc.enable() if running else gc.disable()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled() is running


def test_the_collector_is_back_when_the_paused_work_raises(collector_restored: None) -> None:
    gc.enable()
    with pytest.raises(ValueError, match="a crate of invented apples"), collection_paused():
        raise ValueError("a crate of invented apples")
    assert gc.isenabled()
