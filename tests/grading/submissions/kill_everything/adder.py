import os
import signal
import time


def add(a, b):
    # Safety catch for the test suite itself: only fire inside a pid namespace of our own.
    try:
        own_namespace = os.readlink("/proc/self/ns/pid") != "{{HOST_PIDNS}}"
    except OSError:
        own_namespace = False
    if own_namespace:
        for _ in range(3):
            if os.fork() == 0:
                time.sleep(60)
                os._exit(0)
        os.kill(-1, signal.SIGTERM)
        os.kill(-1, signal.SIGKILL)
    return a - b
