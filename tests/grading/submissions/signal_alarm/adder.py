import signal
import time

signal.alarm(1)


def add(a, b):
    time.sleep(3)
    return a + b
