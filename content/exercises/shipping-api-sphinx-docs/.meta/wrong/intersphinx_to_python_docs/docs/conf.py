"""Adds intersphinx with the Python documentation's inventory: fine on a laptop, but the build
then needs the network, which CI sandboxes and the grader do not give. Caught by the
configuration test (and the -W build, which cannot fetch it).
"""

import sys
from pathlib import Path

# The package sits beside docs/: autodoc imports it from there.
sys.path.append(str(Path(__file__).resolve().parent.parent))

project = "shipcalc"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.intersphinx"]
intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}
