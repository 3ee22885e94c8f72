import ctypes


def add(a, b):
    # A kernel-space address: reading it from user space is always a SIGSEGV.
    return ctypes.string_at(0xFFFFFFFFFFFF0000, 16)
