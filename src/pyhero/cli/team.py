"""``pyhero team``: the team server's accounts and cohorts from the terminal (the first
admin, cohorts, invitation links, password resets). Every action is audited as
``cli:<system user>``."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from pyhero.progress import Role, TeamStore

__all__ = ["register", "team_app"]

team_app = typer.Typer(
    name="team",
    help="Team server accounts and cohorts: first admin, cohorts, invitations, passwords.",
    no_args_is_help=True,
)


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


@contextmanager
def _store() -> Iterator[TeamStore]:
    """The team tables of PYHERO_DATABASE_URL; a store or account error ends the command."""
    from pyhero.cli._session import fail
    from pyhero.config import get_settings
    from pyhero.progress import StoreError, TeamError, open_team_store

    try:
        store = open_team_store(get_settings().database_url)
    except StoreError as exc:
        fail(exc.message, exc.way_out, code=2)
    try:
        yield store
    except StoreError as exc:
        fail(exc.message, exc.way_out, code=2)
    except TeamError as exc:
        fail(f"{str(exc)[:1].upper()}{str(exc)[1:]}.")
    finally:
        store.close()


def _password(stdin: bool) -> str:
    from pyhero.team._security import check_password

    if stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    check_password(password)
    return password


_Stdin = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from standard input.")
]


@team_app.command("create-admin")
def create_admin(
    username: Annotated[str, typer.Argument(help="User name (lower case).")],
    name: Annotated[str, typer.Option(help="Display name.")] = "",
    password_stdin: _Stdin = False,
) -> None:
    """Create an admin account (the first one, or another)."""
    from pyhero.team import accounts

    with _store() as store:
        password = _password(password_stdin)
        user = accounts.create_user(
            store, username, name or username, "admin", password, actor=_actor()
        )
        typer.echo(f"Created admin {user.username}: sign in at /login.")


@team_app.command("users")
def list_users() -> None:
    """Every account with its role and state."""
    with _store() as store:
        for user in store.accounts.users():
            state = "" if user.active else "  (deactivated)"
            typer.echo(f"{user.username:<24} {user.role:<8} {user.display_name}{state}")


@team_app.command("create-cohort")
def create_cohort(
    name: Annotated[str, typer.Argument(help="The cohort's name.")],
    mentor: Annotated[str, typer.Option(help="User name of its first mentor (or admin).")],
) -> None:
    """Create a cohort with a first mentor; its path is set on its page."""
    from pyhero.progress import TeamError
    from pyhero.team import accounts

    with _store() as store:
        creator = store.accounts.user(mentor)
        if creator is None:
            raise TeamError(f"no user named {mentor!r}")
        cohort = accounts.create_cohort(store, name, creator, actor=_actor())
        typer.echo(f"Created cohort {cohort.name!r} (/team/cohorts/{cohort.id}).")


@team_app.command("invite")
def invite(
    role: Annotated[str, typer.Option(help="learner, mentor or admin.")] = "learner",
    cohort: Annotated[str | None, typer.Option(help="Cohort to join (its name).")] = None,
    note: Annotated[str, typer.Option(help="For whom, as a reminder.")] = "",
) -> None:
    """Print a one-time sign-up link (valid PYHERO_INVITATION_DAYS days)."""
    from pyhero.config import get_settings
    from pyhero.progress import ROLES, TeamError
    from pyhero.team import accounts

    with _store() as store:
        if role not in ROLES:
            raise TeamError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
        found = None
        if cohort is not None:
            found = store.cohorts.cohort_by_name(cohort)
            if found is None:
                raise TeamError(f"no cohort named {cohort!r}")
        chosen: Role = role
        link, record = accounts.invite(
            store, get_settings(), chosen, actor=_actor(), cohort=found, note=note
        )
        typer.echo(link)
        typer.echo(f"(one use, until {record.expires_at:%Y-%m-%d %H:%M} UTC)", err=True)


@team_app.command("reset-password")
def reset_password(
    username: Annotated[str, typer.Argument(help="Whose password.")],
    password_stdin: _Stdin = False,
) -> None:
    """Set a new password; the account is signed out everywhere."""
    from pyhero.team import accounts

    with _store() as store:
        password = _password(password_stdin)
        accounts.reset_password(store, username, password, actor=_actor())
        typer.echo(f"New password set for {username}; their sessions ended.")


@team_app.command("set-role")
def set_role(
    username: Annotated[str, typer.Argument(help="Whose role.")],
    role: Annotated[str, typer.Argument(help="learner, mentor or admin.")],
) -> None:
    """Change an account's role."""
    from pyhero.progress import ROLES, TeamError
    from pyhero.team import accounts

    with _store() as store:
        if role not in ROLES:
            raise TeamError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
        accounts.set_role(store, username, role, actor=_actor())
        typer.echo(f"{username} is now a {role}.")


def register(app: typer.Typer) -> None:
    """Attach the ``team`` group to the root app."""
    app.add_typer(team_app)
