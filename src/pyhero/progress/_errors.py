"""The one error the store raises: what went wrong, and a way out for the user."""

from __future__ import annotations

import sqlite3

__all__ = ["NewerDatabaseError", "StoreError", "failure", "sqlite_failure"]

_CORRUPT_MARKERS = ("not a database", "malformed", "disk image", "file is encrypted")


class StoreError(Exception):
    """A progress-store failure the user can act on; ``way_out`` says how."""

    def __init__(self, message: str, way_out: str) -> None:
        super().__init__(message)
        self.message = message
        self.way_out = way_out

    def __str__(self) -> str:
        return f"{self.message}\n{self.way_out}"


class NewerDatabaseError(StoreError):
    """The database carries a schema revision this pyhero does not know."""


def sqlite_failure(where: str, error: sqlite3.Error) -> StoreError | None:
    """The SQLite failures with a way out of their own (damaged file, lock held); else None."""
    text = str(error)
    if isinstance(error, sqlite3.DatabaseError) and any(m in text for m in _CORRUPT_MARKERS):
        return StoreError(
            f"The progress database {where} is damaged or not a database ({text}).",
            f"Move it aside to start afresh (mv '{where}' '{where}.broken'), or set "
            "PYHERO_DATABASE_URL to another database; then `pyhero progress import` an export "
            "if you have one. Your workspace files are not affected.",
        )
    if isinstance(error, sqlite3.OperationalError) and "locked" in text:
        return StoreError(
            f"The progress database {where} stayed locked by another process.",
            "Wait for the other pyhero to finish and try again.",
        )
    return None


def failure(where: str, text: str, *, connecting: bool) -> StoreError:
    """Any other failure: cannot connect (``connecting``), or an operation that failed."""
    if connecting:
        return StoreError(
            f"Cannot use the progress database {where}: {text.strip()}",
            "Check PYHERO_DATABASE_URL and that the database server is running.",
        )
    return StoreError(
        f"The progress database {where} failed: {text.strip()}",
        "Try again; if it keeps failing, report it with the message above.",
    )
