"""``python -m ratecard``: the same as the ``ratecard`` command."""

import sys

from ratecard.cli import main

sys.exit(main())
