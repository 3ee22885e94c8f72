"""Checks of ingestd's README, read through markdown-it-py's tokens (CommonMark and tables)."""

import itertools
import re
import string
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

PROJECT = Path(__file__).with_name("ingestd")
README = PROJECT / "README.md"
SECTIONS = ["installation", "usage", "configuration", "development", "license"]
SHELLS = {"console", "shell", "bash", "sh"}
URL_IN_TEXT = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
VAGUE_LINK_TEXT = {"here", "click here", "this", "link", "this link", "read more", "more"}
HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


@dataclass
class Section:
    """An ``##`` section: its heading text and the block tokens under it."""

    title: str
    tokens: list[Token] = field(default_factory=list)

    def fences(self) -> list[Token]:
        return [token for token in self.tokens if token.type == "fence"]

    def links(self) -> list[str]:
        return [
            str(child.attrs.get("href", ""))
            for token in self.tokens
            if token.type == "inline"
            for child in token.children or []
            if child.type == "link_open"
        ]


def parse() -> list[Token]:
    assert README.is_file(), "ingestd/README.md is missing"
    return MarkdownIt("commonmark").enable("table").parse(README.read_text(encoding="utf-8"))


def headings(tokens: list[Token]) -> Iterator[tuple[int, str]]:
    """(level, text) of every heading, in order."""
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            yield int(token.tag[1]), tokens[index + 1].content.strip()


def sections(tokens: list[Token]) -> dict[str, Section]:
    """The level-2 sections by lower-cased title (the first of a title wins)."""
    found: dict[str, Section] = {}
    current: Section | None = None
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag in ("h1", "h2"):
            title = tokens[index + 1].content.strip()
            current = Section(title) if token.tag == "h2" else None
            if current is not None:
                found.setdefault(title.lower(), current)
        elif current is not None:
            current.tokens.append(token)
    return found


