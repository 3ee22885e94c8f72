"""Builds acme-ratecard's wheel offline with hatchling's PEP 517 hook and reads what it holds."""

import configparser
import importlib.metadata
import os
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name, parse_wheel_filename
from packaging.version import Version

PROJECT = Path(__file__).with_name("project")
PACKAGE_FILES = {
    "ratecard/__init__.py",
    "ratecard/__main__.py",
    "ratecard/cli.py",
    "ratecard/pricing.py",
    "ratecard/py.typed",
    "ratecard/remote.py",
}
LINUX = {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"}
WINDOWS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"}


def read_pyproject(project: Path) -> dict[str, object]:
    path = project / "pyproject.toml"
    assert path.is_file(), "project/pyproject.toml is missing"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        pytest.fail(f"pyproject.toml is not valid TOML: {error}")


def offline_build_problems(pyproject: dict[str, object]) -> list[str]:
    """What in ``[build-system]`` would need a package the offline grader does not have."""
    table = pyproject.get("build-system")
    if not isinstance(table, dict):
        return ["there is no [build-system] table: the backend would default to setuptools"]
    problems = []
    if table.get("build-backend") != "hatchling.build":
        problems.append(f"build-backend is {table.get('build-backend')!r}, not 'hatchling.build'")
    requires = table.get("requires")
    if not isinstance(requires, list) or not requires:
        return [*problems, "build-system.requires must be a non-empty list of requirements"]
    installed = Version(importlib.metadata.version("hatchling"))
    for text in requires:
        try:
            requirement = Requirement(str(text))
        except InvalidRequirement as error:
            problems.append(f"build-system.requires has an invalid requirement: {error}")
            continue
        if canonicalize_name(requirement.name) != "hatchling":
            problems.append(f"{text!r} is not available offline: only hatchling is")
        elif requirement.url or requirement.extras or requirement.marker:
            problems.append(f"{text!r}: name hatchling with a version specifier only")
        elif not requirement.specifier.contains(installed, prereleases=True):
            problems.append(f"{text!r} excludes hatchling {installed}, the version installed")
    return problems


def build_wheel(project: Path, out: Path) -> Path:
    """What a PEP 517 front end does, without the network: call hatchling's build_wheel hook
    from inside a copy of the project."""
    problems = offline_build_problems(read_pyproject(project))
    if problems:
        pytest.fail("the build cannot run offline: " + "; ".join(problems))
    import hatchling.build

    here = Path.cwd()
    os.chdir(project)
    try:
        name = hatchling.build.build_wheel(str(out))
    except Exception as error:  # the backend's own message says what is wrong
        pytest.fail(f"hatchling could not build the wheel: {type(error).__name__}: {error}")
    finally:
        os.chdir(here)
    return out / name


@dataclass
class Wheel:
    path: Path
    names: list[str]
    dist_info: str
    metadata: Message

    def read(self, name: str) -> str:
        with zipfile.ZipFile(self.path) as archive:
            return archive.read(name).decode("utf-8")

    def fields(self, field: str) -> list[str]:
        return self.metadata.get_all(field) or []


def open_wheel(path: Path) -> Wheel:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    dist_infos = {name.split("/")[0] for name in names if name.split("/")[0].endswith(".dist-info")}
    assert len(dist_infos) == 1, f"the wheel has {len(dist_infos)} .dist-info folders: {names}"
    (dist_info,) = dist_infos
    with zipfile.ZipFile(path) as archive:
        text = archive.read(f"{dist_info}/METADATA").decode("utf-8")
    return Wheel(path, names, dist_info, HeaderParser().parsestr(text))


def copy_project(destination: Path) -> Path:
    """A writable copy of ``project/`` (the run's own files are read-only)."""
    target = destination / "project"
    for source in sorted(PROJECT.rglob("*")):
        if source.is_file() and "__pycache__" not in source.parts:
            copied = target / source.relative_to(PROJECT)
            copied.parent.mkdir(parents=True, exist_ok=True)
            copied.write_bytes(source.read_bytes())
    return target


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Wheel:
    work = tmp_path_factory.mktemp("build")
    return open_wheel(build_wheel(copy_project(work), work / "dist"))


def requirements(wheel: Wheel) -> list[Requirement]:
    return [Requirement(text) for text in wheel.fields("Requires-Dist")]


def applies(requirement: Requirement, environment: dict[str, str], extra: str) -> bool:
    marker = requirement.marker or Marker("python_version >= '0'")
    return marker.evaluate({**environment, "extra": extra})


@pytest.mark.task(taskno=1)
def test_the_build_system_is_the_offline_backend() -> None:
    problems = offline_build_problems(read_pyproject(PROJECT))
    assert not problems, "; ".join(problems)


@pytest.mark.task(taskno=1)
def test_the_wheel_builds_with_its_standard_name(wheel: Wheel) -> None:
    name, version, _, tags = parse_wheel_filename(wheel.path.name)
    assert name == "acme-ratecard", f"the wheel is {wheel.path.name}"
    assert version == Version("1.4.0"), f"the wheel is {wheel.path.name}"
    assert {str(tag) for tag in tags} == {"py3-none-any"}, f"the wheel is {wheel.path.name}"
    assert Version(wheel.metadata["Metadata-Version"]) >= Version("2.4"), (
        "License-Expression needs core metadata 2.4 or later"
    )


@pytest.mark.task(taskno=2)
def test_name_and_version(wheel: Wheel) -> None:
    assert canonicalize_name(wheel.metadata["Name"] or "") == "acme-ratecard", (
        f"Name is {wheel.metadata['Name']!r}"
    )
    assert wheel.metadata["Version"] == "1.4.0", f"Version is {wheel.metadata['Version']!r}"


@pytest.mark.task(taskno=2)
def test_the_version_comes_from_the_package(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    init = project / "src" / "ratecard" / "__init__.py"
    init.write_text(
        init.read_text(encoding="utf-8").replace('"1.4.0"', '"1.5.0rc1"'), encoding="utf-8"
    )
    bumped = open_wheel(build_wheel(project, tmp_path / "dist"))
    assert bumped.metadata["Version"] == "1.5.0rc1", (
        "after __version__ became '1.5.0rc1' in src/ratecard/__init__.py, the wheel's version "
        f"is {bumped.metadata['Version']!r}: the version must be read from the package"
    )


@pytest.mark.task(taskno=2)
def test_requires_python(wheel: Wheel) -> None:
    text = wheel.metadata["Requires-Python"]
    assert text, "the wheel has no Requires-Python"
    specifier = SpecifierSet(text)
    for version in ("3.11.0", "3.11.9", "3.12.4", "3.13.1", "3.14.0"):
        assert specifier.contains(version), f"Requires-Python {text!r} refuses Python {version}"
    for version in ("3.8.20", "3.10.14", "3.11.0a7"):
        assert not specifier.contains(version), f"Requires-Python {text!r} admits {version}"


@pytest.mark.task(taskno=2)
def test_the_readme_is_the_long_description(wheel: Wheel) -> None:
    content_type = wheel.metadata["Description-Content-Type"] or ""
    assert content_type.split(";")[0].strip() == "text/markdown", (
        f"Description-Content-Type is {content_type!r}"
    )
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    body = str(wheel.metadata.get_payload())
    assert body.strip() == readme.strip(), (
        "the long description (the METADATA body) is not README.md"
    )


@pytest.mark.task(taskno=2)
def test_the_license_is_an_spdx_expression_with_its_file(wheel: Wheel) -> None:
    assert wheel.metadata["License-Expression"] == "MIT", (
        f"License-Expression is {wheel.metadata['License-Expression']!r}"
    )
    assert not wheel.fields("License"), "the legacy License field is set: use an SPDX expression"
    assert wheel.fields("License-File") == ["LICENSE"], (
        f"License-File is {wheel.fields('License-File')}"
    )
    shipped = f"{wheel.dist_info}/licenses/LICENSE"
    assert shipped in wheel.names, f"the wheel has no {shipped}"
    assert wheel.read(shipped) == (PROJECT / "LICENSE").read_text(encoding="utf-8")


@pytest.mark.task(taskno=3)
def test_the_runtime_dependency(wheel: Wheel) -> None:
    always = [req for req in requirements(wheel) if applies(req, WINDOWS, "")]
    assert [req.name for req in always] == ["tzdata"], (
        f"on Windows without extras the wheel requires {[str(req) for req in always]}"
    )
    (tzdata,) = always
    assert tzdata.specifier == SpecifierSet(">=2024.1"), f"tzdata's specifier is {tzdata.specifier}"
    on_linux = [str(req) for req in requirements(wheel) if applies(req, LINUX, "")]
    assert not on_linux, f"on Linux without extras the wheel requires {on_linux}"


@pytest.mark.task(taskno=3)
def test_the_fetch_extra(wheel: Wheel) -> None:
    extras = [canonicalize_name(extra) for extra in wheel.fields("Provides-Extra")]
    assert extras == ["fetch"], f"Provides-Extra is {wheel.fields('Provides-Extra')}"
    added = [
        req
        for req in requirements(wheel)
        if applies(req, LINUX, "fetch") and not applies(req, LINUX, "")
    ]
    assert [req.name for req in added] == ["httpx"], (
        f"the fetch extra adds {[str(req) for req in added]}"
    )
    assert added[0].specifier == SpecifierSet(">=0.27,<1"), (
        f"httpx's specifier is {added[0].specifier}"
    )


@pytest.fixture
def installed(wheel: Wheel, tmp_path: Path) -> Iterator[Path]:
    """The wheel unpacked onto ``sys.path``, as an installer would put it in site-packages."""
    with zipfile.ZipFile(wheel.path) as archive:
        archive.extractall(tmp_path / "site")
    modules = dict(sys.modules)
    sys.path.insert(0, str(tmp_path / "site"))
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path / "site"))
        for name in set(sys.modules) - set(modules):
            del sys.modules[name]


