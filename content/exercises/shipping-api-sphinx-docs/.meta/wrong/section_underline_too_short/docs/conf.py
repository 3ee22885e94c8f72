"""Underlines the api page's title shorter than the title: docutils warns 'Title underline too
short', an error under -W. Caught by the visible tests.
"""

import sys
from pathlib import Path

# The package sits beside docs/: autodoc imports it from there.
sys.path.append(str(Path(__file__).resolve().parent.parent))

project = "shipcalc"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon"]
