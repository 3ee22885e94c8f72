"""HTTP status rules: the small decisions an API gateway makes about each response."""

SAFE_TO_REPEAT = ("GET", "HEAD", "PUT", "DELETE", "OPTIONS")


def status_class(code: int) -> str:
    """Return the class of an HTTP status code (see the instructions)."""
    if code < 100 or code > 599:
        return "unknown"
    elif code < 200:
        return "informational"
    elif code < 300:
        return "success"
    elif code < 400:
        return "redirect"
    elif code < 500:
        return "client error"
    else:
        return "server error"


def is_retryable(code: int, method: str) -> bool:
    """Return whether the request may be sent again."""
    safe_method = method.upper() in SAFE_TO_REPEAT
    worth_retrying = code == 429 or (500 <= code <= 599 and code != 501)
    return safe_method and worth_retrying


def should_cache(code: int, method: str, no_store: bool) -> bool:
    """Return whether the response may be cached."""
    return method.upper() == "GET" and (code == 200 or code == 301) and not no_store


def alert_level(error_rate: float, p95_ms: float) -> str:
    """Return 'page', 'ticket' or 'ok'."""
    if error_rate >= 0.05 or p95_ms > 2000:
        return "page"
    elif error_rate >= 0.01 or p95_ms > 800:
        return "ticket"
    else:
        return "ok"
