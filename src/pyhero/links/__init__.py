"""Link health: check the curriculum's resource URLs and remember what was found.

:func:`check_links` checks URLs concurrently with httpx (per-host limits, retries with
backoff, a per-host circuit breaker, HEAD with a GET fallback, redirects followed and
reported, conditional requests from the cache). :class:`LinkCache` keeps each URL's last
known health in the user cache directory; :func:`read_link_health` reads it for display.
No network failure makes a link ``dead``: without an answer it is ``unknown``.
"""

from typing import TYPE_CHECKING, Any

from pyhero.links._breaker import CircuitBreaker
from pyhero.links._cache import CACHE_FILE_NAME, CachedLink, LinkCache, read_link_health
from pyhero.links._health import ResourceHealth, resource_health, topic_health
from pyhero.links._models import CheckOptions, Hop, LinkReport, LinkStatus, LinkTarget
from pyhero.links._targets import link_targets

if TYPE_CHECKING:
    from pyhero.links._checker import check_links
    from pyhero.links._probe import retry_after

__all__ = [
    "CACHE_FILE_NAME",
    "CachedLink",
    "CheckOptions",
    "CircuitBreaker",
    "Hop",
    "LinkCache",
    "LinkReport",
    "LinkStatus",
    "LinkTarget",
    "ResourceHealth",
    "check_links",
    "link_targets",
    "read_link_health",
    "resource_health",
    "retry_after",
    "topic_health",
]


def __getattr__(name: str) -> Any:
    """The checker (and httpx with it) loads on first use: pages reading the cache stay light."""
    if name == "check_links":
        from pyhero.links._checker import check_links

        return check_links
    if name == "retry_after":
        from pyhero.links._probe import retry_after

        return retry_after
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
