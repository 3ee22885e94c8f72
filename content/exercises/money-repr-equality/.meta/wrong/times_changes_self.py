"""``times`` and ``plus`` change the object they are called on and return it.

The result looks right, but the caller's original price has changed too: after
``total = coffee.times(3)`` the coffee costs 10.50. The visible tests catch it.
"""


class Money:
    """An amount in cents of one currency."""

    def __init__(self, cents: int, currency: str = "EUR") -> None:
        self.cents = cents
        self.currency = currency

    def __repr__(self) -> str:
        return f"Money({self.cents!r}, {self.currency!r})"

    def __str__(self) -> str:
        sign = "-" if self.cents < 0 else ""
        whole, rest = divmod(abs(self.cents), 100)
        return f"{sign}{whole}.{rest:02d} {self.currency}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents and self.currency == other.currency

    def plus(self, other: "Money") -> "Money":
        self.cents += other.cents
        return self

    def times(self, factor: int) -> "Money":
        self.cents *= factor
        return self
