"""`workbench use-case list | create | change | sign | show | assign | classes`."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .common import PASSWORD_STDIN, console, current_user, print_json, read_password, require_username, state

usecase_app = typer.Typer(help="Use cases: the signed scope of a fine-tune (tasks, locales, data classes, "
                               "owners) and the items, snapshots and runs that belong to it.",
                          no_args_is_help=True)


def _show(uc: dict) -> None:
    s = uc["scope"]
    state_text = "in force" if uc["in_force"] else f"awaiting {', '.join(uc['missing'])}"
    console.print(f"{uc['id']}  v{uc['version']}  {s.name}  ({state_text})")
    console.print(f"  tasks: {'; '.join(s.tasks)}")
    console.print(f"  locales: {', '.join(s.locales)}   data classes: {', '.join(s.data_classes)}")
    console.print(f"  owners: {', '.join(s.owners)}   signed by: {', '.join(uc['signed_by']) or '—'}")
    if not uc["in_force"] and uc["force_version"]:
        console.print(f"  v{uc['force_version']} stays in force until every owner signs v{uc['version']}")


def _as_json(uc: dict) -> dict:
    return {**{k: v for k, v in uc.items() if k not in ("scope", "history")}, "scope": uc["scope"].as_dict()}


@usecase_app.command("list")
def list_(ctx: typer.Context, as_json: bool = typer.Option(False, "--json")) -> None:
    """Every use case with its scope and who signed it."""
    from ..store.usecases import list_use_cases

    ucs = list_use_cases(state(ctx).project())
    if as_json:
        print_json([_as_json(u) for u in ucs])
        return
    if not ucs:
        console.print("no use cases yet: 'workbench use-case create ID --name …' records the first scope")
    for uc in ucs:
        _show(uc)


@usecase_app.command("create")
def create(
    ctx: typer.Context,
    use_case: str = typer.Argument(..., help="Short id, e.g. back-office."),
    name: str = typer.Option(..., "--name", help="e.g. 'Back-office advisor'."),
    task: List[str] = typer.Option(..., "--task", help="A task the fine-tune handles (repeatable)."),
    locale: List[str] = typer.Option(..., "--locale", "-l", help="A locale it covers (repeatable)."),
    data_class: List[str] = typer.Option(..., "--data-class", help="A data class it may touch (repeatable; "
                                         "'workbench use-case classes' lists them)."),
    owner: List[str] = typer.Option(..., "--owner", help="A domain owner who signs the scope (repeatable)."),
    description: str = typer.Option("", "--description"),
) -> None:
    """Record a use case's scope (version 1). It is in force once every owner has signed it."""
    from ..store.usecases import create_use_case

    st = state(ctx)
    uc = create_use_case(st.project(), use_case, actor=current_user(st), name=name, tasks=task, locales=locale,
                         data_classes=data_class, owners=owner, description=description)
    _show(uc)


@usecase_app.command("change")
def change(
    ctx: typer.Context,
    use_case: str,
    reason: str = typer.Option(..., "--reason", help="Why the scope changes (the owners sign it again)."),
    name: Optional[str] = typer.Option(None, "--name"),
    task: Optional[List[str]] = typer.Option(None, "--task"),
    locale: Optional[List[str]] = typer.Option(None, "--locale", "-l"),
    data_class: Optional[List[str]] = typer.Option(None, "--data-class"),
    owner: Optional[List[str]] = typer.Option(None, "--owner"),
    description: Optional[str] = typer.Option(None, "--description"),
) -> None:
    """Change the scope: a new version, in force once every owner has signed it."""
    from ..store.usecases import change_scope

    st = state(ctx)
    uc = change_scope(st.project(), use_case, actor=current_user(st), reason=reason, name=name,
                      tasks=task or None, locales=locale or None, data_classes=data_class or None,
                      owners=owner or None, description=description)
    _show(uc)


