"""Running de-identification from the window: on the drafts selected on the Data page, or on
every draft of the project, in the background with its progress and a Cancel button.

The work is the command line's (workbench.deid.pipeline.run_deid): the detector analyses each
draft's current revision, clean ones become de-identified, ones with findings wait for review
in the Editor. Cancelling stops between batches: what was analysed keeps its findings (each
is a fact about a revision), nothing else changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.roles import Action
from .tasks import worker_project


def _t(text: str) -> str:
    return QCoreApplication.translate("Deidentify", text)


def start_deidentification(ctx, item_ids: list[int] | None = None, on_done=None) -> bool:
    """Start it (item_ids None: every draft); False, with the reason shown, when not allowed."""
    ok, why = ctx.session.permission(Action.REVIEW_DEID)
    if not ok:
        ctx.error(why)
        return False
    root, user = ctx.session.root, ctx.session.user
    ids = list(item_ids) if item_ids else None

    def work(token):
        from ..deid.pipeline import run_deid

        steps = {"analyse": _t("Analysing {done} of {total} drafts…"),
                 "record": _t("Recording findings: {done} of {total}…")}

        def progress(step: str, done: int, total: int) -> None:
            token.check()
            token.report(done, total, steps.get(step, "{done}/{total}").format(done=done, total=total))

        with worker_project(root) as p:
            return run_deid(p, actor=user, item_ids=ids, progress=progress)

    def done(summary) -> None:
        s = summary.as_dict()
        ctx.ok(_t("De-identification: {analysed} analysed, {clean} without personal data (now de-identified), "
                  "{waiting} with findings to review in the Editor.").format(
            analysed=s.get("analysed", 0), clean=s.get("clean", 0), waiting=s.get("awaiting_review", 0)))
        ctx.session.notify_items([])
        ctx.session.audit_changed.emit()
        if on_done is not None:
            on_done(summary)

    label = _t("De-identifying {n} selected items…").format(n=len(ids)) if ids else _t("De-identifying every draft…")
    ctx.tasks.start(label, work, on_done=done, cancellable=True)
    return True


def deidentify_from_window(window, selection: bool) -> bool:
    """The Edit menu's two actions: the Data page's selected items, or every draft."""
    if window.session.project is None:
        return False
    ids = None
    if selection:
        data = window.views.get("data")
        ids = data.table.selected_ids() if data is not None else []
        if not ids:
            window.notify(_t("Select items on the Data page first."), "warn")
            return False
    return start_deidentification(window.ctx, ids)
