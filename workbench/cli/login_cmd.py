"""`workbench login | logout | whoami`: who acts on this project from this terminal."""

from __future__ import annotations

from typing import Optional

import typer

from .common import PASSWORD_STDIN, console, print_json, read_password, state


def login(
    ctx: typer.Context,
    user: Optional[str] = typer.Option(None, "--user", "-u", help="Who signs in (default: the global --user)."),
    password_stdin: bool = PASSWORD_STDIN,
) -> None:
    """Sign in to this project for the project's session time (default 8 hours)."""
    from ..core.errors import WorkbenchError
    from ..store.sessions import login as start

    st = state(ctx)
    name = user or st.username
    if not name:
        raise WorkbenchError("say who signs in: 'workbench login --user NAME'")
    record = start(st.project(), name, read_password(f"Password for {name}", password_stdin))
    console.print(f"signed in as {record['username']} until {record['expires_at'][:16].replace('T', ' ')} UTC")


def logout(ctx: typer.Context) -> None:
    """End this terminal user's session of the project."""
    from ..store.sessions import logout as end

    who = end(state(ctx).project())
    console.print(f"signed out {who}" if who else "nobody was signed in")


def whoami(ctx: typer.Context, as_json: bool = typer.Option(False, "--json")) -> None:
    """Who is signed in to this project, with which roles."""
    from ..store.sessions import current_user

    user = current_user(state(ctx).project())
    if as_json:
        print_json({"username": user.username, "display_name": user.display_name,
                    "roles": [[g.role.value, g.locale] for g in user.grants]})
    else:
        console.print(f"{user.username} ({user.display_name}): {user.describe_roles()}")


def register(app: typer.Typer) -> None:
    app.command("login")(login)
    app.command("logout")(logout)
    app.command("whoami")(whoami)
