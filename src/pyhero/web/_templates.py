"""The Jinja2 environment: autoescaped templates shipped in ``web/templates``."""

from __future__ import annotations

from datetime import datetime

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from pyhero.web._markdown import render_markdown

__all__ = ["make_environment"]


def _when(value: datetime | None) -> str:
    if value is None:
        return "never"
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def _markdown(text: str) -> Markup:
    return Markup(render_markdown(text))  # noqa: S704 - markdown-it escapes raw HTML


def make_environment() -> Environment:
    env = Environment(
        loader=PackageLoader("pyhero.web", "templates"),
        autoescape=select_autoescape(["html", "svg"]),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters["when"] = _when
    env.filters["markdown"] = _markdown
    return env
