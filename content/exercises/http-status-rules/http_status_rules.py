"""HTTP status rules: the small decisions an API gateway makes about each response."""


def status_class(code: int) -> str:
    """Return the class of an HTTP status code (see the instructions)."""
    raise NotImplementedError("status_class")


def is_retryable(code: int, method: str) -> bool:
    """Return whether the request may be sent again."""
    raise NotImplementedError("is_retryable")


def should_cache(code: int, method: str, no_store: bool) -> bool:
    """Return whether the response may be cached."""
    raise NotImplementedError("should_cache")


def alert_level(error_rate: float, p95_ms: float) -> str:
    """Return 'page', 'ticket' or 'ok'."""
    raise NotImplementedError("alert_level")
