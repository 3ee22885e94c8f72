"""What a topic page shows about a resource: the content's own marks plus the cache's answer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from pyhero.curriculum import Resource, Topic
from pyhero.links._cache import CachedLink
from pyhero.links._models import LinkStatus

__all__ = ["ResourceHealth", "resource_health", "topic_health"]


@dataclass(frozen=True, slots=True)
class ResourceHealth:
    """``status`` is None when the link was never checked; ``use_instead`` is the URL to
    offer (a dead link's replacement, or where a permanent redirect leads)."""

    status: LinkStatus | None
    reason: str | None = None
    checked_at: datetime | None = None
    use_instead: str | None = None
    outdated: bool = False
    """Another resource of the topic is the current page for this one."""

    @property
    def dead(self) -> bool:
        return self.status in (LinkStatus.DEAD, LinkStatus.KNOWN_DEAD)

    @property
    def label(self) -> str:
        """A few words for a page: ``"dead (404 Not Found, checked 2026-12-07)"``."""
        if self.status is None:
            return "not checked yet"
        if self.status is LinkStatus.KNOWN_DEAD:
            return f"dead: {self.reason}"
        when = f", checked {self.checked_at:%Y-%m-%d}" if self.checked_at else ""
        words = {
            LinkStatus.OK: "ok",
            LinkStatus.REDIRECTED: "moved" if self.use_instead else "redirects",
            LinkStatus.DEAD: "dead",
            LinkStatus.UNKNOWN: "could not be checked",
        }[self.status]
        return f"{words} ({self.reason}{when})"


def resource_health(
    resource: Resource, cached: CachedLink | None, outdated: bool = False
) -> ResourceHealth:
    """The content's ``dead`` mark wins; otherwise the cache's last known answer."""
    if resource.dead is not None:
        return ResourceHealth(
            LinkStatus.KNOWN_DEAD,
            resource.dead,
            use_instead=resource.replacement,
            outdated=outdated,
        )
    if cached is None:
        return ResourceHealth(None, outdated=outdated)
    use_instead = cached.suggestion
    if use_instead is None and cached.status is LinkStatus.DEAD:
        use_instead = resource.replacement
    return ResourceHealth(cached.status, cached.reason, cached.checked_at, use_instead, outdated)


def topic_health(topic: Topic, cache: Mapping[str, CachedLink]) -> dict[str, ResourceHealth]:
    """Each resource URL of ``topic`` with what a page should say about it."""
    superseded = {r.supersedes for r in topic.resources if r.supersedes}
    return {
        r.url: resource_health(r, cache.get(r.url), outdated=r.url in superseded)
        for r in topic.resources
    }
