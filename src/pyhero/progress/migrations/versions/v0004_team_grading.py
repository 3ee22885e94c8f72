"""Team server grading: queued jobs (one active per learner) and browser drafts.

Revision ID: 0004_team_grading
Revises: 0003_team_cohorts
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from pyhero.progress._base import UTCDateTime

revision = "0004_team_grading"
down_revision = "0003_team_cohorts"
branch_labels = None
depends_on = None

_ACTIVE = sa.text("state IN ('queued', 'running')")


def _learner(primary: bool) -> sa.Column[int]:
    return sa.Column(
        "learner_id",
        sa.Integer(),
        sa.ForeignKey("learners.id", ondelete="CASCADE"),
        nullable=False,
        primary_key=primary,
    )


def upgrade() -> None:
    op.create_table(
        "grading_jobs",
        sa.Column("id", sa.String(36), primary_key=True),
        _learner(primary=False),
        sa.Column("exercise", sa.String(200), nullable=False),
        sa.Column("files", sa.JSON(), nullable=False),
        sa.Column("content_version", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=True),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.Column("deliveries", sa.Integer(), nullable=False),
        sa.Column("worker", sa.String(200), nullable=True),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
    )
    op.create_index(
        "uq_grading_jobs_active_learner",
        "grading_jobs",
        ["learner_id"],
        unique=True,
        postgresql_where=_ACTIVE,
        sqlite_where=_ACTIVE,
    )
    op.create_index("ix_grading_jobs_state_created", "grading_jobs", ["state", "created_at"])
    op.create_table(
        "drafts",
        _learner(primary=True),
        sa.Column("exercise", sa.String(200), primary_key=True),
        sa.Column("files", sa.JSON(), nullable=False),
        sa.Column("base", sa.String(64), nullable=True),
        sa.Column("saved_at", UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("drafts")
    op.drop_index("ix_grading_jobs_state_created", table_name="grading_jobs")
    op.drop_index("uq_grading_jobs_active_learner", table_name="grading_jobs")
    op.drop_table("grading_jobs")
