"""Walks the lists with ``while`` loops and an index, uses a found-flag instead of an early
return, builds the config lines with an ``if`` instead of ``continue``, and computes the
retries with a ``for`` loop over growing powers of two and ``break``."""


def first_error(lines: list[str]) -> int | None:
    index = 0
    found = None
    while index < len(lines) and found is None:
        if lines[index][:5] == "ERROR":
            found = index
        index += 1
    return found


def header_length(lines: list[str]) -> int:
    index = 0
    while index < len(lines) and lines[index].strip():
        index += 1
    return index


def config_lines(lines: list[str]) -> list[str]:
    kept = []
    for line in lines:
        text = line.strip()
        if text and text[0] != "#":
            kept.append(text)
    return kept


def retries_within(first_delay: int, budget: int) -> int:
    retries = 0
    for count in range(1, budget + 2):
        total = first_delay * (2**count - 1)
        if total > budget:
            break
        retries = count
    return retries
