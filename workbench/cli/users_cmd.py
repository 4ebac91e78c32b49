"""`workbench users list | add`."""

from __future__ import annotations

from typing import List, Optional

import typer

from .common import console, print_json, read_password, state

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
    role: List[str] = typer.Option(..., "--role", "-r", help="annotator, engineer, compliance, admin, or domain_owner:LOCALE (repeatable)."),
    name: Optional[str] = typer.Option(None, "--name", help="Printed name (used in signatures)."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the new user's password, then the admin's, from stdin."),
) -> None:
    """Add a user (needs an admin via --user, except for a project's first user)."""
    from ..store.users import authenticate, create_user, list_users

    st = state(ctx)
    p = st.project()
    new_pw = read_password(f"Password for the new user {username}", password_stdin)
    actor = None
    if list_users(p):
        if not st.username:
            raise typer.BadParameter("only an admin may add users: pass --user ADMIN")
        actor = authenticate(p, st.username, read_password(f"Password for {st.username}", password_stdin))
    u = create_user(p, username, new_pw, display_name=name or username, roles=role, actor=actor)
    console.print(f"added {u.username}: {u.describe_roles()}")


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
