"""`workbench import | export | snapshot | signoff`."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn

from .common import (PASSWORD_STDIN, console, current_user, err_console, print_json, read_password,
                     require_username, state)


def import_(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="A .jsonl, .json, .csv, .tsv, .parquet file or a datasets folder."),
    kind: str = typer.Option("pairs", "--kind", "-k", help="pairs or holdout"),
    locale: Optional[str] = typer.Option(None, "--locale", "-l", help="Locale of every row (else a 'locale' column)."),
    fmt: Optional[str] = typer.Option(None, "--format", help="Override the format guessed from the name."),
    allow_duplicates: bool = typer.Option(False, help="Add rows even if they duplicate existing items."),
    use_case: Optional[str] = typer.Option(None, "--use-case", help="The use case the items are for."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Import items from a file: all rows or none."""
    from ..store.imports import import_file

    st = state(ctx)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=err_console,
                  transient=True, disable=as_json) as progress:
        task = progress.add_task(f"reading {file.name}…")
        result = import_file(st.project(), file, kind=kind, locale=locale, fmt=fmt,
                             actor=current_user(st), allow_duplicates=allow_duplicates,
                             use_case=use_case,
                             progress=lambda n: progress.update(task, description=f"validated {n:,} rows…"))
    if as_json:
        print_json({"import_id": result.import_id, "added": result.added, "item_ids": result.item_ids,
                    "duplicates": result.duplicates, "hidden_characters": result.hidden_characters})
        return
    console.print(result.summary())
    for d in result.duplicates[:20]:
        console.print(f"  duplicate: row {d['row']} repeats {d['duplicate_of']}")
    if len(result.duplicates) > 20:
        console.print(f"  … and {len(result.duplicates) - 20} more duplicates")


def export(
    ctx: typer.Context,
    out: Path = typer.Argument(..., help="Output folder."),
    fmt: str = typer.Option("chat-jsonl", "--format", "-f", help="chat-jsonl, mlx or hf"),
    snapshot: Optional[str] = typer.Option(None, help="Training snapshot id (default: the latest)."),
    holdout: Optional[str] = typer.Option(
        None, help="Frozen hold-out snapshot for the test split (default: the latest)."),
    force: bool = typer.Option(False, "--force",
                               help="Write into a folder that already holds files (same names are replaced)."),
) -> None:
    """Export the signed-off items of a snapshot, with provenance.json alongside."""
    from ..store.exports import export_snapshot

    st = state(ctx)
    prov = export_snapshot(st.project(), out, fmt=fmt, snapshot=snapshot, holdout=holdout,
                           actor=current_user(st), force=force)
    for name, n in prov["files"].items():
        console.print(f"{out / name}: {n} rows")
    console.print(f"provenance: {out / 'provenance.json'} (snapshot {prov['snapshot']['id']})")


snapshot_app = typer.Typer(help="Immutable dataset versions (training sets, frozen hold-outs).",
                           no_args_is_help=True)


