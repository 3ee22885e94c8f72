"""Team server cohorts: members, assigned paths, invitations, review comments and notices.

Revision ID: 0003_team_cohorts
Revises: 0002_team_accounts
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from pyhero.progress._base import UTCDateTime

revision = "0003_team_cohorts"
down_revision = "0002_team_accounts"
branch_labels = None
depends_on = None


def _user(name: str, ondelete: str, nullable: bool) -> sa.Column[int]:
    return sa.Column(
        name, sa.Integer(), sa.ForeignKey("users.id", ondelete=ondelete), nullable=nullable
    )


def upgrade() -> None:
    op.create_table(
        "cohorts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        _user("created_by", "SET NULL", nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "cohort_members",
        sa.Column(
            "cohort_id",
            sa.Integer(),
            sa.ForeignKey("cohorts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("joined_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_cohort_members_user_id", "cohort_members", ["user_id"])
    op.create_table(
        "cohort_path",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "cohort_id",
            sa.Integer(),
            sa.ForeignKey("cohorts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("slug", sa.String(200), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.UniqueConstraint("cohort_id", "kind", "slug"),
    )
    op.create_table(
        "invitations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column(
            "cohort_id",
            sa.Integer(),
            sa.ForeignKey("cohorts.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("note", sa.String(200), nullable=False),
        _user("created_by", "SET NULL", nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("used_at", UTCDateTime(), nullable=True),
        _user("used_by", "SET NULL", nullable=True),
    )
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "attempt_uid",
            sa.String(36),
            sa.ForeignKey("attempts.uid", ondelete="CASCADE"),
            nullable=False,
        ),
        _user("author_id", "CASCADE", nullable=False),
        sa.Column("file", sa.String(200), nullable=True),
        sa.Column("line", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_comments_attempt_uid", "comments", ["attempt_uid"])
    op.create_table(
        "comment_notices",
        sa.Column(
            "comment_id",
            sa.Integer(),
            sa.ForeignKey("comments.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("read_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_comment_notices_unread", "comment_notices", ["user_id", "read_at"])


def downgrade() -> None:
    op.drop_index("ix_comment_notices_unread", table_name="comment_notices")
    op.drop_table("comment_notices")
    op.drop_index("ix_comments_attempt_uid", table_name="comments")
    op.drop_table("comments")
    op.drop_table("invitations")
    op.drop_table("cohort_path")
    op.drop_index("ix_cohort_members_user_id", table_name="cohort_members")
    op.drop_table("cohort_members")
    op.drop_table("cohorts")
