import pyhero_no_such_module_anywhere  # noqa: F401


def add(a, b):
    return a + b
