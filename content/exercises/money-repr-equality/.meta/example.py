"""Amounts of money as objects that print, compare and combine well."""


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
        """A new Money: this amount plus ``other`` (same currency)."""
        return Money(self.cents + other.cents, self.currency)

    def times(self, factor: int) -> "Money":
        """A new Money: this amount times ``factor``."""
        return Money(self.cents * factor, self.currency)
