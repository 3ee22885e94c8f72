"""Log scanner: scan log and config lines with enumerate, break, continue and while."""


def first_error(lines: list[str]) -> int | None:
    """Return the index of the first line starting with 'ERROR', or None."""
    for index, line in enumerate(lines):
        if line.startswith("ERROR"):
            return index
    return None


def header_length(lines: list[str]) -> int:
    """Return how many lines come before the first blank line (all, without one)."""
    count = 0
    for line in lines:
        if line.strip() == "":
            break
        count += 1
    return count


def config_lines(lines: list[str]) -> list[str]:
    """Return the stripped lines that are neither blank nor comments."""
    kept: list[str] = []
    for line in lines:
        text = line.strip()
        if text == "" or text.startswith("#"):
            continue
        kept.append(text)
    return kept


def retries_within(first_delay: int, budget: int) -> int:
    """Return how many doubling retry delays fit into budget seconds."""
    retries = 0
    waited = 0
    delay = first_delay
    while waited + delay <= budget:
        retries += 1
        waited += delay
        delay *= 2
    return retries
