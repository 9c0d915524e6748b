"""The alert ``make serve`` sets up when ``NEWSPREP_ALERT_WEBHOOK`` is given: a Prefect automation that POSTs to that
URL when a flow run fails or crashes, or when a critical check stops a run's publish (the flow's own event).

``scripts/serve.sh`` runs ``python -m newsprep.run.alerts URL`` against the server it started; running it again
replaces the webhook block and the automation (same names), so ``make serve`` stays idempotent.
"""

from __future__ import annotations

import contextlib
import json
import sys
from typing import cast

ALERT_NAME = "newsprep-alert"
"""The automation's and the webhook block's name."""
REFUSED_EVENT = "newsprep.run.refused"
"""Emitted by the flow when a critical check stops the publish."""
ALERT_EVENTS = ("prefect.flow-run.Failed", "prefect.flow-run.Crashed", REFUSED_EVENT)

ALERT_PAYLOAD = json.dumps(
    {
        "source": "newsprep",
        "event": "{{ event.event }}",
        "resource": "{{ event.resource.id }}",
        "name": "{{ event.resource.name }}",
        "occurred": "{{ event.occurred }}",
    }
)
"""What the receiver gets (Prefect renders the Jinja fields from the event that fired the automation)."""


def set_up_alert(webhook_url: str) -> str:
    """Create (or replace) the webhook block and the automation on the server ``PREFECT_API_URL`` names; the
    automation's id."""
    from prefect.automations import Automation
    from prefect.blocks.webhook import Webhook
    from prefect.events.actions import CallWebhook
    from prefect.events.schemas.automations import EventTrigger, Posture

    block_id = Webhook(url=webhook_url, method="POST", headers={"Content-Type": "application/json"}).save(
        ALERT_NAME, overwrite=True
    )
    with contextlib.suppress(ValueError):  # none yet
        cast(Automation, Automation.read(name=ALERT_NAME)).delete()  # Prefect's sync/async dual methods
    automation = Automation(
        name=ALERT_NAME,
        description="newsprep: a run failed, crashed, or a critical check stopped its publish",
        trigger=EventTrigger(
            expect=set(ALERT_EVENTS),
            match={"prefect.resource.id": ["prefect.flow-run.*", "newsprep.run.*"]},
            posture=Posture.Reactive,
            threshold=1,
        ),
        actions=[CallWebhook(block_document_id=block_id, payload=ALERT_PAYLOAD)],
    )
    return str(cast(Automation, automation.create()).id)


if __name__ == "__main__":
    print(set_up_alert(sys.argv[1]))
