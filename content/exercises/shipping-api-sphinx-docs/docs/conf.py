"""Sphinx configuration of shipcalc's documentation."""

project = "shipcalc"

# TODO: the extensions that read the package's NumPy-style docstrings.
extensions: list[str] = []
