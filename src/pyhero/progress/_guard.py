"""Database failures turned into :class:`StoreError` with a way out, for every store method."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from pyhero.progress._db import describe_url
from pyhero.progress._errors import StoreError, failure, sqlite_failure

__all__ = ["guarded", "translate"]

P = ParamSpec("P")
R = TypeVar("R")


def translate(url: str, exc: SQLAlchemyError) -> StoreError:
    where = describe_url(url)
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(original, sqlite3.Error):
        known = sqlite_failure(where, original)
        if known is not None:
            return known
    return failure(where, str(original), connecting=isinstance(exc, OperationalError))


def guarded(method: Callable[P, R]) -> Callable[P, R]:
    """A store method whose SQLAlchemy errors become a :class:`StoreError` naming the store
    (its first argument, which has a ``url``)."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except SQLAlchemyError as exc:
            url = getattr(args[0], "url", "")
            raise translate(str(url), exc) from exc

    return wrapper
