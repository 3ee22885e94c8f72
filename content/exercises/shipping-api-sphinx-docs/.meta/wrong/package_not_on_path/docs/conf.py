"""Trusts that shipcalc is importable: it is in the editor's environment, but sphinx-build run
from docs/ cannot import it, and autodoc leaves the API page empty with a warning. Caught by
the visible tests.
"""

project = "shipcalc"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon"]
