"""Price metered usage against a rate card: per-unit rates with peak and off-peak hours."""

from ratecard.pricing import Rate, RateCard, UsageLine, price_usage

__all__ = ["Rate", "RateCard", "UsageLine", "__version__", "price_usage"]

__version__ = "1.4.0"
