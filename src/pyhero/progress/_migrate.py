"""Brings a database to the newest schema with Alembic's API (no alembic.ini needed).

Alembic is imported only when a migration has to run: a database already at
:data:`HEAD` is recognised with one query, which keeps every CLI start fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from pyhero.progress._db import WRITE, describe_url
from pyhero.progress._errors import NewerDatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["HEAD", "KNOWN_REVISIONS", "alembic_config", "upgrade_to_head"]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
KNOWN_REVISIONS = ("0001", "0002_team_accounts", "0003_team_cohorts", "0004_team_grading")
"""Every revision under ``migrations/versions``, oldest first (a test keeps it in sync)."""
HEAD = KNOWN_REVISIONS[-1]
_PG_LOCK_KEY = 4_242_001  # advisory lock serializing concurrent upgrades on PostgreSQL


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _current(connection: Connection) -> set[str]:
    if not inspect(connection).has_table("alembic_version"):
        return set()
    return set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())


def upgrade_to_head(engine: Engine) -> None:
    """Apply pending migrations; refuse a database written by a newer pyhero."""
    with engine.connect() as connection:
        current = _current(connection)
    if current == {HEAD}:
        return
    with engine.execution_options(**{WRITE: True}).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        current = _current(connection)  # again, under the lock: another process may have won
        unknown = current - set(KNOWN_REVISIONS)
        if unknown:
            raise NewerDatabaseError(
                f"The progress database {describe_url(str(engine.url))} was written by a "
                f"newer pyhero (schema revision {', '.join(sorted(unknown))}; this pyhero "
                f"knows up to {HEAD}).",
                "Upgrade pyhero (`uv sync` in a checkout, or `pip install -U pyhero`), or "
                "point PYHERO_DATABASE_URL at another database.",
            )
        if current == {HEAD}:
            return
        from alembic import command

        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
