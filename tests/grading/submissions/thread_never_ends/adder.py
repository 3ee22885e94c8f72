import threading
import time


def _forever():
    while True:
        time.sleep(0.05)


threading.Thread(target=_forever, name="never-ends", daemon=False).start()


def add(a, b):
    return a + b
