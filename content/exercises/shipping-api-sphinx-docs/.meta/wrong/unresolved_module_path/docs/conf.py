"""Points autodoc at shipcalc.rate, a module that does not exist (a typo autodoc reports only
as a warning: the page builds, empty). Caught by the -W build and the api page tests.
"""

import sys
from pathlib import Path

# The package sits beside docs/: autodoc imports it from there.
sys.path.append(str(Path(__file__).resolve().parent.parent))

project = "shipcalc"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon"]
