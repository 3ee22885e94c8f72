"""``page_url`` calls ``build_url(path)`` without passing ``host`` on.

Every page URL then points at the default host, whatever host the caller asked for: a
parameter with a default is silently ignored. Only the sealed set tries another host.
"""


def build_url(path: str, host: str = "api.example.com", scheme: str = "https") -> str:
    return f"{scheme}://{host}/{path.removeprefix('/')}"


def page_bounds(page: int = 1, per_page: int = 20) -> tuple[int, int]:
    return (page - 1) * per_page, page * per_page


def paginate(items: list[str], page: int = 1, per_page: int = 20) -> list[str]:
    start, stop = page_bounds(page, per_page)
    return items[start:stop]


def page_url(path: str, page: int = 1, per_page: int = 20, host: str = "api.example.com") -> str:
    parts = []
    if page != 1:
        parts.append(f"page={page}")
    if per_page != 20:
        parts.append(f"per_page={per_page}")
    url = build_url(path)
    if parts:
        url += "?" + "&".join(parts)
    return url
