"""Classifies by the hundreds digit (``code // 100``) looked up in a dict, decides the
retry with early returns, and tests the alert thresholds from the calm end up."""

CLASSES = {1: "informational", 2: "success", 3: "redirect", 4: "client error", 5: "server error"}


def status_class(code: int) -> str:
    if code < 100:
        return "unknown"
    return CLASSES.get(code // 100, "unknown")


def is_retryable(code: int, method: str) -> bool:
    if method.upper() not in {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}:
        return False
    if code == 429:
        return True
    return status_class(code) == "server error" and code != 501


def should_cache(code: int, method: str, no_store: bool) -> bool:
    if no_store or method.upper() != "GET":
        return False
    return code in (200, 301)


def alert_level(error_rate: float, p95_ms: float) -> str:
    if error_rate < 0.01 and p95_ms <= 800:
        return "ok"
    if error_rate < 0.05 and p95_ms <= 2000:
        return "ticket"
    return "page"
