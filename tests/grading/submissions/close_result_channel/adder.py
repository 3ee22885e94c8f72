import os

os.closerange(3, 65536)


def add(a, b):
    return a + b
