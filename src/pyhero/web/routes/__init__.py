"""HTTP routes: ``pages`` (server-rendered HTML) and ``api`` (JSON under ``/api``)."""

from pyhero.web.routes.api import router as api_router
from pyhero.web.routes.pages import router as pages_router

__all__ = ["api_router", "pages_router"]
