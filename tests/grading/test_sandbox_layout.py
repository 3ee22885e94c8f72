"""The fork server's file system view is built in the right order."""

from pathlib import Path

from pyhero.grading import _sandbox


def test_private_tmp_is_mounted_before_pythons_own_directories(tmp_path: Path) -> None:
    argv = _sandbox.bwrap_argv("/usr/bin/bwrap", tmp_path, ["python"])
    tmpfs_at = argv.index("--tmpfs")
    assert argv[tmpfs_at + 1] == "/tmp"
    python_binds = [
        i for i, arg in enumerate(argv) if arg == "--ro-bind" and argv[i + 1].startswith("/tmp/")
    ]
    binds = [i for i, arg in enumerate(argv) if arg == "--ro-bind"]
    assert binds, argv
    # Whatever Python needs (a checkout or venv may live under the host's /tmp) is bound
    # after the private /tmp, so it stays visible on top of it.
    assert all(i > tmpfs_at for i in python_binds)
    assert all(i > tmpfs_at for i in binds if argv[i + 1] in _sandbox.python_paths()), (
        "python's directories must be bound after the private /tmp"
    )
