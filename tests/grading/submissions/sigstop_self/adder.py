import os
import signal


def add(a, b):
    os.kill(os.getpid(), signal.SIGSTOP)
    return a - b
