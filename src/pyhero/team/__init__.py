"""The team server: accounts and roles, cohorts and mentoring, grading on Celery workers.

:func:`create_app` builds the web app in team mode (``pyhero serve --team``); account
actions the CLI shares live in :mod:`pyhero.team.accounts`. Web modules are imported only
by :func:`create_app`, so ``pyhero team ...`` commands start fast. See ``docs/team.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pyhero.config import Settings, get_settings

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["create_app"]


def create_app(settings: Settings | None = None) -> FastAPI:
    """The team server (a uvicorn factory: ``uvicorn --factory pyhero.team:create_app``)."""
    from pyhero.team._mode import TeamMode
    from pyhero.web import create_app as create_web_app

    return create_web_app(settings if settings is not None else get_settings(), TeamMode())
