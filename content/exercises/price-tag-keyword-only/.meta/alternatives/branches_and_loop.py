"""A ``for`` loop for the row, ``format()`` with a built format string, and ``resize`` with
one branch per orientation."""


def format_amount(amount: float, *, currency: str = "EUR", decimals: int = 2) -> str:
    return format(amount, "." + str(decimals) + "f") + " " + currency


def csv_row(*fields: object, sep: str = ",") -> str:
    row = ""
    for index, field in enumerate(fields):
        if index > 0:
            row += sep
        row += str(field)
    return row


def resize(width: int, height: int, *, max_side: int) -> tuple[int, int]:
    if width >= height:
        if width <= max_side:
            return width, height
        return max_side, max(1, height * max_side // width)
    if height <= max_side:
        return width, height
    return max(1, width * max_side // height), max_side
