"""Writes the summary with a fixed plural and without thousands separators: ``"1
services, 1 requests"`` and ``1235547`` instead of ``1,235,547``. The visible tests catch
it."""


def name_width(names: list[str], minimum: int) -> int:
    width = minimum
    for name in names:
        width = max(width, len(name))
    return width


def format_row(name: str, requests: int, error_ratio: float, width: int) -> str:
    return f"{name:<{width}} | {requests:>12,} | {error_ratio:>7.2%}"


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
    total = sum(requests for _, requests, _ in rows)
    return f"{len(rows)} services, {total} requests in total"
