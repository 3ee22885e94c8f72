"""The schema revisions this pyhero knows: one per migration under ``migrations/versions``."""

from __future__ import annotations

__all__ = ["HEAD", "KNOWN_REVISIONS"]

KNOWN_REVISIONS = (
    "0001",
    "0002_team_accounts",
    "0003_team_cohorts",
    "0004_team_grading",
    "0005",
)
"""Every revision under ``migrations/versions``, oldest first (a test keeps it in sync)."""
HEAD = KNOWN_REVISIONS[-1]
