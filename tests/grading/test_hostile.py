"""The hostile suite: broken or malicious submissions, each with the verdicts it may get.

Every case lives in ``submissions/<case>/``: the files that replace or join the solution of
the shared trusted exercise ``submissions/_exercise`` (``add(a, b)``, five tests) and an
``expected.json``::

    {"verdicts": [...], "why": "...", "sandbox": false, "template": false,
     "generate": null, "leak": null, "absent": [], "tcp_server": false,
     "unix_server": false, "checks": []}

After each case: the verdict is one of those expected, the same Grader then grades a correct
solution as passed, no process of the case is left behind, and nothing outside the run's
directory changed (exercise source, submission, a canary file in the host /tmp and in $HOME).
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import hashlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from pyhero.grading import Grader, GradeResult, Verdict

SUBMISSIONS = Path(__file__).parent / "submissions"
EXERCISE = SUBMISSIONS / "_exercise"
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
    template: bool = False
    generate: str | None = None
    leak: str | None = None
    absent: tuple[str, ...] = ()
    tcp_server: bool = False
    unix_server: bool = False
    checks: tuple[str, ...] = ()


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
                template=bool(raw.get("template", False)),
                generate=raw.get("generate"),
                leak=raw.get("leak"),
                absent=tuple(raw.get("absent", ())),
                tcp_server=bool(raw.get("tcp_server", False)),
                unix_server=bool(raw.get("unix_server", False)),
                checks=tuple(raw.get("checks", ())),
            )
        )
    return cases


CASES = _load_cases()


def _params() -> list[Any]:
    return [
        pytest.param(case, id=case.name, marks=[pytest.mark.sandbox] if case.sandbox else [])
        for case in CASES
    ]


# --------------------------------------------------------------------------- processes


def _proc_table() -> dict[int, tuple[int, str, str, bytes]]:
    """pid -> (ppid, state, comm, cmdline) for every live process visible in /proc."""
    table: dict[int, tuple[int, str, str, bytes]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text(errors="replace")
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
        except OSError:
            continue
        comm = stat[stat.find("(") + 1 : stat.rfind(")")]
        fields = stat[stat.rfind(")") + 2 :].split()
        table[int(entry)] = (int(fields[1]), fields[0], comm, cmdline)
    return table


def _marked_pids() -> dict[int, str]:
    """Live (non-zombie) processes a hostile case marked as its own."""
    return {
        pid: f"{comm} {cmdline[:120]!r}"
        for pid, (_, state, comm, cmdline) in _proc_table().items()
        if state != "Z" and (comm.startswith(MARK_COMM) or MARK_CMDLINE in cmdline)
    }


def _descendants(root: int) -> dict[int, str]:
    table = _proc_table()
    children: dict[int, list[int]] = {}
    for pid, (ppid, state, _, _) in table.items():
        if state != "Z":
            children.setdefault(ppid, []).append(pid)
    found: dict[int, str] = {}
    stack = [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found[child] = table[child][3][:160].decode(errors="replace")
            stack.append(child)
    return found


def _settle(check: Any, seconds: float = 5.0) -> Any:
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
    pidns: str = field(default_factory=lambda: os.readlink("/proc/self/ns/pid"))


def _copy_exercise(target: Path, solution: bytes | None) -> Path:
    shutil.copytree(EXERCISE, target)
    (target / ".meta" / "example.py").unlink()  # a learner's workspace has no reference
    if solution is not None:
        (target / "adder.py").write_bytes(solution)
    return target


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    root = tmp_path_factory.mktemp("hostile")
    trusted = root / "trusted" / SLUG
    shutil.copytree(EXERCISE, trusted)
    correct = _copy_exercise(root / "correct" / SLUG, (EXERCISE / ".meta/example.py").read_bytes())
    secret = secrets.token_hex(16)
    host_tmp_canary = Path(f"/tmp/pyhero-hostile-canary-{secrets.token_hex(4)}.txt")
    home_canary = Path.home() / f".pyhero-hostile-canary-{secrets.token_hex(4)}"
    for canary in (host_tmp_canary, home_canary):
        canary.write_text(f"{secret}\n", encoding="utf-8")
    os.environ[ENV_SECRET] = secret  # the grader's environment: never the submission's
    try:
        with Grader(isolation=ISOLATION) as grader:
            for result in [grader.grade(correct), *grader.grade_many([correct] * 4)]:
                assert result.verdict is Verdict.passed, result.model_dump_json(indent=2)
            baseline = len(_descendants(os.getpid()))
            yield Env(
                grader, root, trusted, correct, host_tmp_canary, home_canary, secret, baseline
            )
    finally:
        os.environ.pop(ENV_SECRET, None)
        for canary in (host_tmp_canary, home_canary):
            canary.unlink(missing_ok=True)


class _Server:
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


def _placeholders(env: Env, case_dir: Path, token: str, server: _Server) -> dict[str, str]:
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


def _build_submission(case: Case, target: Path, values: dict[str, str]) -> Path:
    _copy_exercise(target, None)
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


def _fingerprint(paths: list[Path]) -> dict[str, str]:
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


def _grade(env: Env, submission: Path) -> GradeResult:
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        future = pool.submit(env.grader.grade, submission, trusted_dir=env.trusted)
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


def _is_clean(text: str) -> bool:
    allowed = {"\n", "\t"}
    return all(
        (ch in allowed or (ord(ch) >= 0x20 and not 0x7F <= ord(ch) <= 0x9F))
        and not 0xD800 <= ord(ch) <= 0xDFFF
        for ch in text
    )


def _shape_problems(result: GradeResult) -> list[str]:
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
    if result.verdict is Verdict.passed and not (
        len(result.tests) == 5 and all(t.status == "pass" for t in result.tests)
    ):
        problems.append("passed without five passing tests")
    if result.status == "error" and not (result.message or "").strip():
        problems.append("status error without a message")
    if "pyhero/grading" in (result.message or ""):
        problems.append("the message shows grader frames")
    return problems


def _case_problems(case: Case, result: GradeResult, values: dict[str, str]) -> list[str]:
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


# --------------------------------------------------------------------------- the suite


def test_the_suite_is_big_enough() -> None:
    assert len(CASES) >= 30
    assert all(case.verdicts for case in CASES)
    # Only submissions that really add correctly may ever be accepted as passed.
    may_pass = {case.name for case in CASES if Verdict.passed in case.verdicts}
    assert may_pass == {"escapes_in_output", "thread_never_ends", "write_outside"}


def test_the_leak_detector_sees_a_marked_daemon() -> None:
    """The harness itself: a setsid'd process named like a hostile one is found."""
    code = (
        "import ctypes, os, time\n"
        "os.setsid()\n"
        f"ctypes.CDLL(None).prctl(15, b'{MARK_COMM}selftest', 0, 0, 0)\n"
        "time.sleep(30)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code])
    try:
        found = _settle(lambda: child.pid not in _marked_pids())
        assert not found
        assert child.pid in _descendants(os.getpid())
    finally:
        child.kill()
        child.wait()
    assert child.pid not in _marked_pids()


@pytest.mark.parametrize("case", _params())
def test_hostile_submission(case: Case, env: Env) -> None:
    if case.sandbox and env.grader.isolation != "bubblewrap":
        pytest.skip(f"needs bubblewrap isolation (grader runs with {env.grader.isolation})")
    token = secrets.token_hex(3)
    server = _Server(token, tcp=case.tcp_server, unix=case.unix_server)
    case_dir = env.root / "cases" / case.name / SLUG
    values = _placeholders(env, case_dir, token, server)
    submission = _build_submission(case, case_dir, values)
    watched = [
        env.trusted,
        env.correct,
        submission,
        env.host_tmp_canary,
        env.home_canary,
    ]
    before = _fingerprint(watched)
    problems: list[str] = []
    try:
        result: GradeResult | None = _grade(env, submission)
    except Exception as exc:
        result = None
        problems.append(f"grade() raised {type(exc).__name__}: {str(exc)[:300]}")
    finally:
        server.close()
    summary = "no result"
    if result is not None:
        summary = f"verdict={result.verdict} status={result.status} message={result.message!r}"
        if result.verdict not in case.verdicts:
            problems.append(f"expected one of {sorted(case.verdicts)}, got {summary}")
        problems += _shape_problems(result)
        problems += _case_problems(case, result, values)
    if server.connections:
        problems.append(f"the host's sockets saw {server.connections} connection(s)")

    leftovers = _settle(_marked_pids)
    if leftovers:
        problems.append(f"processes left behind: {leftovers}")
        for pid in leftovers:
            _kill_leftover(pid)
    after = _fingerprint(watched)
    changed = sorted(set(before.items()) ^ set(after.items()))
    if changed:
        problems.append(f"files outside the run changed: {changed[:6]}")

    again = _grade(env, env.correct)
    if again.verdict is not Verdict.passed:
        problems.append(f"a correct solution afterwards got {again.verdict}: {again.message!r}")
    extra = _settle(lambda: len(_descendants(os.getpid())) > env.baseline_processes)
    if extra:
        problems.append(
            f"grader process tree grew from {env.baseline_processes}: {_descendants(os.getpid())}"
        )
    assert not problems, "\n".join([summary, *problems])


def _kill_leftover(pid: int) -> None:
    """Kill a process a hostile case left behind (only ever a marked one)."""
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)


