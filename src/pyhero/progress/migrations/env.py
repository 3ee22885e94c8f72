"""Alembic environment: pyhero always passes an open connection in ``config.attributes``."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from pyhero.progress._models import Base
from pyhero.progress._review_models import ReviewCard  # noqa: F401  (its tables join Base)

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise TypeError("pyhero migrations run through pyhero.progress, with a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