@snapshot_app.command("create")
def snapshot_create(
    ctx: typer.Context,
    kind: str = typer.Option(..., "--kind", "-k", help="pairs (training set) or holdout (frozen, signed)."),
    name: str = typer.Option(..., "--name", "-n", help="e.g. 'hold-out v1'"),
    locale: Optional[List[str]] = typer.Option(None, "--locale", "-l", help="Only these locales."),
    use_case: Optional[str] = typer.Option(None, "--use-case", help="Only this use case's items."),
    password_stdin: bool = PASSWORD_STDIN,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Snapshot all signed-off items of a kind. A hold-out snapshot is frozen and signed."""
    from ..core.items import Kind
    from ..store.snapshots import create_snapshot
    from ..store.users import get_user

    st = state(ctx)
    user = get_user(st.project(), require_username(st))
    password = None
    if Kind.parse(kind) is Kind.HOLDOUT:
        password = read_password(f"Password for {user.username} (freeze the hold-out)", password_stdin)
    snap = create_snapshot(st.project(), kind=kind, name=name, actor=user, locales=locale, password=password,
                           use_case=use_case)
    if as_json:
        print_json(snap)
        return
    frozen = " (frozen, signed)" if snap["frozen"] else ""
    of = f" of use case {snap['use_case']}" if snap.get("use_case") else ""
    console.print(f"snapshot {snap['id']}{frozen}{of}: {snap['item_count']} items {snap['locale_counts']}")
    console.print(f"manifest {snap['manifest_hash']}")


@snapshot_app.command("list")
def snapshot_list(ctx: typer.Context, as_json: bool = typer.Option(False, "--json"),
                  use_case: Optional[str] = typer.Option(None, "--use-case",
                                                         help="Only this use case's snapshots.")) -> None:
    from ..store.snapshots import list_snapshots

    for s in list_snapshots(state(ctx).project(), use_case=use_case):
        if as_json:
            print_json(s)
        else:
            of = f"  [{s['use_case']}]" if s.get("use_case") else ""
            console.print(f"{s['id']:<22} {'frozen' if s['frozen'] else '      '} {s['item_count']:>6} items  "
                          f"{s['created_at'][:19]}  {s['created_by']:<10} {s['name']}{of}")


@snapshot_app.command("show")
def snapshot_show(ctx: typer.Context, snapshot_id: str,
                  items: bool = typer.Option(False, "--items", help="List its items.")) -> None:
    from ..store.snapshots import get_snapshot, snapshot_items, verify_snapshot

    p = state(ctx).project()
    snap = get_snapshot(p, snapshot_id)
    snap["manifest_ok"] = verify_snapshot(p, snap["id"])
    print_json(snap)
    if items:
        for it in snapshot_items(p, snap["id"], superseded_ok=True):
            print_json({k: it[k] for k in ("id", "rev", "locale", "content_hash")})


def signoff(
    ctx: typer.Context,
    item_ids: Optional[List[int]] = typer.Argument(None, help="Item ids (or use the filters)."),
    kind: Optional[str] = typer.Option(None, "--kind", "-k", help="pairs or holdout"),
    locale: Optional[str] = typer.Option(None, "--locale", "-l"),
    tag: Optional[str] = typer.Option(None),
    search: Optional[str] = typer.Option(None, "--search", "-q"),
    expect: Optional[Path] = typer.Option(
        None, "--expect", help="JSONL of the revisions you reviewed (lines with id and content_hash, as "
        "'items list --json' prints them): sign exactly those, or nothing if any changed."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
    password_stdin: bool = PASSWORD_STDIN,
) -> None:
    """Sign off items with an e-signature (one signature over the whole list)."""
    from ..core.duties import check_search_selects
    from ..core.hashing import manifest_hash
    from ..core.items import Kind, signoff_meaning
    from ..store import items as store_items
    from ..store.signoff import on_screen, sign_off

    st = state(ctx)
    p = st.project()
    name = require_username(st)
    if expect is not None:
        seen = _expected_revisions(p, expect)
    else:
        if item_ids:
            ids = list(item_ids)
        else:
            if not (kind and locale):
                raise typer.BadParameter(
                    "give item ids, --expect FILE, or --kind and --locale (plus optional --tag/--search)")
            check_search_selects(search)
            ids = [r["id"] for r in store_items.list_items(
                p, kind=kind, locale=locale, tag=tag, search=search, status=["deidentified", "in_review"])]
            if not ids:
                console.print("nothing to sign: no de-identified items match")
                raise typer.Exit(1)
        seen = on_screen(p, ids)
    first = store_items.get_item(p, seen[0][0])
    meaning = signoff_meaning(Kind(first["kind"]), first["locale"])
    for item_id, rev, content_hash in seen[:20]:
        console.print(f"  item {item_id} revision {rev}  {content_hash[:16]}…")
    if len(seen) > 20:
        console.print(f"  … and {len(seen) - 20} more")
    console.print(f"You are signing {len(seen)} item(s), manifest {manifest_hash(seen)}. "
                  f"Meaning of this signature: [bold]\"{meaning}\"[/]")
    if not yes and not password_stdin:
        typer.confirm("Sign?", abort=True)
    pw = read_password(f"Password for {name}", password_stdin)
    sig = sign_off(p, seen, username=name, password=pw, meaning=meaning)
    console.print(f"signature {sig['id']} by {sig['signer_name']} at {sig['signed_at']}: "
                  f"{sig['item_count']} item(s), manifest {sig['manifest_hash'][:16]}…")


def _expected_revisions(project, path: Path) -> list[tuple[int, int, str]]:
    """The (item, revision, content hash) list of an --expect file."""
    import json

    from ..core.errors import ValidationError
    from ..store.signoff import seen_by_hash

    try:
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        pairs = [(int(d["id"]), str(d["content_hash"])) for d in lines]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError(f"{path} is not a JSONL file with 'id' and 'content_hash' on every line "
                              f"(as 'workbench items list --json' prints them): {exc}") from None
    if not pairs:
        raise ValidationError(f"{path} lists no items: nothing to sign")
    return seen_by_hash(project, pairs)


def register(app: typer.Typer) -> None:
    app.command("import")(import_)
    app.command("export")(export)
    app.command("signoff")(signoff)
    app.add_typer(snapshot_app, name="snapshot")
