"""``__str__`` splits the cents with ``//`` and ``%`` on the signed amount.

For negative amounts Python rounds ``//`` down, so -5 cents becomes ``-1.95`` (that is
-1 unit and 95 cents). Positive amounts come out right. The visible tests catch it.
"""


class Money:
    """An amount in cents of one currency."""

    def __init__(self, cents: int, currency: str = "EUR") -> None:
        self.cents = cents
        self.currency = currency

    def __repr__(self) -> str:
        return f"Money({self.cents!r}, {self.currency!r})"

    def __str__(self) -> str:
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents and self.currency == other.currency

    def plus(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents, self.currency)

    def times(self, factor: int) -> "Money":
        return Money(self.cents * factor, self.currency)
