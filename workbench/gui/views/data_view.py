"""Data: every pair and hold-out item, filtered, searched, sorted, and worked through from
the keyboard (J/K to move, A to approve for review, R to reject, E or Enter to edit)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QInputDialog, QLabel, QPushButton, QSplitter, QStackedWidget,
                               QVBoxLayout)

from ...core.items import Status
from ...core.roles import Action
from ...store import items as store_items
from .. import icons, undo
from ..filter_bar import FilterBar
from ..items_model import ItemsModel
from ..items_table import ItemsTable
from ..preview import ItemPreview
from ..session import gate
from ..widgets import EmptyState, muted_label, status_name, title_label
from . import ViewSpec
from .base import View


class DataView(View):
    key = "data"

    def __init__(self, ctx):
        super().__init__(ctx)
        self.model = ItemsModel(self.session, ctx.tasks, self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 12)
        head = QHBoxLayout()
        head.addWidget(title_label(self.tr("Data")))
        head.addStretch()
        self.import_button = QPushButton(icons.icon("import"), self.tr("Import…"))
        self.import_button.clicked.connect(lambda: ctx.open("import"))
        head.addWidget(self.import_button)
        lay.addLayout(head)
        self.summary = muted_label()
        lay.addWidget(self.summary)

        bar = QHBoxLayout()
        self.filters = FilterBar()
        self.filters.changed.connect(self.apply_filters)
        self.filters.install_shortcuts(self)
        bar.addWidget(self.filters, 1)
        self.count = muted_label()
        self.count.setMinimumWidth(90)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(self.count)
        lay.addLayout(bar)

        self.table = ItemsTable(self.model)
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.filters.submitted.connect(lambda: (self.table.setFocus(), self.table.move(0)))
        self.preview = ItemPreview()
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.table)
        self.split.addWidget(self.preview)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([760, 420])

        self.empty = EmptyState("empty", self.tr("No items yet"), self.tr(
            "Import your training pairs and hold-out items from JSONL, CSV or Parquet. "
            "Every import is checked row by row and written all at once, or not at all."))
        self.empty.add_button(self.tr("Import items…"), "import", True).clicked.connect(
            lambda: ctx.open("import"))
        self.no_match = EmptyState("search", self.tr("Nothing matches these filters"), self.tr(
            "Try fewer words, another locale or status, or clear the filters."))
        self.no_match.add_button(self.tr("Clear filters"), "clear").clicked.connect(self.filters.clear)
        self.stack = QStackedWidget()
        for w in (self.split, self.empty, self.no_match):
            self.stack.addWidget(w)
        lay.addWidget(self.stack, 1)

        foot = QHBoxLayout()
        hints = QLabel(self.tr("J / K  next · previous     A  approve for review     R  reject     "
                               "E or Enter  edit     /  search"))
        hints.setObjectName("KeyHints")
        foot.addWidget(hints)
        foot.addStretch()
        self.approve_button = QPushButton(icons.icon("approve"), self.tr("Approve"))
        self.reject_button = QPushButton(icons.icon("reject"), self.tr("Reject"))
        self.edit_button = QPushButton(icons.icon("editor"), self.tr("Edit"))
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        self.edit_button.clicked.connect(self.edit)
        for b in (self.approve_button, self.reject_button, self.edit_button):
            foot.addWidget(b)
        lay.addLayout(foot)

        self._shortcuts()
        self.model.loaded.connect(self._loaded)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_gates())
        self.session.project_changed.connect(self._project_changed)
        self.session.user_changed.connect(self._update_gates)
        self.session.items_changed.connect(self._items_changed)
        self._project_changed()

    def _shortcuts(self) -> None:
        keys = {"J": lambda: self.table.move(1), "K": lambda: self.table.move(-1),
                "A": self.approve, "R": self.reject, "E": self.edit, "Return": self.edit,
                "Enter": self.edit}
        for key, slot in keys.items():
            sc = QShortcut(QKeySequence(key), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)

    # -- loading --------------------------------------------------------------------------
    def _project_changed(self) -> None:
        if self.session.project is not None:
            self.filters.set_tags(store_items.tag_counts(self.session.project))
        self.apply_filters()

    def apply_filters(self) -> None:
        self.model.set_filters(**self.filters.values())

    def _items_changed(self, ids: list) -> None:
        if ids:
            self.model.refresh_items(ids)
            self._selection_changed()
        else:
            if self.session.project is not None:
                self.filters.set_tags(store_items.tag_counts(self.session.project))
            self.model.reload()
        self._update_summary()

    def _loaded(self, total: int) -> None:
        self.count.setText(self.tr("%n item(s)", "", total))
        if total:
            self.stack.setCurrentWidget(self.split)
            if not self.table.currentIndex().isValid():
                self.table.select_row(0)
        elif self.filters.active():
            self.stack.setCurrentWidget(self.no_match)
        else:
            self.stack.setCurrentWidget(self.empty)
        self._update_summary()
        self._selection_changed()

    def _update_summary(self) -> None:
        if self.session.project is None:
            self.summary.setText("")
            return
        counts: dict[str, int] = {}
        for row in store_items.counts_by(self.session.project, "status"):
            counts[row["status"]] = row["count"]
        total = sum(counts.values())
        parts = [self.tr("%n item(s) in this project", "", total)]
        parts += [f"{counts[s]:,} {status_name(s)}" for s in
                  ("draft", "deidentified", "in_review", "signed_off", "rejected") if counts.get(s)]
        self.summary.setText(" · ".join(parts))

    def _selection_changed(self) -> None:
        item = self.table.current_item()
        pending = 0
        if item is not None:
            found = store_items.item_findings(self.session.project, item["id"], item["rev"])
            pending = sum(1 for f in found if f["decision"] == "pending")
        self.preview.show_item(item, pending)
        self._update_gates()

    def _update_gates(self) -> None:
        ids = self.table.selected_ids()
        rows = [self.model.item_at(i.row()) for i in self.table.selectionModel().selectedRows()]
        statuses = {r["status"] for r in rows if r} or (
            {self.table.current_item()["status"]} if self.table.current_item() else set())
        ok, why = self.session.permission(Action.REVIEW_DEID)
        if ok and not ids:
            ok, why = False, self.tr("Select an item first.")
        tip_a = self.tr("Approve the selected de-identified items for sign-off (A)")
        approve_ok, approve_why = ok, why
        if ok and Status.DEIDENTIFIED.value not in statuses:
            approve_ok = False
            approve_why = self.tr("Only de-identified items can be approved for review; the "
                                  "selection is {status}. Run de-identification first.").format(
                status=", ".join(status_name(s) for s in sorted(statuses)))
        gate(self.approve_button, approve_ok, approve_why, tip_a)
        reject_ok, reject_why = ok, why
        if ok and statuses <= {Status.REJECTED.value}:
            reject_ok, reject_why = False, self.tr("The selection is already rejected.")
        gate(self.reject_button, reject_ok, reject_why, self.tr("Reject the selected items (R)"))
        gate(self.edit_button, bool(ids), self.tr("Select an item first."),
             self.tr("Open the selected item in the editor (E or Enter)"))
        can_import, import_why = self.session.permission(Action.EDIT_ITEMS)
        gate(self.import_button, can_import, import_why, self.tr("Import items from a file"))
        for b in self.empty.findChildren(QPushButton):
            gate(b, can_import, import_why)

    # -- actions --------------------------------------------------------------------------
    def approve(self) -> None:
        if not self.approve_button.isEnabled():
            self.ctx.info(self.approve_button.toolTip())
            return
        ids = [i for i in self.table.selected_ids()
               if self.model.item_at(self.model.row_of(i))["status"] == Status.DEIDENTIFIED.value]
        self._move(ids, Status.IN_REVIEW.value, self.tr("Approve %n item(s)", "", len(ids)))

    def reject(self) -> None:
        if not self.reject_button.isEnabled():
            self.ctx.info(self.reject_button.toolTip())
            return
        ids = self.table.selected_ids()
        signed = [i for i in ids if self.model.item_at(self.model.row_of(i))["status"] == Status.SIGNED_OFF.value]
        reason = ""
        if signed:
            # Rejecting voids a signature: never on one key press, always with a reason.
            reason, ok = QInputDialog.getText(
                self, self.tr("Reject signed-off items"),
                self.tr("%n of the selected item(s) are signed off: rejecting them voids their "
                        "sign-off. Why are you rejecting them?", "", len(signed)))
            if not ok or not reason.strip():
                self.ctx.info(self.tr("Nothing was rejected."))
                return
        self._move(ids, Status.REJECTED.value, self.tr("Reject %n item(s)", "", len(ids)), reason.strip())

    def _move(self, ids: list[int], target: str, text: str, reason: str = "") -> None:
        from ...core.errors import WorkbenchError

        try:
            moved = undo.change_status(self.ctx, ids, target, text, reason)
        except WorkbenchError as exc:
            self.ctx.error(str(exc))
            return
        self.ctx.ok(self.tr("{what}: done. Ctrl+Z undoes it.").format(what=text) if moved
                    else self.tr("Nothing to change."))
        if len(ids) == 1:
            self.table.move(1)  # keyboard flow: on to the next item

    def edit(self) -> None:
        item = self.table.current_item()
        if item is not None:
            self.ctx.open("editor", item_id=item["id"], order=self.model.all_ids())

    def busy(self) -> bool:
        return self.model.loading or self.filters.pending()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("views/data/split", self.split.saveState())
        settings.setValue("views/data/columns", self.table.save_columns())

    def restore_state(self, settings: QSettings) -> None:
        if settings.value("views/data/split"):
            self.split.restoreState(settings.value("views/data/split"))
        self.table.restore_columns(settings.value("views/data/columns"))


VIEW = ViewSpec("data", QT_TRANSLATE_NOOP("Views", "Data"), "data", 10, DataView, "Ctrl+1")
