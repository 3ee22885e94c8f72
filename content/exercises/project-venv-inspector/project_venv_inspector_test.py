import subprocess
from pathlib import Path

import pytest
from project_venv_inspector import active_env, create_env, interpreter, read_pyvenv_cfg


@pytest.mark.task(taskno=1)
def test_create_env_makes_an_environment_without_pip(tmp_path: Path) -> None:
    target = tmp_path / "venv"
    python = create_env(target)
    assert python == target / "bin" / "python", f"return the interpreter's path, got {python!r}"
    assert (target / "pyvenv.cfg").is_file(), "an environment has a pyvenv.cfg at its top"
    site_packages = list(target.glob("lib/python3*/site-packages"))
    assert site_packages, "the environment has its own site-packages"
    assert not list(site_packages[0].glob("pip*")), "create it without pip (with_pip=False)"
    assert python.is_symlink(), "a symbolic link to the base interpreter (symlinks=True)"
    text = (target / "pyvenv.cfg").read_text(encoding="utf-8")
    assert "prompt" not in text, f"without a prompt, pyvenv.cfg records none:\n{text}"


@pytest.mark.task(taskno=1)
def test_the_created_interpreter_runs_inside_the_environment(tmp_path: Path) -> None:
    python = create_env(tmp_path / "env", prompt="billing")
    done = subprocess.run(
        [str(python), "-c", "import sys; print(sys.prefix != sys.base_prefix)"],
        capture_output=True, text=True, timeout=20, check=False,
    )  # fmt: skip
    assert done.stdout.strip() == "True", f"the interpreter sees its venv: {done!r}"
    text = (tmp_path / "env" / "pyvenv.cfg").read_text(encoding="utf-8")
    assert "prompt = 'billing'" in text, f"pass the prompt to EnvBuilder:\n{text}"


@pytest.mark.task(taskno=1)
def test_create_env_refuses_a_folder_that_holds_something(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(FileExistsError):
        create_env(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"], "nothing is touched"
    (tmp_path / "empty").mkdir()
    assert create_env(str(tmp_path / "empty")).is_file(), "an empty folder is fine"


@pytest.mark.task(taskno=2)
def test_read_pyvenv_cfg(tmp_path: Path) -> None:
    (tmp_path / "pyvenv.cfg").write_text(
        "home = /usr/bin\nInclude-System-Site-Packages=false\n\nversion = 3.12.1\n"
        "command = /usr/bin/python3 -m venv --prompt=api /srv/api/.venv\n",
        encoding="utf-8",
    )
    got = read_pyvenv_cfg(tmp_path)
    assert got == {
        "home": "/usr/bin",
        "include-system-site-packages": "false",
        "version": "3.12.1",
        "command": "/usr/bin/python3 -m venv --prompt=api /srv/api/.venv",
    }, f"keys lower-cased, split at the first '=', both sides stripped: {got}"


@pytest.mark.task(taskno=2)
def test_read_pyvenv_cfg_skips_lines_without_equals_and_keeps_the_last(tmp_path: Path) -> None:
    (tmp_path / "pyvenv.cfg").write_text(
        "[venv]\nhome = /a\njust words\nhome = /b\nprompt =\n", encoding="utf-8"
    )
    got = read_pyvenv_cfg(str(tmp_path))
    assert got == {"home": "/b", "prompt": ""}, f"got {got}"
    with pytest.raises(FileNotFoundError):
        read_pyvenv_cfg(tmp_path / "missing")


@pytest.mark.task(taskno=3)
def test_interpreter_posix_and_windows_layouts(tmp_path: Path) -> None:
    (tmp_path / "posix" / "bin").mkdir(parents=True)
    (tmp_path / "posix" / "bin" / "python").write_text("", encoding="utf-8")
    (tmp_path / "win" / "Scripts").mkdir(parents=True)
    (tmp_path / "win" / "Scripts" / "python.exe").write_text("", encoding="utf-8")
    assert interpreter(tmp_path / "posix") == tmp_path / "posix" / "bin" / "python"
    assert interpreter(str(tmp_path / "win")) == tmp_path / "win" / "Scripts" / "python.exe"
    (tmp_path / "broken" / "bin" / "python").mkdir(parents=True)
    with pytest.raises(FileNotFoundError):
        interpreter(tmp_path / "broken")  # a folder named python is no interpreter


@pytest.mark.task(taskno=4)
def test_active_env() -> None:
    assert active_env("/srv/api/.venv", "/usr") == Path("/srv/api/.venv")
    assert active_env("/usr", "/usr") is None, "prefix == base_prefix: no venv"
    assert active_env("/usr/", "/usr") is None, "compare normalised paths, not text"
    assert active_env("/srv/app/./.venv/", "/opt/python") == Path("/srv/app/.venv")


@pytest.mark.task(taskno=4)
def test_active_env_ignores_virtual_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIRTUAL_ENV", "/home/ana/other/.venv")
    assert active_env("/usr", "/usr") is None, "an activated shell is not a running venv"
    assert active_env("/srv/api/.venv", "/usr") == Path("/srv/api/.venv")
