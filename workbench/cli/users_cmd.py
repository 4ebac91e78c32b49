"""`workbench users list | add | deactivate | revoke`."""

from __future__ import annotations

from typing import List, Optional

import typer

from .common import PASSWORD_STDIN, console, print_json, read_password, require_username, state

users_app = typer.Typer(help="People and their roles.", no_args_is_help=True)


@users_app.command("list")
def list_(ctx: typer.Context, as_json: bool = typer.Option(False, "--json")) -> None:
    from ..store.users import list_users

    for u in list_users(state(ctx).project()):
        if as_json:
            print_json({"username": u.username, "display_name": u.display_name,
                        "roles": [[g.role.value, g.locale] for g in u.grants]})
        else:
            console.print(f"{u.username:<12} {u.display_name:<24} {u.describe_roles()}")


@users_app.command("add")
def add(
    ctx: typer.Context,
    username: str,
    role: List[str] = typer.Option(
        ..., "--role", "-r", help="annotator, engineer, compliance, admin, or domain_owner:LOCALE (repeatable)."),
    name: Optional[str] = typer.Option(None, "--name", help="Printed name (used in signatures)."),
    password_stdin: bool = typer.Option(
        False, "--password-stdin", help="Read the new user's password, then the admin's, from stdin."),
) -> None:
    """Add a user (needs an admin via --user, except for a project's first user)."""
    from ..store.users import authenticate, create_user, list_users

    st = state(ctx)
    p = st.project()
    new_pw = read_password(f"Password for the new user {username}", password_stdin)
    actor = None
    if list_users(p):
        admin = require_username(st)
        actor = authenticate(p, admin, read_password(f"Password for {admin}", password_stdin))
    u = create_user(p, username, new_pw, display_name=name or username, roles=role, actor=actor)
    console.print(f"added {u.username}: {u.describe_roles()}")


@users_app.command("deactivate")
def deactivate(
    ctx: typer.Context,
    username: str,
    reason: str = typer.Option(..., "--reason", help="Why (recorded with the signature)."),
    password_stdin: bool = PASSWORD_STDIN,
) -> None:
    """Deactivate an account (signed by an admin). Its earlier signatures stay valid."""
    from ..store.users import deactivate_user

    st = state(ctx)
    admin = require_username(st)
    pw = read_password(f"Password for {admin} (sign: deactivate {username})", password_stdin)
    deactivate_user(st.project(), username, admin=admin, password=pw, reason=reason)
    console.print(f"deactivated {username}")


@users_app.command("revoke")
def revoke(
    ctx: typer.Context,
    username: str,
    role: str = typer.Argument(..., help="e.g. engineer, or domain_owner:fr-CH"),
    reason: str = typer.Option(..., "--reason", help="Why (recorded with the signature)."),
    password_stdin: bool = PASSWORD_STDIN,
) -> None:
    """Take one role from a user (signed by an admin)."""
    from ..store.users import revoke_role

    st = state(ctx)
    admin = require_username(st)
    pw = read_password(f"Password for {admin} (sign: revoke {role} from {username})", password_stdin)
    u = revoke_role(st.project(), username, role, admin=admin, password=pw, reason=reason)
    console.print(f"{u.username} now holds: {u.describe_roles()}")


def duties(
    ctx: typer.Context,
    relax: bool = typer.Option(..., "--relax/--enforce", help="Relax or enforce separation of duties."),
    reason: str = typer.Option(..., "--reason", help="Why (recorded with the signature)."),
    password_stdin: bool = PASSWORD_STDIN,
) -> None:
    """Relax or enforce separation of duties for the project (signed by an admin)."""
    from ..store.users import set_duties

    st = state(ctx)
    admin = require_username(st)
    what = "relax" if relax else "enforce"
    pw = read_password(f"Password for {admin} (sign: {what} separation of duties)", password_stdin)
    set_duties(st.project(), not relax, admin=admin, password=pw, reason=reason)
    console.print(f"separation of duties {'RELAXED' if relax else 'enforced'}")


def register(app: typer.Typer) -> None:
    app.command("duties")(duties)
    app.add_typer(users_app, name="users")
