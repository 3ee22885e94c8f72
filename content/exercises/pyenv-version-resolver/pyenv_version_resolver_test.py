import re
from pathlib import Path

import pytest
from pyenv_version_resolver import (
    Selection,
    find_version_file,
    read_version_file,
    resolve,
    versions_from_environment,
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.task(taskno=1)
def test_read_version_file_takes_the_first_word_of_each_line(tmp_path: Path) -> None:
    path = write(tmp_path / ".python-version", "3.12.4\n\n# fallback:\n3.11.9  lts\r\nsystem\n")
    got = read_version_file(path)
    assert got == ["3.12.4", "3.11.9", "system"], f"got {got}"


@pytest.mark.task(taskno=1)
def test_read_version_file_skips_paths(tmp_path: Path) -> None:
    path = write(tmp_path / "v", "../../etc\n..\nenvs/api\n  pypy3.10  \n#3.9\n")
    assert read_version_file(str(path)) == ["pypy3.10"], "skip '..', words with '/', comments"


@pytest.mark.task(taskno=2)
def test_find_version_file_walks_up_to_the_boundary(tmp_path: Path) -> None:
    write(tmp_path / ".python-version", "3.10\n")  # above the boundary: never read
    workspace = tmp_path / "workspace"
    service = workspace / "services" / "billing" / "src"
    service.mkdir(parents=True)
    assert find_version_file(service, workspace) is None, "stop at stop_at, included"
    write(workspace / "services" / ".python-version", "3.12\n")
    got = find_version_file(service, workspace)
    assert got == workspace / "services" / ".python-version", f"the nearest one: {got}"
    write(service / ".python-version", "3.13\n")
    assert find_version_file(str(service), str(workspace)) == service / ".python-version"


@pytest.mark.task(taskno=2)
def test_find_version_file_wants_a_file_inside_the_boundary(tmp_path: Path) -> None:
    (tmp_path / "app" / ".python-version").mkdir(parents=True)  # a folder, not a file
    write(tmp_path / ".python-version", "3.11\n")
    got = find_version_file(tmp_path / "app", tmp_path)
    assert got == tmp_path / ".python-version", f"a folder of that name does not count: {got}"
    with pytest.raises(ValueError, match=re.escape(str(tmp_path / "app"))):
        find_version_file(tmp_path, tmp_path / "app")  # the message names both folders


@pytest.mark.task(taskno=3)
def test_versions_from_environment() -> None:
    assert versions_from_environment({"PYENV_VERSION": "3.12.4:3.11"}) == ["3.12.4", "3.11"]
    assert versions_from_environment({"PYENV_VERSION": ""}) == [], "empty means unset"
    assert versions_from_environment({"HOME": "/root"}) == []
    assert versions_from_environment({"PYENV_VERSION": "3.13::system:"}) == ["3.13", "system"]


@pytest.mark.task(taskno=4)
def test_resolve_in_pyenv_order(tmp_path: Path) -> None:
    root, project = tmp_path / "pyenv", tmp_path / "code" / "api"
    project.mkdir(parents=True)
    where = {"pyenv_root": root, "stop_at": tmp_path / "code"}
    assert resolve(project, environ={}, **where) == Selection(("system",), "default")
    write(root / "version", "3.11.9\n")
    assert resolve(project, environ={}, **where) == Selection(("3.11.9",), str(root / "version"))
    local = write(tmp_path / "code" / ".python-version", "3.12.4\n3.11.9\n")
    assert resolve(project, environ={}, **where) == Selection(("3.12.4", "3.11.9"), str(local))
    got = resolve(project, environ={"PYENV_VERSION": "3.13.0"}, **where)
    assert got == Selection(("3.13.0",), "PYENV_VERSION"), f"the variable wins: {got}"


@pytest.mark.task(taskno=4)
def test_resolve_an_empty_nearest_file_means_system(tmp_path: Path) -> None:
    write(tmp_path / "pyenv" / "version", "3.11.9\n")
    empty = write(tmp_path / "app" / ".python-version", "# nothing pinned yet\n")
    got = resolve(tmp_path / "app", environ={"PYENV_VERSION": ""}, pyenv_root=tmp_path / "pyenv",
                  stop_at=tmp_path)  # fmt: skip
    assert got == Selection(("system",), str(empty)), (
        f"the nearest file decides even when it names nothing: {got}"
    )
