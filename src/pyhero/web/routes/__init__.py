"""HTTP routes: ``pages``, ``exercise_pages`` and ``review_pages`` (server-rendered HTML),
``api`` (JSON under ``/api``), ``meta`` (favicon, API docs)."""

from pyhero.web.routes.api import router as api_router
from pyhero.web.routes.exercise_pages import router as exercise_pages_router
from pyhero.web.routes.meta import router as meta_router
from pyhero.web.routes.pages import router as pages_router
from pyhero.web.routes.review_pages import router as review_pages_router

__all__ = [
    "api_router",
    "exercise_pages_router",
    "meta_router",
    "pages_router",
    "review_pages_router",
]
