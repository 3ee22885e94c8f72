"""What the page frame shows of the person at the browser, set per request by a mode.

The single local learner has no account: the default :class:`Chrome` adds nothing to a
page. The team server sets one per request (the account menu with its unread count, the
CSRF token its forms carry). Pages cached for everyone (the roadmap) are rendered with
:data:`ACCOUNT_SLOT` in place of the account menu, which is filled in per response.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from functools import cached_property

from markupsafe import Markup

__all__ = ["ACCOUNT_SLOT", "CHROME", "Chrome", "csrf_field", "current_chrome", "slot_chrome"]

ACCOUNT_SLOT = Markup("<!--pyhero:account-->")


class Chrome:
    """The account menu (made on first use: it may ask the database), the CSRF token, and
    the mode's own scripts and style sheets (files under ``/static``)."""

    def __init__(
        self,
        account: Callable[[], Markup] | None = None,
        csrf_token: str | None = None,
        *,
        team: bool = False,
        scripts: tuple[str, ...] = (),
        styles: tuple[str, ...] = (),
    ) -> None:
        self._account = account
        self.csrf_token = csrf_token
        self.team = team
        self.scripts = scripts
        self.styles = styles

    @cached_property
    def account(self) -> Markup:
        return Markup("") if self._account is None else self._account()

    @property
    def personal(self) -> bool:
        """Whether pages differ per person (then shared caches hold the slot instead)."""
        return self._account is not None


CHROME: ContextVar[Chrome | None] = ContextVar("pyhero_chrome", default=None)
_NOBODY = Chrome()


def current_chrome() -> Chrome:
    return CHROME.get() or _NOBODY


def slot_chrome() -> Chrome:
    """The chrome of a page cached for everyone: the slot where the account menu goes."""
    current = current_chrome()
    return Chrome(
        lambda: ACCOUNT_SLOT,
        None,
        team=current.team,
        scripts=current.scripts,
        styles=current.styles,
    )


def csrf_field() -> Markup:
    """The hidden CSRF field for a form; nothing for the single local learner."""
    token = current_chrome().csrf_token
    if token is None:
        return Markup("")
    return Markup('<input type="hidden" name="csrf_token" value="{}">').format(token)
