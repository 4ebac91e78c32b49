"""Approve or reject what is selected in an items table: one item at a keystroke, many only
after one question that states how many.

A selection of some rows acts on their ids; "all N matching" (Ctrl+A) acts by query through
store/bulk.py, with the count the user confirmed, so 100,000 items are never loaded to be
rejected. Either way the step goes on the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ..core.errors import WorkbenchError
from ..core.items import Status
from ..store import bulk
from . import undo


translate = QCoreApplication.translate


def ask(parent: QWidget, title: str, text: str, yes: str) -> bool:
    """One question before a bulk or destructive step; Cancel is the safe default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    return box.clickedButton() is accept


class BulkActions(QObject):
    """The words of this module, in the "BulkActions" translation context (a QObject, so that
    the counts get their plural forms: "1 item", "2 items", "2 Einträge")."""

    def reason_prompt(self, signed: int) -> tuple[str, str]:
        return (self.tr("Reject signed-off items"),
                self.tr("%Ln of the selected item(s) are signed off: rejecting them voids their sign-off. "
                        "Why are you rejecting them?", "", signed))

    def verb(self, target: str, n: int) -> str:
        if target == Status.IN_REVIEW.value:
            return self.tr("Approve %Ln item(s) for review", "", n)
        return self.tr("Reject %Ln item(s)", "", n)

    def question(self, target: str, n: int, selected: int, matching: bool) -> str:
        if matching:
            text = self.tr("All %Ln item(s) matching the filters are selected.", "", selected)
        else:
            text = self.tr("%Ln item(s) are selected.", "", selected)
        if n != selected:
            text += " " + self.tr("%Ln of them can make this step; the others stay as they are.", "", n)
        if target == Status.IN_REVIEW.value:
            verb = self.tr("Approve them for sign-off?")
        else:
            verb = self.tr("Reject them? They leave training and review until someone restarts them.")
        return text + "\n\n" + verb + "\n" + self.tr("Ctrl+Z undoes it.")

    def nothing(self, target: str, selected: int) -> str:
        if target == Status.IN_REVIEW.value:
            return self.tr("None of the %Ln selected item(s) can be approved: only de-identified items can. "
                           "Run de-identification first.", "", selected)
        return self.tr("None of the %Ln selected item(s) can be rejected: they already are.", "", selected)


def ask_reason(parent: QWidget, signed: int) -> str | None:
    """Rejecting voids a signature: never on one key press, always with a reason."""
    title, prompt = BulkActions().reason_prompt(signed)
    reason, ok = QInputDialog.getText(parent, title, prompt)
    return reason.strip() if ok and reason.strip() else None


def change_selection(ctx, table, target: str) -> int:
    """Move the table's selection to `target`; returns how many items moved (0 when the user
    said no or nothing could move)."""
    project, model = ctx.session.project, table.items_model()
    matching = table.all_selected() and model.total() > 1
    if matching:
        counts = bulk.status_counts(project, **model.shown_filters)
        selected = sum(counts.values())
        ids = None
    else:
        ids = table.selected_ids()
        found = bulk.statuses(project, ids)
        counts = {}
        for i in ids:
            counts[found.get(i)] = counts.get(found.get(i), 0) + 1
        selected = len(ids)
    sources = bulk.sources(target)
    n = sum(counts.get(s, 0) for s in sources)
    words = BulkActions()
    if not n:
        ctx.info(words.nothing(target, selected))
        return 0
    text = words.verb(target, n)
    if selected > 1 and not ask(table.window(), text, words.question(target, n, selected, matching), text):
        ctx.info(translate("BulkActions", "Nothing was changed."))
        return 0
    reason = ""
    signed = counts.get(Status.SIGNED_OFF.value, 0) if target == Status.REJECTED.value else 0
    if signed:
        reason = ask_reason(table.window(), signed)
        if reason is None:
            ctx.info(translate("BulkActions", "Nothing was rejected."))
            return 0
    try:
        if matching:
            previous = bulk.set_status_matching(project, target, actor=ctx.session.user, expect=n,
                                                reason=reason, **model.shown_filters)
            ctx.undo.push(undo.StatusCommand(ctx, text, target, previous, reason))
            ctx.session.notify_items([])
            moved = len(previous)
        else:
            moved = undo.change_status(ctx, [i for i in ids if found.get(i) in sources], target, text, reason)
    except WorkbenchError as exc:
        ctx.error(str(exc))
        return 0
    done = translate("BulkActions", "{what}: done. Ctrl+Z undoes it.").format(what=text)
    ctx.ok(done if moved else translate("BulkActions", "Nothing to change."))
    return moved
