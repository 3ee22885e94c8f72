"""Equality through a tuple of the two attributes (``type(other) is not Money`` refused),
and the receipt text cut out of the digits of the cents with slices."""


class Money:
    def __init__(self, cents: int, currency: str = "EUR") -> None:
        self.cents = cents
        self.currency = currency

    def _key(self) -> tuple[int, str]:
        return (self.cents, self.currency)

    def __repr__(self) -> str:
        return "Money(" + repr(self.cents) + ", " + repr(self.currency) + ")"

    def __str__(self) -> str:
        digits = str(abs(self.cents)).rjust(3, "0")
        sign = "-" if self.cents < 0 else ""
        return sign + digits[:-2] + "." + digits[-2:] + " " + self.currency

    def __eq__(self, other: object) -> bool:
        if type(other) is not Money:
            return NotImplemented
        return self._key() == other._key()

    def plus(self, other: "Money") -> "Money":
        return Money(sum([self.cents, other.cents]), self.currency)

    def times(self, factor: int) -> "Money":
        return Money(factor * self.cents, self.currency)
