"""Data: every pair and hold-out item, filtered, searched, sorted, and worked through from
the keyboard (J/K to move, A to approve for review, R to reject, E or Enter to edit, Ctrl+G
to go to an item, Ctrl+A to select every match). The table has a row for every match, however
many; what is selected is counted, and a step over many items asks once, stating how many."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QHBoxLayout, QInputDialog, QLabel, QPushButton, QSplitter, QStackedWidget,
                               QVBoxLayout)

from ...core.errors import NotFound

from ...core.items import Status
from ...core.roles import Action
from ...store import items as store_items
from ...store import returns
from ...store.usecases import MOVABLE
from .. import bulk_actions, icons
from ..filter_bar import FilterBar
from ..items_model import ItemsModel
from ..items_table import ItemsTable
from ..preview import ItemPreview
from ..session import gate
from ..shortcuts import add_shortcut
from ..tasks import worker_project
from ..use_case_picker import UseCasePicker
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
        self.use_cases = UseCasePicker(self.session)
        head.addWidget(self.use_cases)
        self.move_button = QPushButton(icons.icon("next"), self.tr("Move to use case…"))
        self.move_button.clicked.connect(self.ask_move)
        head.addWidget(self.move_button)
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
        self.count.setTextFormat(Qt.TextFormat.RichText)
        self.count.linkActivated.connect(lambda _: self.select_all())
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
                               "E or Enter  edit     Ctrl+G  go to #     Ctrl+A  select all     /  search"))
        hints.setObjectName("KeyHints")
        hints.setWordWrap(True)   # long in German and French: wraps instead of being cut
        foot.addWidget(hints, 1)
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
        self.table.selection_counted.connect(lambda _: self._show_count())
        self._jump_to: int | None = None
        self.session.project_changed.connect(self._project_changed)
        self.session.user_changed.connect(self._update_gates)
        self.session.items_changed.connect(self._items_changed)
        self.session.use_case_changed.connect(self.apply_filters)
        self.use_cases.refreshed.connect(self._show_use_cases)
        self._project_changed()

    def _shortcuts(self) -> None:
        for key, slot, text in (
                ("J", lambda: self.table.move(1), self.tr("Next item")),
                ("K", lambda: self.table.move(-1), self.tr("Previous item")),
                ("A", self.approve, self.tr("Approve for review")),
                ("R", self.reject, self.tr("Reject")),
                ("E", self.edit, self.tr("Open in the editor")),
                ("Return", self.edit, self.tr("Open in the editor")),
                ("Enter", self.edit, self.tr("Open in the editor")),
                ("Ctrl+A", self.select_all, self.tr("Select every item matching the filters")),
                ("Ctrl+End", lambda: self.table.select_row(self.model.total() - 1), self.tr("Last item")),
                ("Ctrl+Home", lambda: self.table.select_row(0), self.tr("First item"))):
            add_shortcut(self.table, key, slot, text)
        add_shortcut(self, "Ctrl+G", self.ask_go_to, self.tr("Go to item #…"),
                     Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- loading --------------------------------------------------------------------------
    def _project_changed(self) -> None:
        self._update_summary()
        self._show_use_cases(self.session.has_use_cases())
        self.apply_filters()

    def _show_use_cases(self, has: bool) -> None:
        """The use-case column and the move button: only in a project that has use cases."""
        self.table.show_use_case(has)
        self.move_button.setVisible(has)

    def apply_filters(self) -> None:
        self.model.set_filters(**self.filters.values(), use_case=self.session.use_case)

    def _items_changed(self, ids: list) -> None:
        if ids:
            self.model.refresh_items(ids)
            self._selection_changed()
        else:
            self.model.reload()
        self._update_summary()

    def _loaded(self, total: int) -> None:
        self._show_count()
        if total:
            self.stack.setCurrentWidget(self.split)
            jump, self._jump_to = self._jump_to, None
            if jump is not None and self.model.row_of(jump) >= 0:
                self.table.select_row(self.model.row_of(jump))
            elif not self.table.currentIndex().isValid():
                self.table.select_row(0)
        elif self.filters.active() or self.session.use_case:
            self.stack.setCurrentWidget(self.no_match)
        else:
            self.stack.setCurrentWidget(self.empty)
        self._selection_changed()

    def _show_count(self) -> None:
        total, selected = self.model.total(), self.table.selected_count()
        text = self.tr("%Ln item(s)", "", total)
        if selected > 1:
            text = self.tr("%Ln selected", "", selected) + " · " + text
            if selected < total:
                text += " · <a href='all'>" + self.tr("Select all %Ln matching", "", total) + "</a>"
        self.count.setText(text)

    def _update_summary(self) -> None:
        """Counts per status and tag, read in the background (a million items take a moment)."""
        if self.session.project is None:
            self.summary.setText("")
            return
        root = self.session.root

        def count(token):
            with worker_project(root) as p:
                return ({r["status"]: r["count"] for r in store_items.counts_by(p, "status")},
                        store_items.tag_counts(p))

        self.ctx.tasks.start(self.tr("Counting items…"), count, on_done=self._show_summary)

    def _show_summary(self, counts_and_tags) -> None:
        counts, tags = counts_and_tags
        self.filters.set_tags(tags)
        total = sum(counts.values())
        parts = [self.tr("%n item(s) in this project", "", total)]
        parts += [f"{counts[s]:,} {status_name(s)}" for s in
                  ("draft", "deidentified", "in_review", "signed_off", "rejected") if counts.get(s)]
        self.summary.setText(" · ".join(parts))

    def _selection_changed(self) -> None:
        item = self.table.current_item()
        pending, returned = 0, None
        if item is not None:
            found = store_items.item_findings(self.session.project, item["id"], item["rev"])
            pending = sum(1 for f in found if f["decision"] == "pending")
            returned = returns.open_comment(self.session.project, item)  # the owner's "please change"
        self.preview.show_item(item, pending, returned)
        self._update_gates()

    def _update_gates(self) -> None:
        has = self.table.selected_count() > 0 or self.table.currentIndex().isValid()
        statuses = self._selected_statuses()
        ok, why = self.session.permission(Action.REVIEW_DEID)
        if ok and not has:
            ok, why = False, self.tr("Select an item first.")
        tip_a = self.tr("Approve the selected de-identified items for sign-off (A)")
        approve_ok, approve_why = ok, why
        if ok and statuses is not None and Status.DEIDENTIFIED.value not in statuses:
            approve_ok = False
            approve_why = self.tr("Only de-identified items can be approved for review; the "
                                  "selection is {status}. Run de-identification first.").format(
                status=", ".join(status_name(s) for s in sorted(statuses)))
        gate(self.approve_button, approve_ok, approve_why, tip_a)
        reject_ok, reject_why = ok, why
        if ok and statuses is not None and statuses <= {Status.REJECTED.value}:
            reject_ok, reject_why = False, self.tr("The selection is already rejected.")
        gate(self.reject_button, reject_ok, reject_why, self.tr("Reject the selected items (R)"))
        gate(self.edit_button, has, self.tr("Select an item first."),
             self.tr("Open the selected item in the editor (E or Enter)"))
        can_import, import_why = self.session.permission(Action.EDIT_ITEMS)
        gate(self.import_button, can_import, import_why, self.tr("Import items from a file"))
        move_ok, move_why = can_import, import_why
        if move_ok and not has:
            move_ok, move_why = False, self.tr("Select an item first.")
        if move_ok and statuses is not None and not statuses <= set(MOVABLE):
            move_ok, move_why = False, self.tr(
                "Only drafts and de-identified items change use case: the selection is {status}. An owner "
                "signed the others for their use case; return them to the annotator first.").format(
                status=", ".join(status_name(s) for s in sorted(statuses)))
        gate(self.move_button, move_ok, move_why,
             self.tr("Put the selected drafts and de-identified items into another use case"))
        for b in self.empty.findChildren(QPushButton):
            gate(b, can_import, import_why)

    # -- actions --------------------------------------------------------------------------
    #: up to this many selected rows, the buttons say whether their statuses allow the step;
    #: above it (Ctrl+A over 100k items) the step itself counts what can move, and asks
    STATUS_CHECK_LIMIT = 1000

    def _selected_statuses(self) -> set[str] | None:
        if self.table.selected_count() > self.STATUS_CHECK_LIMIT:
            return None
        rows = [self.model.item_at(r) for a, b in self.table.selected_spans() for r in range(a, b + 1)]
        current = self.table.current_item()
        return {r["status"] for r in rows if r} or ({current["status"]} if current else set())

    def approve(self) -> None:
        self._change(self.approve_button, Status.IN_REVIEW.value)

    def reject(self) -> None:
        self._change(self.reject_button, Status.REJECTED.value)

    def _change(self, button, target: str) -> None:
        if not button.isEnabled():
            self.ctx.info(button.toolTip())
            return
        one = self.table.selected_count() <= 1
        if bulk_actions.change_selection(self.ctx, self.table, target) and one:
            self.table.move(1)  # keyboard flow: on to the next item

    def ask_move(self) -> None:
        """Choose the use case the selected items move to (or none), then move them."""
        from ...store.usecases import list_use_cases

        ok, why = self.session.permission(Action.EDIT_ITEMS)
        ids = self.table.selected_ids()
        if not ok or not ids:
            self.ctx.error(why or self.tr("Select an item first."))
            return
        cases = list_use_cases(self.session.project)
        labels = [f"{uc['scope'].name} ({uc['id']})" for uc in cases] + [self.tr("No use case")]
        label, ok = QInputDialog.getItem(self, self.tr("Move to use case"), self.tr(
            "Move %n item(s) to:", "", len(ids)), labels, 0, False)
        if ok:
            index = labels.index(label)
            self.move_to(cases[index]["id"] if index < len(cases) else None, ids)

    def move_to(self, use_case: str | None, ids: list[int] | None = None) -> int:
        """Move items (the selection, when no ids are given) into `use_case` (None: none)
        through the store; what it refuses, a signed-off item above all, is shown."""
        from ...core.errors import WorkbenchError
        from ...store.usecases import assign_items

        ids = self.table.selected_ids() if ids is None else ids
        try:
            moved = assign_items(self.session.project, use_case, ids, actor=self.session.user)
        except WorkbenchError as exc:
            self.ctx.error(str(exc))
            return 0
        where = use_case or self.tr("no use case")
        self.ctx.ok(self.tr("%n item(s) moved to {use_case}.", "", moved).format(use_case=where))
        self.session.notify_items([])
        return moved

    def select_all(self) -> None:
        """Every item matching the filters, by query: no row is read to select it."""
        self.table.setFocus()
        self.table.selectAll()

    def ask_go_to(self) -> None:
        current = self.table.current_item()
        item_id, ok = QInputDialog.getInt(self, self.tr("Go to item"), self.tr("Item number (#):"),
                                          current["id"] if current else 1, 1, 2_147_483_647)
        if ok:
            self.go_to(item_id)

    def go_to(self, item_id: int) -> bool:
        """Select item #id; when the filters hide it, clear them and select it once loaded."""
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.setFocus()
            self.table.select_row(row)
            return True
        try:
            store_items.get_item(self.session.project, item_id)
        except NotFound:
            self.ctx.info(self.tr("There is no item #{id} in this project.").format(id=item_id))
            return False
        self.ctx.info(self.tr("Item #{id} did not match the filters: they were cleared to show it.").format(
            id=item_id))
        self._jump_to = item_id
        self.filters.clear()
        return True

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
