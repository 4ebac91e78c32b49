"""`workbench deid analyze | run | review | apply | operators | engines`."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .common import console, current_user, err_console, print_json, state

deid_app = typer.Typer(help="De-identification: detect personal data, review it, anonymize.",
                       no_args_is_help=True)
review_app = typer.Typer(help="Review findings: list, accept, reject, mark missed spans.",
                         no_args_is_help=True)

PROCESSES = typer.Option(None, "--processes", "-j", help="Worker processes (default: one per core).")


def _actor(st):
    return current_user(st)


def _progress_bar(disable: bool):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    # No refresh thread: the analysis forks worker processes only from a single-threaded
    # process (see deid/analyze.py), so the bar is redrawn on each progress report instead.
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err_console, transient=True, disable=disable,
                    auto_refresh=False)


@deid_app.command("analyze")
def analyze(
    file: Path = typer.Argument(..., help="JSON lines with id, text and locale (other fields are ignored)."),
    processes: Optional[int] = PROCESSES,
) -> None:
    """Print one JSON line per input line: {"id": …, "spans": [{start, end, entity, score}]}."""
    from ..deid.jsonl import analyze_records, read_records

    records = read_records(file)
    for out in analyze_records(records, processes=processes):
        print_json(out)


@deid_app.command("run")
def run(
    ctx: typer.Context,
    item: Optional[List[int]] = typer.Option(None, "--item", "-i", help="Only these items (repeatable)."),
    processes: Optional[int] = PROCESSES,
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """De-identify draft items: analyse, record findings for review, anonymize reviewed items."""
    from ..deid.pipeline import run_deid

    st = state(ctx)
    with _progress_bar(as_json) as bar:
        tasks: dict[str, int] = {}

        def progress(phase: str, done: int, total: int) -> None:
            label = {"analyse": "analysing texts", "record": "recording findings"}[phase]
            if phase not in tasks:
                tasks[phase] = bar.add_task(label, total=total)
            bar.update(tasks[phase], completed=done, total=total)
            bar.refresh()

        summary = run_deid(st.project(), actor=_actor(st), item_ids=item, processes=processes,
                           progress=progress)
    if as_json:
        print_json(summary.as_dict())
        return
    console.print(f"analysed {summary.analysed} item(s): {summary.clean} without personal data, "
                  f"{summary.with_findings} with {summary.findings} finding(s) to review")
    console.print(f"anonymized {summary.anonymized} reviewed item(s)"
                  + (f", {summary.unchanged} unchanged (all findings rejected)" if summary.unchanged else ""))
    if summary.awaiting_review:
        console.print(f"{summary.awaiting_review} item(s) await review: workbench deid review list")


@deid_app.command("apply")
def apply(
    ctx: typer.Context,
    item: Optional[List[int]] = typer.Option(None, "--item", "-i", help="Only these items."),
) -> None:
    """Write the anonymized revision of every item whose findings are all decided."""
    from ..deid.review import apply_reviewed

    st = state(ctx)
    result = apply_reviewed(st.project(), actor=_actor(st), item_ids=item)
    console.print(f"anonymized {result['anonymized']} item(s), {result['unchanged']} unchanged")


@review_app.command("list")
def review_list(
    ctx: typer.Context,
    item: Optional[List[int]] = typer.Option(None, "--item", "-i", help="Only these items."),
    decision: Optional[str] = typer.Option("pending", help="pending, accepted, rejected, missed, or 'all'."),
    entity: Optional[str] = typer.Option(None, help="Only this entity type."),
    limit: Optional[int] = typer.Option(None),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Findings of current revisions, with the text around each."""
    from rich.markup import escape

    from ..deid.review import list_findings

    rows = list_findings(state(ctx).project(), item_ids=item, entity=entity, limit=limit,
                         decision=None if decision == "all" else decision)
    for r in rows:
        if as_json:
            print_json(r)
            continue
        ctx_text = f"{escape(r['before'])}[reverse]{escape(r['text'])}[/]{escape(r['after'])}".replace("\n", " ")
        console.print(f"{r['id']:>6} item {r['item_id']:<5} {r['field']:<8} {r['entity']:<14} "
                      f"{r['score']:.2f} {r['decision']:<8} …{ctx_text}…")
    if not as_json:
        console.print(f"{len(rows)} finding(s)")


def _select(st, ids, all_pending, item, entity, min_score) -> list[int]:
    from ..deid.review import list_findings

    if ids and all_pending:
        raise typer.BadParameter("give finding ids or --all-pending, not both")
    if ids:
        return list(ids)
    if not all_pending:
        raise typer.BadParameter("give finding ids (see 'deid review list') or --all-pending")
    rows = list_findings(st.project(), item_ids=item, entity=entity, decision="pending", with_text=False)
    return [r["id"] for r in rows if min_score is None or r["score"] >= min_score]


