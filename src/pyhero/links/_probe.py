"""Checking one URL: HEAD first (GET when HEAD is refused), redirects followed one hop at a
time, conditional requests from the cache, and retries with backoff through tenacity."""

from __future__ import annotations

import email.utils
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from urllib.parse import urljoin

import httpx
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt
from tenacity.wait import wait_exponential, wait_random

from pyhero.links._cache import CachedLink
from pyhero.links._models import CheckOptions, Hop, LinkReport, LinkStatus

__all__ = ["Probe", "probe", "retry_after"]

_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_HEAD_REFUSED = frozenset({403, 405, 501})
_CANNOT_TELL = {
    401: "needs authentication",
    403: "access denied",
    407: "proxy authentication required",
    429: "rate limited",
    451: "unavailable for legal reasons here",
}


def _phrase(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    headers: httpx.Headers


class _Transient(Exception):
    """Worth another attempt: a timeout, a dropped connection, a 429 or a 5xx."""

    def __init__(self, reason: str, answer: _Answer | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.answer = answer


class _Unreachable(Exception):
    """The host cannot be reached at all (name not resolved, connection refused)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def retry_after(headers: httpx.Headers, now: datetime | None = None) -> float | None:
    """Seconds asked for by a Retry-After header (delta seconds or an HTTP date)."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _describe(exc: httpx.HTTPError) -> str:
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())


async def _request(
    client: httpx.AsyncClient, method: str, url: str, headers: dict[str, str]
) -> _Answer:
    try:
        response = await client.send(
            client.build_request(method, url, headers=headers), stream=True
        )
    except httpx.ConnectTimeout as exc:
        raise _Transient("connect timed out") from exc
    except httpx.TimeoutException as exc:
        raise _Transient("timed out") from exc
    except httpx.ConnectError as exc:
        raise _Unreachable(f"cannot connect: {_describe(exc)}") from exc
    except (httpx.RemoteProtocolError, httpx.NetworkError) as exc:
        raise _Transient(f"connection broken: {_describe(exc)}") from exc
    except httpx.HTTPError as exc:
        raise _Unreachable(_describe(exc)) from exc
    try:
        answer = _Answer(response.status_code, response.headers)
    finally:
        await response.aclose()
    if answer.status in _RETRY_STATUS:
        raise _Transient(_phrase(answer.status), answer)
    return answer


class _Wait:
    """Retry-After when the server sent one (capped), else exponential backoff with jitter."""

    def __init__(self, options: CheckOptions) -> None:
        self._backoff = wait_exponential(
            multiplier=options.backoff, max=options.max_backoff
        ) + wait_random(0, options.backoff / 2)

    def __call__(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, _Transient) and error.answer is not None:
            asked = retry_after(error.answer.headers)
            if asked is not None:
                return asked
        return float(self._backoff(state))


def _worth_retrying(options: CheckOptions) -> Callable[[BaseException], bool]:
    def check(error: BaseException) -> bool:
        if not isinstance(error, _Transient):
            return False
        asked = retry_after(error.answer.headers) if error.answer else None
        return asked is None or asked <= options.max_retry_after

    return check


@dataclass(slots=True)
class Probe:
    """The raw outcome of :func:`probe`: the report and the validators to cache."""

    report: LinkReport
    etag: str | None = None
    last_modified: str | None = None
    validated_url: str | None = None
    reached_host: bool = True
    """False when the host gave no usable answer (counts against its circuit)."""
    get_only: bool = False
    """The server refused HEAD: remember to ask with GET next time."""


async def _fetch(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    headers: dict[str, str],
    options: CheckOptions,
    count: Callable[[], None],
) -> _Answer:
    retrying = AsyncRetrying(
        stop=stop_after_attempt(options.retries + 1),
        wait=_Wait(options),
        retry=retry_if_exception(_worth_retrying(options)),
        reraise=True,
    )
    async for attempt in retrying:
        with attempt:
            count()
            return await _request(client, method, url, headers)
    raise AssertionError("tenacity either returns or reraises")  # pragma: no cover


def _conditional(cached: CachedLink | None, url: str) -> dict[str, str]:
    """If-None-Match / If-Modified-Since for the URL that last answered with validators."""
    healthy = (LinkStatus.OK, LinkStatus.REDIRECTED)
    if cached is None or cached.validated_url != url or cached.status not in healthy:
        return {}
    headers: dict[str, str] = {}
    if cached.etag:
        headers["If-None-Match"] = cached.etag
    if cached.last_modified:
        headers["If-Modified-Since"] = cached.last_modified
    return headers


def _permanent_target(hops: list[Hop], final_url: str) -> str | None:
    """Where the leading run of permanent redirects (301/308) lands."""
    leading = 0
    while leading < len(hops) and hops[leading].permanent:
        leading += 1
    if leading == 0:
        return None
    return hops[leading].url if leading < len(hops) else final_url


async def probe(
    client: httpx.AsyncClient,
    url: str,
    cached: CachedLink | None,
    options: CheckOptions,
    now: Callable[[], datetime],
) -> Probe:
    """Check ``url``; never raises for anything the network or the server does."""
    attempts = 0

    def count() -> None:
        nonlocal attempts
        attempts += 1

    hops: list[Hop] = []
    current, method = url, "GET" if cached is not None and cached.get_only else "HEAD"

    def finish(
        status: LinkStatus, reason: str, code: int | None, cached: bool = False
    ) -> LinkReport:
        return LinkReport(
            url=url,
            status=status,
            reason=reason,
            checked_at=now(),
            http_status=code,
            redirects=tuple(hops),
            final_url=current if hops else None,
            suggestion=_permanent_target(hops, current),
            attempts=attempts,
            cached=cached,
        )

    for _ in range(options.max_redirects + 1):
        headers = _conditional(cached, current)
        try:
            answer = await _fetch(client, method, current, headers, options, count)
            if method == "HEAD" and answer.status in _HEAD_REFUSED:
                method = "GET"
                answer = await _fetch(client, method, current, headers, options, count)
        except _Transient as exc:
            return Probe(
                finish(LinkStatus.UNKNOWN, _gave_up(exc, options), _code(exc)), reached_host=False
            )
        except _Unreachable as exc:
            return Probe(finish(LinkStatus.UNKNOWN, exc.reason, None), reached_host=False)
        location = answer.headers.get("location")
        if 300 <= answer.status < 400 and answer.status != 304 and location:
            target = urljoin(current, location)
            hops.append(Hop(current, answer.status))
            if target == url or any(hop.url == target for hop in hops):
                chain = " -> ".join([*(h.url for h in hops), target])
                return Probe(finish(LinkStatus.DEAD, f"redirect loop: {chain}", answer.status))
            current = target
            continue
        break
    else:
        reason = f"more than {options.max_redirects} redirects"
        return Probe(finish(LinkStatus.DEAD, reason, answer.status))

    code = answer.status
    get_only = method == "GET"
    landed = LinkStatus.REDIRECTED if hops else LinkStatus.OK
    if code == 304 and cached is not None:
        reason = f"{_phrase(304)} since {cached.checked_at:%Y-%m-%d}"
        return Probe(finish(landed, reason, code, cached=True), get_only=get_only)
    if 200 <= code < 300:
        return Probe(
            finish(landed, _phrase(code), code),
            etag=answer.headers.get("etag"),
            last_modified=answer.headers.get("last-modified"),
            validated_url=current,
            get_only=get_only,
        )
    if code in _CANNOT_TELL:
        return Probe(finish(LinkStatus.UNKNOWN, f"{_phrase(code)}: {_CANNOT_TELL[code]}", code))
    if 400 <= code < 500:
        return Probe(finish(LinkStatus.DEAD, _phrase(code), code))
    return Probe(finish(LinkStatus.UNKNOWN, f"unexpected answer {_phrase(code)}", code))


def _code(error: _Transient) -> int | None:
    return error.answer.status if error.answer else None


def _gave_up(error: _Transient, options: CheckOptions) -> str:
    """The reason of the last failed attempt, saying so when Retry-After was too long."""
    asked = retry_after(error.answer.headers) if error.answer else None
    if asked is not None and asked > options.max_retry_after:
        return (
            f"{error.reason} (Retry-After {asked:.0f} s is beyond the "
            f"{options.max_retry_after:.0f} s cap)"
        )
    return error.reason
