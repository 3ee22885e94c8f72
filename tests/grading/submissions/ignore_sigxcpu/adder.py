import signal

signal.signal(signal.SIGXCPU, signal.SIG_IGN)


def add(a, b):
    while True:
        a += b
