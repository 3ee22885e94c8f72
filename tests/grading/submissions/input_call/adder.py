import sys


def add(a, b):
    first = input("a? ")
    rest = sys.stdin.read()
    return int(first) + int(rest)
