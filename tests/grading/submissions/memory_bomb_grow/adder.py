_hoard = []


def add(a, b):
    for _ in range(512):  # bounded at 4 GiB in case no limit is in force at all
        _hoard.append(b"x" * (8 * 1024 * 1024))
    return -1
