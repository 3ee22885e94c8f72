"""The Jinja2 environment: autoescaped templates shipped in ``web/templates``."""

from __future__ import annotations

import re
from datetime import datetime

from jinja2 import BaseLoader, ChoiceLoader, Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from pyhero.web._chrome import csrf_field, current_chrome
from pyhero.web._markdown import render_markdown

__all__ = ["make_environment"]


def _when(value: datetime | None) -> str:
    if value is None:
        return "never"
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def _markdown(text: str) -> Markup:
    return Markup(render_markdown(text))  # noqa: S704 - markdown-it escapes raw HTML


_LEADING_TITLE = re.compile(r"\A\s*<h1>.*?</h1>\s*", re.DOTALL)


def _without_title(html: str) -> Markup:
    """Rendered Markdown without its leading ``<h1>`` (the page's own title says it)."""
    return Markup(_LEADING_TITLE.sub("", html, count=1))  # noqa: S704 - rendered, escaped


def make_environment(*packages: str, reviews: bool = True) -> Environment:
    """The app's templates, after those of ``packages`` (which may extend ``base.html``);
    ``reviews`` shows the review, read-mark and quiz parts (single-learner mode)."""
    loaders: list[BaseLoader] = [PackageLoader(name, "templates") for name in packages]
    loaders.append(PackageLoader("pyhero.web", "templates"))
    env = Environment(
        loader=loaders[0] if len(loaders) == 1 else ChoiceLoader(loaders),
        autoescape=select_autoescape(["html", "svg"]),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters["when"] = _when
    env.filters["markdown"] = _markdown
    env.filters["without_title"] = _without_title
    env.globals["chrome"] = current_chrome
    env.globals["csrf_field"] = csrf_field
    env.globals["reviews"] = reviews
    return env
