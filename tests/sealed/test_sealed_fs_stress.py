"""File-system trees from plain data, and thread stress."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from pyhero.sealed.fs import build_tree, link, list_tree
from pyhero.sealed.stress import run_threads


def test_trees_with_dot_directories_and_symlinks(tmp_path: Path) -> None:
    root = build_tree(
        tmp_path / "project",
        {
            "README.md": "# hi\r\n",
            "data.bin": b"\x00\xff",
            ".git": {"HEAD": "ref: main", "objects": {}},
            "src": {"app.py": "print()", ".env": "SECRET=1"},
            "latest": link("src/app.py"),
            "gone": link("missing.txt"),
            "source": link("src"),
        },
    )
    assert (root / "README.md").read_bytes() == b"# hi\r\n", "no newline translation"
    assert (root / "data.bin").read_bytes() == b"\x00\xff"
    assert (root / "latest").resolve() == (root / "src" / "app.py").resolve()
    assert list_tree(root) == [
        ".git/",
        ".git/HEAD",
        ".git/objects/",
        "README.md",
        "data.bin",
        "gone -> missing.txt",
        "latest -> src/app.py",
        "source -> src",
        "src/",
        "src/.env",
        "src/app.py",
    ], "links are listed, never followed"


@pytest.mark.parametrize("name", ["", ".", "..", "a/b", "nul\0"])
def test_bad_names_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match="not a file name"):
        build_tree(tmp_path, {name: "x"})


def test_unknown_nodes_are_refused(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="not int"):
        build_tree(tmp_path, {"n": 3})


def test_run_threads_releases_them_together_under_a_tiny_switch_interval() -> None:
    previous = sys.getswitchinterval()
    seen: list[float] = []
    started = threading.Barrier(4)

    def work(index: int) -> int:
        seen.append(sys.getswitchinterval())
        started.wait(timeout=5)  # all four are running at once
        return index * 10

    assert run_threads(work, threads=4) == [0, 10, 20, 30]
    assert seen == [1e-6] * 4
    assert sys.getswitchinterval() == previous


def test_run_threads_reraises_and_restores() -> None:
    previous = sys.getswitchinterval()

    def work(index: int) -> None:
        if index == 2:
            raise KeyError(index)

    with pytest.raises(KeyError):
        run_threads(work, threads=3)
    assert sys.getswitchinterval() == previous
    with pytest.raises(ValueError, match="at least 1"):
        run_threads(work, threads=0)


def test_run_threads_gives_up_on_a_stuck_thread() -> None:
    release = threading.Event()
    try:
        with pytest.raises(TimeoutError, match="still running"):
            run_threads(lambda index: release.wait(), threads=2, timeout=0.2)
    finally:
        release.set()


def test_a_race_shows_under_stress() -> None:
    """An unlocked read-modify-write loses updates when threads switch often (probabilistic:
    this test only checks that every update is counted with a lock)."""
    lock = threading.Lock()
    counter = {"n": 0}

    def bump(index: int) -> None:
        for _ in range(2000):
            with lock:
                counter["n"] += 1

    run_threads(bump, threads=8)
    assert counter["n"] == 16000
