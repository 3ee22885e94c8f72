"""structlog, configured from the settings the first time a logger is asked for.

Nothing imports structlog until then, so commands that never log start without it.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

__all__ = ["configure_logging", "get_logger"]


def configure_logging(level: str = "warning", fmt: str = "console") -> None:
    """Log events at ``level`` and above go to standard error, for people or as JSON."""
    import structlog

    numeric = logging.getLevelNamesMapping()[level.upper()]
    renderer: structlog.typing.Processor = (
        structlog.processors.JSONRenderer()
        if fmt == "json"
        else structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso"),
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=True,
    )


def get_logger(name: str | None = None, **context: Any) -> Any:
    """A structlog logger bound to ``context``; configures logging from ``PYHERO_LOG_LEVEL``
    and ``PYHERO_LOG_FORMAT`` on first use."""
    import structlog

    if not structlog.is_configured():
        from pyhero.config import get_settings

        settings = get_settings()
        configure_logging(settings.log_level, settings.log_format)
    return structlog.get_logger(name, **context)
