"""Static checks of a project's VS Code settings: the files are JSON with comments."""

import json
import re
from pathlib import Path
from typing import Any

import pytest

VSCODE = Path(__file__).with_name(".vscode")
VENV_PYTHON = re.compile(r"(\$\{workspaceFolder\}/|\./)?\.venv/bin/python3?")


def strip_jsonc(text: str) -> str:
    """``text`` without ``//`` and ``/* */`` comments and trailing commas, strings kept."""
    out: list[str] = []
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if char == '"':
            end = index + 1
            while end < length and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            out.append(text[index : end + 1])
            index = end + 1
        elif text.startswith("//", index):
            newline = text.find("\n", index)
            index = length if newline == -1 else newline
        elif text.startswith("/*", index):
            close = text.find("*/", index + 2)
            if close == -1:
                raise ValueError("a /* comment is never closed")
            index = close + 2
        else:
            out.append(char)
            index += 1
    return re.sub(r',(\s*[\]}])', r"\1", "".join(out))  # fmt: skip


def load_jsonc(name: str) -> Any:
    path = VSCODE / name
    assert path.is_file(), f".vscode/{name} is missing"
    try:
        return json.loads(strip_jsonc(path.read_text(encoding="utf-8")))
    except ValueError as error:
        pytest.fail(f".vscode/{name} is not valid JSON (with comments): {error}")


def settings() -> dict[str, Any]:
    loaded = load_jsonc("settings.json")
    assert isinstance(loaded, dict), "settings.json holds one object: { ... }"
    return loaded


def configurations() -> list[dict[str, Any]]:
    launch = load_jsonc("launch.json")
    assert isinstance(launch, dict), "launch.json holds one object: { ... }"
    assert launch.get("version") == "0.2.0", 'launch.json starts with "version": "0.2.0"'
    found = launch.get("configurations")
    assert isinstance(found, list), '"configurations" is a list'
    assert all(isinstance(c, dict) for c in found), "each configuration is an object"
    return found


@pytest.mark.task(taskno=1)
def test_the_jsonc_reader() -> None:
    text = '{"a": "http://x//y", /* note */ "b": [1, 2,], // end\n "c": "\\"//\\""}'
    assert json.loads(strip_jsonc(text)) == {"a": "http://x//y", "b": [1, 2], "c": '"//"'}


@pytest.mark.task(taskno=1)
def test_the_interpreter_is_the_project_venv() -> None:
    chosen = settings()
    assert "python.pythonPath" not in chosen, (
        "python.pythonPath is no longer read by the Python extension: use "
        "python.defaultInterpreterPath"
    )
    path = chosen.get("python.defaultInterpreterPath")
    assert isinstance(path, str), "set python.defaultInterpreterPath"
    assert VENV_PYTHON.fullmatch(path), (
        f"{path!r}: point at the project's .venv relative to the workspace "
        "(${workspaceFolder}/.venv/bin/python), not at a path that exists on one machine"
    )


@pytest.mark.task(taskno=2)
def test_pytest_is_enabled_and_unittest_is_not() -> None:
    chosen = settings()
    assert chosen.get("python.testing.pytestEnabled") is True, (
        "python.testing.pytestEnabled must be the JSON boolean true"
    )
    assert chosen.get("python.testing.unittestEnabled") is False, (
        "turn unittest discovery off (python.testing.unittestEnabled: false)"
    )


@pytest.mark.task(taskno=2)
def test_pytest_runs_the_tests_folder() -> None:
    arguments = settings().get("python.testing.pytestArgs")
    assert isinstance(arguments, list), "python.testing.pytestArgs is a list of strings"
    assert all(isinstance(a, str) for a in arguments), "each pytest argument is a string"
    assert "tests" in arguments, f"pass the tests folder to pytest: {arguments}"


@pytest.mark.task(taskno=3)
def test_every_configuration_uses_the_debugpy_debugger() -> None:
    found = configurations()
    names = [c.get("name") for c in found]
    assert all(isinstance(n, str) and n.strip() for n in names), "every configuration has a name"
    assert len(set(names)) == len(names), f"names are unique: {names}"
    for configuration in found:
        assert configuration.get("type") == "debugpy", (
            f"{configuration.get('name')}: type must be 'debugpy' (the Python Debugger "
            "extension); 'python' is the old, deprecated type"
        )
        assert configuration.get("request") == "launch", "both configurations launch"
        if "python" in configuration:
            assert VENV_PYTHON.fullmatch(str(configuration["python"])), (
                f"{configuration['name']}: a 'python' entry must be the project's venv"
            )


@pytest.mark.task(taskno=3)
def test_the_service_runs_as_a_module() -> None:
    service = [c for c in configurations() if c.get("module") == "inventory_api"]
    assert len(service) == 1, 'one configuration runs "module": "inventory_api"'
    assert "program" not in service[0], "run the package as a module, not a file path"
    assert service[0].get("cwd") == "${workspaceFolder}", "cwd is ${workspaceFolder}"
    env = service[0].get("env")
    assert isinstance(env, dict), 'the configuration has an "env" object'
    entries = str(env.get("PYTHONPATH", "")).split(":")
    assert "${workspaceFolder}/src" in entries, "PYTHONPATH holds ${workspaceFolder}/src"


@pytest.mark.task(taskno=3)
def test_a_configuration_debugs_tests() -> None:
    for_tests = [c for c in configurations() if "debug-test" in (c.get("purpose") or [])]
    assert len(for_tests) == 1, 'one configuration has "purpose": ["debug-test"]'
    assert isinstance(for_tests[0]["purpose"], list), '"purpose" is a list'
    assert for_tests[0].get("justMyCode") is False, (
        'step into libraries while debugging tests: "justMyCode": false'
    )
    assert "module" not in for_tests[0], "the test runner decides what runs: no module"
    assert "program" not in for_tests[0], "the test runner decides what runs: no program"
