"""Building environments with uv: real builds into a temporary cache."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from pyhero.environments import (
    MARKER,
    Environments,
    EnvironmentsError,
    MissingEnvironment,
    sync_command,
)

WriteContent = Callable[..., Path]


def test_a_build_is_a_virtual_environment_with_the_locked_packages(
    built_qol: Environments,
) -> None:
    built = built_qol.require("qol")
    assert built.prefix.name == built_qol.get("qol").key
    code = (
        "import bidict, pytest, sortedcontainers, sys;"
        "print(pytest.__version__, sortedcontainers.__version__, sys.prefix)"
    )
    output = subprocess.run(
        [str(built.python), "-I", "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    environment = built_qol.get("qol")
    assert output[0] == environment.version_of("pytest")
    assert output[1] == environment.version_of("sortedcontainers")
    assert Path(output[2]) == built.prefix


def test_pyhero_dependencies_are_not_in_an_environment(built_qol: Environments) -> None:
    python = str(built_qol.require("qol").python)
    probe = (
        "import importlib.util as u;"
        "print([m for m in ('pydantic', 'typer', 'pyhero') if u.find_spec(m)])"
    )
    output = subprocess.run([python, "-I", "-c", probe], capture_output=True, text=True, check=True)
    assert output.stdout.strip() == "[]"


def test_a_second_sync_reuses_the_build(built_qol: Environments) -> None:
    before = built_qol.require("qol")
    marker = (before.prefix / MARKER).read_text()
    (after,) = built_qol.sync(["qol"])
    assert after == before
    assert (after.prefix / MARKER).read_text() == marker, "the build was redone"


def test_a_changed_lock_is_built_anew(write_content: WriteContent, tmp_path: Path) -> None:
    content = write_content()
    environments = Environments(content, tmp_path / "cache")
    (first,) = environments.sync(["qol"])
    project = content / "environments" / "qol" / "pyproject.toml"
    project.write_text(project.read_text().replace('version = "1"', 'version = "2"'))
    assert environments.find("qol") is None, "a build of the old lock must not be used"
    with pytest.raises(MissingEnvironment):
        environments.require("qol")
    (second,) = environments.sync(["qol"])
    assert second.prefix != first.prefix
    assert second.python.exists()
    assert environments.prune() == [first.prefix]
    assert not first.prefix.exists()
    assert second.prefix.exists()


def test_an_unfinished_build_is_never_used_and_is_replaced(
    write_content: WriteContent, tmp_path: Path
) -> None:
    environments = Environments(write_content(), tmp_path / "cache")
    environment = environments.get("qol")
    half = environments.location(environment)
    (half / "bin").mkdir(parents=True)
    (half / "bin" / "python").write_text("not a python")
    staging = half.parent / f".staging-{half.name}-left"
    staging.mkdir()
    assert environments.find("qol") is None
    (built,) = environments.sync(["qol"])
    assert json.loads((built.prefix / MARKER).read_text())["lock_hash"] == environment.lock_hash
    assert not staging.exists()
    subprocess.run([str(built.python), "-c", "import sortedcontainers"], check=True)


def test_a_failed_build_leaves_nothing_behind(write_content: WriteContent, tmp_path: Path) -> None:
    content = write_content()
    lock = content / "environments" / "qol" / "uv.lock"
    lock.write_text(
        lock.read_text().replace('name = "sortedcontainers"', 'name = "sortedcontainers-nope"', 1)
    )
    environments = Environments(content, tmp_path / "cache")
    with pytest.raises(EnvironmentsError, match="uv failed"):
        environments.sync(["qol"])
    assert environments.find("qol") is None
    leftovers = [p.name for p in environments.cache_root.iterdir() if not p.name.endswith(".lock")]
    assert leftovers == []


def test_the_missing_error_names_the_command(write_content: WriteContent, tmp_path: Path) -> None:
    environments = Environments(write_content(), tmp_path / "cache")
    with pytest.raises(MissingEnvironment) as caught:
        environments.require("qol")
    assert sync_command("qol") == "pyhero env sync qol"
    assert "pyhero env sync qol" in str(caught.value)


def test_unknown_and_broken_definitions_name_the_problem(
    write_content: WriteContent, tmp_path: Path
) -> None:
    content = write_content()
    environments = Environments(content, tmp_path / "cache")
    with pytest.raises(EnvironmentsError, match=r"unknown environment 'nope' \(defined: qol\)"):
        environments.get("nope")
    with pytest.raises(EnvironmentsError, match="not an environment name"):
        environments.get("../qol")
    (content / "environments" / "qol" / "uv.lock").unlink()
    with pytest.raises(EnvironmentsError, match=r"uv\.lock: missing: run `uv lock`"):
        environments.get("qol")
    (content / "environments" / "qol" / "pyproject.toml").write_text("[project\n")
    with pytest.raises(EnvironmentsError, match=r"pyproject\.toml: cannot be read as TOML"):
        environments.get("qol")


def test_status_lists_every_environment(built_qol: Environments) -> None:
    (status,) = built_qol.status()
    assert status.environment.name == "qol"
    assert status.ready
    # The real qol environment, which grows with the QoL exercises: these at least.
    assert {"pytest", "sortedcontainers", "bidict", "yarl"} <= set(status.environment.requirements)
    assert status.environment.warm[:2] == ("bidict", "sortedcontainers")


def test_warm_modules_must_be_module_names(write_content: WriteContent, tmp_path: Path) -> None:
    content = write_content()
    project = content / "environments" / "qol" / "pyproject.toml"
    project.write_text(project.read_text().replace('"bidict", "sortedcontainers"', '"bidict; x"'))
    with pytest.raises(EnvironmentsError, match=r"tool\.pyhero\.warm must be a list of module"):
        Environments(content, tmp_path / "cache").get("qol")


def test_a_build_has_compiled_bytecode(built_qol: Environments) -> None:
    """The sandbox cannot write ``.pyc`` files into the environment: they come with it."""
    prefix = built_qol.require("qol").prefix
    assert list(prefix.glob("lib/python3*/site-packages/bidict/__pycache__/*.pyc"))


def test_a_build_needs_no_network_once_uv_has_the_wheels(
    built_qol: Environments, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Offline-capable: every request through a proxy that does not exist fails, and the
    build (of a lock uv's cache already holds) still succeeds."""
    for variable in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.setenv(variable, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    offline = Environments(built_qol.content_dir, tmp_path / "cache")
    (built,) = offline.sync(["qol"])
    subprocess.run([str(built.python), "-I", "-c", "import bidict, pytest"], check=True)
    monkeypatch.setenv("UV_CACHE_DIR", str(tmp_path / "empty-uv-cache"))
    monkeypatch.setenv("UV_HTTP_RETRIES", "0")
    with pytest.raises(EnvironmentsError, match="uv failed"):  # the proxy does cut it off
        Environments(built_qol.content_dir, tmp_path / "other").sync(["qol"])
