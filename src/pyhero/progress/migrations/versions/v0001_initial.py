"""Learners, attempts and hint uses; the default local learner.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from pyhero.progress._models import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    learners = op.create_table(
        "learners",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "attempts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column(
            "learner_id",
            sa.Integer(),
            sa.ForeignKey("learners.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("exercise", sa.String(200), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("verdict", sa.String(32), nullable=False),
        sa.Column("tests", sa.JSON(), nullable=False),
        sa.Column("tests_passed", sa.Integer(), nullable=False),
        sa.Column("tests_total", sa.Integer(), nullable=False),
        sa.Column("duration_ms", sa.Float(), nullable=False),
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("code", sa.JSON(), nullable=False),
        sa.Column("isolation", sa.String(32), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
    )
    op.create_index("ix_attempts_learner_exercise", "attempts", ["learner_id", "exercise"])
    op.create_table(
        "hint_uses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "learner_id",
            sa.Integer(),
            sa.ForeignKey("learners.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("exercise", sa.String(200), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("learner_id", "exercise", "number"),
    )
    op.bulk_insert(learners, [{"name": "local", "created_at": datetime.now(UTC)}])


def downgrade() -> None:
    op.drop_table("hint_uses")
    op.drop_index("ix_attempts_learner_exercise", table_name="attempts")
    op.drop_table("attempts")
    op.drop_table("learners")
