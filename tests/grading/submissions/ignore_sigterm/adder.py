import signal
import time

for _signal in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGUSR1):
    signal.signal(_signal, signal.SIG_IGN)


def add(a, b):
    while True:
        time.sleep(1)
