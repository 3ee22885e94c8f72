def add(a, b):
    line = "spam " * 200
    for _ in range(64 * 1024):
        print(line)
    return a + b
