"""Sphinx configuration of shipcalc's documentation."""

import sys
from pathlib import Path

# The package sits beside docs/: autodoc imports it from there.
sys.path.append(str(Path(__file__).resolve().parent.parent))

project = "shipcalc"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon"]
