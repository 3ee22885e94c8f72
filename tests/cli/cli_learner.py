"""What the CLI tests share: the learner fixture curriculum and a runner for the app."""

from __future__ import annotations

import queue
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner, Result

from pyhero.cli import app

__all__ = ["CONTENT", "EXERCISE_DIRS", "Lines", "ok", "run", "solve"]

CONTENT = Path(__file__).resolve().parents[1] / "fixtures" / "learner"
EXERCISE_DIRS = {
    "greet-by-name": "01-basics/greet-by-name",
    "sum-of-squares": "01-basics/sum-of-squares",
    "call-counter": "01-basics/call-counter",
    "vowel-count": "02-tooling/vowel-count",
}
"""Where ``pyhero init`` puts each exercise of the fixture, inside the workspace."""
_runner = CliRunner()


def run(*args: str, **env: str) -> Result:
    return _runner.invoke(app, list(args), env=env or None)


def ok(*args: str, **env: str) -> str:
    """Standard output of a command that must succeed."""
    result = run(*args, **env)
    assert result.exit_code == 0, result.output
    return result.stdout


def solve(ws: Path, relative: str, slug: str) -> None:
    """Write the reference solution of ``slug`` over its file at ``ws / relative``."""
    reference = CONTENT / "exercises" / slug / ".meta" / "example.py"
    (ws / relative).write_text(reference.read_text())


class Lines:
    """A child's stdout, read by a thread so that waiting for a line can time out."""

    def __init__(self, child: subprocess.Popen[str]) -> None:
        assert child.stdout is not None
        self.queue: queue.Queue[str | None] = queue.Queue()
        self.stdout = child.stdout
        self.thread = threading.Thread(target=self._pump, daemon=True)
        self.thread.start()

    def _pump(self) -> None:
        for line in self.stdout:
            self.queue.put(line)
        self.queue.put(None)

    def until(self, marker: str, poke: Callable[[], object] | None = None) -> str:
        """Lines up to the first containing ``marker``; ``poke`` runs every 2 s meanwhile."""
        seen: list[str] = []
        deadline = time.monotonic() + 90
        if poke is not None:
            poke()
        while time.monotonic() < deadline:
            try:
                line = self.queue.get(timeout=2)
            except queue.Empty:
                if poke is not None:
                    poke()
                continue
            if line is None:
                break
            seen.append(line)
            if marker in line:
                return "".join(seen)
        raise AssertionError(f"{marker!r} not seen; got:\n{''.join(seen)}")

    def rest(self) -> str:
        self.thread.join(timeout=30)
        self.stdout.close()
        lines: list[str] = []
        while not self.queue.empty():
            line = self.queue.get()
            if line is not None:
                lines.append(line)
        return "".join(lines)
