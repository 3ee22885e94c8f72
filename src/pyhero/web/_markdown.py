"""Markdown to HTML for exercise texts: CommonMark plus tables, raw HTML escaped."""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt

__all__ = ["render_markdown"]

_MD = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
    "table"
)


@lru_cache(maxsize=512)
def render_markdown(text: str) -> str:
    """HTML for ``text``; raw HTML in the source is shown as text, never interpreted."""
    return str(_MD.render(text))
