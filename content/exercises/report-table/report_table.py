"""Report table: a plain-text traffic report with aligned, formatted columns."""


def name_width(names: list[str], minimum: int) -> int:
    """Return the length of the longest name, but at least minimum."""
    raise NotImplementedError("name_width")


def format_row(name: str, requests: int, error_ratio: float, width: int) -> str:
    """Return one row: name in width, requests with separators, errors as a percentage."""
    raise NotImplementedError("format_row")


def render_table(rows: list[tuple[str, int, float]]) -> str:
    """Return the header, the rule and the rows, joined with newlines."""
    raise NotImplementedError("render_table")


def summary(rows: list[tuple[str, int, float]]) -> str:
    """Return '<n> services, <total> requests in total' (singular for one)."""
    raise NotImplementedError("summary")
