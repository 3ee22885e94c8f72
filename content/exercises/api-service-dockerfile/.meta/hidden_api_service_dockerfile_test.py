"""More rules of the instructions, checked by the grader only."""

import fnmatch
import re

import pytest
from api_service_dockerfile_test import (
    Stage,
    build_stages,
    copied_sources,
    install_step,
    load_dockerfile,
    stage_names,
)

CREDENTIALS_IN_URL = re.compile(r"://[^/\s:@]+:[^/\s@]+@")
CREDENTIAL_FILES = re.compile(r"(^|/)(pip\.conf|\.netrc|\.pypirc|\.env|id_[a-z0-9]+|.*\.(pem|key))$")


@pytest.fixture(scope="module")
def stages() -> list[Stage]:
    return build_stages(load_dockerfile())


@pytest.mark.task(taskno=3)
def test_no_credentials_hide_in_env_or_arg_values() -> None:
    for stage in load_dockerfile():
        for instruction in stage.all("ENV") + stage.all("ARG"):
            for key, value in instruction.pairs():
                assert not CREDENTIALS_IN_URL.search(value), (
                    f"line {instruction.line}: {key} carries a user:password@ URL"
                )


@pytest.mark.task(taskno=3)
def test_no_credential_file_enters_a_layer(stages: list[Stage]) -> None:
    for stage in stages:
        for copy in stage.all("COPY") + stage.all("ADD"):
            if not copy.flag("from"):
                leaked = [s for s in copied_sources(copy) if CREDENTIAL_FILES.search(s)]
                assert not leaked, f"line {copy.line}: {leaked} would stay in a layer"


@pytest.mark.task(taskno=3)
def test_the_install_step_mounts_the_index_credentials_as_a_secret(stages: list[Stage]) -> None:
    for stage in stages:
        position = install_step(stage)
        if position is not None:
            mounts = stage.instructions[position].flag("mount")
            assert any("type=secret" in m and "id=pip_conf" in m for m in mounts), (
                f"line {stage.instructions[position].line}: RUN --mount=type=secret,id=pip_conf"
            )
            return
    pytest.fail("no RUN pip install -r requirements.txt")


@pytest.mark.task(taskno=2)
def test_the_project_is_installed_into_the_virtualenv(stages: list[Stage]) -> None:
    installs = [
        run for stage in stages[:-1] for run in stage.all("RUN")
        if "pip install" in run.arguments and re.search(r"(^|\s)\.(\s|$)", run.arguments)
    ]  # fmt: skip
    assert installs, "the build stage installs the project: pip install --no-deps ."
    venv = [stage for stage in stages[:-1] if any("venv /opt/venv" in r.arguments
                                                   for r in stage.all("RUN"))]  # fmt: skip
    assert venv, "the build stage creates the virtual environment /opt/venv"


@pytest.mark.task(taskno=2)
def test_the_runtime_stage_takes_the_virtualenv(stages: list[Stage]) -> None:
    final = stages[-1]
    earlier = stage_names(stages[:-1])
    copies = [c for c in final.all("COPY") if set(c.flag("from")) & earlier]
    assert any(c.arguments.split() == ["/opt/venv", "/opt/venv"] for c in copies), (
        "COPY --from=<build stage> /opt/venv /opt/venv"
    )
    path = [value for env in final.all("ENV") for key, value in env.pairs() if key == "PATH"]
    assert path and path[-1].startswith("/opt/venv/bin:"), "PATH starts with /opt/venv/bin"


@pytest.mark.task(taskno=3)
def test_the_runtime_stage_logs_unbuffered_and_exposes_8000(stages: list[Stage]) -> None:
    final = stages[-1]
    env = {key: value for e in final.all("ENV") for key, value in e.pairs()}
    assert env.get("PYTHONUNBUFFERED") == "1", "ENV PYTHONUNBUFFERED=1 in the runtime stage"
    exposed = [word for e in final.all("EXPOSE") for word in e.arguments.split()]
    assert "8000" in exposed or "8000/tcp" in exposed, "EXPOSE 8000"


#: Files pip reads its configuration from, as root in a python image (and in /opt/venv).
PIP_CONFIG_FILES = {"/etc/pip.conf", "/etc/xdg/pip/pip.conf", "/root/.config/pip/pip.conf",
                    "/root/.pip/pip.conf", "/opt/venv/pip.conf"}  # fmt: skip
