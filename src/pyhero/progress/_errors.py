"""The one error the store raises: what went wrong, and a way out for the user."""

from __future__ import annotations

__all__ = ["NewerDatabaseError", "StoreError"]


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
