"""Builds shipcalc's Sphinx documentation (HTML, warnings as errors) and reads the pages."""

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from sphinx.cmd.build import build_main
from sphinx.config import Config
from sphinx.util.tags import Tags

DOCS = Path(__file__).with_name("docs")
HAND_WRITTEN_OBJECT = re.compile(
    r"^\s*\.\.\s+(?:py:)?(?:function|class|exception|method|attribute|data|property"
    r"|decorator|classmethod|staticmethod)::",
    re.MULTILINE,
)
ROLES = {
    "shipcalc.zones.zone_for": "func",
    "shipcalc.rates.Parcel": "class",
    "shipcalc.rates.quote": "func",
}


@dataclass
class Build:
    status: int
    warnings: str
    html: Path

    def page(self, name: str) -> str:
        path = self.html / name
        assert path.is_file(), f"the build wrote no {name}: {self.warnings}"
        return path.read_text(encoding="utf-8")


def _is_project(entry: str) -> bool:
    return Path(entry or ".").resolve() == DOCS.parent.resolve()


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """One build for every test: ``sphinx-build -W --keep-going -b html docs <tmp>``, run
    from ``docs/`` as ``make html`` would."""
    out = tmp_path_factory.mktemp("sphinx")
    warnings = out / "warnings.txt"
    arguments = ["-b", "html", "-W", "--keep-going", "-E", "-q", "-w", str(warnings)]
    # Warnings are fixed, not silenced: whatever conf.py says, none is suppressed.
    arguments += ["-D", "suppress_warnings="]
    arguments += ["-d", str(out / "doctrees"), str(DOCS), str(out / "html")]
    assert (DOCS / "conf.py").is_file(), "docs/conf.py is missing"
    here, path = Path.cwd(), list(sys.path)
    # As for sphinx-build run from docs/: the project's folder is not importable unless
    # conf.py makes it so.
    sys.path[:] = [entry for entry in sys.path if not _is_project(entry)]
    for name in [name for name in sys.modules if name.partition(".")[0] == "shipcalc"]:
        del sys.modules[name]
    os.chdir(DOCS)
    try:
        status = build_main(arguments)
    finally:
        os.chdir(here)
        sys.path[:] = path
    text = warnings.read_text(encoding="utf-8") if warnings.exists() else ""
    return Build(status, text.strip(), out / "html")


def section_of(page: str, object_id: str) -> str:
    """The HTML of one documented object: from its id to the next documented object."""
    start = page.find(f'id="{object_id}"')
    assert start != -1, f'no documentation of {object_id} (autodoc writes id="{object_id}")'
    following = re.search(r'id="shipcalc\.', page[start + 1 :])
    return page[start : start + 1 + following.start()] if following else page[start:]


@pytest.mark.task(taskno=1)
def test_the_build_has_no_warnings(build: Build) -> None:
    assert build.status == 0, f"sphinx-build -W failed:\n{build.warnings or '(no message)'}"
    assert not build.warnings, build.warnings


@pytest.mark.task(taskno=1)
def test_configuration() -> None:
    config = Config.read(DOCS, overrides={}, tags=Tags())
    config.init_values()
    assert config.project == "shipcalc", f"project is {config.project!r}"
    extensions = list(config.extensions)
    for needed in ("sphinx.ext.autodoc", "sphinx.ext.napoleon"):
        assert needed in extensions, f"extensions lists {needed}: {extensions}"
    assert not config.suppress_warnings, (
        f"suppress_warnings hides warnings instead of fixing them: {config.suppress_warnings}"
    )
    assert "sphinx.ext.intersphinx" not in extensions, (
        "no intersphinx: the build must not fetch inventories (the grader has no network)"
    )


@pytest.mark.task(taskno=2)
def test_index_page_title_and_toctree(build: Build) -> None:
    index = build.page("index.html")
    title = re.search(r"<title>(.*?)</title>", index, re.DOTALL)
    assert title is not None, "index.html has a <title>"
    assert "shipcalc" in title.group(1), f"the index page's title names shipcalc: {title[1]!r}"
    wrapper = index.find('class="toctree-wrapper')
    assert wrapper != -1, "index.rst has a toctree"
    assert 'href="api.html"' in index[wrapper:], "the toctree lists the api page"


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize(
    "object_id",
    [
        "shipcalc.rates.Parcel",
        "shipcalc.rates.quote",
        "shipcalc.zones.zone_for",
        "shipcalc.zones.UnknownCountryError",
    ],
)
def test_api_page_documents(build: Build, object_id: str) -> None:
    assert f'id="{object_id}"' in build.page("api.html"), (
        f"api.html documents {object_id} (an autodoc directive for it)"
    )


@pytest.mark.task(taskno=3)
def test_the_api_comes_from_autodoc() -> None:
    for page in sorted(DOCS.glob("*.rst")):
        written = [m.group().strip() for m in HAND_WRITTEN_OBJECT.finditer(page.read_text())]
        assert not written, (
            f"{page.name} describes objects by hand ({written}): let autodoc generate them"
            " from the docstrings (automodule, autoclass, autofunction, autoexception)"
        )
    api = (DOCS / "api.rst").read_text(encoding="utf-8")
    assert re.search(r"^\s*\.\.\s+auto(?:module|class|function|exception)::", api, re.M), (
        "api.rst uses autodoc directives"
    )


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize(
    ("object_id", "fields", "parameters"),
    [
        (
            "shipcalc.rates.quote",
            ["Parameters", "Returns", "Raises"],
            ["parcel", "zone", "express"],
        ),
        ("shipcalc.zones.zone_for", ["Parameters", "Returns", "Raises"], ["country"]),
    ],
)
def test_numpy_sections_render_as_fields(
    build: Build, object_id: str, fields: list[str], parameters: list[str]
) -> None:
    html = section_of(build.page("api.html"), object_id)
    for field in fields:
        assert re.search(rf'<dt class="field-\w+">{field}', html), (
            f"{object_id}: the docstring's {field} section is a field list (napoleon)"
        )
    for name in parameters:
        assert f"<strong>{name}</strong>" in html, f"{object_id}: parameter {name} is listed"


@pytest.mark.task(taskno=4)
@pytest.mark.parametrize(
    "object_id", ["shipcalc.zones.zone_for", "shipcalc.rates.Parcel", "shipcalc.rates.quote"]
)
def test_index_cross_references_resolve(build: Build, object_id: str) -> None:
    index = build.page("index.html")
    assert f'href="api.html#{object_id}"' in index, (
        f"index.html links to {object_id} on the api page (a :func: or :class: role)"
    )
    role = ROLES[object_id]
    link = rf'<a class="reference internal" href="api\.html#{re.escape(object_id)}"[^>]*>'
    assert re.search(rf'{link}<code class="xref py py-{role}\b', index), (
        f"index.rst refers to {object_id} with the :{role}: role (a Python cross-reference"
        " of its kind, not a hyperlink written by hand)"
    )