VARIABLE = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?")
PROJECT_INSTALL = re.compile(r"\bpip\b.*\binstall\b.*(^|\s)\.(\s|$)")


def _mount(value: str) -> dict[str, str]:
    return {key: item for key, _, item in (part.partition("=") for part in value.split(","))}


def _path_before(stage: Stage, position: int) -> str:
    """``PATH`` as the stage's ENV instructions left it before ``position``, expanded."""
    env: dict[str, str] = {"PATH": "/usr/local/bin:/usr/bin:/bin"}
    for instruction in stage.instructions[:position]:
        if instruction.keyword == "ENV":
            for key, value in instruction.pairs():
                env[key] = VARIABLE.sub(lambda m: env.get(m.group(1), ""), value)
    return env["PATH"]


def _runs_the_venv_pip(stage: Stage, position: int) -> bool:
    text = stage.instructions[position].arguments
    if re.search(r"/opt/venv/bin/(pip|python)", text) or "/opt/venv/bin/activate" in text:
        return True
    return _path_before(stage, position).startswith("/opt/venv/bin:")


def _project_install(stages: list[Stage]) -> tuple[Stage, int]:
    for stage in stages[:-1]:
        for position, instruction in enumerate(stage.instructions):
            if instruction.keyword == "RUN" and PROJECT_INSTALL.search(instruction.arguments):
                return stage, position
    pytest.fail("the build stage installs the project: pip install --no-deps .")


@pytest.mark.task(taskno=3)
def test_pip_reads_the_mounted_index_config(stages: list[Stage]) -> None:
    for stage in stages:
        position = install_step(stage)
        if position is None:
            continue
        run = stage.instructions[position]
        for mount in map(_mount, run.flag("mount")):
            if mount.get("type") == "secret" and mount.get("id") == "pip_conf":
                where = mount.get("target") or mount.get("dst") or mount.get("destination")
                if where in PIP_CONFIG_FILES:
                    return
                pointed = f"PIP_CONFIG_FILE={where or '/run/secrets/pip_conf'}"
                assert pointed in run.arguments, (
                    f"line {run.line}: the secret lands at {where or '/run/secrets/pip_conf'}, "
                    "where pip never looks: mount it with target=/etc/pip.conf"
                )
                return
    pytest.fail("RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install ...")


@pytest.mark.task(taskno=3)
def test_the_whole_context_is_never_copied(stages: list[Stage]) -> None:
    for stage in stages:
        for copy in stage.all("COPY") + stage.all("ADD"):
            if not copy.flag("from"):
                for source in copied_sources(copy):
                    assert source != "." and not fnmatch.fnmatch("pip.conf", source), (
                        f"line {copy.line}: {source} copies pip.conf (the context has no "
                        ".dockerignore) into a layer: name the files you need"
                    )


@pytest.mark.task(taskno=2)
def test_both_installs_run_the_virtualenvs_pip(stages: list[Stage]) -> None:
    for stage in stages[:-1]:
        position = install_step(stage)
        if position is not None:
            assert _runs_the_venv_pip(stage, position), (
                f"line {stage.instructions[position].line}: /opt/venv/bin is not first on PATH "
                "yet: the requirements go to the system Python, not into /opt/venv"
            )
            break
    stage, position = _project_install(stages)
    assert _runs_the_venv_pip(stage, position), (
        f"line {stage.instructions[position].line}: the project goes to the system Python"
    )


@pytest.mark.task(taskno=2)
def test_the_project_is_installed_without_its_dependencies(stages: list[Stage]) -> None:
    stage, position = _project_install(stages)
    run = stage.instructions[position]
    assert "--no-deps" in run.arguments.split(), (
        f"line {run.line}: without --no-deps pip resolves the dependencies again, from the "
        "private index, without its credentials"
    )
    copied = {source for i in stage.instructions[:position] if i.keyword in ("COPY", "ADD")
              and not i.flag("from") for source in copied_sources(i)}  # fmt: skip
    missing = {"pyproject.toml", "README.md"} - copied
    assert not missing and copied & {"src", "src/shipping_api"}, (
        f"line {run.line}: building the project needs pyproject.toml, README.md (its readme) "
        f"and src/ copied first; missing {sorted(missing) or ['src']}"
    )
