"""Helpers of a small API client: URLs and pages of results, with default values."""


def build_url(path: str, host: str = "api.example.com", scheme: str = "https") -> str:
    """``scheme://host/path``, with one leading slash of ``path`` dropped."""
    raise NotImplementedError("build_url")


def page_bounds(page: int = 1, per_page: int = 20) -> tuple[int, int]:
    """``(start, stop)`` list positions of page ``page`` (pages count from 1)."""
    raise NotImplementedError("page_bounds")


def paginate(items: list[str], page: int = 1, per_page: int = 20) -> list[str]:
    """The items on page ``page``; ``[]`` past the end."""
    raise NotImplementedError("paginate")


def page_url(path: str, page: int = 1, per_page: int = 20, host: str = "api.example.com") -> str:
    """The URL of one page; the query names only the parameters that are not the default."""
    raise NotImplementedError("page_url")
