"""Compares the method as it arrives, without ``upper()``: ``"get"`` and ``"put"`` are then
neither safe to repeat nor cacheable. The visible tests catch it."""


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
    safe_method = method in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS")
    return safe_method and (code == 429 or (500 <= code <= 599 and code != 501))


def should_cache(code: int, method: str, no_store: bool) -> bool:
    return method == "GET" and (code == 200 or code == 301) and not no_store


def alert_level(error_rate: float, p95_ms: float) -> str:
    if error_rate >= 0.05 or p95_ms > 2000:
        return "page"
    elif error_rate >= 0.01 or p95_ms > 800:
        return "ticket"
    else:
        return "ok"
