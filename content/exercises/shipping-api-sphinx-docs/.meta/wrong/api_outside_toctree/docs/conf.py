"""Writes the index without a toctree: api.rst is then in no toctree, a warning Sphinx turns
into an error under -W, and the index has no table of contents. Caught by the visible tests.
"""

import sys
from pathlib import Path

# The package sits beside docs/: autodoc imports it from there.
sys.path.append(str(Path(__file__).resolve().parent.parent))

project = "shipcalc"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon"]
