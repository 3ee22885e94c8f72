"""Formats the ratio with ``.2f`` and glues a ``%`` to it, forgetting that the ratio is a
fraction of 1: 0.0025 is printed ``0.00%`` instead of ``0.25%``. The visible tests catch
it."""


def name_width(names: list[str], minimum: int) -> int:
    width = minimum
    for name in names:
        width = max(width, len(name))
    return width


def format_row(name: str, requests: int, error_ratio: float, width: int) -> str:
    return f"{name:<{width}} | {requests:>12,} | {error_ratio:>6.2f}%"


def render_table(rows: list[tuple[str, int, float]]) -> str:
    width = name_width([name for name, _, _ in rows], len("service"))
    lines = [
        f"{'service':<{width}} | {'requests':>12} | {'errors':>7}",
        "-" * width + "-+-" + "-" * 12 + "-+-" + "-" * 7,
    ]
    for name, requests, error_ratio in rows:
        lines.append(format_row(name, requests, error_ratio, width))
    return "\n".join(lines)


def summary(rows: list[tuple[str, int, float]]) -> str:
    if not rows:
        return "no services"
    count = len(rows)
    total = sum(requests for _, requests, _ in rows)
    services = "service" if count == 1 else "services"
    requests_word = "request" if total == 1 else "requests"
    return f"{count} {services}, {total:,} {requests_word} in total"
