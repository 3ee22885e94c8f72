"""The environment a job runs in: its local time zone and its sealed cases' seed."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TIME_ZONES", "JobEnvironment"]

TIME_ZONES = ("America/St_Johns", "Australia/Adelaide", "Australia/Lord_Howe")
"""Zones jobs rotate among: each has daylight-saving time and an offset that is not a whole
hour (-3:30/-2:30, +9:30/+10:30, +10:30/+11:00), so code that depends on the machine's local
time shows it."""


@dataclass(frozen=True)
class JobEnvironment:
    """Fixes what otherwise rotates from job to job (the content checker sets both)."""

    tz: str | None = None
    seed: int | None = None
    fail_fast: bool = False
    """Stop at the first failing test: for a caller that only needs to know whether
    something fails (the content checker's mutants), not what."""
