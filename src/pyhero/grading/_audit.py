"""A PEP 578 audit hook that ends the test process when the code under test reaches into the
grader.

The hook is added when a job starts, before any byte of the submission runs, and CPython
offers no way to remove it.  While it is in place these are *tampering* and end the test
process at once (exit status :data:`TAMPER_EXIT`, after a ``tamper`` record on the result
channel):

- installing a trace or profile function (``sys.settrace``, ``sys.setprofile``);
- walking the heap (``gc.get_objects``, ``gc.get_referrers``, ``gc.get_referents``);
- ctypes calls that reach raw memory or C functions (``dlopen``, ``dlsym``, foreign calls,
  ``from_address``, ``string_at``, ``PyObj_FromPtr``);
- building code objects (``types.CodeType``, ``code.replace``) or replacing a function's
  ``__code__``, except from the code of :data:`CODE_REWRITERS` (Hypothesis) recorded in the
  fork server (which may also call ``gc.get_referrers``);
- replacing ``__class__`` or ``__bases__`` of the harness's objects and types, or the defaults
  of its functions;
- reading the frames of all threads (``sys._current_frames``);
- in a write-the-tests job, reading the code objects or frames of the module under test
  (``__code__``, ``f_code``, ``gi_code``, ``tb_frame``, ``sys._getframe`` …) from anywhere but
  the harness and the :data:`CODE_READERS`, which hand out names, signatures and the file's
  source, never bytecode: the code is the one thing that differs between the real module and
  the hidden buggy ones, so a test must tell them apart by behaviour alone;
- getting hold of a harness frame (pytest, pluggy, unittest, pyhero) through
  ``sys._getframe``, a traceback's ``tb_frame`` or a generator's or coroutine's frame, from
  code that is not the harness's own or the standard library's.

Adding another audit hook is refused silently, as CPython does for a hook that raises a
``RuntimeError`` subclass.  Code identity, not file names, tells harness code apart: the fork
server records every code object it holds before it forks (see :func:`harness_codes`), and
the test modules' code objects are added when pytest compiles them.

What the hook cannot see: CPython 3.11 does not audit ``frame.f_back`` or ``f_locals``, so code
that starts from its own frame can still walk up to the harness's frames.  The tamper checks
at every test boundary and, for exercises with a sealed set, the sealed comparison on the
host are the layers behind this one.
"""

from __future__ import annotations

import _thread
import os
import sys
import types
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, NoReturn

from pyhero.grading._protocol import TAMPER_EXIT, encode_record

__all__ = [
    "HARNESS_PACKAGES",
    "CodeSets",
    "harness_codes",
    "install_hook",
    "make_tamper",
    "watch_test_modules",
]

HARNESS_PACKAGES = ("_pytest", "pytest", "pluggy", "pyhero", "unittest")
"""Top-level packages whose frames and types belong to the grader's harness."""
CODE_REWRITERS = ("hypothesis",)
"""Libraries whose own code (recorded in the fork server) may rebuild code objects, set a
function's ``__code__`` and ask ``gc.get_referrers`` (for a yes or no it keeps to itself):
Hypothesis relabels the wrappers of ``@given`` tests and checks the PRNGs it registers."""
CODE_READERS = (
    "inspect",
    "traceback",
    "linecache",
    "logging",
    "functools",
    "typing",
    "typing_extensions",
    "dataclasses",
    "enum",
    "abc",
    "coverage",
    "hypothesis",
    "asyncio",
    "pytest_asyncio",
    "unittest.mock",
)
"""Libraries that may read the code of a write-the-tests module under test: what they give
back is derived from names, signatures or the module's file (the same in every job)."""
_LIBRARY_EVENTS = frozenset({"code.__new__", "gc.get_referrers"})
_NOT_HARNESS = ("unittest.mock",)

_ALWAYS = frozenset(
    {
        "sys.settrace",
        "sys.setprofile",
        "sys._current_frames",
        "gc.get_objects",
        "gc.get_referents",
        "ctypes.dlopen",
        "ctypes.dlsym",
        "ctypes.dlsym/handle",
        "ctypes.call_function",
        "ctypes.cdata",
        "ctypes.string_at",
        "ctypes.wstring_at",
        "ctypes.PyObj_FromPtr",
    }
)
_FRAME_ATTRIBUTES = frozenset({"tb_frame", "gi_frame", "cr_frame", "ag_frame"})
_CODE_ATTRIBUTES = frozenset({"__code__", "f_code", "gi_code", "cr_code", "ag_code"})
_TYPE_SPECIALS = frozenset({"__class__", "__bases__"})
_DEFAULTS = frozenset({"__defaults__", "__kwdefaults__"})


