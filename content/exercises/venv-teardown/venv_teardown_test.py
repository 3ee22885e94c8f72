import sys
from pathlib import Path

import pytest

from venv_teardown import (
    NotAVirtualenvError,
    frozen_requirements,
    is_virtualenv,
    remove_virtualenv,
    save_requirements,
)


def install(site: Path, name: str, version: str, *, egg: bool = False) -> None:
    """Leave the metadata an installer writes for a package."""
    if egg:
        folder = site / f"{name}-{version}.egg-info"
        folder.mkdir(parents=True)
        (folder / "PKG-INFO").write_text(
            f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
        )
    else:
        folder = site / f"{name.replace('-', '_')}-{version}.dist-info"
        folder.mkdir(parents=True)
        (folder / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
        )


def make_venv(root: Path, packages: dict[str, str]) -> Path:
    """A virtual environment as ``python -m venv`` lays it out on Linux."""
    venv = root / ".venv"
    site = venv / "lib" / "python3.11" / "site-packages"
    site.mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text("home = /usr/bin\nversion = 3.11.9\n")
    (venv / "lib64").symlink_to("lib")
    (venv / "bin").mkdir()
    (root / "python3").write_text("#!the interpreter outside the environment\n")
    (venv / "bin" / "python").symlink_to(root / "python3")
    (root / "checkout").mkdir(exist_ok=True)
    (root / "checkout" / "app.py").write_text("print('the project, outside')\n")
    (venv / "src").symlink_to(root / "checkout", target_is_directory=True)
    for name, version in packages.items():
        install(site, name, version)
    return venv


PACKAGES = {
    "requests": "2.32.3",
    "Django": "5.0.6",
    "pip": "24.0",
    "attrs": "23.2.0",
    "setuptools": "69.5.1",
    "typing-extensions": "4.12.2",
}


@pytest.mark.task(taskno=1)
def test_is_virtualenv(tmp_path: Path) -> None:
    venv = make_venv(tmp_path, {})
    assert is_virtualenv(venv)
    assert is_virtualenv(str(venv)), "a str path works too"
    assert not is_virtualenv(tmp_path), "no pyvenv.cfg: not an environment"
    (tmp_path / "fake" / "pyvenv.cfg").mkdir(parents=True)
    assert not is_virtualenv(tmp_path / "fake"), "pyvenv.cfg must be a file"
    assert not is_virtualenv(tmp_path / "missing")


@pytest.mark.task(taskno=2)
def test_frozen_requirements_like_pip_freeze(tmp_path: Path) -> None:
    venv = make_venv(tmp_path, PACKAGES)
    assert frozen_requirements(venv) == [
        "attrs==23.2.0",
        "Django==5.0.6",
        "requests==2.32.3",
        "typing-extensions==4.12.2",
    ], "sorted by name whatever its case, pip and setuptools left out, lib64 not read twice"


@pytest.mark.task(taskno=2)
def test_frozen_requirements_reads_egg_info_and_windows_layout(tmp_path: Path) -> None:
    venv = tmp_path / "win-env"
    (venv / "Lib" / "site-packages").mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text("home = C:\\Python311\n")
    install(venv / "Lib" / "site-packages", "pywin32", "306")
    install(venv / "Lib" / "site-packages", "legacy-tool", "0.9", egg=True)
    assert frozen_requirements(venv) == ["legacy-tool==0.9", "pywin32==306"]
    with pytest.raises(NotAVirtualenvError, match="pyvenv.cfg"):
        frozen_requirements(tmp_path)


@pytest.mark.task(taskno=3)
def test_save_requirements(tmp_path: Path) -> None:
    venv = make_venv(tmp_path, {"httpx": "0.27.0", "anyio": "4.4.0"})
    assert save_requirements(venv, tmp_path / "requirements.txt") == 2
    text = (tmp_path / "requirements.txt").read_text(encoding="utf-8")
    assert text == "anyio==4.4.0\nhttpx==0.27.0\n", "one line each, each ending in a newline"
    empty = make_venv(tmp_path / "other", {"pip": "24.0"})
    assert save_requirements(empty, tmp_path / "none.txt") == 0
    assert (tmp_path / "none.txt").read_text(encoding="utf-8") == ""


@pytest.mark.task(taskno=4)
def test_remove_virtualenv_saves_first_and_keeps_what_links_point_to(tmp_path: Path) -> None:
    venv = make_venv(tmp_path, PACKAGES)
    assert remove_virtualenv(venv, tmp_path / "requirements.txt") == 4
    assert not venv.exists() and not venv.is_symlink(), "the whole folder is gone"
    assert (tmp_path / "requirements.txt").read_text(encoding="utf-8").splitlines()[0] == (
        "attrs==23.2.0"
    )
    assert (tmp_path / "python3").is_file(), "a link's target outside the folder survives"
    assert (tmp_path / "checkout" / "app.py").is_file(), (
        "a linked folder outside the environment keeps its files: the link is deleted, "
        "never followed"
    )


@pytest.mark.task(taskno=4)
def test_remove_virtualenv_refuses_what_it_must_not_delete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    (project / "src").mkdir(parents=True)
    with pytest.raises(NotAVirtualenvError):
        remove_virtualenv(project, tmp_path / "requirements.txt")
    assert (project / "src").is_dir(), "a folder without pyvenv.cfg is never deleted"

    venv = make_venv(tmp_path, {"attrs": "23.2.0"})
    with pytest.raises(ValueError, match="inside"):
        remove_virtualenv(venv, venv / "requirements.txt")
    assert venv.is_dir(), "the list would be deleted with the environment"
    assert not (venv / "requirements.txt").exists()

    monkeypatch.setattr(sys, "prefix", str(venv))
    with pytest.raises(RuntimeError, match="deactivate"):
        remove_virtualenv(venv, tmp_path / "requirements.txt")
    assert venv.is_dir(), "never delete the environment that is running"
    assert not (tmp_path / "requirements.txt").exists()
