"""pyhero: learn Python backend and data engineering, from zero to senior."""

__version__ = "0.1.0"
__all__ = ["__version__"]
