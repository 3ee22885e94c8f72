"""No in-process forgery passes an exercise with a sealed set.

A generic forger is appended to each exercise's stub: the first time the tests call any of
its functions, it walks up the frames to the grader's runner, reads the nonce and the
collected tests, writes a passing record for the running test and every later one (the
earlier ones have reported already) and the end of the session on the result channel, and
completes the handshake itself. It defeats the layers inside the
sandbox; the sealed comparison on the host must still refuse it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyhero.config import default_content_dir
from pyhero.environments import Environments
from pyhero.exercise import load_exercise_spec
from pyhero.grading import Grader, Verdict

FORGER = """

def _pyhero_forge():
    import json, os, struct, sys, time

    def frame(record):
        body = json.dumps(record, separators=(",", ":")).encode()
        return struct.pack(">I", len(body)) + body

    nonce, items, running, current = None, [], None, sys._getframe(0)
    while current is not None:
        local = current.f_locals
        if isinstance(local.get("nonce"), bytearray) and local["nonce"]:
            nonce = bytes(local["nonce"]).hex()
        session = local.get("session")
        if session is not None and getattr(session, "items", None):
            items = list(session.items)
        if running is None and hasattr(local.get("item"), "nodeid"):
            running = local["item"]
        current = current.f_back
    if running in items:  # the tests before this one have reported already
        items = items[items.index(running):]
    data = b"".join(
        frame({"type": "test", "nodeid": item.nodeid, "name": item.name, "status": "pass",
               "message": None, "output": "", "output_chars": 0, "test_code": "",
               "task_id": None, "duration_ms": 0.1})
        for item in items
    )
    data += frame({"type": "end", "nonce": nonce or "", "exitstatus": "ExitCode.OK",
                   "tampered": [], "memory_error": False, "output_overflow": False})
    os.write(3, data)
    os.write(4, b"DONE")
    time.sleep(60)


def _pyhero_wrap(function):
    def wrapper(*args, **kwargs):
        _pyhero_forge()
        return function(*args, **kwargs)
    return wrapper


for _name, _value in list(globals().items()):
    mine = getattr(_value, "__module__", None) == __name__
    if callable(_value) and mine and not _name.startswith("_") and not isinstance(_value, type):
        globals()[_name] = _pyhero_wrap(_value)
"""

SEALED = sorted(
    path
    for path in (default_content_dir() / "exercises").iterdir()
    if (path / ".meta" / "sealed.py").is_file()
)


@pytest.fixture(scope="module")
def grader() -> Iterator[Grader]:
    """The grader, with the exercise environments the sealed exercises name built (into
    the test session's cache)."""
    needed = {load_exercise_spec(path).pyhero.environment for path in SEALED} - {None}
    Environments.from_settings(default_content_dir()).sync(sorted(filter(None, needed)))
    with Grader(workers=2) as grader:
        yield grader


def test_there_are_sealed_exercises_to_forge() -> None:
    assert len(SEALED) >= 4


@pytest.mark.parametrize("exercise", SEALED, ids=lambda path: path.name)
def test_a_forged_pass_never_passes_a_sealed_exercise(
    exercise: Path, grader: Grader, tmp_path: Path
) -> None:
    spec = load_exercise_spec(exercise)
    submission = tmp_path / exercise.name
    shutil.copytree(exercise, submission, ignore=shutil.ignore_patterns(".meta"))
    stub = submission / spec.solution_files[0]
    stub.write_text(stub.read_text(encoding="utf-8") + FORGER, encoding="utf-8")
    result = grader.grade(submission, trusted_dir=exercise)
    assert result.verdict is not Verdict.passed, result.model_dump_json(indent=2)
    if result.sealed is None:
        # The forger fired only after some tests had already reported (their first tests
        # call no function of the stub's first file: a class, a second module, a module
        # variable): the result channel refuses a second result for the same test.
        assert "tampered" in (result.message or ""), result.model_dump_json(indent=2)
    else:
        assert result.sealed.agreed < result.sealed.cases
