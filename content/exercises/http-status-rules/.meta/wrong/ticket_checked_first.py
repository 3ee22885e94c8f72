"""Checks the "ticket" condition before the "page" one, and retries every server error
(501 included): every severe situation also matches the ticket rule, so nobody is ever
paged. The visible tests catch both."""


def status_class(code: int) -> str:
    if 100 <= code <= 199:
        return "informational"
    elif 200 <= code <= 299:
        return "success"
    elif 300 <= code <= 399:
        return "redirect"
    elif 400 <= code <= 499:
        return "client error"
    elif 500 <= code <= 599:
        return "server error"
    else:
        return "unknown"


def is_retryable(code: int, method: str) -> bool:
    safe_method = method.upper() in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS")
    return safe_method and (code == 429 or 500 <= code <= 599)


def should_cache(code: int, method: str, no_store: bool) -> bool:
    return method.upper() == "GET" and (code == 200 or code == 301) and not no_store


def alert_level(error_rate: float, p95_ms: float) -> str:
    if error_rate >= 0.01 or p95_ms > 800:
        return "ticket"
    elif error_rate >= 0.05 or p95_ms > 2000:
        return "page"
    else:
        return "ok"
