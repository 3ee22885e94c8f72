"""What the team server and its workers need before they start: PostgreSQL, Redis and
working bubblewrap isolation. Everything missing is named on one line."""

from __future__ import annotations

from pyhero.config import Settings

__all__ = ["team_problems"]


def _postgres(settings: Settings) -> str | None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    url = settings.database_url
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "PostgreSQL (PYHERO_DATABASE_URL is not a database URL)"
    if parsed.get_backend_name() != "postgresql":
        return (
            f"PostgreSQL (PYHERO_DATABASE_URL is {parsed.get_backend_name()}: set it to "
            "postgresql+psycopg://user:password@host/database)"
        )
    engine = create_engine(url, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        first = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        where = parsed.render_as_string(hide_password=True)
        return f"PostgreSQL at {where} ({first})"
    finally:
        engine.dispose()
    return None


def _redis(settings: Settings) -> str | None:
    if settings.redis_url is None:
        return "Redis (set PYHERO_REDIS_URL, e.g. redis://127.0.0.1:6379/0)"
    from redis import Redis
    from redis.exceptions import RedisError

    try:
        client = Redis.from_url(settings.redis_url, socket_connect_timeout=5, socket_timeout=5)
    except ValueError as exc:
        return f"Redis (PYHERO_REDIS_URL: {exc})"
    try:
        client.ping()
    except RedisError as exc:
        return f"Redis at {settings.redis_url.split('@')[-1]} ({exc})"
    finally:
        client.close()
    return None


def _bubblewrap(settings: Settings) -> str | None:
    if settings.grader_isolation == "local":
        return "bubblewrap isolation (PYHERO_GRADER_ISOLATION is local: unset it)"
    from pyhero.grading import Grader, GraderError

    try:
        Grader(workers=1, isolation="bubblewrap").close()
    except GraderError as exc:
        return f"bubblewrap isolation ({exc}; install the bubblewrap package)"
    return None


def team_problems(settings: Settings, *, grader: bool = True) -> list[str]:
    """What is missing for team mode, each as a short phrase (empty when nothing is)."""
    checks = [_postgres, _redis]
    if grader:
        checks.append(_bubblewrap)
    return [problem for check in checks if (problem := check(settings)) is not None]
