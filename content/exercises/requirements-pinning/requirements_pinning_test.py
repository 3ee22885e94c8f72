import pytest
from packaging.requirements import Requirement
from requirements_pinning import applies, best_version, pin, read_requirements

LINUX_311 = {
    "python_version": "3.11",
    "python_full_version": "3.11.9",
    "sys_platform": "linux",
    "platform_system": "Linux",
    "os_name": "posix",
    "implementation_name": "cpython",
    "platform_machine": "x86_64",
}
WINDOWS_313 = {
    **LINUX_311,
    "python_version": "3.13",
    "python_full_version": "3.13.1",
    "sys_platform": "win32",
    "platform_system": "Windows",
    "os_name": "nt",
    "platform_machine": "AMD64",
}

REQUIREMENTS = """\
# web service
FastAPI>=0.110,<1
uvicorn[standard]>=0.29   # the ASGI server
SQLAlchemy~=2.0

tomli>=2; python_version < "3.11"
pywin32>=306; sys_platform == "win32"
"""


@pytest.mark.task(taskno=1)
def test_read_requirements_by_canonical_name_in_file_order() -> None:
    got = read_requirements(REQUIREMENTS)
    assert list(got) == ["fastapi", "uvicorn", "sqlalchemy", "tomli", "pywin32"], (
        f"keys are canonical names (packaging.utils.canonicalize_name), in file order: {list(got)}"
    )
    assert isinstance(got["fastapi"], Requirement), "values are packaging Requirement objects"
    assert str(got["uvicorn"]) == "uvicorn[standard]>=0.29", "the comment is not part of it"
    assert read_requirements("Django_REST.framework>=3\n")["django-rest-framework"]


@pytest.mark.task(taskno=1)
def test_read_requirements_reports_the_line() -> None:
    with pytest.raises(ValueError, match=r"line 3\b"):
        read_requirements("requests>=2\n\nflask >= = 2\n")
    with pytest.raises(ValueError, match=r"line 2\b"):
        read_requirements("Requests>=2\nrequests<3\n")  # the same package twice
    with pytest.raises(ValueError, match=r"line 1\b"):
        read_requirements("-r base.txt\n")  # pip options are not supported here


@pytest.mark.task(taskno=2)
def test_applies_evaluates_the_marker_in_the_given_environment() -> None:
    pywin32 = Requirement('pywin32>=306; sys_platform == "win32"')
    assert applies(pywin32, WINDOWS_313), "win32 marker on Windows"
    assert not applies(pywin32, LINUX_311), "evaluate against the given environment"
    tomli = Requirement('tomli>=2; python_version < "3.11"')
    assert not applies(tomli, LINUX_311), "3.11 is not < 3.11"
    assert applies(tomli, {**LINUX_311, "python_version": "3.9"})
    assert applies(Requirement("requests"), WINDOWS_313), "no marker: always needed"


@pytest.mark.task(taskno=3)
def test_best_version_compares_versions_not_text() -> None:
    got = best_version(Requirement("fastapi>=0.9"), ["0.9.0", "0.110.2", "0.99.1", "latest"])
    assert got == "0.110.2", f"0.110 > 0.99 as versions; 'latest' is no version: {got}"
    assert best_version(Requirement("sqlalchemy~=2.0"), ["1.4.52", "2.0.30", "3.0.0"]) == (
        "2.0.30"
    ), "~=2.0 means >=2.0, ==2.*"
    assert best_version(Requirement("flask<2"), ["2.0.0", "3.1.0"]) is None, "nothing matches"


@pytest.mark.task(taskno=3)
def test_best_version_leaves_pre_releases_out_unless_asked() -> None:
    assert best_version(Requirement("httpx>=0.27"), ["0.27.0", "0.28.0rc1"]) == "0.27.0"
    got = best_version(Requirement("httpx>=1"), ["0.27.0", "1.1rc1", "1.2.dev3"])
    assert got is None, f"only a pre-release matches: still None, got {got!r}"
    got = best_version(Requirement("httpx>=1.0b1"), ["0.27.0", "1.0b2", "1.0.dev3"])
    assert got == "1.0b2", f"the specifier names a pre-release, so they count: {got!r}"


@pytest.mark.task(taskno=4)
def test_pin_per_environment() -> None:
    index = {
        "fastapi": ["0.110.0", "0.115.4", "1.0.0a1"],
        "uvicorn": ["0.29.0", "0.32.1"],
        "sqlalchemy": ["1.4.54", "2.0.36"],
        "tomli": ["2.0.1"],
        "pywin32": ["306", "308"],
    }
    assert pin(REQUIREMENTS, LINUX_311, index) == [
        "fastapi==0.115.4",
        "sqlalchemy==2.0.36",
        "uvicorn[standard]==0.32.1",
    ], "sorted by name, extras kept, markers decided by the environment"
    assert pin(REQUIREMENTS, WINDOWS_313, index)[1] == "pywin32==308"


@pytest.mark.task(taskno=4)
def test_pin_sorts_the_extras() -> None:
    text = "celery[sqs,redis,msgpack,auth,zstd,yaml]>=5\n"
    got = pin(text, LINUX_311, {"celery": ["5.4.0"]})
    assert got == ["celery[auth,msgpack,redis,sqs,yaml,zstd]==5.4.0"], (
        f"extras are sorted, whatever order the file or a set gives them: {got!r}"
    )


@pytest.mark.task(taskno=4)
def test_pin_without_a_matching_version() -> None:
    with pytest.raises(LookupError, match="sqlalchemy"):
        pin("SQLAlchemy>=3\n", LINUX_311, {"sqlalchemy": ["2.0.36"]})
    with pytest.raises(LookupError, match="orjson"):
        pin("orjson\n", LINUX_311, {})