def _harness_module(name: str) -> bool:
    top = name.partition(".")[0]
    return top in HARNESS_PACKAGES and not name.startswith(_NOT_HARNESS)


@dataclass
class CodeSets:
    """Identities of code objects: the harness's, and everything trusted to look at frames."""

    harness: set[int] = field(default_factory=set)
    trusted: set[int] = field(default_factory=set)
    rewriters: set[int] = field(default_factory=set)
    """Code of :data:`CODE_REWRITERS`, recorded before any job."""
    readers: set[int] = field(default_factory=set)
    """Code of the harness and of :data:`CODE_READERS`, recorded before any job."""
    hidden_file: str | None = None
    """A write-the-tests job's module under test: code objects from this file are hidden."""
    hidden_codes: list[types.CodeType] = field(default_factory=list)
    """The module under test's own code objects (they may read each other)."""
    modules: set[str] = field(default_factory=set)
    _keep: list[types.CodeType] = field(default_factory=list)

    def add(
        self, code: types.CodeType, *, harness: bool, rewriter: bool = False, reader: bool = False
    ) -> None:
        """Record ``code`` and the code objects nested in it (kept alive: ids stay unique)."""
        pending = [code]
        while pending:
            current = pending.pop()
            key = id(current)
            if key in self.trusted:
                continue
            self.trusted.add(key)
            if harness:
                self.harness.add(key)
            if rewriter:
                self.rewriters.add(key)
            if harness or reader:
                self.readers.add(key)
            self._keep.append(current)
            pending.extend(c for c in current.co_consts if isinstance(c, types.CodeType))


def _codes_of(value: Any, seen: set[int]) -> Iterable[types.CodeType]:
    """Code objects reachable from a module attribute: functions, methods, nested classes."""
    pending = [value]
    while pending:
        item = pending.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, types.FunctionType):
            yield item.__code__
            wrapped = item.__dict__.get("__wrapped__")
            if wrapped is not None:
                pending.append(wrapped)
        elif isinstance(item, staticmethod | classmethod):
            pending.append(item.__func__)
        elif isinstance(item, property):
            pending.extend(f for f in (item.fget, item.fset, item.fdel) if f is not None)
        elif isinstance(item, type):
            pending.extend(vars(item).values())


def harness_codes(codes: CodeSets) -> CodeSets:
    """Add every code object of the loaded modules not counted yet; the harness's are marked.

    Called in the fork server, before the heap is frozen and before any job exists, and again
    at each job's gate for the modules pytest imported since (cheap: those are few).
    """
    seen: set[int] = set()
    for name, module in list(sys.modules.items()):
        if name in codes.modules:
            continue
        codes.modules.add(name)
        harness = _harness_module(name)
        rewriter = name.partition(".")[0] in CODE_REWRITERS
        reader = any(name == top or name.startswith(f"{top}.") for top in CODE_READERS)
        for value in list(vars(module).values()):
            if getattr(value, "__module__", name) != name and not isinstance(value, type):
                continue  # imported from elsewhere: that module's own entry covers it
            for code in _codes_of(value, seen):
                codes.add(code, harness=harness, rewriter=rewriter, reader=reader)
    return codes


def _protected(obj: object) -> bool:
    module = getattr(obj, "__module__", None)
    return isinstance(module, str) and _harness_module(module)


def make_tamper(result_fd: int) -> Callable[[str], NoReturn]:
    """What every detection does: a ``tamper`` record on the result channel, then exit.

    The functions it needs are bound now, before the code under test could replace them.
    """
    write = os.write
    exit_now = os._exit
    encode = encode_record

    def tamper(reason: str) -> NoReturn:
        try:
            write(result_fd, encode({"type": "tamper", "reason": reason}))
        finally:
            exit_now(TAMPER_EXIT)

    return tamper


