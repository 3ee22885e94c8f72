"""Removing a run directory whatever a submission left in it.

A submission can leave trees deeper than the recursion limit, paths longer than ``PATH_MAX``,
directories without permissions and symbolic links to anything.  :func:`remove_tree` walks
the tree without recursion, holding one directory descriptor at a time, and works relative to
descriptors only: it never follows a symbolic link and never builds a long path.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass, field

__all__ = ["remove_tree"]

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


@dataclass
class _Level:
    """A directory being emptied: its name in its parent and the subdirectories still to do."""

    name: str
    identity: tuple[int, int]
    pending: list[str] = field(default_factory=list)


def remove_tree(path: str | os.PathLike[str]) -> bool:
    """Remove ``path`` (a file, a link or a directory tree); never raises ``OSError``.

    Returns True when ``path`` is gone.  Whatever cannot be removed is left in place.
    """
    parent, name = os.path.split(os.path.abspath(os.fspath(path)))
    try:
        parent_fd = os.open(parent, _DIR_FLAGS)
    except OSError:
        return not os.path.lexists(path)
    try:
        if _unlink(parent_fd, name):
            return True
        return _remove_directory(parent_fd, name)
    except OSError:
        return False
    finally:
        os.close(parent_fd)


def _unlink(dir_fd: int, name: str) -> bool:
    """Remove a non-directory entry; False when ``name`` is a directory."""
    try:
        os.unlink(name, dir_fd=dir_fd)
    except FileNotFoundError:
        return True
    except IsADirectoryError:
        return False
    except PermissionError:  # the directory is not writable (or it is a directory)
        _make_usable(dir_fd)
        try:
            os.unlink(name, dir_fd=dir_fd)
        except IsADirectoryError:
            return False
    return True


def _make_usable(fd: int) -> None:
    """Give the owner every permission on an open directory (our own files only)."""
    with contextlib.suppress(OSError):
        mode = os.fstat(fd).st_mode
        if mode & stat.S_IRWXU != stat.S_IRWXU:
            os.fchmod(fd, stat.S_IMODE(mode) | stat.S_IRWXU)


def _open_directory(dir_fd: int, name: str) -> int | None:
    """Open the subdirectory ``name``; a directory without permissions is given them first."""
    try:
        fd = os.open(name, _DIR_FLAGS, dir_fd=dir_fd)
    except PermissionError:
        try:
            handle = os.open(name, os.O_PATH | _DIR_FLAGS, dir_fd=dir_fd)
        except OSError:
            return None
        try:
            os.chmod(f"/proc/self/fd/{handle}", stat.S_IRWXU)
            fd = os.open(name, _DIR_FLAGS, dir_fd=dir_fd)
        except OSError:
            return None
        finally:
            os.close(handle)
    except OSError:
        return None
    _make_usable(fd)
    return fd


def _clear_files(fd: int) -> list[str]:
    """Unlink every non-directory entry of the open directory; its subdirectories' names."""
    subdirectories: list[str] = []
    with os.scandir(fd) as entries:
        for entry in entries:
            with contextlib.suppress(OSError):
                if not _unlink(fd, entry.name):
                    subdirectories.append(entry.name)
    return subdirectories


def _identity(fd: int) -> tuple[int, int]:
    info = os.fstat(fd)
    return info.st_dev, info.st_ino


def _remove_directory(top_parent_fd: int, top_name: str) -> bool:
    """Empty and remove ``top_name``, depth first, going back up through ``..``.

    Going up, the parent reached through ``..`` must be the directory we came down from;
    a tree moved while we work is left alone.
    """
    fd = _open_directory(top_parent_fd, top_name)
    if fd is None:
        return False
    complete = True
    ancestors: list[_Level] = []
    current = _Level(top_name, _identity(fd), _clear_files(fd))
    try:
        while True:
            if current.pending:
                name = current.pending.pop()
                child = _open_directory(fd, name)
                if child is None:
                    complete = False
                    continue
                ancestors.append(current)
                os.close(fd)
                fd = child
                current = _Level(name, _identity(fd), _clear_files(fd))
                continue
            if not ancestors:
                break
            parent = ancestors.pop()
            parent_fd = os.open("..", _DIR_FLAGS, dir_fd=fd)
            os.close(fd)
            fd = parent_fd
            if _identity(fd) != parent.identity:
                return False
            try:
                os.rmdir(current.name, dir_fd=fd)
            except OSError:
                complete = False
            current = parent
    finally:
        os.close(fd)
    try:
        os.rmdir(top_name, dir_fd=top_parent_fd)
    except OSError:
        return False
    return complete
