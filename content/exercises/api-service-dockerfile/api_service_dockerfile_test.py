"""Static checks of the shipping API's Dockerfile: a small Dockerfile parser, then the rules."""

import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import pytest

DOCKERFILE = Path(__file__).with_name("Dockerfile")
KEYWORDS = {"ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK",
            "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME",
            "WORKDIR"}  # fmt: skip
DIRECTIVE = re.compile(r"#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$")
HEREDOC = re.compile(r"<<-?\s*[\"']?([A-Za-z_][A-Za-z0-9_]*)[\"']?")
#: The build context: the files a COPY may name.
PROJECT = {"pyproject.toml", "requirements.txt", "src", "src/shipping_api", "README.md",
           "pip.conf"}  # fmt: skip
MANIFESTS = {"requirements.txt", "pyproject.toml"}
SECRET_NAME = re.compile(r"SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL",
                         re.IGNORECASE)  # fmt: skip
SLIM_PYTHON = re.compile(r"python:3\.(1[1-9])(\.\d+)?-slim(-[a-z]+)?(@sha256:[0-9a-f]{64})?")
PINNED_PYTHON = re.compile(r"python:3\.(1[1-9])(\.\d+)?(-[a-z]+)*(@sha256:[0-9a-f]{64})?")


class DockerfileError(Exception):
    """The Dockerfile cannot be read: the message names the line."""


@dataclass
class Instruction:
    keyword: str
    arguments: str
    line: int
    flags: list[tuple[str, str]] = field(default_factory=list)

    def flag(self, name: str) -> list[str]:
        return [value for key, value in self.flags if key == name]

    @property
    def exec_form(self) -> list[str] | None:
        """The JSON array of an exec-form CMD, ENTRYPOINT or RUN, else ``None``."""
        try:
            value = json.loads(self.arguments)
        except ValueError:
            return None
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return value
        return None

    def pairs(self) -> list[tuple[str, str]]:
        """ENV/ARG/LABEL ``key=value`` pairs (``ENV KEY value`` too; ``ARG NAME`` has "")."""
        words = shlex.split(self.arguments, posix=True)
        if self.keyword == "ENV" and words and "=" not in words[0]:
            return [(words[0], " ".join(words[1:]))]
        return [(word.partition("=")[0], word.partition("=")[2]) for word in words]


@dataclass
class Stage:
    base: str
    name: str | None
    index: int
    line: int
    instructions: list[Instruction] = field(default_factory=list)

    def all(self, keyword: str) -> list[Instruction]:
        return [i for i in self.instructions if i.keyword == keyword]


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Instructions as (first line number, text): comments dropped, continuations joined,
    heredoc bodies kept."""
    lines = text.splitlines()
    escape = "\\"
    index = 0
    while index < len(lines) and (match := DIRECTIVE.match(lines[index].strip())):
        if match.group(1).lower() == "escape":
            escape = match.group(2)
        index += 1
    found: list[tuple[int, str]] = []
    while index < len(lines):
        stripped = lines[index].strip()
        if not stripped or stripped.startswith("#"):
            index += 1
            continue
        start, parts = index + 1, []
        while index < len(lines):
            line = lines[index].rstrip()
            index += 1
            if line.strip().startswith("#") and parts:
                continue
            if line.endswith(escape):
                parts.append(line[: -len(escape)])
                continue
            parts.append(line)
            break
        logical = " ".join(part.strip() for part in parts if part.strip())
        for delimiter in HEREDOC.findall(logical):
            body = []
            while index < len(lines) and lines[index].strip() != delimiter:
                body.append(lines[index])
                index += 1
            if index == len(lines):
                raise DockerfileError(f"line {start}: heredoc {delimiter} is never closed")
            index += 1
            logical += "\n" + "\n".join(body)
        found.append((start, logical))
    return found


def parse_dockerfile(text: str) -> list[Stage]:
    """The build stages of a Dockerfile, each with its instructions; the ARGs before the
    first FROM form a stage of their own, without a base, at index -1."""
    stages: list[Stage] = []
    preamble = Stage("", None, -1, 0)
    for line, logical in _logical_lines(text):
        keyword, _, rest = logical.partition(" ")
        keyword = keyword.upper()
        if keyword not in KEYWORDS:
            raise DockerfileError(f"line {line}: unknown instruction {keyword}")
        flags = []
        rest = rest.strip()
        while rest.startswith("--"):
            token, _, rest = rest.partition(" ")
            name, _, value = token[2:].partition("=")
            flags.append((name, value))
            rest = rest.strip()
        instruction = Instruction(keyword, rest, line, flags)
        if keyword == "FROM":
            words = rest.split()
            if len(words) == 3 and words[1].upper() == "AS":
                stages.append(Stage(words[0], words[2].lower(), len(stages), line))
            elif len(words) == 1:
                stages.append(Stage(words[0], None, len(stages), line))
            else:
                raise DockerfileError(f"line {line}: FROM <image> [AS <name>], got {rest!r}")
        elif not stages:
            if keyword != "ARG":
                raise DockerfileError(f"line {line}: {keyword} before the first FROM")
            preamble.instructions.append(instruction)
        else:
            stages[-1].instructions.append(instruction)
    if not stages:
        raise DockerfileError("no FROM instruction")
    return [preamble, *stages] if preamble.instructions else stages


def load_dockerfile() -> list[Stage]:
    """The learner's Dockerfile, parsed (the global ARGs are ``stages[0]`` when there are)."""
    return parse_dockerfile(DOCKERFILE.read_text(encoding="utf-8"))


