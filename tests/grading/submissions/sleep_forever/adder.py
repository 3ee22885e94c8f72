import time


def add(a, b):
    time.sleep(10**6)
    return a + b
