"""``page_url`` always writes both parameters, defaults included.

The API accepts the URL, but the instructions ask for only what differs (caches and logs
compare URLs as text). The visible tests catch it.
"""


def build_url(path: str, host: str = "api.example.com", scheme: str = "https") -> str:
    if path.startswith("/"):
        path = path[1:]
    return f"{scheme}://{host}/{path}"


def page_bounds(page: int = 1, per_page: int = 20) -> tuple[int, int]:
    return (page - 1) * per_page, page * per_page


def paginate(items: list[str], page: int = 1, per_page: int = 20) -> list[str]:
    start, stop = page_bounds(page, per_page)
    return items[start:stop]


def page_url(path: str, page: int = 1, per_page: int = 20, host: str = "api.example.com") -> str:
    return build_url(path, host=host) + f"?page={page}&per_page={per_page}"
