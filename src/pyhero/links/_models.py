"""What the link checker reports: a status per URL, with the evidence behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

__all__ = ["CheckOptions", "Hop", "LinkReport", "LinkStatus", "LinkTarget"]


class LinkStatus(StrEnum):
    """``dead`` only on a definite answer from the server; no answer at all is ``unknown``."""

    OK = "ok"
    REDIRECTED = "redirected"
    DEAD = "dead"
    UNKNOWN = "unknown"
    KNOWN_DEAD = "known-dead"

    @property
    def definite(self) -> bool:
        """True for an answer worth remembering over a later ``unknown``."""
        return self in (LinkStatus.OK, LinkStatus.REDIRECTED, LinkStatus.DEAD)


@dataclass(frozen=True, slots=True)
class LinkTarget:
    """One URL to check; ``dead`` is the reason the content marks it dead (not fetched)."""

    url: str
    topics: tuple[str, ...] = ()
    dead: str | None = None
    replacement: str | None = None


@dataclass(frozen=True, slots=True)
class Hop:
    """One redirect on the way: ``url`` answered ``status`` with a Location."""

    url: str
    status: int

    @property
    def permanent(self) -> bool:
        return self.status in (301, 308)


@dataclass(frozen=True, slots=True)
class LinkReport:
    """The outcome for one URL.

    ``suggestion`` is the URL to use instead: the target of the permanent redirects the link
    starts with, or the content's ``replacement`` for a dead link. ``cached`` is True when
    the answer came from the cache (a ``304 Not Modified``, or a result still fresh).
    """

    url: str
    status: LinkStatus
    reason: str
    checked_at: datetime
    http_status: int | None = None
    redirects: tuple[Hop, ...] = ()
    final_url: str | None = None
    suggestion: str | None = None
    topics: tuple[str, ...] = ()
    attempts: int = 0
    cached: bool = False


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """How hard and how fast to check; the defaults suit a run over the whole curriculum."""

    timeout: float = 10.0
    """Seconds for each of connect, read and write of one request."""
    concurrency: int = 16
    """Requests in flight at once, over all hosts."""
    per_host: int = 2
    """Requests in flight at once to one host."""
    retries: int = 2
    """Extra attempts after a timeout, a reset connection, a 429 or a 5xx answer."""
    backoff: float = 0.5
    """First wait between attempts in seconds; it doubles each time (with jitter)."""
    max_backoff: float = 8.0
    max_retry_after: float = 30.0
    """A 429/503 Retry-After longer than this is not waited for: the link stays unknown."""
    max_redirects: int = 10
    breaker_threshold: int = 3
    """Consecutive failures to reach a host before its other links are not tried."""
    breaker_cooldown: float = 60.0
    """Seconds an open circuit waits before one trial request."""
    fresh_for: float = 0.0
    """Reuse a cached definite answer younger than this many seconds without a request."""
    recheck_dead: bool = False
    """Fetch links the content marks dead too, to find out whether they came back."""
    user_agent: str = "pyhero-link-checker"
    extra_headers: dict[str, str] = field(default_factory=dict)
