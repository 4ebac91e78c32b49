"""Item editor: system prompt, prompt and answer side by side; locale and tags; revision
history with word diffs; personal-data findings highlighted and reviewed in place. Saving
writes a new revision (and sends the item back to draft); Ctrl+Z undoes it."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPlainTextEdit, QPushButton, QSplitter, QStackedWidget, QTabWidget,
                               QVBoxLayout, QWidget)

from ...core.errors import WorkbenchError
from ...core.locales import LOCALE_CODES
from ...core.roles import Action
from ...store import analyses, returns
from ...store import items as store_items
from .. import icons, undo
from ..history import HistoryPanel
from ..pii import FindingsHighlighter, FindingsPanel, utf16_offset
from ..preview import checks_html
from ..session import gate
from ..widgets import (EmptyState, icon_button, kind_name, local_time, muted_label, pill_html,
                       primary, title_label)
from . import ViewSpec
from .base import View

FIELDS = ("system", "prompt", "response")


class TextPane(QWidget):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(title)
        self.title.setObjectName("SectionTitle")
        self.edit = QPlainTextEdit()
        f = QFont(self.edit.font())
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.edit.setFont(f)
        self.edit.setTabChangesFocus(True)
        self.highlighter = FindingsHighlighter(self.edit.document())
        lay.addWidget(self.title)
        lay.addWidget(self.edit, 1)


class EditorView(View):
    key = "editor"

    def __init__(self, ctx):
        super().__init__(ctx)
        self.item: dict | None = None
        self.order: list[int] = []
        self.dirty = False
        self._analysing: set[tuple[int, int]] = set()
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.empty = EmptyState("editor", self.tr("No item open"), self.tr(
            "Choose an item in the data view and press E or Enter to edit it here."))
        self.empty.add_button(self.tr("Go to data"), "data").clicked.connect(lambda: ctx.open("data"))
        self.stack.addWidget(self.empty)
        page = QWidget()
        self.stack.addWidget(page)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)

        head = QHBoxLayout()
        self.prev_button = icon_button("previous", self.tr("Previous item (Alt+Up)"))
        self.next_button = icon_button("next", self.tr("Next item (Alt+Down)"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.heading = title_label("")
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.RichText)
        head.addWidget(self.prev_button)
        head.addWidget(self.next_button)
        head.addSpacing(6)
        head.addWidget(self.heading)
        head.addSpacing(10)
        head.addWidget(self.state)
        head.addStretch()
        self.locale = QComboBox()
        for code in LOCALE_CODES:
            self.locale.addItem(code, code)
        self.locale.setToolTip(self.tr("Locale of this item (changing it makes a new revision)"))
        self.tags = QLineEdit(placeholderText=self.tr("tags, comma separated"))
        self.tags.setMinimumWidth(200)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.save_button = primary(QPushButton(icons.icon("save", "#ffffff"), self.tr("Save")))
        self.discard_button.clicked.connect(self.discard)
        self.save_button.clicked.connect(self.save)
        head.addWidget(QLabel(self.tr("Locale")))
        head.addWidget(self.locale)
        head.addWidget(self.tags)
        head.addWidget(self.discard_button)
        head.addWidget(self.save_button)
        lay.addLayout(head)
        self.meta = muted_label()
        lay.addWidget(self.meta)
        # The domain owner's comment when she returned the item (store/returns.py), until an edit answers it.
        self.returned = QLabel(wordWrap=True)
        self.returned.setObjectName("ReturnComment")
        self.returned.hide()
        lay.addWidget(self.returned)

        self.panes = {"system": TextPane(self.tr("System prompt")),
                      "prompt": TextPane(self.tr("Prompt")),
                      "response": TextPane(self.tr("Response"))}
        self.panes["system"].edit.setPlaceholderText(self.tr(
            "No system prompt. Add one if the assistant needs standing instructions, e.g. "
            "house style or the bank's tone of voice."))
        self.columns = QSplitter(Qt.Orientation.Horizontal)
        for name in FIELDS:
            self.columns.addWidget(self.panes[name])
            self.panes[name].edit.textChanged.connect(self._changed)
        self.columns.setSizes([260, 420, 520])
        self.locale.currentIndexChanged.connect(lambda _: self._changed())
        self.tags.textEdited.connect(lambda _: self._changed())

        self.tabs = QTabWidget()
        self.history = HistoryPanel(ctx)
        self.findings = FindingsPanel(ctx)
        self.findings.selection_source = self._selected_span
        self.findings.show_span.connect(self._show_span)
        self.findings.changed.connect(self._findings_changed)
        self.checks = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignTop)
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        self.checks.setContentsMargins(12, 12, 12, 12)
        self.tabs.addTab(self.history, icons.icon("history"), self.tr("History"))
        self.tabs.addTab(self.findings, icons.icon("pii"), self.tr("Personal data"))
        self.tabs.addTab(self.checks, icons.icon("approve"), self.tr("Checks"))
        self.rows = QSplitter(Qt.Orientation.Vertical)
        self.rows.addWidget(self.columns)
        self.rows.addWidget(self.tabs)
        self.rows.setSizes([400, 340])
        lay.addWidget(self.rows, 1)

        for keys, slot in (("Ctrl+S", self.save), ("Alt+Down", lambda: self.step(1)),
                           ("Alt+Up", lambda: self.step(-1)), ("Ctrl+PgDown", lambda: self.step(1)),
                           ("Ctrl+PgUp", lambda: self.step(-1))):
            QShortcut(QKeySequence(keys), self, activated=slot)
        self.session.user_changed.connect(self._update_gates)
        self.session.project_changed.connect(self._project_changed)
        self.session.items_changed.connect(self._items_changed)
        self._update_gates()

    # -- navigation -----------------------------------------------------------------------
    def activated(self, item_id: int | None = None, order: list[int] | None = None, **_) -> None:
        if order is not None:
            self.order = order
        if item_id is not None and (self.item is None or item_id != self.item["id"]):
            self.load(item_id)

    def _project_changed(self) -> None:
        self.item, self.order, self.dirty = None, [], False
        self.stack.setCurrentWidget(self.empty)

    def confirm_leave(self) -> bool:
        """Unsaved text is never dropped silently: save, discard, or stay."""
        if not self.dirty:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Save your changes to item {id}?").format(id=self.item["id"]),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            return True
        return False

    def step(self, delta: int) -> None:
        if self.item is None:
            return
        if not self.order and self.session.project is not None:
            self.order = store_items.item_ids(self.session.project)
        try:
            pos = self.order.index(self.item["id"]) + delta
        except ValueError:
            return
        if 0 <= pos < len(self.order) and self.confirm_leave():
            self.load(self.order[pos])

    def load(self, item_id: int) -> None:
        try:
            item = store_items.get_item(self.session.project, item_id)
        except WorkbenchError as exc:
            self.ctx.error(str(exc))
            return
        self.item, self.dirty = item, False
        self._loading = True
        for name in FIELDS:
            self.panes[name].edit.setPlainText(item[name])
        self.locale.setCurrentIndex(max(0, self.locale.findData(item["locale"])))
        self.tags.setText(", ".join(item["tags"]))
        self._loading = False
        self.panes["response"].title.setText(
            self.tr("Reference answer") if item["kind"] == "holdout" else self.tr("Response"))
        kind = kind_name(item["kind"])
        self.heading.setText(f"#{item['id']} · {kind[:1].upper()}{kind[1:]}")
        self.history.set_item(item)
        comment = returns.open_comment(self.session.project, item)
        self.returned.setVisible(comment is not None)
        if comment is not None:
            self.returned.setText(self.tr("Returned by {author} on {when}: “{comment}”").format(
                author=comment["author"], when=local_time(comment["created_at"]), comment=comment["comment"]))
        self._reload_findings()
        self._show_checks(item)
        self.stack.setCurrentIndex(1)
        self._update_header()
        self._update_gates()

    def _items_changed(self, ids: list) -> None:
        if self.item is None or self.dirty:
            return
        if not ids or self.item["id"] in ids:
            self.load(self.item["id"])

    # -- editing --------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._loading or self.item is None:
            return
        self.dirty = self.form_state() != undo.snapshot(self.item)
        # offsets of findings no longer fit edited text: highlight only the saved revision
        for name in FIELDS:
            pane = self.panes[name]
            if pane.edit.toPlainText() != self.item[name] and pane.highlighter.spans:
                pane.highlighter.clear()
        self._update_header()
        self._update_gates()

    def form_state(self) -> dict:
        tags = sorted({t.strip().lower() for t in self.tags.text().split(",") if t.strip()})
        return {"prompt": self.panes["prompt"].edit.toPlainText(),
                "response": self.panes["response"].edit.toPlainText(),
                "system": self.panes["system"].edit.toPlainText(),
                "locale": self.locale.currentData(), "tags": tags}

    def save(self) -> bool:
        if self.item is None or not self.dirty:
            return True
        ok, why = self.session.permission(Action.EDIT_ITEMS)
        if not ok:
            self.ctx.error(why)
            return False
        before, after = undo.snapshot(self.item), self.form_state()
        before["tags"] = sorted(before["tags"])
        try:
            undo.save_edit(self.ctx, self.item["id"], before, after)
        except WorkbenchError as exc:
            self.ctx.error(str(exc))
            return False
        self.dirty = False
        self.load(self.item["id"])
        text = self.tr("Saved as revision {rev}. The item goes back to draft for "
                       "de-identification and review; Ctrl+Z undoes the edit.")
        self.ctx.ok(text.format(rev=self.item["rev"]))
        return True

    def discard(self) -> None:
        if self.item is not None:
            self.load(self.item["id"])

    # -- display --------------------------------------------------------------------------
    def _update_header(self) -> None:
        if self.item is None:
            return
        unsaved = (" &nbsp; <b>● " + self.tr("unsaved changes") + "</b>") if self.dirty else ""
        self.state.setText(pill_html(self.item["status"]) + unsaved)
        self.meta.setText(self.tr("Revision {rev} by {author}, {when} · content hash {hash}…").format(
            rev=self.item["rev"], author=self.item["author"], when=local_time(self.item["updated_at"]),
            hash=self.item["content_hash"][:12]))
        pos = self.order.index(self.item["id"]) if self.item["id"] in self.order else -1
        self.prev_button.setEnabled(pos > 0)
        self.next_button.setEnabled(pos < 0 or pos < len(self.order) - 1)

    def _update_gates(self) -> None:
        ok, why = self.session.permission(Action.EDIT_ITEMS)
        for name in FIELDS:
            self.panes[name].edit.setReadOnly(not ok)
            self.panes[name].edit.setToolTip("" if ok else why)
        for w in (self.locale, self.tags):
            gate(w, ok, why)
        gate(self.save_button, ok and self.dirty, why or self.tr("Nothing to save yet."),
             self.tr("Save as a new revision (Ctrl+S)"))
        gate(self.discard_button, self.dirty, self.tr("Nothing to discard."),
             self.tr("Throw away the unsaved changes"))
        self.findings.update_gates()

    def _findings_changed(self) -> None:
        # A decision can move the item on (the de-identified revision): everyone re-reads it.
        if self.dirty:
            self._reload_findings()
        else:
            self.session.notify_items([self.item["id"]])

    def _reload_findings(self) -> None:
        if self.item is None:
            return
        found = store_items.item_findings(self.session.project, self.item["id"], self.item["rev"])
        analysed = analyses.analysed(self.session.project, self.item["id"], self.item["rev"])
        for name in FIELDS:
            self.panes[name].highlighter.set_findings(
                self.item[name], [f for f in found if f["field"] == name])
        self.findings.set_item(self.item, found, analysed)
        if not analysed and self.item["status"] == "draft":
            self._analyse(self.item["id"], self.item["rev"])
        pending = sum(1 for f in found if f["decision"] == "pending")
        label = self.tr("Personal data")
        self.tabs.setTabText(1, f"{label} ({pending})" if pending else label)
        if pending:  # what this item is waiting for comes first
            self.tabs.setCurrentIndex(1)

    def _analyse(self, item_id: int, rev: int) -> None:
        """The detector runs in the background on every saved draft revision the moment the
        editor shows it; the findings appear in place when it is done."""
        if (item_id, rev) in self._analysing:
            return
        ok, _ = self.session.permission(Action.REVIEW_DEID)
        if not ok:  # someone who may not review findings sees the text unanalysed, and says so
            return
        self._analysing.add((item_id, rev))
        root, user = self.session.root, self.session.user

        def work(token):
            from ...deid.pipeline import run_deid
            from ..tasks import worker_project

            with worker_project(root) as p:
                run_deid(p, actor=user, item_ids=[item_id], processes=1)

        def finished(*_):
            self._analysing.discard((item_id, rev))
            self.session.notify_items([item_id])

        self.ctx.tasks.start(self.tr("Analysing item {id} for personal data…").format(id=item_id), work,
                             on_done=finished, on_error=lambda message: (finished(), self.ctx.error(message)))

    def _show_checks(self, item: dict) -> None:
        self.tabs.setTabVisible(2, item["kind"] == "holdout")
        if item["kind"] == "holdout":
            self.checks.setText(checks_html(item))

    def _show_span(self, field: str, start: int, end: int) -> None:
        edit = self.panes[field].edit
        text = edit.toPlainText()
        cursor = edit.textCursor()
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.centerCursor()

    def _selected_span(self):
        for name in FIELDS:
            cursor = self.panes[name].edit.textCursor()
            if cursor.hasSelection() and self.panes[name].edit.toPlainText() == self.item[name]:
                text = self.item[name]
                # back from Qt's UTF-16 positions to Python indices
                a, b = sorted((cursor.selectionStart(), cursor.selectionEnd()))
                units = text.encode("utf-16-le")
                start = len(units[: a * 2].decode("utf-16-le", "ignore"))
                end = len(units[: b * 2].decode("utf-16-le", "ignore"))
                return name, start, end
        return None

    def busy(self) -> bool:
        return self.findings.busy()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("views/editor/columns", self.columns.saveState())
        settings.setValue("views/editor/rows", self.rows.saveState())

    def restore_state(self, settings: QSettings) -> None:
        for key, split in (("columns", self.columns), ("rows", self.rows)):
            if settings.value(f"views/editor/{key}"):
                split.restoreState(settings.value(f"views/editor/{key}"))


VIEW = ViewSpec("editor", QT_TRANSLATE_NOOP("Views", "Editor"), "editor", 20, EditorView, "Ctrl+2")
