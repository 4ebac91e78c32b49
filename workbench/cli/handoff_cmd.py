"""`workbench handoff RUN --checkpoint C --out DIR [--merged/--adapter-only]`,
`workbench handoff-verify DIR`, `workbench adapters` and `workbench recheck ADAPTER --holdout SNAP`."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import PASSWORD_STDIN, console, err_console, print_json, state


def handoff(
    ctx: typer.Context,
    run: str = typer.Argument(..., help="Run id (or its unique end)."),
    out: Path = typer.Option(..., "--out", "-o", help="New, empty folder to write the hand-off to."),
    checkpoint: Optional[str] = typer.Option(
        None, "--checkpoint", "-c", help="Step, e.g. 20 or step-000020 (default: the one the 'go' names)."),
    merged: bool = typer.Option(
        False, "--merged/--adapter-only",
        help="Also write full weights with the adapter merged in (loads the whole base model). "
             "Full fine-tunes always export full weights."),
    base_model_id: Optional[str] = typer.Option(
        None, help="Base model id for the card and serving scripts (default: from the run)."),
    name: Optional[str] = typer.Option(None, help="Model name clients request (default: apertus-<run>-<step>)."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Export a checkpoint with a signed 'go' for vLLM / TGI: adapter (PEFT), optionally merged
    safetensors, tokenizer and chat template, model card, serving scripts, evaluation report,
    audit package and SHA256SUMS."""
    from ..handoff.export import export_handoff
    from .common import current_user

    st = state(ctx)
    progress = None if as_json else (lambda message: err_console.print(f"… {message}"))
    result = export_handoff(st.project(), run, out=out, checkpoint=checkpoint, merged=merged,
                            base_model_id=base_model_id, name=name, actor=current_user(st) or None,
                            progress=progress)
    if as_json:
        print_json(result)
        return
    console.print(f"hand-off of {result['run']} {result['checkpoint']} ({result['mode']}) written to "
                  f"{result['out']}: {result['files']} files, SHA256SUMS {result['sha256sums'][:16]}…")
    console.print(f"serve it with {result['out']}/serve_vllm.sh or serve_tgi.sh (model name "
                  f"'{result['served_name']}'); check it on arrival with 'sha256sum -c SHA256SUMS'")


