"""Real services for the team tests: a redis-server on a free loopback port, PostgreSQL
databases made and dropped per use, and ``pyhero worker`` processes."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from redis import Redis
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

__all__ = [
    "POSTGRES_ENV",
    "REDIS_ENV",
    "Worker",
    "free_port",
    "postgres_database",
    "redis_server",
    "start_worker",
    "wait_for",
]

POSTGRES_ENV = "PYHERO_TEST_POSTGRES_URL"
REDIS_ENV = "PYHERO_TEST_REDIS_URL"
ROOT = Path(__file__).resolve().parents[2]


def wait_for(condition: Callable[[], object], timeout: float = 120.0, what: str = "it") -> None:
    """Poll ``condition`` until it is true; fail naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def redis_server(directory: Path) -> Iterator[str]:
    """A private redis-server on 127.0.0.1 (no persistence), as ``redis://`` URL."""
    binary = shutil.which("redis-server")
    assert binary is not None
    port = free_port()
    options = ["--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen(
        [binary, *options, "--dir", str(directory)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}"
    client = Redis.from_url(url)

    def up() -> bool:
        try:
            return bool(client.ping())
        except OSError:
            return False
        except Exception:  # redis.ConnectionError while it starts
            return False

    try:
        wait_for(up, 30, "redis-server to start")
        yield url
    finally:
        client.close()
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def postgres_database(base: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database on the server of ``base``, dropped afterwards."""
    name = f"pyhero_team_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@dataclass
class Worker:
    """A ``pyhero worker`` process (its own session: a kill takes its graders with it)."""

    process: subprocess.Popen[bytes]
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def kill(self) -> None:
        """SIGKILL the worker and everything it started, mid-job or not."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def start_worker(env: dict[str, str], log: Path, redis_url: str) -> Worker:
    """Start ``pyhero worker`` with ``env`` and wait for its heartbeat in Redis."""
    command = [sys.executable, "-c", "from pyhero.cli import main; main()", "worker"]
    handle = log.open("wb")
    process = subprocess.Popen(
        [*command, "--concurrency", "1"],
        env={**os.environ, **env},
        stdout=handle,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        cwd=ROOT,
    )
    handle.close()
    worker = Worker(process, log)
    client = Redis.from_url(redis_url)

    def beating() -> bool:
        assert process.poll() is None, f"the worker exited:\n{worker.output()}"
        keys = client.keys("pyhero:worker:*")
        names = [key.decode() if isinstance(key, bytes) else key for key in keys]
        return any(f"pyhero-{process.pid}@" in name for name in names)

    try:
        wait_for(beating, 120, "the worker's first heartbeat")
    except BaseException:
        worker.kill()
        raise
    finally:
        client.close()
    return worker
