"""``__eq__`` reads ``other.cents`` without checking that ``other`` is a ``Money``.

``Money(0) == 0`` then raises ``AttributeError`` instead of being ``False``, and nothing
returns ``NotImplemented``. The visible tests catch it.
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
        return self.cents == other.cents  # type: ignore[attr-defined] and self.currency == other.currency

    def plus(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents, self.currency)

    def times(self, factor: int) -> "Money":
        return Money(self.cents * factor, self.currency)
