import os


def add(a, b):
    chunk = b"E" * 65536
    for _ in range(1024):
        os.write(2, chunk)
    return a + b
