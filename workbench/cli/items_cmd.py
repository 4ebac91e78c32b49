"""`workbench items …`: list, show, edit, history, status."""

from __future__ import annotations

from typing import List, Optional

import typer
from rich.table import Table

from .common import PASSWORD_STDIN, console, current_user, print_json, read_password, require_username, state

items_app = typer.Typer(help="List, show and edit items.", no_args_is_help=True)


@items_app.command("list")
def list_(
    ctx: typer.Context,
    kind: Optional[str] = typer.Option(None, help="pairs or holdout"),
    locale: Optional[List[str]] = typer.Option(None, "--locale", "-l", help="Only these locales (repeatable)."),
    status: Optional[List[str]] = typer.Option(None, "--status", "-s", help="Only these statuses."),
    tag: Optional[str] = typer.Option(None, help="Only items with this tag."),
    search: Optional[str] = typer.Option(None, "--search", "-q", help="Full-text search in the texts."),
    limit: Optional[int] = typer.Option(None, help="At most this many items."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """List items (current revision of each)."""
    from ..store import items

    st = state(ctx)
    rows = items.list_items(st.project(readonly=True), kind=kind, locale=locale, status=status, tag=tag,
                            search=search, limit=limit)
    if as_json:
        for r in rows:
            print_json(r)
        return
    table = Table("id", "kind", "locale", "status", "rev", "prompt", box=None)
    for r in rows:
        table.add_row(str(r["id"]), r["kind"], r["locale"], r["status"], str(r["rev"]),
                      r["prompt"].replace("\n", " ")[:70])
    console.print(table)
    console.print(f"{len(rows)} item(s)")


@items_app.command("show")
def show(ctx: typer.Context, item_id: int, as_json: bool = typer.Option(False, "--json")) -> None:
    """Show one item with its current revision."""
    from ..store import items

    item = items.get_item(state(ctx).project(readonly=True), item_id)
    if as_json:
        print_json(item)
        return
    for k in ("id", "kind", "locale", "status", "rev", "content_hash", "tags", "source"):
        console.print(f"[bold]{k}[/]: {item[k]}")
    console.print(f"[bold]system[/]: {item['system']}")
    console.print(f"[bold]prompt[/]:\n{item['prompt']}")
    label = "response" if item["kind"] == "pair" else "reference"
    console.print(f"[bold]{label}[/]:\n{item['response']}")
    if item["checks"] and any(item["checks"].values()):
        console.print(f"[bold]checks[/]: {item['checks']}")


@items_app.command("history")
def history(ctx: typer.Context, item_id: int, as_json: bool = typer.Option(False, "--json")) -> None:
    """All revisions of an item, oldest first."""
    from ..store import items

    revs = items.revisions(state(ctx).project(readonly=True), item_id)
    for r in revs:
        if as_json:
            print_json(r)
        else:
            console.print(f"rev {r['rev']}  {r['created_at']}  {r['author']:<12} {r['origin']:<8} "
                          f"{r['content_hash'][:16]}")


@items_app.command("edit")
def edit(
    ctx: typer.Context,
    item_id: int,
    prompt: Optional[str] = typer.Option(None),
    response: Optional[str] = typer.Option(None, help="Response (pairs) or reference (hold-out)."),
    system: Optional[str] = typer.Option(None),
    locale: Optional[str] = typer.Option(None),
) -> None:
    """Edit an item: creates a new revision and voids any sign-off of the old one."""
    from ..store import items

    st = state(ctx)
    changes = {k: v for k, v in dict(prompt=prompt, response=response, system=system, locale=locale).items()
               if v is not None}
    if not changes:
        raise typer.BadParameter("nothing to change: pass --prompt, --response, --system or --locale")
    rev = items.edit_item(st.project(), item_id, actor=current_user(st), **changes)
    console.print(f"item {item_id} is now at revision {rev} (status: draft)")


@items_app.command("reject")
def reject(ctx: typer.Context, item_ids: List[int], reason: str = typer.Option(..., help="Why (recorded).")) -> None:
    """Reject items (they will not be trained on or evaluated)."""
    from ..store import items

    st = state(ctx)
    n = items.set_status(st.project(), item_ids, "rejected", actor=current_user(st), reason=reason)
    console.print(f"{n} item(s) rejected")


def erase_originals(
    ctx: typer.Context,
    item: Optional[List[int]] = typer.Option(None, "--item",
                                             help="Erase the original texts of this item (repeatable)."),
    before: Optional[str] = typer.Option(None, "--before", help="Erase original texts written before this date "
                                                                "(YYYY-MM-DD)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Only count what would be erased."),
    yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation."),
    password_stdin: bool = PASSWORD_STDIN,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Erase original texts on a data-protection request (admins; signed). De-identified revisions,
    every hash, signature, snapshot and the audit trail stay and still verify."""
    from ..store.erasure import erasable, erase_originals as erase

    st = state(ctx)
    targets = erasable(st.project(), item_ids=item or None, before=before)
    if not targets and not dry_run:
        from ..core.errors import ValidationError

        raise ValidationError("nothing to erase: those items hold no original text that is not de-identified")
    if dry_run:
        console.print(f"{len(targets)} original revision(s) of {len({t[0] for t in targets})} item(s) would be erased")
        return
    if not yes and not typer.confirm(f"Erase the original texts of {len(targets)} revision(s) of "
                                     f"{len({t[0] for t in targets})} item(s)? This cannot be undone."):
        raise typer.Exit(1)
    name = require_username(st)
    pw = read_password(f"Password for {name} (erase original texts)", password_stdin)
    done = erase(st.project(), username=name, password=pw, item_ids=item or None, before=before)
    if as_json:
        print_json(done)
        return
    console.print(f"erased {done['revisions']} revision(s) of {len(done['items'])} item(s) under signature "
                  f"{done['id']}; {len(done['rejected'])} item(s) rejected")
    if not done["purged"]:
        console.print("the project is open elsewhere: free space is purged at the next erasure")


def register(app: typer.Typer) -> None:
    app.add_typer(items_app, name="items")
    app.command("erase-originals")(erase_originals)