@pytest.mark.task(taskno=4)
def test_the_console_script(
    wheel: Wheel, installed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entry_points = f"{wheel.dist_info}/entry_points.txt"
    assert entry_points in wheel.names, "the wheel declares no entry points"
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(wheel.read(entry_points))
    scripts = dict(parser["console_scripts"]) if parser.has_section("console_scripts") else {}
    assert list(scripts) == ["ratecard"], f"the console scripts are {scripts}"
    entry = importlib.metadata.EntryPoint("ratecard", scripts["ratecard"], "console_scripts")
    assert (entry.module, entry.attr) == ("ratecard.cli", "main"), (
        f"ratecard = {scripts['ratecard']!r} does not name the function main of ratecard.cli "
        "(module:function)"
    )
    card = installed / "card.toml"
    card.write_text(
        'timezone = "UTC"\npeak_hours = [8, 20]\n'
        "[rates.api_calls]\npeak = 0.002\noff_peak = 0.001\n",
        encoding="utf-8",
    )
    usage = installed / "usage.csv"
    usage.write_text(
        "at,metric,quantity\n2026-03-02T09:00:00+00:00,api_calls,1000\n"
        "2026-03-02T22:00:00+00:00,api_calls,1000\n",
        encoding="utf-8",
    )
    status = entry.load()([str(card), str(usage)])
    assert status == 0
    assert capsys.readouterr().out == "api_calls 3.00\ntotal 3.00\n"


@pytest.mark.task(taskno=4)
def test_the_wheel_holds_the_package_and_nothing_else(wheel: Wheel) -> None:
    outside = {name for name in wheel.names if not name.startswith(f"{wheel.dist_info}/")}
    assert not {name for name in outside if name.startswith("tests/")}, (
        "the project's tests/ are packaged into the wheel"
    )
    assert outside == PACKAGE_FILES, (
        f"missing: {sorted(PACKAGE_FILES - outside)}, unexpected: {sorted(outside - PACKAGE_FILES)}"
    )