def build_stages(stages: list[Stage]) -> list[Stage]:
    return [stage for stage in stages if stage.index >= 0]


def stage_names(stages: list[Stage]) -> set[str]:
    return {name for stage in stages for name in (stage.name, str(stage.index)) if name}


def install_step(stage: Stage) -> int | None:
    """Position of the RUN that installs requirements.txt in ``stage``."""
    for position, instruction in enumerate(stage.instructions):
        text = instruction.arguments
        if instruction.keyword == "RUN" and "pip install" in text and "requirements.txt" in text:
            return position
    return None


def copied_sources(instruction: Instruction) -> list[str]:
    words = instruction.exec_form or instruction.arguments.split()
    return [word.rstrip("/").removeprefix("./") or "." for word in words[:-1]]


def command(stage: Stage) -> list[str]:
    """The final command: ENTRYPOINT then CMD (exec form), as the container runs it."""
    entrypoint = stage.all("ENTRYPOINT")
    cmd = stage.all("CMD")
    return [*(entrypoint[-1].exec_form or [] if entrypoint else []),
            *(cmd[-1].exec_form or [] if cmd else [])]  # fmt: skip


def option(argv: list[str], name: str) -> str | None:
    return argv[argv.index(name) + 1] if name in argv[:-1] else None


@pytest.fixture(scope="module")
def stages() -> list[Stage]:
    """The build stages (FROM ... to the next FROM)."""
    return build_stages(load_dockerfile())


@pytest.mark.task(taskno=1)
def test_the_dockerfile_parses_and_copies_only_project_files() -> None:
    stages = build_stages(load_dockerfile())
    assert stages, "at least one FROM"
    for stage in stages:
        for copy in stage.all("COPY") + stage.all("ADD"):
            if not copy.flag("from"):
                unknown = set(copied_sources(copy)) - PROJECT - {"."}
                assert not unknown, f"line {copy.line}: not in the build context: {unknown}"


@pytest.mark.task(taskno=1)
def test_it_is_a_multi_stage_build(stages: list[Stage]) -> None:
    assert len(stages) >= 2, "a build stage and a runtime stage"
    earlier = stage_names(stages[:-1])
    final = stages[-1]
    copied = [i for i in final.all("COPY") if set(i.flag("from")) & earlier]
    assert copied, "the final stage copies what the build stage produced (COPY --from=<stage>)"


