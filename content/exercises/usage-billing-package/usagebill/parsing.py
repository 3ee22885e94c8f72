"""Reading usage lines (middle layer: uses the models and the errors)."""

# Task 1: import what you need from the package's lower layers, relatively.


def parse_line(text, line_no):
    """One ``customer,metric,quantity`` line; ``None`` for a blank line or a comment."""
    raise NotImplementedError


def parse_lines(lines):
    """Every reading of ``lines`` (numbered from 1); the first bad line raises."""
    raise NotImplementedError
