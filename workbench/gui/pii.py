"""Personal data in the editor: detected spans highlighted in place, each accepted (it is
personal data) or rejected (a false alarm) with one key, missed spans marked by selecting
them, and the de-identified text shown as it will be written."""

from __future__ import annotations

import random

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ..deid import review
from ..deid.anonymize import anonymize_fields
from ..deid.entities import ENTITY_TYPES
from ..deid.spans import Span, resolve
from . import icons, theme
from .widgets import muted_label


def entity_types() -> dict[str, str]:
    """Entity name → description, from the de-identification layer (plain data, no Presidio
    import)."""
    return {name: e.description for name, e in ENTITY_TYPES.items()}


def deidentified_preview(project, item: dict, findings: list[dict]) -> dict:
    """The text as the de-identification layer would write it if every finding not rejected
    were personal data. Loads Presidio on first use (seconds): call it off the GUI thread."""
    texts = {f: item.get(f) or "" for f in ("system", "prompt", "response")}
    spans = {f: resolve(texts[f], [Span(x["start"], x["end"], x["entity"], x["score"], x["detector"])
                                   for x in findings if x["field"] == f and x["decision"] != "rejected"])
             for f in texts}
    # A fixed seed per item: surrogate names stay the same while the reviewer works on it.
    return anonymize_fields(texts, spans, operators=review.get_operators(project), locale=item["locale"],
                            rng=random.Random(item["id"]))


def placeholder_preview(item: dict, findings: list[dict]) -> dict:
    """Fallback rendering: every finding not rejected replaced by <ENTITY>."""
    out = {}
    for field in ("system", "prompt", "response"):
        text = item.get(field) or ""
        spans = sorted((f for f in findings if f["field"] == field and f["decision"] != "rejected"),
                       key=lambda f: f["start"], reverse=True)
        for f in spans:
            text = text[: f["start"]] + f"<{f['entity']}>" + text[f["end"]:]
        out[field] = text
    return out


def _t(text: str) -> str:
    return QCoreApplication.translate("PersonalData", text)


translate = QCoreApplication.translate


def utf16_offset(text: str, index: int) -> int:
    """Python counts code points, Qt's documents count UTF-16 units: an emoji before a name
    would otherwise shift its highlight by one."""
    return len(text[:index].encode("utf-16-le")) // 2


class FindingsHighlighter(QSyntaxHighlighter):
    def __init__(self, document):
        super().__init__(document)
        self.spans: list[tuple[int, int, str]] = []  # utf-16 start, end, decision

    def set_findings(self, text: str, findings: list[dict]) -> None:
        self.spans = [(utf16_offset(text, f["start"]), utf16_offset(text, f["end"]), f["decision"])
                      for f in findings]
        self.rehighlight()

    def clear(self) -> None:
        self.spans = []
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if not self.spans:
            return
        c = theme.current()
        start = self.currentBlock().position()
        end = start + len(text)
        for s, e, decision in self.spans:
            if e <= start or s >= end:
                continue
            fmt = QTextCharFormat()
            colour = QColor({"pending": c.warn, "accepted": c.bad, "missed": c.bad}.get(decision, c.muted))
            if decision == "rejected":
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(colour)
            else:
                wash = QColor(colour)
                wash.setAlphaF(0.22 if not c.dark else 0.35)
                fmt.setBackground(wash)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(colour)
            a, b = max(s, start) - start, min(e, end) - start
            self.setFormat(a, b - a, fmt)


DECISION_NAMES = {"pending": QT_TRANSLATE_NOOP("PersonalData", "to review"),
                  "accepted": QT_TRANSLATE_NOOP("PersonalData", "personal data"),
                  "rejected": QT_TRANSLATE_NOOP("PersonalData", "false alarm"),
                  "missed": QT_TRANSLATE_NOOP("PersonalData", "marked by a reviewer")}


