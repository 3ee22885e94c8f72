import sys


class _Deep:
    def __repr__(self):
        return repr(self)


def add(a, b):
    sys.setrecursionlimit(10**8)
    return repr(_Deep())
