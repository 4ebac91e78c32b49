"""`workbench audit verify | head | log | export`."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .common import console, current_user, err_console, print_json, state

audit_app = typer.Typer(help="The tamper-evident audit trail.", no_args_is_help=True)


@audit_app.command("verify")
def verify(
    ctx: typer.Context,
    expect_head: Optional[str] = typer.Option(None, help="A head hash recorded earlier: it must still be in the log."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Check the record without trusting any stored hash: the hash chain, every revision's
    content hash recomputed from its text, every signature's and snapshot's manifest, every
    digital signature and the audit head it signed. Exit 0 if intact, 1 naming the first
    thing that fails otherwise."""
    from ..store.evidence import verify_evidence

    report = verify_evidence(state(ctx).project(readonly=True), expect_head=expect_head)
    if as_json:
        print_json(report.as_dict())
    elif report.ok:
        console.print(f"[green]intact[/]: {report.entries} entries, head {report.head}; {report.revisions} "
                      f"revisions re-hashed, {report.signatures} signatures ({report.digitally_signed} digitally "
                      f"signed, {report.password_only} password-only from before keys), {report.snapshots} "
                      f"snapshots, {report.decisions} decisions")
    else:
        where = f" (first bad entry: {report.first_bad_seq})" if report.first_bad_seq else ""
        err_console.print(f"[bold red]BROKEN[/]{where}: {report.first_problem}")
    raise typer.Exit(0 if report.ok else 1)


@audit_app.command("head")
def head(ctx: typer.Context) -> None:
    """Print the head hash (record it elsewhere to detect truncation later)."""
    from ..store.audit import head as audit_head

    seq, h = audit_head(state(ctx).project(readonly=True))
    console.print(f"{h}")
    err_console.print(f"(entry {seq})")


@audit_app.command("log")
def log(
    ctx: typer.Context,
    action: Optional[str] = typer.Option(None, help="e.g. items.signoff, or a prefix like 'items.*'"),
    actor: Optional[str] = typer.Option(None),
    limit: int = typer.Option(50, help="Newest N entries."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Show the newest audit entries."""
    from ..store.audit import decoded, read_log

    st = state(ctx)
    rows = read_log(st.project(), current_user(st), action=action, actor=actor, limit=limit)
    for e in reversed(rows):
        if as_json:
            print_json(decoded(e))
        else:
            console.print(f"{e['seq']:>6} {e['ts'][:19]} {e['actor']:<12} {e['action']:<18} "
                          f"{e['object_type']}:{e['object_id']}")


@audit_app.command("export")
def export(
    ctx: typer.Context,
    out: Path = typer.Argument(..., help="The zip to write (e.g. audit-2026-11.zip)."),
    report: Optional[List[Path]] = typer.Option(
        None, "--report", help="Evaluation report(s) to include (repeatable; default: one per evaluated run)."),
    force: bool = typer.Option(False, "--force", help="Replace the zip if it already exists."),
) -> None:
    """Write the audit package: a zip of JSON + HTML readable without the app (signatures,
    audit log and its verification, snapshots, runs, decisions, reports, checksums)."""
    from ..evaluate.report import write_audit_package
    from .common import current_user

    st = state(ctx)
    result = write_audit_package(st.project(), out, actor=current_user(st), reports=report, force=force)
    v = result["verification"]
    console.print(f"audit package {result['path']} (sha256 {result['sha256'][:16]}…): "
                  f"{v['entries']} entries, chain {'intact' if v['ok'] else 'BROKEN'}, head {v['head']}")


def register(app: typer.Typer) -> None:
    app.add_typer(audit_app, name="audit")
