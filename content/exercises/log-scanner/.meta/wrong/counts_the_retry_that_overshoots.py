"""Loops ``while waited < budget`` and counts a retry before checking its delay: the retry
that goes over the budget is counted too, and the header count forgets the file without a
blank line. The visible tests catch both."""


def first_error(lines: list[str]) -> int | None:
    for index, line in enumerate(lines):
        if line.startswith("ERROR"):
            return index
    return None


def header_length(lines: list[str]) -> int:
    for index, line in enumerate(lines):
        if line.strip() == "":
            return index
    return 0


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
    while waited < budget:
        retries += 1
        waited += delay
        delay *= 2
    return retries
