"""Spaced review cards and logs, read marks and self-check quiz results.

Revision ID: 0005
Revises: 0004_team_grading
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from pyhero.progress._models import UTCDateTime

revision = "0005"
down_revision = "0004_team_grading"
branch_labels = None
depends_on = None


def _learner() -> sa.Column[int]:
    return sa.Column(
        "learner_id",
        sa.Integer(),
        sa.ForeignKey("learners.id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "review_cards",
        sa.Column("id", sa.Integer(), primary_key=True),
        _learner(),
        sa.Column("item", sa.String(210), nullable=False),
        sa.Column("topic", sa.String(200), nullable=False),
        sa.Column("state", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("stability", sa.Float(), nullable=True),
        sa.Column("difficulty", sa.Float(), nullable=True),
        sa.Column("due", UTCDateTime(), nullable=False),
        sa.Column("last_review", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("opened_at", UTCDateTime(), nullable=True),
        sa.Column("checks", sa.Integer(), nullable=False),
        sa.UniqueConstraint("learner_id", "item"),
    )
    op.create_table(
        "review_logs",
        sa.Column("id", sa.Integer(), primary_key=True),
        _learner(),
        sa.Column("item", sa.String(210), nullable=False),
        sa.Column("topic", sa.String(200), nullable=False),
        sa.Column("rating", sa.String(8), nullable=False),
        sa.Column("reviewed_at", UTCDateTime(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.Column("verdict", sa.String(32), nullable=True),
    )
    op.create_index("ix_review_logs_learner_time", "review_logs", ["learner_id", "reviewed_at"])
    op.create_table(
        "read_marks",
        sa.Column("id", sa.Integer(), primary_key=True),
        _learner(),
        sa.Column("topic", sa.String(200), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("learner_id", "topic"),
    )
    op.create_table(
        "quiz_results",
        sa.Column("id", sa.Integer(), primary_key=True),
        _learner(),
        sa.Column("topic", sa.String(200), nullable=False),
        sa.Column("correct", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_quiz_results_learner_topic", "quiz_results", ["learner_id", "topic"])


def downgrade() -> None:
    op.drop_index("ix_quiz_results_learner_topic", table_name="quiz_results")
    op.drop_table("quiz_results")
    op.drop_table("read_marks")
    op.drop_index("ix_review_logs_learner_time", table_name="review_logs")
    op.drop_table("review_logs")
    op.drop_table("review_cards")
