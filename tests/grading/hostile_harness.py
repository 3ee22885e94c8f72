"""The hostile suite's harness: its cases, the peer server, submissions, leak and shape checks.

Every case lives in ``submissions/<case>/`` (see test_hostile.py for the ``expected.json``
keys). A plain module (not a conftest) so that its name is unique across the test tree.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import hashlib
import json
import os
import shutil
import signal
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from grading_procs import descendants, proc_table

from pyhero.grading import Grader, GradeResult, Verdict

__all__ = [
    "CASES",
    "ENV_SECRET",
    "EXERCISE",
    "GRADE_DEADLINE",
    "ISOLATION",
    "MARK_COMM",
    "PROBE",
    "SLUG",
    "Case",
    "Env",
    "PeerServer",
    "build_submission",
    "case_problems",
    "copy_exercise",
    "fingerprint",
    "grade",
    "kill_leftover",
    "marked_pids",
    "own_descendants",
    "placeholders",
    "settle",
    "shape_problems",
    "trusted_for",
]

SUBMISSIONS = Path(__file__).parent / "submissions"
EXERCISE = SUBMISSIONS / "_exercise"
PROBE = SUBMISSIONS / "_probe"
"""An innocent exercise that fails if a job sees anything an earlier job left behind."""
SLUG = "adder"
# PYHERO_HOSTILE_ISOLATION=local runs the suite against the reduced local mode (the cases
# marked sandbox are then skipped).
ISOLATION: Any = os.environ.get("PYHERO_HOSTILE_ISOLATION", "auto")
GRADE_DEADLINE = 90.0  # seconds before the suite gives up on a grading that never returns
MARK_COMM = "phx"  # hostile processes name themselves phx<token> (prctl PR_SET_NAME)
MARK_CMDLINE = b"pyhero-hostile-"
ENV_SECRET = "PYHERO_HOSTILE_ENV_SECRET"
EXERCISM_TOP = {"version", "status", "message", "tests"}
EXERCISM_TEST = {"name", "status", "message", "output", "test_code", "task_id"}


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    verdicts: frozenset[Verdict]
    sandbox: bool = False
    cgroup: bool = False
    template: bool = False
    generate: str | None = None
    leak: str | None = None
    absent: tuple[str, ...] = ()
    tcp_server: bool = False
    unix_server: bool = False
    checks: tuple[str, ...] = ()
    limits: tuple[tuple[str, float], ...] = ()
    """Limits of this case's trusted exercise, instead of the shared exercise's."""


def _load_cases() -> list[Case]:
    cases = []
    for expected in sorted(SUBMISSIONS.glob("*/expected.json")):
        raw: dict[str, Any] = json.loads(expected.read_text(encoding="utf-8"))
        cases.append(
            Case(
                name=expected.parent.name,
                path=expected.parent,
                verdicts=frozenset(Verdict(v) for v in raw["verdicts"]),
                sandbox=bool(raw.get("sandbox", False)),
                cgroup=bool(raw.get("cgroup", False)),
                template=bool(raw.get("template", False)),
                generate=raw.get("generate"),
                leak=raw.get("leak"),
                absent=tuple(raw.get("absent", ())),
                tcp_server=bool(raw.get("tcp_server", False)),
                unix_server=bool(raw.get("unix_server", False)),
                checks=tuple(raw.get("checks", ())),
                limits=tuple(raw.get("limits", {}).items()),
            )
        )
    return cases


CASES = _load_cases()


# --------------------------------------------------------------------------- processes


def marked_pids() -> dict[int, str]:
    """Live (non-zombie) processes a hostile case marked as its own."""
    return {
        pid: f"{proc.comm} {proc.cmdline[:120]!r}"
        for pid, proc in proc_table().items()
        if proc.state != "Z" and (proc.comm.startswith(MARK_COMM) or MARK_CMDLINE in proc.cmdline)
    }


def own_descendants() -> dict[int, str]:
    """This process's live descendants (the grader's tree), each with its command line."""
    return {
        pid: proc.cmdline[:160].decode(errors="replace")
        for pid, proc in descendants(os.getpid()).items()
    }


def settle(check: Any, seconds: float = 5.0) -> Any:
    """Poll ``check()`` until it is falsy or ``seconds`` pass; return its last value."""
    deadline = time.monotonic() + seconds
    value = check()
    while value and time.monotonic() < deadline:
        time.sleep(0.05)
        value = check()
    return value


# --------------------------------------------------------------------------- environment


@dataclass
class Env:
    grader: Grader
    root: Path
    trusted: Path
    correct: Path
    host_tmp_canary: Path
    home_canary: Path
    secret: str
    baseline_processes: int
    probe: Path
    pidns: str = field(default_factory=lambda: os.readlink("/proc/self/ns/pid"))


def copy_exercise(target: Path, solution: bytes | None) -> Path:
    shutil.copytree(EXERCISE, target)
    (target / ".meta" / "example.py").unlink()  # a learner's workspace has no reference
    if solution is not None:
        (target / "adder.py").write_bytes(solution)
    return target


class PeerServer:
    """Listens on 127.0.0.1 TCP and on unix sockets, answers ``a b`` with ``a + b``.

    It counts its connections: from inside the sandbox it must be unreachable.
    """

    def __init__(self, token: str, *, tcp: bool, unix: bool) -> None:
        self.unix_abstract = f"pyhero-hostile-{token}"
        self.unix_path = f"/tmp/pyhero-hostile-{token}.sock"
        self.sockets: list[socket.socket] = []
        if tcp:
            self.sockets.append(socket.create_server(("127.0.0.1", 0)))
        if unix:
            for address in ("\0" + self.unix_abstract, self.unix_path):
                listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                listener.bind(address)
                listener.listen()
                self.sockets.append(listener)
        self.port: int = self.sockets[0].getsockname()[1] if tcp else 0
        self.connections = 0
        self._threads = [
            threading.Thread(target=self._serve, args=(listener,), daemon=True)
            for listener in self.sockets
        ]
        for thread in self._threads:
            thread.start()

    def _serve(self, listener: socket.socket) -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                a, b = conn.recv(4096).decode().split()
                conn.sendall(repr(eval(a) + eval(b)).encode())

    def close(self) -> None:
        for listener in self.sockets:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        for thread in self._threads:
            thread.join(timeout=5)
        Path(self.unix_path).unlink(missing_ok=True)


def placeholders(env: Env, case_dir: Path, token: str, server: PeerServer) -> dict[str, str]:
    return {
        "TOKEN": token,
        "PORT": str(server.port),
        "UNIX_ABSTRACT": server.unix_abstract,
        "UNIX_PATH": server.unix_path,
        "TRUSTED_DIR": str(env.trusted),
        "SUBMISSION_DIR": str(case_dir),
        "HOST_TMP_CANARY": str(env.host_tmp_canary),
        "HOME_CANARY": str(env.home_canary),
        "HOME_CANARY_NAME": env.home_canary.name,
        "CANARY_SECRET": env.secret,
        "HOST_PIDNS": env.pidns,
        "HOST_TMP_WRITTEN": f"/tmp/pyhero-hostile-written-{token}",
        "HOME_WRITTEN": str(Path.home() / f".pyhero-hostile-written-{token}"),
    }


def _fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", value)
    return text


def build_submission(case: Case, target: Path, values: dict[str, str]) -> Path:
    copy_exercise(target, None)
    for source in sorted(case.path.rglob("*")):
        relative = source.relative_to(case.path)
        if source.is_dir() or relative.name == "expected.json":
            continue
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        data = source.read_bytes()
        if case.template:
            data = _fill(data.decode("utf-8"), values).encode("utf-8")
        destination.write_bytes(data)
    solution = target / "adder.py"
    if case.generate == "symlink_passwd":
        solution.unlink()
        solution.symlink_to("/etc/passwd")
    elif case.generate == "huge_solution":
        with solution.open("w", encoding="utf-8") as handle:
            handle.write("def add(a, b):\n    return a - b\n")
            line = "# " + "padding " * 12 + "\n"
            handle.write(line * (50 * 1024 * 1024 // len(line)))
    elif case.generate == "directory":
        solution.unlink()
        solution.mkdir()
        (solution / "__init__.py").write_text("def add(a, b):\n    return a - b\n")
    return target


def trusted_for(case: Case, env: Env, target: Path) -> Path:
    """The trusted exercise for ``case``: the shared one, or a copy with the case's limits."""
    if not case.limits:
        return env.trusted
    shutil.copytree(env.trusted, target)
    config_path = target / ".meta" / "config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["pyhero"]["limits"] = {**config["pyhero"].get("limits", {}), **dict(case.limits)}
    config_path.write_text(json.dumps(config), encoding="utf-8")
    return target


