"""The team server's routes: sign-in, the team page and reviews, cohorts, mentoring, admin,
and its JSON API (jobs, account, health)."""

from pyhero.team.routes.admin import router as admin_router
from pyhero.team.routes.api import router as api_router
from pyhero.team.routes.auth import router as auth_router
from pyhero.team.routes.cohorts import router as cohorts_router
from pyhero.team.routes.home import router as home_router
from pyhero.team.routes.mentoring import router as mentoring_router

__all__ = [
    "admin_router",
    "api_router",
    "auth_router",
    "cohorts_router",
    "home_router",
    "mentoring_router",
]
