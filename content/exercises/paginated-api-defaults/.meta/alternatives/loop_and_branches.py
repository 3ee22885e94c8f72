"""A loop that picks the page's items by position, and the query built by branches."""


def build_url(path: str, host: str = "api.example.com", scheme: str = "https") -> str:
    if path.startswith("/"):
        path = path[1:]
    return scheme + "://" + host + "/" + path


def page_bounds(page: int = 1, per_page: int = 20) -> tuple[int, int]:
    return per_page * page - per_page, per_page * page


def paginate(items: list[str], page: int = 1, per_page: int = 20) -> list[str]:
    start, stop = page_bounds(page=page, per_page=per_page)
    chosen = []
    for position, item in enumerate(items):
        if start <= position < stop:
            chosen.append(item)
    return chosen


def page_url(path: str, page: int = 1, per_page: int = 20, host: str = "api.example.com") -> str:
    url = build_url(path, host)
    if page != 1 and per_page != 20:
        return f"{url}?page={page}&per_page={per_page}"
    if page != 1:
        return f"{url}?page={page}"
    if per_page != 20:
        return f"{url}?per_page={per_page}"
    return url
