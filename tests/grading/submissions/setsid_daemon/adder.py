import os
import time


def _daemonize():
    if os.fork() != 0:
        return
    try:
        os.setsid()
        if os.fork() != 0:
            os._exit(0)
        # The grandchild keeps every inherited descriptor open (result pipes included).
        with open("/proc/self/comm", "w") as comm:
            comm.write("phx{{TOKEN}}")
        while True:
            time.sleep(0.2)
    finally:
        os._exit(0)


_daemonize()


def add(a, b):
    return a * b
