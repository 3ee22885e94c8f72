"""``paginate`` slices 20 items whatever ``per_page`` says, and ``build_url`` keeps a
leading slash (``https://host//orders``).

Both come from writing the usual value where the parameter belongs. The visible tests catch
them.
"""


def build_url(path: str, host: str = "api.example.com", scheme: str = "https") -> str:
    return scheme + "://" + host + "/" + path


def page_bounds(page: int = 1, per_page: int = 20) -> tuple[int, int]:
    return (page - 1) * per_page, page * per_page


def paginate(items: list[str], page: int = 1, per_page: int = 20) -> list[str]:
    start = (page - 1) * per_page
    return items[start : start + 20]


def page_url(path: str, page: int = 1, per_page: int = 20, host: str = "api.example.com") -> str:
    url = build_url(path, host=host)
    if page != 1 and per_page != 20:
        return f"{url}?page={page}&per_page={per_page}"
    if page != 1:
        return f"{url}?page={page}"
    if per_page != 20:
        return f"{url}?per_page={per_page}"
    return url
