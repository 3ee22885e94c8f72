"""Removing run directories: deep trees, long paths, no permissions, links never followed."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from collections.abc import Callable
from pathlib import Path

from pyhero.grading import Grader, Verdict
from pyhero.grading._removal import remove_tree

MakeExercise = Callable[..., Path]


def _chain(base: Path, depth: int, name: str = "d") -> None:
    """``depth`` nested directories under ``base``, made relative to descriptors."""
    fd = os.open(base, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for _ in range(depth):
            os.mkdir(name, dir_fd=fd)
            child = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = child
        with open(os.open("bottom.txt", os.O_WRONLY | os.O_CREAT, 0o600, dir_fd=fd), "w") as f:
            f.write("deep")
    finally:
        os.close(fd)


def test_a_tree_deeper_than_recursion_and_path_max_is_removed(tmp_path: Path) -> None:
    run = tmp_path / "run"
    run.mkdir()
    _chain(run, 5000, name="a" * 40)  # about 205,000 characters of path
    assert remove_tree(run)
    assert not run.exists()


def test_links_are_removed_never_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep")
    run = tmp_path / "run"
    (run / "sub").mkdir(parents=True)
    (run / "to-dir").symlink_to(outside)
    (run / "sub" / "to-file").symlink_to(outside / "keep.txt")
    (run / "dangling").symlink_to(tmp_path / "nowhere")
    os.link(outside / "keep.txt", run / "hard-link")
    assert remove_tree(run)
    assert not run.exists()
    assert (outside / "keep.txt").read_text() == "keep"


def test_special_files_and_a_single_file(tmp_path: Path) -> None:
    run = tmp_path / "run"
    run.mkdir()
    os.mkfifo(run / "fifo")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(run / "sock"))
    alone = tmp_path / "alone.txt"
    alone.write_text("x")
    assert remove_tree(run)
    assert remove_tree(alone)
    assert remove_tree(tmp_path / "never-existed")
    assert not run.exists()
    assert not alone.exists()


def _as_unprivileged(action: Callable[[], bool]) -> bool:
    """Run ``action`` in a child with an ordinary uid (root ignores permissions)."""
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
            code = 0 if action() else 2
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


def test_directories_without_permissions_are_removed() -> None:
    base = Path(tempfile.mkdtemp(prefix="pyhero-removal-"))  # reachable by any uid
    base.chmod(0o777)
    run = base / "run"

    def build_and_remove() -> bool:
        (run / "locked" / "inner").mkdir(parents=True)
        (run / "locked" / "inner" / "file").write_text("x")
        (run / "locked" / "file").write_text("x")
        (run / "locked" / "inner").chmod(0)
        (run / "locked").chmod(0o500)
        (run / "unreadable").mkdir()
        (run / "unreadable").chmod(0o300)
        run.chmod(0o500)
        return remove_tree(run) and not run.exists()

    try:
        assert _as_unprivileged(build_and_remove)
    finally:
        shutil.rmtree(base)


def test_close_removes_a_deep_tree_left_by_a_test(make_exercise: MakeExercise) -> None:
    """Local mode: the run directory is the test's current directory."""
    deep = """
    import os


    def test_deep():
        os.chmod(".", 0o755)  # same uid as the host in local mode: read-only is advisory
        fd = os.open(".", os.O_RDONLY)
        for _ in range(5000):
            try:
                os.mkdir("d", dir_fd=fd)
                child = os.open("d", os.O_RDONLY, dir_fd=fd)
            except OSError:
                break
            os.close(fd)
            fd = child
        assert True
    """
    exercise = make_exercise("deep", {"deep.py": "", "deep_test.py": deep})
    grader = Grader(workers=1, isolation="local")
    jobs = grader._jobs_dir
    try:
        result = grader.grade(exercise)
    finally:
        grader.close()
    assert result.verdict is Verdict.passed, result.message
    assert not jobs.exists()
