import os
import sys

_HIDDEN = "lone \ud800 nul \x00 bidi \u202e\u2066\u200f\u061c bell \x07 cr \r csi \x9b2J end"


def add(a, b):
    os.write(1, b"raw \xed\xa0\x80 \xe2\x80\xae \x00 \x1b[2J \xc2\x9b bytes\n")
    sys.stdout.write(_HIDDEN + "\n")
    sys.stderr.write(_HIDDEN + "\n")
    raise ValueError(_HIDDEN)
