"""More rules of the instructions, checked by the grader only."""

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