def inline_children(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        if token.type == "inline":
            yield from token.children or []


def github_anchor(title: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to ``-``."""
    kept = re.sub(r"[^\w\- ]", "", title.lower())
    return kept.replace(" ", "-")


def anchors(tokens: list[Token]) -> set[str]:
    found: set[str] = set()
    for _, title in headings(tokens):
        anchor = github_anchor(title)
        candidate, number = anchor, 0
        while candidate in found:
            number += 1
            candidate = f"{anchor}-{number}"
        found.add(candidate)
    return found


def all_targets(tokens: list[Token]) -> list[str]:
    """Every link target and image source of the document."""
    targets = []
    for child in inline_children(tokens):
        if child.type == "link_open":
            targets.append(str(child.attrs.get("href", "")))
        elif child.type == "image":
            targets.append(str(child.attrs.get("src", "")))
    return targets


def own_words(inline: Token) -> bool:
    """Whether an inline run has words outside its links and images."""
    depth = 0
    for child in inline.children or []:
        if child.type == "link_open":
            depth += 1
        elif child.type == "link_close":
            depth -= 1
        elif (
            depth == 0 and child.type in ("text", "code_inline") and re.search(r"\w", child.content)
        ):
            return True
    return False


def raw_html(tokens: list[Token]) -> list[str]:
    """Every piece of raw HTML in the document except comments."""
    pieces = [token.content for token in tokens if token.type == "html_block"]
    pieces += [child.content for child in inline_children(tokens) if child.type == "html_inline"]
    return [piece.strip()[:60] for piece in pieces if HTML_COMMENT.sub("", piece).strip()]


def section(name: str) -> Section:
    found = sections(parse())
    assert name in found, f"no '## {name.title()}' section"
    return found[name]


def shell_fences(part: Section) -> list[Token]:
    return [
        fence
        for fence in part.fences()
        if fence.info.split()[:1] and fence.info.split()[0] in SHELLS
    ]


@pytest.mark.task(taskno=1)
def test_starts_with_the_project_title() -> None:
    tokens = parse()
    blocks = [
        token
        for token in tokens
        if token.type.endswith("_open") or (token.block and token.nesting == 0)
        if not (token.type == "html_block" and token.content.lstrip().startswith("<!--"))
    ]
    assert blocks, "the README is empty"
    assert blocks[0].tag == "h1", "the README starts with a '# ' title"
    titles = [title for level, title in headings(tokens) if level == 1]
    assert len(titles) == 1, (
        f"exactly one level-1 heading (the title), found {len(titles)}: {titles}"
    )
    assert "ingestd" in titles[0], f"the title names the project 'ingestd': {titles[0]!r}"


@pytest.mark.task(taskno=1)
def test_a_summary_paragraph_follows_the_title() -> None:
    tokens = parse()
    first_h2 = next(
        (i for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"), len(tokens)
    )
    summaries = [
        inline
        for opening, inline in itertools.pairwise(tokens[:first_h2])
        if opening.type == "paragraph_open" and own_words(inline)
    ]
    assert summaries, (
        "a paragraph between the title and the first '##' section says what ingestd does"
        " in words of its own (badges and links alone say nothing)"
    )


@pytest.mark.task(taskno=1)
def test_required_sections_in_order() -> None:
    titles = [title.lower() for level, title in headings(parse()) if level == 2]
    missing = [name for name in SECTIONS if name not in titles]
    assert not missing, f"missing '## ' sections: {missing} (found {titles})"
    positions = [titles.index(name) for name in SECTIONS]
    assert positions == sorted(positions), f"sections in the order {SECTIONS}, found {titles}"


@pytest.mark.task(taskno=1)
def test_heading_levels_never_skip() -> None:
    previous = 0
    for level, title in headings(parse()):
        assert level <= previous + 1, (
            f"heading {title!r} is level {level} right after level {previous}"
        )
        previous = level


@pytest.mark.task(taskno=2)
def test_every_code_block_is_fenced_with_a_language() -> None:
    tokens = parse()
    indented = [token.content.strip()[:40] for token in tokens if token.type == "code_block"]
    assert not indented, f"indented code blocks have no language; fence them: {indented}"
    bare = [
        token.content.strip()[:40]
        for token in tokens
        if token.type == "fence" and not token.info.strip()
    ]
    assert not bare, f"fenced blocks without a language after the opening fence: {bare}"


@pytest.mark.task(taskno=2)
def test_installation_shows_the_install_command() -> None:
    commands = [fence.content for fence in shell_fences(section("installation"))]
    assert any("pip install ingestd" in content for content in commands), (
        f"Installation has a {sorted(SHELLS)} block with `pip install ingestd`: {commands}"
    )


@pytest.mark.task(taskno=2)
def test_usage_shows_a_load_command() -> None:
    commands = [fence.content for fence in shell_fences(section("usage"))]
    assert any(
        re.search(r"^\s*(\$ )?ingestd load\b", content, re.MULTILINE) for content in commands
    ), f"Usage has a {sorted(SHELLS)} block with an `ingestd load ...` command line: {commands}"


@pytest.mark.task(taskno=2)
def test_configuration_shows_a_toml_example() -> None:
    fences = [
        fence for fence in section("configuration").fences() if fence.info.split()[:1] == ["toml"]
    ]
    assert fences, "Configuration has a ```toml block of ingestd.toml that sets database_url"
    for fence in fences:
        try:
            settings = tomllib.loads(fence.content)
        except tomllib.TOMLDecodeError as error:
            pytest.fail(f"the ```toml block is not valid TOML ({error}):\n{fence.content}")
        if isinstance(settings.get("database_url"), str):
            return
    pytest.fail("the ```toml block sets database_url, a string, at the top level of ingestd.toml")


@pytest.mark.task(taskno=1)
def test_no_raw_html() -> None:
    html = raw_html(parse())
    assert not html, (
        f"raw HTML is refused (comments aside); write it in Markdown, code in fenced blocks: {html}"
    )


@pytest.mark.task(taskno=3)
def test_relative_links_resolve_to_project_files() -> None:
    tokens = parse()
    root = PROJECT.resolve()
    known = anchors(tokens)
    for target in all_targets(tokens):
        parts = urlsplit(target)
        if parts.scheme or parts.netloc:
            assert parts.scheme == "https", f"{target!r}: external links use https://"
            continue
        if not parts.path:
            assert parts.fragment in known, (
                f"{target!r} names no heading of the README ({sorted(known)})"
            )
            continue
        assert not parts.path.startswith("/"), f"{target!r}: write links relative to the README"
        path = (PROJECT / unquote(parts.path)).resolve()
        assert path.is_relative_to(root), f"{target!r} leads out of the project"
        assert path.is_file(), f"{target!r} is not a file of the project"


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize(
    ("name", "target"),
    [
        ("configuration", "docs/configuration.md"),
        ("development", "CONTRIBUTING.md"),
        ("license", "LICENSE"),
    ],
)
def test_sections_link_their_documents(name: str, target: str) -> None:
    links = [urlsplit(href).path.removeprefix("./") for href in section(name).links()]
    assert target in links, f"the {name.title()} section links to {target}: it links to {links}"


@pytest.mark.task(taskno=3)
def test_no_bare_urls_and_descriptive_link_text() -> None:
    children = list(inline_children(parse()))
    bare = [
        m.group() for c in children if c.type == "text" for m in URL_IN_TEXT.finditer(c.content)
    ]
    assert not bare, f"bare URLs in the text; write [what it is](url) instead: {bare}"
    for index, child in enumerate(children):
        if child.type != "link_open":
            continue
        assert child.markup != "autolink", f"<{child.attrs.get('href')}>: give the link a text"
        text = []
        for inner in children[index + 1 :]:
            if inner.type == "link_close":
                break
            text.append(inner.content)
        label = "".join(text).strip()
        assert label, f"the link to {child.attrs.get('href')!r} has no text"
        words = " ".join(label.lower().translate(str.maketrans("", "", string.punctuation)).split())
        assert words not in VAGUE_LINK_TEXT, (
            f"the link to {child.attrs.get('href')!r} says {label!r}: say where it leads"
        )