def handoff_verify(
    folder: Path = typer.Argument(..., help="A hand-off folder."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Check every file of a hand-off against its SHA256SUMS (no project needed).
    Exit 0 if unchanged, 1 naming what changed, went missing or was added."""
    from ..handoff.export import verify_handoff

    report = verify_handoff(folder)
    if as_json:
        print_json(report.as_dict())
    elif report.ok:
        console.print(f"[green]unchanged[/]: {report.checked} files match SHA256SUMS")
    else:
        err_console.print(f"[bold red]CHANGED[/]: {report.problem}")
    raise typer.Exit(0 if report.ok else 1)


def adapters(
    ctx: typer.Context,
    serve: Optional[str] = typer.Option(
        None, "--serve", help="Print the command that serves every current adapter on one base: vllm or tgi."),
    base: Optional[str] = typer.Option(None, "--base", help="Only the adapters on this base model id."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """The adapters handed off from this project, by name and version (run, checkpoint, signed
    decision, base, date, whether the folder is intact); with --serve, the vLLM multi-LoRA or TGI
    command for all current ones on one base."""
    from ..handoff.registry import by_use_case, check_engine, current_adapters, list_adapters, serving_command

    if serve is not None:
        check_engine(serve)   # bad input is refused before the project is opened
    project = state(ctx).project(readonly=True)
    if serve is not None:
        chosen = current_adapters(project, base)
        command = serving_command(serve, chosen)
        if as_json:
            print_json({"engine": serve, "adapters": [a.as_dict() for a in chosen], "command": command})
        else:
            console.print(command, soft_wrap=True, markup=False, highlight=False)
        return
    rows = [a for a in list_adapters(project) if base is None or a.base_model_id == base]
    if as_json:
        print_json([a.as_dict() for a in rows])
        return
    if not rows:
        console.print("no hand-off yet: export a checkpoint with a signed GO with 'workbench handoff RUN --out DIR'")
    for use_case, group in by_use_case(rows).items():
        console.print(f"use case {use_case}:" if use_case else "no use case:", markup=False, highlight=False)
        for a in group:
            state_text = "intact" if a.intact else f"NOT INTACT ({a.problem})"
            console.print(f"  {a.name} v{a.version}: {a.run} {a.checkpoint} on {a.base_model_id}, decision "
                          f"{a.decision_id}, {a.mode}, exported by {a.exported_by} {a.exported_at[:10]} — "
                          f"{state_text}", markup=False, highlight=False)


def recheck(
    ctx: typer.Context,
    adapter: str = typer.Argument(..., help="Adapter name (name or name@v2), or RUN:STEP."),
    holdout: str = typer.Option(..., "--holdout", help="The newer frozen hold-out of the adapter's use case."),
    sign: bool = typer.Option(False, "--sign", help="Sign the finding (a domain owner of the use case or an "
                                                    "admin; shows the statement first)."),
    password_stdin: bool = PASSWORD_STDIN,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Drift re-check: evaluate a handed-off checkpoint and its base on a newer hold-out under the
    decoding of its GO, and say per locale whether it is still fit or needs re-tuning. With --sign,
    the finding is signed, audited and added to the hand-off card's History."""
    from ..evaluate.recheck import assess_recheck, recheck as run_recheck, sign_recheck, statement
    from .common import current_user, read_password, require_username

    st = state(ctx)
    p = st.project()
    if sign:
        r = assess_recheck(p, adapter, holdout=holdout)
        meaning = statement(r)
        console.print(f"You sign: {meaning}", markup=False, highlight=False)
        user = require_username(st)
        pw = read_password(f"Password for {user} (sign the re-check of {r.payload['subject']})", password_stdin)
        signed = sign_recheck(p, adapter, holdout=holdout, username=user, password=pw, meaning=meaning)
        if as_json:
            print_json(signed)
            return
        _show_recheck(signed["payload"])
        card = signed["card"]
        where = "" if card is None else (f"; History added to {card['folder']}/README.md" if card["updated"]
                                         else f"; card NOT updated: {card['problem']}")
        console.print(f"signed by {signed['signer']} (report {signed['id']}){where}", markup=False, highlight=False)
        return
    progress = None if as_json else (lambda e: err_console.print(f"… {e['type']} {e.get('checkpoint', '')}")
                                     if e.get("type") in ("eval.started", "eval.completed") else None)
    r = run_recheck(p, adapter, holdout=holdout, actor=current_user(st) or None, progress=progress)
    if as_json:
        print_json(r.as_dict())
        return
    _show_recheck(r.payload)
    console.print(f"sign it with 'workbench recheck {adapter} --holdout {holdout} --sign' (a domain owner of the "
                  "use case, or an admin)", markup=False, highlight=False)


def _show_recheck(payload: dict) -> None:
    console.print(f"{payload['subject']} on hold-out {payload['holdout']['id']} ({payload['holdout']['name']}): "
                  f"{payload['finding'].upper()}", markup=False, highlight=False)
    for f in payload["locales"]:
        nums = "" if f["chrf_delta"] is None else f" Δ chrF++ {f['chrf_delta']:+.2f} (n={f['n']})"
        vs_go = "" if f["delta_vs_go"] is None else f", {f['delta_vs_go']:+.2f} vs the GO evaluation"
        console.print(f"  {f['locale']}: {f['finding']}{nums}{vs_go} — {f['rule']}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.command("handoff")(handoff)
    app.command("handoff-verify")(handoff_verify)
    app.command("adapters")(adapters)
    app.command("recheck")(recheck)
