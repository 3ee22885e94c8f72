import os
import sys

_JUNK = b"\xff\xfe\xc3(\x1b[2J\x1b[H\x1b]0;pwned title\x07\x1b[31mred\x1b[0m\x9b1m\x07\r\x08bell\x00nul\n"


def add(a, b):
    sys.stdout.buffer.write(_JUNK)
    sys.stdout.flush()
    os.write(2, _JUNK)
    print("\x1b]52;c;cHduZWQ=\x07 surrogate:\udcff", file=sys.stderr)
    return a + b
