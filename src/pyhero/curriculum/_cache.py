"""The loaded curriculum, kept between commands while nothing it was read from has changed.

A command of the CLI loads the whole content: every section file, every exercise's
``.meta/config.json``, every environment's lock, all validated. The result is kept in the
cache directory with a fingerprint of what it was read from: the status (modification time,
size, inode) of those files and of the directories whose listing decides which files exist,
and of pyhero's own modules (a changed model may not read an old cache). A later load whose
fingerprint matches reads the cache instead. Anything wrong with the cache (missing, from
another version, unreadable, truncated) means a fresh load; failing to write it is ignored.

File times advance in clock ticks of a few milliseconds, so a file written twice within one
tick keeps its time. A load is therefore only kept when everything it read is older than
``SETTLED_NS``: any later change then gets a newer time than the one recorded.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from pyhero.curriculum._curriculum import Curriculum

__all__ = ["load_cached"]

_FORMAT = b"pyhero-curriculum-cache-1"
_CODE_ROOT = Path(__file__).resolve().parent.parent
SETTLED_NS = 2_000_000_000


def _status(path: Path) -> tuple[bytes, int]:
    try:
        info = os.stat(path)
    except OSError:
        return f"{path}\0-\n".encode(), 0
    line = f"{path}\0{info.st_mtime_ns}\0{info.st_ctime_ns}\0{info.st_size}\0{info.st_ino}\n"
    return line.encode(), max(info.st_mtime_ns, info.st_ctime_ns)


def _subdirectories(directory: Path) -> list[Path]:
    try:
        with os.scandir(directory) as entries:
            found = [Path(e.path) for e in entries if e.is_dir() and not e.name.startswith(".")]
    except OSError:
        return []
    return sorted(found)


def _files_below(directory: Path, suffix: str) -> Iterator[Path]:
    for root, subdirs, files in os.walk(directory):
        subdirs[:] = sorted(d for d in subdirs if d != "__pycache__")
        yield Path(root)
        yield from (Path(root) / name for name in sorted(files) if name.endswith(suffix))


def _watched(content_dir: Path) -> Iterator[Path]:
    """Every file a load reads, and every directory whose entries decide what it reads."""
    yield from _files_below(_CODE_ROOT, ".py")
    yield from _files_below(content_dir / "curriculum", "")
    environments = content_dir / "environments"
    yield environments
    for environment in _subdirectories(environments):
        yield from (environment, environment / "pyproject.toml", environment / "uv.lock")
    exercises = content_dir / "exercises"
    yield exercises
    for exercise in _subdirectories(exercises):
        meta = exercise / ".meta"
        yield from (exercise, meta, meta / "config.json", meta / "bugs")


def fingerprint(content_dir: Path) -> tuple[bytes, int]:
    """A digest of the status of everything a load of ``content_dir`` depends on, and the
    newest change time among them (nanoseconds)."""
    from _pytest._version import version as harness_pytest  # environments must pin it

    digest = hashlib.sha256(_FORMAT + b"\0" + sys.version.encode() + b"\0")
    digest.update(harness_pytest.encode() + b"\0" + str(content_dir).encode() + b"\0")
    newest = 0
    for path in _watched(content_dir):
        line, changed = _status(path)
        digest.update(line)
        newest = max(newest, changed)
    return digest.digest(), newest


def _read(path: Path, expected: bytes) -> Curriculum | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if data[: len(expected)] != expected:
        return None
    try:
        curriculum = pickle.loads(data[len(expected) :])  # noqa: S301 - the user's own cache
    except Exception:
        return None
    return curriculum if isinstance(curriculum, Curriculum) else None


def _write(path: Path, key: bytes, curriculum: Curriculum) -> None:
    with contextlib.suppress(OSError, pickle.PicklingError):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = key + pickle.dumps(curriculum, protocol=pickle.HIGHEST_PROTOCOL)
        handle, temporary = tempfile.mkstemp(prefix=".curriculum-", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise


def load_cached(
    content_dir: Path, cache_dir: Path, load: Callable[[Path], Curriculum]
) -> Curriculum:
    """``load(content_dir)``, or what it returned last time if nothing it read has changed
    since (kept under ``cache_dir``)."""
    content_dir = content_dir.resolve()
    name = hashlib.sha256(str(content_dir).encode()).hexdigest()[:16]
    path = cache_dir / "curriculum" / f"{name}.pickle"
    key, newest = fingerprint(content_dir)
    found = _read(path, key)
    if found is not None:
        return found
    curriculum = load(content_dir)
    if newest < time.time_ns() - SETTLED_NS:
        _write(path, key, curriculum)
    return curriculum
