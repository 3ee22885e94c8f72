import os
import time


def add(a, b):
    try:
        with open("/proc/self/comm", "w") as comm:
            comm.write("phx{{TOKEN}}")
    except Exception:
        pass
    try:
        os.setsid()
    except OSError:
        pass
    time.sleep(10**6)
    return a + b
