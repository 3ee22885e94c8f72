"""Formatting a bill (top layer of the library: knows only amounts)."""


def format_bill(totals, currency="EUR"):
    """One ``customer: amount CUR`` line per customer (by name), then the ``TOTAL`` line."""
    raise NotImplementedError