def install_hook(codes: CodeSets, tamper: Callable[[str], NoReturn]) -> None:
    """Add the audit hook; from now on tampering ends the process (see the module docs)."""
    ident = _thread.get_ident
    getframe = sys._getframe
    harness = codes.harness
    trusted = codes.trusted
    rewriters = codes.rewriters
    readers = codes.readers
    hidden_file = codes.hidden_file
    owned = {id(code) for code in codes.hidden_codes}
    busy: set[int] = set()

    def harness_frame(frame: object) -> bool:
        return isinstance(frame, types.FrameType) and id(frame.f_code) in harness

    def trusted_caller(frame: types.FrameType | None) -> bool:
        return frame is not None and id(frame.f_code) in trusted

    def rewriter(frame: types.FrameType | None) -> bool:
        return frame is not None and id(frame.f_code) in rewriters

    def hidden(value: object) -> bool:
        """``value`` is a code object or frame of the write-the-tests module under test."""
        if hidden_file is None:
            return False
        if isinstance(value, types.FrameType | types.TracebackType):
            value = value.tb_frame if isinstance(value, types.TracebackType) else value
            value = value.f_code
        return isinstance(value, types.CodeType) and value.co_filename == hidden_file

    def reader(frame: types.FrameType | None) -> bool:
        """By identity: Hypothesis's ``impersonate`` can give any code the module's file name."""
        return frame is not None and (id(frame.f_code) in readers or id(frame.f_code) in owned)

    def check(event: str, args: tuple[Any, ...], caller: types.FrameType | None) -> None:
        if event in _ALWAYS or (event in _LIBRARY_EVENTS and not rewriter(caller)):
            tamper(f"the code under test used {event}")
        if event == "sys.addaudithook":
            raise RuntimeError("pyhero: no audit hook can be added while grading")
        if event == "sys._getframe":
            if harness_frame(args[0]) and not trusted_caller(caller):
                tamper("the code under test took a frame of the grader (sys._getframe)")
            if hidden(args[0]) and not reader(caller):
                tamper("the tests took a frame of the module under test (sys._getframe)")
        elif event == "object.__getattr__":
            obj, name = args[0], args[1]
            if (
                (name in _CODE_ATTRIBUTES or name in _FRAME_ATTRIBUTES)
                and hidden_file is not None
                and not reader(caller)
                and hidden(getattr(obj, name, None))
            ):
                tamper(f"the tests read the code of the module under test ({name})")
            if (
                name in _FRAME_ATTRIBUTES
                and not trusted_caller(caller)
                and harness_frame(getattr(obj, name, None))
            ):
                tamper(f"the code under test took a frame of the grader ({name})")
        elif event in ("object.__setattr__", "object.__delattr__"):
            obj, name = args[0], args[1]
            if name == "__code__" and not rewriter(caller):
                tamper("the code under test replaced a function's __code__")
            owner = obj if isinstance(obj, type | types.FunctionType) else type(obj)
            if (name in _TYPE_SPECIALS or name in _DEFAULTS) and _protected(owner):
                tamper(f"the code under test changed {name} of the grader's {owner.__name__}")

    watched = (
        _ALWAYS
        | _LIBRARY_EVENTS
        | {
            "sys.addaudithook",
            "sys._getframe",
            "object.__getattr__",
            "object.__setattr__",
            "object.__delattr__",
        }
    )

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event not in watched:
            return
        me = ident()
        if me in busy:
            return
        busy.add(me)
        try:
            check(event, args, getframe(1))
        finally:
            busy.discard(me)

    sys.addaudithook(hook)


def watch_test_modules(codes: CodeSets) -> None:
    """Trust the code pytest compiles from the job's test files (read-only, the grader's).

    Wraps the two places pytest's assertion rewriter gets a test module's code from: a cached
    ``.pyc`` or a fresh rewrite.  Called in the fork server, before the tamper snapshot, so a
    replacement of either wrapper is itself detected.
    """
    from _pytest.assertion import rewrite

    read_pyc, rewrite_test = rewrite._read_pyc, rewrite._rewrite_test

    def read_trusted_pyc(*args: Any, **kwargs: Any) -> types.CodeType | None:
        code = read_pyc(*args, **kwargs)
        if code is not None:
            codes.add(code, harness=False)
        return code

    def rewrite_trusted(*args: Any, **kwargs: Any) -> tuple[bytes, types.CodeType]:
        source_hash, code = rewrite_test(*args, **kwargs)
        codes.add(code, harness=False)
        return source_hash, code

    rewrite._read_pyc = read_trusted_pyc
    rewrite._rewrite_test = rewrite_trusted
