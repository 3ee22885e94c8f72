"""Receipt formatting: fixed-width receipt lines with f-string format specifications."""


def money(amount: float) -> str:
    """Return amount with exactly two decimals."""
    raise NotImplementedError("money")


def receipt_line(name: str, quantity: int, unit_price: float) -> str:
    """Return the 38-character receipt line for one product."""
    raise NotImplementedError("receipt_line")


def total_line(total: float) -> str:
    """Return 'TOTAL' and the total, aligned under the line totals."""
    raise NotImplementedError("total_line")


def share(part: float, whole: float) -> str:
    """Return part / whole as a percentage with one decimal, or 'n/a' when whole is 0."""
    raise NotImplementedError("share")
