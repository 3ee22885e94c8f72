"""``python -m usagebill FILE``: print the bill of a usage file (task 3)."""


def main(argv=None):
    """Run the command line; return the exit status."""
    raise NotImplementedError
