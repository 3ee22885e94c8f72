"""``page_bounds`` starts page ``page`` at ``page * per_page``, forgetting that pages count
from 1 while positions count from 0.

Page 1 then shows the second page of results. The visible tests catch it.
"""


def build_url(path: str, host: str = "api.example.com", scheme: str = "https") -> str:
    return f"{scheme}://{host}/{path.removeprefix('/')}"


def page_bounds(page: int = 1, per_page: int = 20) -> tuple[int, int]:
    start = page * per_page
    return start, start + per_page


def paginate(items: list[str], page: int = 1, per_page: int = 20) -> list[str]:
    start, stop = page_bounds(page, per_page)
    return items[start:stop]


def page_url(path: str, page: int = 1, per_page: int = 20, host: str = "api.example.com") -> str:
    parts = []
    if page != 1:
        parts.append(f"page={page}")
    if per_page != 20:
        parts.append(f"per_page={per_page}")
    url = build_url(path, host=host)
    return url + "?" + "&".join(parts) if parts else url
