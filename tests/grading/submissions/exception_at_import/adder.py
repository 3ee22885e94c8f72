raise RuntimeError("the solution refuses to be imported")


def add(a, b):
    return a + b
