"""``parse_all`` appends the number after the ``try`` statement instead of in ``else``.

After a bad text, ``number`` still holds the previous text's value (or does not exist yet),
so that value is added a second time, or ``NameError`` is raised. The visible tests catch
it.
"""


def parse_quantity(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def safe_ratio(part: float, whole: float) -> float | None:
    try:
        return part / whole
    except ZeroDivisionError:
        return None


def parse_all(texts: list[str]) -> tuple[list[int], list[str]]:
    numbers: list[int] = []
    rejected: list[str] = []
    for text in texts:
        try:
            number = int(text)
        except ValueError:
            rejected.append(text)
        numbers.append(number)
    return numbers, rejected
