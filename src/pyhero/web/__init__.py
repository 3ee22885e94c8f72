"""The web app: roadmap, topics, exercises with an in-page editor, progress and a JSON API.

Build it with :func:`create_app`; ``pyhero serve`` runs it with uvicorn. A server mode (the
team server) plugs in through :class:`ServerMode`, :class:`ModeServices` and
:class:`Chrome`; see ``pyhero.web._mode``.
"""

from pyhero.web._chrome import CHROME, Chrome, current_chrome
from pyhero.web._drafts import Draft
from pyhero.web._mode import Graded, ModeServices, ServerMode
from pyhero.web._templates import make_environment
from pyhero.web.app import create_app

__all__ = [
    "CHROME",
    "Chrome",
    "Draft",
    "Graded",
    "ModeServices",
    "ServerMode",
    "create_app",
    "current_chrome",
    "make_environment",
]
