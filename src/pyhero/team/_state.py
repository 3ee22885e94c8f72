"""What the team server holds for its lifetime, beside the web app's own state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi.responses import HTMLResponse
from jinja2 import Environment
from markupsafe import Markup

from pyhero.config import Settings
from pyhero.curriculum import Curriculum
from pyhero.progress import TeamStore, UserRecord
from pyhero.team._queue import JobQueue
from pyhero.team._ratelimit import RateLimiter

__all__ = ["STATIC_PREFIX", "TeamState"]

STATIC_PREFIX = "/static/team"


@dataclass
class TeamState:
    settings: Settings
    store: TeamStore
    key: bytes
    redis: Any  # redis.asyncio.Redis
    queue: JobQueue
    limiter: RateLimiter
    templates: Environment
    curriculum: Curriculum
    version: str
    scripts: tuple[str, ...] = (f"{STATIC_PREFIX}/team.js",)
    styles: tuple[str, ...] = (f"{STATIC_PREFIX}/team.css",)

    def render(self, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        body = self.templates.get_template(template).render(**context)
        return HTMLResponse(body, status_code=status_code)

    def account_menu(self, user: UserRecord, csrf: str) -> Markup:
        """The header's account menu: the team pages, unread reviews, sign out."""
        unread = self.store.reviews.unread_count(user.id)
        html = self.templates.get_template("team/_account.html").render(
            user=user, unread=unread, csrf=csrf
        )
        return Markup(html)  # noqa: S704 - rendered by the autoescaping environment
