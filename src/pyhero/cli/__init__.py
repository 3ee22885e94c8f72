"""The ``pyhero`` command line."""

from pyhero.cli.app import app, main

__all__ = ["app", "main"]
