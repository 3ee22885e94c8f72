"""The team server's mode of the web app: its routes and layers, and for the app's
lifetime the team store, Redis, the Celery producer and the job listener."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from pyhero.config import Settings
from pyhero.curriculum import Curriculum, content_version
from pyhero.progress import ProgressStore, TeamStore
from pyhero.team._layers import SignedIn, TrustedProxies
from pyhero.team._queue import JobQueue
from pyhero.team._ratelimit import RateLimiter
from pyhero.team._review_panel import review_panel
from pyhero.team._state import STATIC_PREFIX, TeamState
from pyhero.team._storage import DatabaseDrafts, DatabaseResults
from pyhero.team.deps import signed_in_learner
from pyhero.team.routes import (
    admin_router,
    api_router,
    auth_router,
    cohorts_router,
    home_router,
    mentoring_router,
)
from pyhero.web import ModeServices, make_environment
from pyhero.workers import make_celery

__all__ = ["TeamMode"]

_STATIC = Path(__file__).parent / "static"


class TeamMode:
    """Accounts, cohorts, mentoring and queued grading on top of the web app."""

    def install(self, app: FastAPI, settings: Settings) -> None:
        for router in (
            auth_router,
            home_router,
            cohorts_router,
            mentoring_router,
            admin_router,
            api_router,
        ):
            app.include_router(router)
        app.mount(STATIC_PREFIX, StaticFiles(directory=_STATIC), name="team-static")
        # Layers, innermost first: sign-in sees the client address the proxies vouch for.
        app.add_middleware(SignedIn)
        app.add_middleware(TrustedProxies, networks=settings.proxy_networks())

    @asynccontextmanager
    async def start(
        self, app: FastAPI, settings: Settings, curriculum: Curriculum, store: ProgressStore
    ) -> AsyncIterator[ModeServices]:
        from redis.asyncio import Redis

        if settings.redis_url is None:
            raise RuntimeError("the team server needs PYHERO_REDIS_URL")
        team_store = TeamStore(store)
        key = settings.secret_key or team_store.accounts.secret(
            "session-key", lambda: secrets.token_urlsafe(48)
        )
        redis = Redis.from_url(settings.redis_url)
        await redis.ping()
        celery = make_celery(settings)
        version = content_version(settings.content_dir)
        limiter = RateLimiter(redis)
        queue = JobQueue(settings, team_store, celery, redis, limiter, version)
        team = TeamState(
            settings=settings,
            store=team_store,
            key=key.encode(),
            redis=redis,
            queue=queue,
            limiter=limiter,
            templates=make_environment("pyhero.team", reviews=False),
            curriculum=curriculum,
            version=version,
        )
        app.state.team = team
        listener = asyncio.create_task(queue.listen())
        try:
            yield ModeServices(
                grading=queue,
                drafts=DatabaseDrafts(team_store),
                results=DatabaseResults(team_store),
                learner_of=signed_in_learner,
                exercise_panel=partial(review_panel, team),
            )
        finally:
            listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await listener
            celery.close()
            await redis.aclose()
