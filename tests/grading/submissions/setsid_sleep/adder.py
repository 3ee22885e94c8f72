import ctypes
import os
import time


def add(a, b):
    try:
        ctypes.CDLL(None).prctl(15, b"phx{{TOKEN}}", 0, 0, 0)
    except Exception:
        pass
    try:
        os.setsid()
    except OSError:
        pass
    time.sleep(10**6)
    return a + b
