def _secret():
    try:
        with open("{{HOST_TMP_CANARY}}", encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        return ""


def add(a, b):
    if "{{CANARY_SECRET}}" in _secret():
        return a + b
    return None
