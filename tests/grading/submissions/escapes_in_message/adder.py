def add(a, b):
    return "\x1b[2J\x1b[H\x1b]0;pwned\x07\x1b[5m\udcff\x00 surprise"