class FindingsPanel(QWidget):
    """The list of findings of the revision shown, with the review keys."""

    #: field, start, end (Python indices) of the finding to show in the editor
    show_span = Signal(str, int, int)
    #: a decision or a mark was recorded
    changed = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.item: dict | None = None
        self.findings: list[dict] = []
        self.analysed = True
        self.selection_source = None  # callable -> (field, start, end, text) or None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Text"), self.tr("Type"),
                                              self.tr("Score"), self.tr("Decision")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col, width in ((0, 80), (2, 150), (3, 60), (4, 130)):
            self.table.setColumnWidth(col, width)
        self.table.currentCellChanged.connect(lambda row, *_: self._focus(row))
        ll.addWidget(self.table)
        keys = QHBoxLayout()
        self.accept_button = QPushButton(icons.icon("approve"), self.tr("Personal data (A)"))
        self.reject_button = QPushButton(icons.icon("reject"), self.tr("False alarm (R)"))
        self.entity = QComboBox()
        for name, description in entity_types().items():
            self.entity.addItem(name, name)
            self.entity.setItemData(self.entity.count() - 1, description, Qt.ItemDataRole.ToolTipRole)
        self.mark_button = QPushButton(icons.icon("mark"), self.tr("Mark selection (Ctrl+M)"))
        self.accept_button.clicked.connect(lambda: self.decide("accepted"))
        self.reject_button.clicked.connect(lambda: self.decide("rejected"))
        self.mark_button.clicked.connect(self.mark)
        for w in (self.accept_button, self.reject_button):
            keys.addWidget(w)
        keys.addStretch()
        keys.addWidget(self.entity)
        keys.addWidget(self.mark_button)
        ll.addLayout(keys)
        self.apply_button = QPushButton(icons.icon("save"), self.tr("Write the de-identified revision"))
        self.apply_button.clicked.connect(self.apply)

        for key, slot in (("A", lambda: self.decide("accepted")), ("R", lambda: self.decide("rejected"))):
            sc = QShortcut(QKeySequence(key), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        # Marking starts from a selection in a text field, where a plain letter would type.
        self.mark_shortcut = QShortcut(QKeySequence("Ctrl+M"), self)
        self.mark_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.mark_shortcut.activated.connect(lambda: self.isVisible() and self.mark())
        split.addWidget(left)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("De-identified text")))
        self.preview = QPlainTextEdit(readOnly=True)
        self.preview.setMinimumWidth(340)
        rl.addWidget(self.preview)
        self.note = muted_label(wrap=True)
        rl.addWidget(self.note)
        # Under the text it writes: this very text becomes the de-identified revision.
        rl.addWidget(self.apply_button)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 420])
        lay.addWidget(split)

    def set_item(self, item: dict | None, findings: list[dict], analysed: bool = True) -> None:
        #: whether the detector has analysed exactly this revision (store/analyses.py): until
        #: it has, nothing on this panel may claim the text is free of personal data.
        self.analysed = analysed
        self.item, self.findings = item, findings
        self.table.setRowCount(len(findings))
        for row, f in enumerate(findings):
            text = (item or {}).get(f["field"], "")[f["start"]:f["end"]]
            cells = (f["field"], text, f["entity"], f"{f['score']:.2f}",
                     _t(DECISION_NAMES.get(f["decision"], f["decision"])))
            for col, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if col == 4:
                    c = theme.current()
                    colours = {"pending": c.warn, "accepted": c.bad, "missed": c.bad}
                    colour = colours.get(f["decision"], c.muted)
                    cell.setForeground(QColor(colour))
                self.table.setItem(row, col, cell)
        self._preview()
        # the first undecided finding is selected, so A and R work at once
        pending = [n for n, f in enumerate(findings) if f["decision"] == "pending"]
        if pending:
            self.table.selectRow(pending[0])
        self.update_gates()

    def _preview(self) -> None:
        """The de-identified text. With findings it is computed in the background: the
        anonymizer's first import loads Presidio (seconds), which must not freeze the editor."""
        self._preview_generation = getattr(self, "_preview_generation", 0) + 1
        if self.item is None:
            self.preview.setPlainText("")
            return
        if not self.findings:
            self._show_preview(self._preview_generation, self.item, None)
            return
        generation, item, findings = self._preview_generation, dict(self.item), list(self.findings)
        root = self.ctx.session.root
        self.preview.setPlainText(self.tr("Preparing the de-identified text…"))

        def work(token):
            from .tasks import worker_project

            with worker_project(root) as p:
                return deidentified_preview(p, item, findings)

        self.ctx.tasks.start(self.tr("Preparing the de-identified text…"), work,
                             on_done=lambda fields: self._show_preview(generation, item, fields),
                             on_error=lambda _: self._show_preview(generation, item, None))

    def _show_preview(self, generation: int, item: dict, fields: dict | None) -> None:
        if generation != self._preview_generation:
            return  # the reviewer moved on
        note = ""
        if not self.analysed:
            fields = {f: item.get(f) or "" for f in ("system", "prompt", "response")}
            note = self.tr("The detector is analysing this revision: its findings appear here when it is done. "
                           "Until then it cannot be de-identified.")
        elif not self.findings:
            fields = {f: item.get(f) or "" for f in ("system", "prompt", "response")}
            note = self.tr("The detector analysed this revision and found no personal data.")
        elif fields is None:  # the preview failed: never block the review on it
            fields = placeholder_preview(item, self.findings)
            note = self.tr("Placeholders stand for every finding not marked as a false alarm.")
        parts = [f"[{name}]\n{fields.get(name, '')}" for name in ("system", "prompt", "response")
                 if fields.get(name)]
        self.preview.setPlainText("\n\n".join(parts))
        self.note.setText(note)

    def busy(self) -> bool:
        return self.preview.toPlainText() == self.tr("Preparing the de-identified text…")

    def update_gates(self) -> None:
        from ..core.roles import Action
        from .session import gate

        ok, why = self.ctx.session.permission(Action.REVIEW_DEID)
        if ok and self.item is not None and self.item["status"] != "draft":
            ok, why = False, self.tr("Findings are reviewed while the item is a draft; this revision "
                                     "has been de-identified already.")
        row = self.table.currentRow()
        has_row = 0 <= row < len(self.findings) and self.findings[row]["decision"] != "missed"
        tips = ((self.accept_button, self.tr("This span is personal data: it will be replaced (A)")),
                (self.reject_button, self.tr("This span is not personal data: keep it (R)")))
        for b, tip in tips:
            gate(b, ok and has_row, why or self.tr("Select a finding first."), tip)
        ok_m, why_m = self.ctx.session.permission(Action.REVIEW_DEID)
        gate(self.mark_button, ok_m, why_m,
             self.tr("Select missed personal data in the text above, choose its type, press Ctrl+M"))
        self.entity.setEnabled(self.mark_button.isEnabled())
        ok_a, why_a = ok_m, why_m
        pending = sum(1 for f in self.findings if f["decision"] == "pending")
        if ok_a and self.item is not None and self.item["status"] == "draft" and not self.analysed:
            ok_a, why_a = False, self.tr("The detector has not analysed this revision yet: wait for its findings.")
        elif ok_a and (self.item is None or self.item["status"] != "draft" or not self.findings):
            ok_a, why_a = False, self.tr("Nothing to apply: this revision has no findings awaiting review.")
        elif ok_a and pending:
            ok_a, why_a = False, self.tr("Decide every finding first ({n} left).").format(n=pending)
        gate(self.apply_button, ok_a, why_a, self.tr(
            "Replace the personal data and save the result as the de-identified revision"))

    def _focus(self, row: int) -> None:
        self.update_gates()
        if 0 <= row < len(self.findings):
            f = self.findings[row]
            self.show_span.emit(f["field"], f["start"], f["end"])

    def decide(self, decision: str) -> None:
        row = self.table.currentRow()
        if not self.accept_button.isEnabled() or not (0 <= row < len(self.findings)):
            return
        from ..core.errors import WorkbenchError

        try:
            review.decide(self.ctx.session.project, [self.findings[row]["id"]], decision,
                          actor=self.ctx.session.user)
        except WorkbenchError as exc:
            self.ctx.error(str(exc))
            return
        self.changed.emit()
        self.table.selectRow(min(row + 1, self.table.rowCount() - 1))

    def _in_background(self, label: str, step, done_message: str) -> None:
        """Run a de-identification step off the GUI thread: writing an anonymized revision
        has the detector analyse it (Presidio; seconds on first use)."""
        root, user, item_id = self.ctx.session.root, self.ctx.session.user, self.item["id"]
        for b in (self.apply_button, self.mark_button, self.accept_button, self.reject_button):
            b.setEnabled(False)

        def work(token):
            from .tasks import worker_project

            with worker_project(root) as p:
                step(p, user, item_id)

        def done(_):
            if done_message:
                self.ctx.ok(done_message)
            self.changed.emit()

        def failed(message):
            self.ctx.error(message)
            self.changed.emit()

        self.ctx.tasks.start(label, work, on_done=done, on_error=failed)

    def apply(self) -> None:
        if not self.apply_button.isEnabled() or self.item is None:
            return
        self._in_background(
            self.tr("Writing the de-identified revision…"),
            lambda p, user, item_id: review.apply_reviewed(p, actor=user, item_ids=[item_id]),
            self.tr("De-identified revision written and analysed; the item is ready for review."))

    def mark(self) -> None:
        if not self.mark_button.isEnabled() or self.selection_source is None or self.item is None:
            return
        picked = self.selection_source()
        if picked is None:
            self.ctx.info(self.tr("Select the missed personal data in the prompt, answer or system "
                             "prompt first."))
            return
        field, start, end = picked
        entity = self.entity.currentText()
        self._in_background(
            self.tr("Recording the missed personal data…"),
            lambda p, user, item_id: review.mark_missed(p, item_id, field, start, end, entity, actor=user), "")
