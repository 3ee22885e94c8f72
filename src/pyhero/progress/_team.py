"""The team store: accounts, cohorts, reviews and jobs on the progress store's database."""

from __future__ import annotations

from pyhero.progress._accounts import AccountStore
from pyhero.progress._cohorts import CohortStore
from pyhero.progress._jobs import JobStore
from pyhero.progress._reviews import ReviewStore
from pyhero.progress._store import ProgressStore

__all__ = ["TeamStore"]


class TeamStore:
    """Every team table, on one engine with the learners' progress (``progress``)."""

    def __init__(self, progress: ProgressStore) -> None:
        self.progress = progress
        self.accounts = AccountStore(progress)
        self.cohorts = CohortStore(progress)
        self.reviews = ReviewStore(progress)
        self.jobs = JobStore(progress)

    @property
    def url(self) -> str:
        return self.progress.url

    def close(self) -> None:
        self.progress.close()

    def __enter__(self) -> TeamStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