def _decide(ctx, ids, decision, all_pending, item, entity, min_score) -> None:
    from ..deid.review import decide

    st = state(ctx)
    chosen = _select(st, ids, all_pending, item, entity, min_score)
    if not chosen:
        console.print("no pending findings match")
        return
    n = decide(st.project(), chosen, decision, actor=current_user(st))
    console.print(f"{n} finding(s) {decision}; 'workbench deid apply' anonymizes fully reviewed items")


ALL_PENDING = typer.Option(False, "--all-pending", help="Every pending finding matching the filters.")
ITEM = typer.Option(None, "--item", "-i", help="With --all-pending: only these items.")
ENTITY = typer.Option(None, help="With --all-pending: only this entity type.")
MIN_SCORE = typer.Option(None, help="With --all-pending: only findings scored at least this.")


@review_app.command("accept")
def accept(ctx: typer.Context, finding_ids: Optional[List[int]] = typer.Argument(None),
           all_pending: bool = ALL_PENDING, item: Optional[List[int]] = ITEM,
           entity: Optional[str] = ENTITY, min_score: Optional[float] = MIN_SCORE) -> None:
    """Accept findings: the spans are personal data and will be anonymized."""
    _decide(ctx, finding_ids, "accepted", all_pending, item, entity, min_score)


@review_app.command("reject")
def reject(ctx: typer.Context, finding_ids: Optional[List[int]] = typer.Argument(None),
           all_pending: bool = ALL_PENDING, item: Optional[List[int]] = ITEM,
           entity: Optional[str] = ENTITY, min_score: Optional[float] = MIN_SCORE) -> None:
    """Reject findings: false alarms, the text stays as it is."""
    _decide(ctx, finding_ids, "rejected", all_pending, item, entity, min_score)


@review_app.command("mark-missed")
def missed(
    ctx: typer.Context,
    item_id: int,
    entity: str = typer.Option(..., help="Entity type, e.g. PERSON."),
    field: str = typer.Option("prompt", help="prompt, response or system."),
    text: Optional[str] = typer.Option(None, help="The missed text (its first occurrence, or --occurrence)."),
    occurrence: int = typer.Option(1, help="With --text: which occurrence (1 = first)."),
    start: Optional[int] = typer.Option(None, help="Character offset where the span starts."),
    end: Optional[int] = typer.Option(None, help="Character offset where the span ends."),
) -> None:
    """Mark a span the analyzer missed; it is anonymized with the accepted findings."""
    from ..core.errors import ValidationError
    from ..deid.review import mark_missed
    from ..store.items import get_item

    st = state(ctx)
    if text is not None:
        body = get_item(st.project(), item_id).get(field) or ""
        pos = -1
        for _ in range(max(1, occurrence)):
            pos = body.find(text, pos + 1)
            if pos < 0:
                raise ValidationError(f"'{text}' does not occur {occurrence} time(s) in the {field} of item {item_id}")
        start, end = pos, pos + len(text)
    if start is None or end is None:
        raise typer.BadParameter("give --text, or --start and --end")
    fid = mark_missed(st.project(), item_id, field, start, end, entity, actor=current_user(st))
    console.print(f"finding {fid}: {entity} marked as missed in item {item_id}")


@deid_app.command("operators")
def operators(
    ctx: typer.Context,
    assignments: Optional[List[str]] = typer.Argument(None, help="ENTITY=placeholder|surrogate|mask (or DEFAULT=…)."),
) -> None:
    """Show, or set, how each entity type is replaced."""
    from ..deid.entities import ENTITY_TYPES, operator_for
    from ..deid.review import get_operators, set_operators

    st = state(ctx)
    if assignments:
        pairs = {}
        for a in assignments:
            if "=" not in a:
                raise typer.BadParameter(f"'{a}' is not ENTITY=OPERATOR")
            key, value = a.split("=", 1)
            pairs[key] = value
        set_operators(st.project(), pairs, actor=_actor(st))
    ops = get_operators(st.project())
    for name in ENTITY_TYPES:
        console.print(f"{name:<14} {operator_for(name, ops)}")


@deid_app.command("engines")
def engines(as_json: bool = typer.Option(False, "--json")) -> None:
    """What detects person names in each locale (NER model or rules only)."""
    from ..core.locales import LOCALE_CODES
    from ..deid.engines import name_detection

    for loc in LOCALE_CODES:
        info = name_detection(loc)
        if as_json:
            print_json(info.as_dict())
        else:
            console.print(info.summary)


def register(app: typer.Typer) -> None:
    deid_app.add_typer(review_app, name="review")
    app.add_typer(deid_app, name="deid")