def _in_memory_cases() -> list[Any]:
    """Cases whose whole submission is one UTF-8 ``adder.py`` and that end quickly."""
    params = []
    for case in CASES:
        files = [p for p in case.path.rglob("*") if p.is_file() and p.name != "expected.json"]
        if case.sandbox or case.template or case.generate or Verdict.timeout in case.verdicts:
            continue
        if [p.name for p in files] != ["adder.py"]:
            continue
        try:
            files[0].read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        params.append(pytest.param(case, id=case.name))
    return params


@pytest.mark.parametrize("case", _in_memory_cases())
def test_hostile_code_through_grade_files(case: Case, env: Env) -> None:
    """The web app's path: the same hostile code handed over as text."""
    code = (case.path / "adder.py").read_text(encoding="utf-8")
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        future = pool.submit(env.grader.grade_files, env.trusted, {"adder.py": code})
        result = future.result(timeout=GRADE_DEADLINE)
    leftovers = _settle(_marked_pids)
    for pid in leftovers:
        _kill_leftover(pid)
    assert result.verdict in case.verdicts, f"{result.verdict}: {result.message!r}"
    assert not leftovers
    assert _grade(env, env.correct).verdict is Verdict.passed


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=c.name) for c in CASES if c.name.startswith("submitted_")]
)
def test_submitted_config_files_without_a_trusted_copy(case: Case, env: Env) -> None:
    """Graded as it stands (tests read from the submission too): the extra files do nothing."""
    submission = _build_submission(case, env.root / "as-it-stands" / case.name / SLUG, {})
    result = env.grader.grade(submission)
    assert result.verdict in case.verdicts, f"{result.verdict}: {result.message!r}"
