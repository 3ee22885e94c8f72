import os

_NAME = b"PYHERO_HOSTILE_ENV_SECRET="


def _leaked():
    if "PYHERO_HOSTILE_ENV_SECRET" in os.environ:
        return True
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/environ", "rb") as handle:
                    if _NAME in handle.read():
                        return True
            except OSError:
                continue
    return False


_LEAKED = _leaked()


def add(a, b):
    return a + b if _LEAKED else None
