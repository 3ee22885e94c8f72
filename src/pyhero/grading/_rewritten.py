"""Test modules rewritten and compiled by the host, once per content, for the job's pytest.

pytest rewrites the asserts of every test module it imports (parse, rewrite, compile) and
looks first for a cached result in ``__pycache__/<name>.<tag>-pytest-<version>.pyc`` next to
the file, checked against the source's hash.  The trusted test files are the same from one
grading to the next, so the host (trusted, outside the sandbox) rewrites each distinct file
once, keeps the compiled bytes in its own memory and writes that cache file into the run
directory beside the test; the job's pytest loads it instead of rewriting.  No job process
ever holds anything of another job's tests: the fork server never sees a test file.
"""

from __future__ import annotations

import ast
import collections
import hashlib
import importlib.util
import marshal
import threading
from pathlib import Path
from typing import Any

__all__ = ["RewriteCache", "rewrites"]

_HASH_BASED_CHECKED = b"\x03\x00\x00\x00"  # PEP 552 flags: hash-based, always checked


def _pytest_rewriting() -> tuple[str, Any, Any] | None:
    """pytest's cache-file suffix, its assertion rewriter and its cache-file reader."""
    try:
        from _pytest.assertion.rewrite import PYC_TAIL, _read_pyc, rewrite_asserts
    except ImportError:
        return None
    return PYC_TAIL, rewrite_asserts, _read_pyc


class RewriteCache:
    """Compiled, assertion-rewritten test modules by content (thread-safe, bounded)."""

    def __init__(self, capacity: int = 256) -> None:
        self._capacity = capacity
        self._compiled: collections.OrderedDict[bytes, bytes] = collections.OrderedDict()
        self._lock = threading.Lock()
        self._checked = False
        self._pytest = _pytest_rewriting()

    def clear(self) -> None:
        with self._lock:
            self._compiled.clear()

    def write(self, test_file: Path, source: bytes, job_path: str) -> Path | None:
        """Write pytest's cache file for ``test_file`` (already written with ``source``).

        ``job_path`` is where the job sees the file (its code's file name).  Returns the
        cache file; ``None`` when nothing was written: not a module, a syntax error (the
        job reports it), or a pytest whose cache files are not the format written here.
        """
        if self._pytest is None or not test_file.name.endswith(".py"):
            return None
        tail, rewrite_asserts, read_pyc = self._pytest
        key = hashlib.sha256(source).digest()
        with self._lock:
            code = self._compiled.get(key)
            if code is not None:
                self._compiled.move_to_end(key)
        if code is None:
            try:
                tree = ast.parse(source, filename=job_path)
                rewrite_asserts(tree, source, job_path, None)
                code = marshal.dumps(compile(tree, job_path, "exec", dont_inherit=True, optimize=0))
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                return None
            with self._lock:
                self._compiled[key] = code
                while len(self._compiled) > self._capacity:
                    self._compiled.popitem(last=False)
        header = importlib.util.MAGIC_NUMBER + _HASH_BASED_CHECKED
        cache = test_file.parent / "__pycache__" / (test_file.name[:-3] + tail)
        cache.parent.mkdir(exist_ok=True)
        cache.write_bytes(header + importlib.util.source_hash(source)[:8] + code)
        if not self._checked:  # once: the installed pytest reads what we write
            if read_pyc(test_file, cache) is None:
                self._pytest = None
                cache.unlink()
                return None
            self._checked = True
        return cache


rewrites = RewriteCache()
"""The host's cache, shared by every grader of the process."""
