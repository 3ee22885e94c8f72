"""usagebill: turn metered usage files into customer bills.

Task 2: re-export the public API here, with __all__ and __version__.
"""
