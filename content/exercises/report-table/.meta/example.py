"""Report table: a plain-text traffic report with aligned, formatted columns."""

HEADER = "service"


def name_width(names: list[str], minimum: int) -> int:
    """Return the length of the longest name, but at least minimum."""
    width = minimum
    for name in names:
        width = max(width, len(name))
    return width


def format_row(name: str, requests: int, error_ratio: float, width: int) -> str:
    """Return one row: name in width, requests with separators, errors as a percentage."""
    return f"{name:<{width}} | {requests:>12,} | {error_ratio:>7.2%}"


def render_table(rows: list[tuple[str, int, float]]) -> str:
    """Return the header, the rule and the rows, joined with newlines."""
    width = name_width([name for name, _, _ in rows], len(HEADER))
    lines = [
        f"{HEADER:<{width}} | {'requests':>12} | {'errors':>7}",
        "-" * width + "-+-" + "-" * 12 + "-+-" + "-" * 7,
    ]
    for name, requests, error_ratio in rows:
        lines.append(format_row(name, requests, error_ratio, width))
    return "\n".join(lines)


def summary(rows: list[tuple[str, int, float]]) -> str:
    """Return '<n> services, <total> requests in total' (singular for one)."""
    if not rows:
        return "no services"
    count = len(rows)
    total = sum(requests for _, requests, _ in rows)
    services = "service" if count == 1 else "services"
    requests_word = "request" if total == 1 else "requests"
    return f"{count} {services}, {total:,} {requests_word} in total"
