"""Undo for edits and status changes (QUndoStack).

Revisions and the audit trail are append-only, so undo never deletes anything: undoing an
edit writes a new revision with the earlier text (and its own audit entry), undoing an
approval moves the item back. What happened stays on the record; the content returns.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..core.errors import WorkbenchError
from ..core.items import Status, TRANSITIONS
from ..store import bulk
from ..store import items as store_items


translate = QCoreApplication.translate


def snapshot(item: dict) -> dict:
    """The editable state of an item, as the editor shows it."""
    return {"prompt": item["prompt"], "response": item["response"], "system": item["system"],
            "locale": item["locale"], "tags": list(item["tags"])}


def apply_state(ctx, item_id: int, state: dict) -> None:
    """Write `state` to the item: a new revision for text or locale, a tag update for tags."""
    store_items.set_item_state(ctx.session.project, item_id, state, actor=ctx.session.user)


class _StoreCommand(QUndoCommand):
    """Runs against the store; a failure (someone else changed the item, the role was
    revoked) is reported and the step dropped from the stack instead of half-applied."""

    def __init__(self, ctx, text: str):
        super().__init__(text)
        self.ctx = ctx
        self._first = True  # the change was already made when the command was pushed

    def _run(self, fn) -> None:
        try:
            fn()
        except WorkbenchError as exc:
            self.setObsolete(True)
            self.ctx.error(str(exc))
            return
        self.ctx.session.notify_items(self.item_ids())

    def item_ids(self) -> list[int]:
        return []


class EditItemCommand(_StoreCommand):
    def __init__(self, ctx, item_id: int, before: dict, after: dict):
        super().__init__(ctx, translate("Undo", "Edit item {id}").format(id=item_id))
        self.item_id, self.before, self.after = item_id, before, after

    def item_ids(self) -> list[int]:
        return [self.item_id]

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(lambda: apply_state(self.ctx, self.item_id, self.after))

    def undo(self) -> None:
        self._run(lambda: apply_state(self.ctx, self.item_id, self.before))


class StatusCommand(_StoreCommand):
    def __init__(self, ctx, text: str, target: str, previous: dict[int, str], reason: str = ""):
        super().__init__(ctx, text)
        self.target, self.previous, self.reason = target, previous, reason

    def item_ids(self) -> list[int]:
        return list(self.previous)

    def _still(self, wanted) -> list[int]:
        # Only items nobody has moved since: undoing an approval of an item that was edited
        # meanwhile (now a draft) must not push that draft past de-identification.
        found = bulk.statuses(self.ctx.session.project, self.previous)
        return [i for i, status in found.items() if status == wanted(i)]

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        def forward():
            ids = self._still(lambda i: self.previous[i])
            if ids:
                store_items.set_status(self.ctx.session.project, ids, self.target,
                                       actor=self.ctx.session.user, reason=self.reason)
        self._run(forward)

    def undo(self) -> None:
        def back():
            # Where the life cycle forbids the way back (a rejected item may only restart
            # as a draft), the item restarts as a draft: never skip a step silently.
            groups: dict[str, list[int]] = {}
            for item_id in self._still(lambda i: self.target):
                status = self.previous[item_id]
                ok = Status(status) in TRANSITIONS[Status(self.target)]
                groups.setdefault(status if ok else Status.DRAFT.value, []).append(item_id)
            with self.ctx.session.project.transaction():
                for status, ids in groups.items():
                    store_items.set_status(self.ctx.session.project, ids, status,
                                           actor=self.ctx.session.user, reason="undo")
        self._run(back)


def change_status(ctx, ids: list[int], target: str, text: str, reason: str = "") -> int:
    """Move items and record the step for undo; returns how many moved."""
    project = ctx.session.project
    found = bulk.statuses(project, ids)  # any number of ids; no text is read
    previous = {i: s for i, s in found.items() if s != target}
    if not previous:
        return 0
    moved = store_items.set_status(project, list(previous), target, actor=ctx.session.user, reason=reason)
    ctx.undo.push(StatusCommand(ctx, text, target, previous, reason))
    ctx.session.notify_items(list(previous))
    return moved


def save_edit(ctx, item_id: int, before: dict, after: dict) -> None:
    apply_state(ctx, item_id, after)
    ctx.undo.push(EditItemCommand(ctx, item_id, before, after))
    ctx.session.notify_items([item_id])
