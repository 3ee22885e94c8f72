"""The hostile suite: broken or malicious submissions, each with the verdicts it may get.

Every case lives in ``submissions/<case>/``: the files that replace or join the solution of
the shared trusted exercise ``submissions/_exercise`` (``add(a, b)``, five tests) and an
``expected.json``::

    {"verdicts": [...], "why": "...", "sandbox": false, "cgroup": false, "template": false,
     "generate": null, "leak": null, "absent": [], "tcp_server": false,
     "unix_server": false, "checks": [], "limits": {}}

After each case: the verdict is one of those expected, the same Grader then grades a correct
solution as passed, no process of the case is left behind, nothing outside the run's
directory changed (exercise source, submission, a canary file in the host /tmp and in $HOME)
and, under bubblewrap, an innocent probe exercise (``submissions/_probe``) still passes: no
job sees anything an earlier job left.
"""

from __future__ import annotations

import concurrent.futures
import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from grading_procs import descendants
from hostile_harness import (
    CASES,
    ENV_SECRET,
    EXERCISE,
    GRADE_DEADLINE,
    ISOLATION,
    MARK_COMM,
    PROBE,
    SLUG,
    Case,
    Env,
    PeerServer,
    build_submission,
    case_problems,
    copy_exercise,
    fingerprint,
    grade,
    kill_leftover,
    marked_pids,
    own_descendants,
    placeholders,
    settle,
    shape_problems,
    trusted_for,
)

from pyhero.grading import Grader, GradeResult, Verdict


def _params() -> list[Any]:
    return [
        pytest.param(case, id=case.name, marks=[pytest.mark.sandbox] if case.sandbox else [])
        for case in CASES
    ]


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    root = tmp_path_factory.mktemp("hostile")
    trusted = root / "trusted" / SLUG
    shutil.copytree(EXERCISE, trusted)
    correct = copy_exercise(root / "correct" / SLUG, (EXERCISE / ".meta/example.py").read_bytes())
    probe = shutil.copytree(PROBE, root / "probe" / "probe")
    secret = secrets.token_hex(16)
    host_tmp_canary = Path(f"/tmp/pyhero-hostile-canary-{secrets.token_hex(4)}.txt")
    home_canary = Path.home() / f".pyhero-hostile-canary-{secrets.token_hex(4)}"
    for canary in (host_tmp_canary, home_canary):
        canary.write_text(f"{secret}\n", encoding="utf-8")
    os.environ[ENV_SECRET] = secret  # the grader's environment: never the submission's
    try:
        with Grader(isolation=ISOLATION) as grader:
            first = [grader.grade(correct), *grader.grade_many([correct] * 4)]
            if grader.isolation == "bubblewrap":  # local mode shares the host's files
                first.append(grader.grade(probe))
            for result in first:
                assert result.verdict is Verdict.passed, result.model_dump_json(indent=2)
            baseline = len(own_descendants())
            yield Env(
                grader,
                root,
                trusted,
                correct,
                host_tmp_canary,
                home_canary,
                secret,
                baseline,
                probe,
            )
    finally:
        os.environ.pop(ENV_SECRET, None)
        for canary in (host_tmp_canary, home_canary):
            canary.unlink(missing_ok=True)


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
        found = settle(lambda: child.pid not in marked_pids())
        assert not found
        assert child.pid in descendants(os.getpid())
    finally:
        child.kill()
        child.wait()
    assert child.pid not in marked_pids()


@pytest.mark.parametrize("case", _params())
def test_hostile_submission(case: Case, env: Env) -> None:
    if case.sandbox and env.grader.isolation != "bubblewrap":
        pytest.skip(f"needs bubblewrap isolation (grader runs with {env.grader.isolation})")
    cgroups = env.grader._cgroups
    if case.cgroup and (cgroups is None or "memory" not in cgroups.controllers):
        pytest.skip("needs a memory cgroup per job (the grader runs as root with cgroups)")
    token = secrets.token_hex(3)
    server = PeerServer(token, tcp=case.tcp_server, unix=case.unix_server)
    case_dir = env.root / "cases" / case.name / SLUG
    values = placeholders(env, case_dir, token, server)
    submission = build_submission(case, case_dir, values)
    watched = [
        env.trusted,
        env.correct,
        submission,
        env.host_tmp_canary,
        env.home_canary,
    ]
    before = fingerprint(watched)
    problems: list[str] = []
    try:
        trusted = trusted_for(case, env, env.root / "cases" / case.name / "trusted" / SLUG)
        result: GradeResult | None = grade(env, submission, trusted)
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
        problems += shape_problems(result)
        problems += case_problems(case, result, values)
    if server.connections:
        problems.append(f"the host's sockets saw {server.connections} connection(s)")

    leftovers = settle(marked_pids)
    if leftovers:
        problems.append(f"processes left behind: {leftovers}")
        for pid in leftovers:
            kill_leftover(pid)
    after = fingerprint(watched)
    changed = sorted(set(before.items()) ^ set(after.items()))
    if changed:
        problems.append(f"files outside the run changed: {changed[:6]}")

    again = grade(env, env.correct)
    if again.verdict is not Verdict.passed:
        problems.append(f"a correct solution afterwards got {again.verdict}: {again.message!r}")
    if env.grader.isolation == "bubblewrap":  # local mode shares the host's file system
        probe = grade(env, env.probe, env.probe)
        seen = [f"{t.name}: {t.message}" for t in probe.tests if t.status != "pass"]
        if probe.verdict is not Verdict.passed:
            problems.append(f"the next job saw what this one left: {probe.message} {seen}")
    extra = settle(lambda: len(own_descendants()) > env.baseline_processes)
    if extra:
        problems.append(
            f"grader process tree grew from {env.baseline_processes}: {own_descendants()}"
        )
    assert not problems, "\n".join([summary, *problems])


def _in_memory_cases() -> list[Any]:
    """Cases whose whole submission is one UTF-8 ``adder.py`` and that end quickly."""
    params = []
    for case in CASES:
        files = [p for p in case.path.rglob("*") if p.is_file() and p.name != "expected.json"]
        if case.sandbox or case.cgroup or case.template or case.generate:
            continue
        if Verdict.timeout in case.verdicts:
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
    trusted = trusted_for(case, env, env.root / "cases" / case.name / "in-memory" / SLUG)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        future = pool.submit(env.grader.grade_files, trusted, {"adder.py": code})
        result = future.result(timeout=GRADE_DEADLINE)
    leftovers = settle(marked_pids)
    for pid in leftovers:
        kill_leftover(pid)
    assert result.verdict in case.verdicts, f"{result.verdict}: {result.message!r}"
    assert not leftovers
    assert grade(env, env.correct).verdict is Verdict.passed


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=c.name) for c in CASES if c.name.startswith("submitted_")]
)
def test_submitted_config_files_without_a_trusted_copy(case: Case, env: Env) -> None:
    """Graded as it stands (tests read from the submission too): the extra files do nothing."""
    submission = build_submission(case, env.root / "as-it-stands" / case.name / SLUG, {})
    result = env.grader.grade(submission)
    assert result.verdict in case.verdicts, f"{result.verdict}: {result.message!r}"