@pytest.mark.task(taskno=1)
def test_base_images_are_pinned_python_and_the_last_one_is_slim(stages: list[Stage]) -> None:
    names = set()
    for stage in stages:
        if stage.base.lower() not in names:
            assert PINNED_PYTHON.fullmatch(stage.base), (
                f"line {stage.line}: {stage.base}: an official python image with an explicit "
                "3.11+ version tag (not latest, not just python:3)"
            )
        if stage.name:
            names.add(stage.name)
    assert SLIM_PYTHON.fullmatch(stages[-1].base), (
        f"line {stages[-1].line}: the runtime image {stages[-1].base} should be a -slim one"
    )


@pytest.mark.task(taskno=2)
def test_dependencies_are_installed_before_the_source_is_copied(stages: list[Stage]) -> None:
    installers = [(stage, install_step(stage)) for stage in stages]
    found = [(stage, position) for stage, position in installers if position is not None]
    assert found, "a RUN pip install -r requirements.txt"
    stage, position = found[0]
    before = stage.instructions[:position]
    copies_before = [i for i in before if i.keyword in ("COPY", "ADD") and not i.flag("from")]
    assert any("requirements.txt" in copied_sources(i) for i in copies_before), (
        "requirements.txt is copied before it is installed"
    )
    for copy in copies_before:
        extra = set(copied_sources(copy)) - MANIFESTS
        assert not extra, (
            f"line {copy.line}: copying {sorted(extra)} before installing the dependencies "
            "means any code change reinstalls them all"
        )
    later = stage.instructions[position + 1 :]
    later += [i for after in stages[stage.index + 1 :] for i in after.instructions]
    sources = [i for i in later if i.keyword in ("COPY", "ADD") and not i.flag("from")]
    assert any({"src", "."} & set(copied_sources(i)) for i in sources), (
        "the source is copied after the dependencies are installed"
    )


@pytest.mark.task(taskno=2)
def test_the_container_runs_as_a_non_root_user(stages: list[Stage]) -> None:
    final = stages[-1]
    users = final.all("USER")
    assert users, "the runtime stage sets a USER"
    user = users[-1].arguments.split(":")[0].strip()
    assert user not in ("root", "0"), f"line {users[-1].line}: USER {user} is root"
    if not user.isdigit():
        creates = re.compile(rf"\b(useradd|adduser)\b.*\b{re.escape(user)}\b")
        made = [i for i in final.all("RUN") if creates.search(i.arguments)]
        assert made, f"the runtime stage creates the user {user} (useradd or adduser)"


@pytest.mark.task(taskno=3)
def test_the_command_is_exec_form_and_serves_the_app(stages: list[Stage]) -> None:
    final = stages[-1]
    for keyword in ("CMD", "ENTRYPOINT"):
        for instruction in final.all(keyword):
            assert instruction.exec_form is not None, (
                f"line {instruction.line}: {keyword} in shell form runs under /bin/sh -c: "
                "signals (docker stop) never reach the server; use a JSON array"
            )
    argv = command(final)
    assert argv, "the runtime stage has a CMD (or ENTRYPOINT)"
    assert any(Path(word).name == "uvicorn" for word in argv), f"uvicorn runs the app: {argv}"
    assert "shipping_api.app:app" in argv, f"the app is shipping_api.app:app: {argv}"
    assert (option(argv, "--host"), option(argv, "--port")) == ("0.0.0.0", "8000"), (
        "listen on all interfaces, port 8000"
    )


@pytest.mark.task(taskno=3)
def test_no_secret_is_baked_into_env_or_arg() -> None:
    for stage in load_dockerfile():
        for instruction in stage.all("ENV") + stage.all("ARG"):
            for key, _ in instruction.pairs():
                assert not SECRET_NAME.search(key), (
                    f"line {instruction.line}: {instruction.keyword} {key} stays in the image's "
                    "metadata and history: pass it as a build secret (RUN --mount=type=secret)"
                )
