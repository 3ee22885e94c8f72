"""A real ``pyhero serve``: it says it is serving once its port accepts connections, and it
keeps drafts with the learner's workspace, or in the user data directory, never in the
directory it was started from."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from .cli_learner import Lines, ok

DRAFT = "def greet(name: str) -> str:\n    return 'draft'\n"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture
def data_home(learner_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user data directory of the server (see conftest.py); no workspace configured."""
    monkeypatch.delenv("PYHERO_WORKSPACE_DIR")
    return learner_home / "user-data"


def serve_and_save_a_draft(cwd: Path) -> None:
    """Start ``pyhero serve`` in ``cwd``, connect as soon as it says it serves, save a draft."""
    port = free_port()
    child = subprocess.Popen(
        [sys.executable, "-c", "from pyhero.cli import main; main()", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
        # Buffered as when piped to a file: the line must be flushed when it is printed.
        env={**{k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}, "COLUMNS": "200"},
    )
    lines = Lines(child)
    try:
        assert f"pyhero is serving on http://127.0.0.1:{port}/" in lines.until("serving")
        socket.create_connection(("127.0.0.1", port), timeout=5).close()  # no retry: it listens
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            saved = client.put("/api/exercises/greet-by-name/draft", json={"code": DRAFT})
            assert saved.status_code == 200, saved.text
    finally:
        child.send_signal(signal.SIGINT)
        child.wait(timeout=30)
        assert child.stderr is not None
        child.stderr.close()
    lines.rest()
    assert child.returncode == 0


def test_without_a_workspace_drafts_go_to_the_user_data_dir(
    learner_home: Path, data_home: Path
) -> None:
    started_in = learner_home / "somewhere"
    started_in.mkdir()

    serve_and_save_a_draft(started_in)

    assert list(started_in.iterdir()) == []
    draft = data_home / "pyhero" / "drafts" / "local" / "greet-by-name.json"
    assert DRAFT.strip() in draft.read_text().replace("\\n", "\n")


def test_drafts_go_to_the_workspace_the_server_was_started_in(
    learner_home: Path, data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(learner_home)
    ok("init", "ws")
    inside = learner_home / "ws" / "01-basics"

    serve_and_save_a_draft(inside)

    assert (learner_home / "ws" / ".pyhero" / "drafts" / "local" / "greet-by-name.json").is_file()
    assert not (inside / "pyhero-workspace").exists()
    assert not (data_home / "pyhero" / "drafts").exists()
