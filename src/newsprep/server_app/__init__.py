"""The app of newsprep's temporary Prefect server: Prefect's own (``prefect.server.api.server.create_app``), started
with the garbage collector paused, as newsprep's own processes start (``newsprep.startup``).

The server's start imports Prefect's server package (its models, FastAPI's routes, SQLAlchemy's tables: most of the
start's 4 CPU s) and then, in the app's lifespan, checks the database's migrations and starts the services. All of
it makes objects that live as long as the server; while they pile up, Python's collector runs full rounds over them
and finds next to nothing. So the collector is paused from the import to the end of the lifespan's start, what the
server holds is then frozen out of later rounds, and the collector runs again for the run's requests and events.

The server is ``python -m newsprep.server_app`` (``__main__``): it pauses the collector and imports Prefect's server
package *before* it hands its arguments to uvicorn, whose ``serve()`` holds SIGTERM back until the app has loaded and
shut down; so a SIGTERM during the import (a run that finds nothing changed stops the server it started first) ends
the process at once, as with ``python -m uvicorn`` on Prefect's factory, where uvicorn imports the factory's module
before it captures the signals. uvicorn then calls ``create_app`` (``--factory newsprep.server_app:create_app``).
This package imports nothing of Prefect's at its own import: importing it pauses nothing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import TYPE_CHECKING, Any

from newsprep.startup import pause_collection, resume_collection

if TYPE_CHECKING:
    from fastapi import FastAPI

Lifespan = Callable[[Any], AbstractAsyncContextManager[Any]]


def started_then_resumed(lifespan: Lifespan) -> Lifespan:
    """``lifespan`` whose start runs with the collector still paused; once it has started (or failed to), the
    collector is resumed (``resume_collection``: frozen, then on again)."""

    @asynccontextmanager
    async def lifespan_then_resume(app: Any) -> AsyncIterator[Any]:
        try:
            context = lifespan(app)
            state = await context.__aenter__()
        finally:
            resume_collection()
        try:
            yield state
        except BaseException as error:
            if not await context.__aexit__(type(error), error, error.__traceback__):
                raise
        else:
            await context.__aexit__(None, None, None)

    return lifespan_then_resume


def create_app() -> FastAPI:
    """Prefect's app, as ``uvicorn --factory prefect.server.api.server:create_app`` would make it (settings from the
    environment), made and started with the collector paused (already paused over the import by ``__main__``; a
    second pause keeps the state from before the first)."""
    pause_collection()
    try:
        from prefect.server.api.server import create_app as create_prefect_app

        app = create_prefect_app()
        app.router.lifespan_context = started_then_resumed(app.router.lifespan_context)
    except BaseException:
        resume_collection()
        raise
    return app