@usecase_app.command("sign")
def sign(ctx: typer.Context, use_case: str, password_stdin: bool = PASSWORD_STDIN) -> None:
    """Sign the use case's latest scope as one of its owners (shows what you sign first)."""
    from ..store.usecases import get_use_case, scope_statement, sign_scope

    st = state(ctx)
    p = st.project()
    uc = get_use_case(p, use_case)
    meaning = scope_statement(p, use_case)
    console.print(f"You sign: {meaning}")
    user = require_username(st)
    pw = read_password(f"Password for {user} (sign the scope of {uc['id']})", password_stdin)
    uc = sign_scope(p, use_case, username=user, password=pw, version=uc["version"], meaning=meaning)
    _show(uc)


@usecase_app.command("show")
def show(ctx: typer.Context, use_case: str, as_json: bool = typer.Option(False, "--json")) -> None:
    """The scope, its versions and signatures, the use case's items, and items flagged because
    their personal data falls outside the declared data classes."""
    from ..store.usecases import classes_for, get_use_case, items_of, out_of_scope

    p = state(ctx).project()
    uc = get_use_case(p, use_case)
    flagged = out_of_scope(p, use_case)
    if as_json:
        print_json({**_as_json(uc), "items": items_of(p, uc["id"]), "out_of_scope": flagged,
                    "history": [{"version": v["version"], "scope_hash": v["scope_hash"], "reason": v["reason"],
                                 "created_by": v["created_by"], "signed_by": v["signed_by"]}
                                for v in uc["history"]]})
        return
    _show(uc)
    console.print(f"  items: {items_of(p, uc['id'])}")
    for v in uc["history"]:
        console.print(f"  v{v['version']} {v['created_at'][:19]} by {v['created_by']}: {v['reason']} — signed by "
                      f"{', '.join(v['signed_by']) or 'nobody yet'}")
    if flagged:
        console.print(f"  {len(flagged)} item(s) hold personal data outside the declared data classes:")
        for f in flagged[:20]:
            need = classes_for(p, f["entities"])
            console.print(f"    item {f['item_id']} ({f['locale']}): "
                          + ", ".join(f"{e} (class {', '.join(need[e]) or 'none'})" for e in f["entities"]))


@usecase_app.command("assign")
def assign(
    ctx: typer.Context,
    use_case: str = typer.Argument(..., help="The use case, or 'none' to take items out of every use case."),
    ids: Optional[List[int]] = typer.Option(None, "--id", help="Item id (repeatable)."),
    kind: Optional[str] = typer.Option(None, "--kind", "-k", help="With --all: only pairs or holdout."),
    locale: Optional[List[str]] = typer.Option(None, "--locale", "-l", help="With --all: only these locales."),
    all_unassigned: bool = typer.Option(False, "--all", help="Every item that belongs to no use case yet "
                                        "(narrowed by --kind and --locale)."),
) -> None:
    """Put items (drafts or de-identified) into a use case."""
    from ..store.items import NO_USE_CASE, item_ids
    from ..store.usecases import assign_items

    st = state(ctx)
    p = st.project()
    chosen = list(ids or [])
    if all_unassigned:
        chosen += item_ids(p, kind=kind, locale=locale or None, use_case=NO_USE_CASE)
    moved = assign_items(p, None if use_case.lower() == "none" else use_case, chosen, actor=current_user(st))
    console.print(f"{moved} item(s) moved to {use_case}")


@usecase_app.command("classes")
def classes(ctx: typer.Context, set_file: Optional[Path] = typer.Option(
        None, "--set", help="A JSON list of {id, label, basis, entities} replacing the project's data classes."),
        as_json: bool = typer.Option(False, "--json")) -> None:
    """The data classes a scope may declare (Swiss defaults unless the project set its own)."""
    import json

    from ..core.errors import ValidationError
    from ..store.usecases import data_classes, set_data_classes

    st = state(ctx)
    p = st.project()
    if set_file is not None:
        try:
            raw = json.loads(set_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValidationError(f"cannot read data classes from {set_file}: {exc}") from None
        if not isinstance(raw, list):
            raise ValidationError(f"{set_file} must hold a JSON list of data classes")
        set_data_classes(p, raw, actor=current_user(st))
    found = data_classes(p)
    if as_json:
        print_json([c.as_dict() for c in found.values()])
        return
    for c in found.values():
        console.print(f"{c.id:<20} {c.label} — {c.basis}\n{'':<20} {', '.join(c.entities)}")


def register(app: typer.Typer) -> None:
    app.add_typer(usecase_app, name="use-case")
