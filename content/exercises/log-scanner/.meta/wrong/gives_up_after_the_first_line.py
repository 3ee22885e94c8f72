"""Puts ``else: return None`` inside the loop: the function returns during the first round
whatever the first line is, so an error on any later line is never found. The visible tests
catch it."""


def first_error(lines: list[str]) -> int | None:
    for index, line in enumerate(lines):
        if line.startswith("ERROR"):
            return index
        else:
            return None
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
        text = line.strip()
        if text == "" or text.startswith("#"):
            continue
        kept.append(text)
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
