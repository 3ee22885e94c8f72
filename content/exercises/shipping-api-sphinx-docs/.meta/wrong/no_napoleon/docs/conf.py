"""Leaves napoleon out: autodoc alone reads the docstrings as plain reST, where NumPy's
underlined section titles are not allowed inside a docstring ('Unexpected section title').
Caught by the -W build and the field checks.
"""

import sys
from pathlib import Path

# The package sits beside docs/: autodoc imports it from there.
sys.path.append(str(Path(__file__).resolve().parent.parent))

project = "shipcalc"
extensions = ["sphinx.ext.autodoc"]
