"""A process's start-up without the garbage collector's rounds.

A newsprep process starts by importing its libraries (pandera with pandas, polars, Prefect, spaCy, Great
Expectations) and loading the model: hundreds of thousands of objects that live as long as the process does. While
they pile up, Python's collector runs full rounds over all of them again and again, and finds next to nothing (one
article's run: five full rounds in the run's process and five in the checker's, 10 to 280 objects collected each,
about a tenth of each process's time; ``benchmarks/history/fixed-cost.md``, round 5). So the collector is paused while
a process imports and loads what it keeps; then what the process holds is frozen out of later rounds
(``gc.freeze``), which from then on scan only what the run makes, and the collector runs again.

Garbage made during the pause is collected as usual only if it is not part of a reference cycle; a cycle made then
stays (frozen) until the process exits: start-up makes few (the rounds above found at most a few hundred objects).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_running_before: bool | None = None
"""Whether the collector ran when it was paused (None: not paused)."""


def pause_collection() -> None:
    """Pause the collector for the imports and loads that follow (until ``resume_collection``)."""
    global _running_before
    if _running_before is None:
        _running_before = gc.isenabled()
    gc.disable()


def resume_collection() -> None:
    """After a pause: freeze what this process holds out of later rounds, and run the collector again if it ran
    before the pause. Does nothing when not paused (so a caller's ``finally`` may call it again)."""
    global _running_before
    if _running_before is None:
        return
    running, _running_before = _running_before, None
    gc.freeze()
    if running:
        gc.enable()


@contextmanager
def collection_paused() -> Iterator[None]:
    """The collector off for one piece of work that makes many objects and no garbage cycles worth a round (the
    run's contracts and corpus keys: a full round there scanned everything the run had made, 0.2 CPU s in one of
    two runs of 500 articles); back as it was after, whatever the work raised."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()
