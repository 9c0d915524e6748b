"""The CLI's flow run sends no Prefect heartbeats unless the user set their frequency: a run joins the heartbeat
thread as it ends, which sleeps in steps of a second (0 to 1 s added to every run)."""

from __future__ import annotations

from prefect.settings import get_current_settings, temporary_settings

from newsprep.run.flow import heartbeats_only_if_set


def test_no_heartbeats_inside_by_default() -> None:
    outside = get_current_settings()
    with heartbeats_only_if_set():
        inside = get_current_settings()
        assert inside.flows.heartbeat_frequency is None
        assert inside.api.url == outside.api.url  # every other setting as it was
    assert get_current_settings().flows.heartbeat_frequency == outside.flows.heartbeat_frequency


def test_heartbeats_the_user_set_are_kept() -> None:
    with temporary_settings({"flows.heartbeat_frequency": 60}), heartbeats_only_if_set():
        assert get_current_settings().flows.heartbeat_frequency == 60
