"""Another layout: autofunction and autoclass directives on the API page, napoleon's
defaults, the package found through the working directory as `make html` runs it, a titles-only
toctree and a cross-reference written with the full path in the text."""

import os
import sys

sys.path.insert(0, os.path.abspath(".."))

project = "shipcalc"
copyright = "2026, Checkout team"
extensions = ["sphinx.ext.napoleon", "sphinx.ext.autodoc", "sphinx.ext.viewcode"]
html_theme = "alabaster"
