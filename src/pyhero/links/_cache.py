"""The link cache: each URL's last known health and the validators for conditional requests.

One JSON file (``<cache dir>/links.json``), written atomically. A run that only gets
``unknown`` for a URL keeps the last definite answer and notes the failed attempt, so an
offline run never erases what an earlier run learned.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from pyhero.links._models import Hop, LinkReport, LinkStatus

__all__ = ["CACHE_FILE_NAME", "CachedLink", "LinkCache", "read_link_health"]

CACHE_FILE_NAME = "links.json"
_VERSION = 1


@dataclass(frozen=True, slots=True)
class CachedLink:
    """What is known about one URL; ``status`` and ``checked_at`` describe the last definite
    answer (or the last attempt when there never was one)."""

    url: str
    status: LinkStatus
    reason: str
    checked_at: datetime
    http_status: int | None = None
    final_url: str | None = None
    suggestion: str | None = None
    redirects: tuple[Hop, ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    validated_url: str | None = None
    """The URL that sent ``etag``/``last_modified`` (the last hop of a redirect chain)."""
    get_only: bool = False
    """The server refused HEAD for this link: the next run asks with GET straight away."""
    last_attempt_at: datetime | None = None
    last_attempt_reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["status"] = self.status.value
        data["checked_at"] = self.checked_at.isoformat()
        data["last_attempt_at"] = self.last_attempt_at.isoformat() if self.last_attempt_at else None
        data["redirects"] = [[hop.url, hop.status] for hop in self.redirects]
        return {k: v for k, v in data.items() if v is not None and v != [] and v is not False}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CachedLink:
        attempt = data.get("last_attempt_at")
        return cls(
            url=str(data["url"]),
            status=LinkStatus(data["status"]),
            reason=str(data.get("reason", "")),
            checked_at=datetime.fromisoformat(data["checked_at"]),
            http_status=data.get("http_status"),
            final_url=data.get("final_url"),
            suggestion=data.get("suggestion"),
            redirects=tuple(Hop(str(u), int(s)) for u, s in data.get("redirects", [])),
            etag=data.get("etag"),
            last_modified=data.get("last_modified"),
            validated_url=data.get("validated_url"),
            get_only=bool(data.get("get_only", False)),
            last_attempt_at=datetime.fromisoformat(attempt) if attempt else None,
            last_attempt_reason=data.get("last_attempt_reason"),
        )


class LinkCache:
    """The cache file's entries in memory; :meth:`save` writes them back atomically."""

    def __init__(self, path: Path, entries: dict[str, CachedLink] | None = None) -> None:
        self.path = path
        self.entries: dict[str, CachedLink] = dict(entries or {})

    @classmethod
    def load(cls, path: Path) -> LinkCache:
        """Read ``path``; a missing, unreadable or foreign file gives an empty cache."""
        return cls(path, dict(_read(path)))

    def get(self, url: str) -> CachedLink | None:
        return self.entries.get(url)

    def record(
        self,
        report: LinkReport,
        etag: str | None = None,
        last_modified: str | None = None,
        validated_url: str | None = None,
        get_only: bool = False,
    ) -> None:
        """Remember ``report``; an ``unknown`` one never replaces a definite answer."""
        previous = self.entries.get(report.url)
        if report.status is LinkStatus.KNOWN_DEAD:
            return
        if not report.status.definite and previous is not None and previous.status.definite:
            self.entries[report.url] = replace(
                previous, last_attempt_at=report.checked_at, last_attempt_reason=report.reason
            )
            return
        keep_validators = report.cached and previous is not None
        self.entries[report.url] = CachedLink(
            url=report.url,
            status=report.status,
            reason=report.reason,
            checked_at=report.checked_at,
            http_status=report.http_status,
            final_url=report.final_url,
            suggestion=report.suggestion,
            redirects=report.redirects,
            etag=previous.etag if keep_validators and previous else etag,
            last_modified=previous.last_modified if keep_validators and previous else last_modified,
            validated_url=(
                previous.validated_url if keep_validators and previous else validated_url
            ),
            get_only=get_only,
        )

    def save(self) -> None:
        """Write the file atomically (a reader never sees half of it)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        document = {
            "version": _VERSION,
            "links": {url: entry.to_json() for url, entry in sorted(self.entries.items())},
        }
        fd, tmp = tempfile.mkstemp(prefix=".links-", suffix=".json", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(document, out, indent=1, ensure_ascii=False)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _read(path: Path) -> dict[str, CachedLink]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(document, dict) or document.get("version") != _VERSION:
        return {}
    entries: dict[str, CachedLink] = {}
    for url, data in dict(document.get("links") or {}).items():
        try:
            entries[url] = CachedLink.from_json({**data, "url": url})
        except (KeyError, TypeError, ValueError):
            continue  # one damaged entry costs that entry only
    return entries


@lru_cache(maxsize=4)
def _read_stamped(path: Path, mtime_ns: int, size: int) -> dict[str, CachedLink]:
    return _read(path)


def read_link_health(path: Path) -> dict[str, CachedLink]:
    """The cache's entries for display (topic pages); re-read only when the file changed."""
    try:
        stat = path.stat()
    except OSError:
        return {}
    return dict(_read_stamped(path, stat.st_mtime_ns, stat.st_size))
