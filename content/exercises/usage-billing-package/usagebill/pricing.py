"""Pricing readings (middle layer: uses the models only)."""


def price_readings(readings):
    """Each customer's total, computed exactly and rounded half-up to cents once."""
    raise NotImplementedError
