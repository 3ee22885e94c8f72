"""Log scanner: scan log and config lines with enumerate, break, continue and while."""


def first_error(lines: list[str]) -> int | None:
    """Return the index of the first line starting with 'ERROR', or None."""
    raise NotImplementedError("first_error")


def header_length(lines: list[str]) -> int:
    """Return how many lines come before the first blank line (all, without one)."""
    raise NotImplementedError("header_length")


def config_lines(lines: list[str]) -> list[str]:
    """Return the stripped lines that are neither blank nor comments."""
    raise NotImplementedError("config_lines")


def retries_within(first_delay: int, budget: int) -> int:
    """Return how many doubling retry delays fit into budget seconds."""
    raise NotImplementedError("retries_within")
