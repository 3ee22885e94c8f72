for _path in ("{{HOST_TMP_WRITTEN}}", "{{HOME_WRITTEN}}", "{{TRUSTED_DIR}}/written-{{TOKEN}}"):
    try:
        with open(_path, "w", encoding="utf-8") as _handle:
            _handle.write("escaped the sandbox\n")
    except OSError:
        pass


def add(a, b):
    return a + b
