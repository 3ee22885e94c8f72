"""The web app: roadmap, topics, exercises with an in-page editor, progress and a JSON API.

Build it with :func:`create_app`; ``pyhero serve`` runs it with uvicorn.
"""

from pyhero.web.app import create_app

__all__ = ["create_app"]