def fingerprint(paths: list[Path]) -> dict[str, str]:
    prints: dict[str, str] = {}
    for base in paths:
        entries = sorted(base.rglob("*")) if base.is_dir() else [base]
        for path in entries:
            if path.is_symlink():
                prints[str(path)] = "-> " + os.readlink(path)
            elif path.is_file():
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                prints[str(path)] = f"{path.stat().st_mode:o} {digest}"
            elif path.is_dir():
                prints[str(path)] = "dir"
            else:
                prints[str(path)] = "missing"
    return prints


def grade(env: Env, submission: Path, trusted: Path | None = None) -> GradeResult:
    """Grade against the hostile exercise (or ``trusted``), giving up after a deadline."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        future = pool.submit(env.grader.grade, submission, trusted_dir=trusted or env.trusted)
        return future.result(timeout=GRADE_DEADLINE)


# --------------------------------------------------------------------------- checks


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _is_clean(text: str) -> bool:
    """No controls but tab and newline, no bidirectional controls, no lone surrogates."""
    allowed = {"\n", "\t"}
    return all(
        (ch in allowed or (ord(ch) >= 0x20 and not 0x7F <= ord(ch) <= 0x9F))
        and not 0xD800 <= ord(ch) <= 0xDFFF
        and ch not in _BIDI
        for ch in text
    )


def shape_problems(result: GradeResult) -> list[str]:
    problems = []
    exercism = result.to_exercism()
    json.loads(json.dumps(exercism))
    json.loads(result.model_dump_json())
    if not {"version", "status", "tests"} <= set(exercism) <= EXERCISM_TOP:
        problems.append(f"to_exercism() keys {sorted(exercism)}")
    problems.extend(
        f"to_exercism() test keys {sorted(test)}"
        for test in exercism.get("tests", [])
        if not {"name", "status"} <= set(test) <= EXERCISM_TEST
    )
    if (result.verdict is Verdict.passed) != (result.status == "pass"):
        problems.append(f"verdict {result.verdict} with status {result.status}")
    visible = [t for t in result.tests if not t.name.startswith("sealed: ")]
    if result.verdict is Verdict.passed and not (
        len(visible) == 5
        and all(t.status == "pass" for t in result.tests)
        and result.sealed is not None
        and result.sealed.agreed == result.sealed.cases > 0
    ):
        problems.append("passed without five passing tests and every sealed case agreeing")
    if result.status == "error" and not (result.message or "").strip():
        problems.append("status error without a message")
    if "pyhero/grading" in (result.message or ""):
        problems.append("the message shows grader frames")
    return problems


def case_problems(case: Case, result: GradeResult, values: dict[str, str]) -> list[str]:
    problems = []
    dump = json.dumps(result.to_exercism(), ensure_ascii=False) + (result.message or "")
    if "clean" in case.checks:
        dirty = [s for s in _strings(result.to_exercism()) if not _is_clean(s)]
        if dirty or not _is_clean(result.message or ""):
            problems.append(f"terminal escapes or controls left in the results: {dirty[:3]!r}")
        try:
            dump.encode("utf-8")
        except UnicodeEncodeError:
            problems.append("lone surrogates in the results")
    if case.name == "escapes_in_output" and not any(
        "red" in (t.output or "") for t in result.tests
    ):
        problems.append("the printed output does not appear in any test's output")
    if case.leak and case.leak in dump:
        problems.append(f"{case.leak!r} from a host file appears in the results")
    for template in case.absent:
        path = Path(_fill(template, values))
        if path.exists():
            problems.append(f"the submission created {path} outside its run directory")
            path.unlink()
    return problems


def kill_leftover(pid: int) -> None:
    """Kill a process a hostile case left behind (only ever a marked one)."""
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)
