"""Helpers of a small API client: URLs and pages of results, with default values."""


def build_url(path: str, host: str = "api.example.com", scheme: str = "https") -> str:
    """``scheme://host/path``, with one leading slash of ``path`` dropped."""
    return f"{scheme}://{host}/{path.removeprefix('/')}"


def page_bounds(page: int = 1, per_page: int = 20) -> tuple[int, int]:
    """``(start, stop)`` list positions of page ``page`` (pages count from 1)."""
    start = (page - 1) * per_page
    return start, start + per_page


def paginate(items: list[str], page: int = 1, per_page: int = 20) -> list[str]:
    """The items on page ``page``; ``[]`` past the end."""
    start, stop = page_bounds(page, per_page)
    return items[start:stop]


def page_url(path: str, page: int = 1, per_page: int = 20, host: str = "api.example.com") -> str:
    """The URL of one page; the query names only the parameters that are not the default."""
    parts = []
    if page != 1:
        parts.append(f"page={page}")
    if per_page != 20:
        parts.append(f"per_page={per_page}")
    url = build_url(path, host=host)
    if parts:
        url += "?" + "&".join(parts)
    return url
