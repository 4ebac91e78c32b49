"""Review and sign-off: a queue per locale for its domain owner; the filtered set signed in
one e-signature whose meaning is shown verbatim; the hold-out frozen as its own signed step.

The signer reads what she signs: the selected item's full de-identified text (system prompt,
prompt, response; placeholders such as <PERSON_1> highlighted) is shown under the queue, J/K
move through it, and R returns one item to its annotator with a comment
(store/returns.py). The signature covers exactly the revisions on screen (`on_screen`)."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, QSettings, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QPushButton,
                               QSplitter, QStackedWidget, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ...core.items import signoff_meaning
from ...core.locales import LOCALE_CODES
from ...core.roles import Action
from ...store import items as store_items
from ...store import returns
from ...store.signoff import on_screen, pending_findings, sign_off
from .. import icons, theme
from ..dialogs.signature import SignatureDialog
from ..filter_bar import READY, FilterBar
from ..freeze_panel import FreezePanel
from ..holdout_plan import HoldoutPlanWidget
from ..items_model import COLUMN_KEYS, ItemsModel
from ..items_table import ItemsTable
from ..preview import ItemPreview
from ..review_scope import add_scope_flags, show_scope_flags, show_volume
from ..session import gate
from ..shortcuts import add_shortcut
from ..tasks import worker_project
from ..use_case_picker import UseCasePicker
from ..widgets import Banner, EmptyState, kind_name, locale_name, muted_label, primary, title_label
from . import ViewSpec
from .base import View


class ReviewView(View):
    key = "review"

    def __init__(self, ctx):
        super().__init__(ctx)
        self.locale: str | None = None
        self.kind = "pair"
        self.pending: list[int] = []
        self.seen: list[tuple[int, int, str]] = []
        self._keep_row = 0  # the row to select after a reload (the one after a returned item)
        self.model = ItemsModel(self.session, ctx.tasks, self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 12)
        head = QHBoxLayout()
        head.addWidget(title_label(self.tr("Review and sign-off")))
        head.addStretch()
        self.use_cases = UseCasePicker(self.session)
        head.addWidget(self.use_cases)
        lay.addLayout(head)
        lay.addWidget(muted_label(self.tr(
            "Items that passed de-identification wait here for their locale's domain owner. "
            "One signature covers the whole filtered set.")))
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 8, 8, 0)
        ll.addWidget(title_label(self.tr("Queues"), "SectionTitle"))
        self.queues = QTreeWidget()
        self.queues.setRootIsDecorated(False)
        self.queues.setHeaderLabels([self.tr("Locale"), self.tr("Pairs"), self.tr("Hold-out"),
                                     self.tr("Signed")])
        header = self.queues.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.queues.currentItemChanged.connect(lambda cur, _: self._pick(cur))
        ll.addWidget(self.queues, 1)
        # Before training, where the hold-out is designed: can it show the policy's rules at all?
        self.plan = HoldoutPlanWidget(title=self.tr("Hold-out size for the go/no-go policy"))
        ll.addWidget(self.plan)
        # …and the training pairs against the method's rule of thumb (train/volume.py).
        self.volume = muted_label(wrap=True)
        ll.addWidget(self.volume)
        self.freeze = FreezePanel(ctx)
        self.freeze.frozen.connect(lambda _: self.refresh())
        ll.addWidget(self.freeze)
        split.addWidget(left)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 8, 0, 0)
        top = QHBoxLayout()
        self.heading = title_label("", "SectionTitle")
        self.heading.setWordWrap(True)
        top.addWidget(self.heading, 1)
        self.kind_group = QButtonGroup(self)
        for kind, label in (("pair", self.tr("Training pairs")), ("holdout", self.tr("Hold-out"))):
            b = QPushButton(label, checkable=True)
            b.setProperty("kind", kind)
            self.kind_group.addButton(b)
            top.addWidget(b)
            b.setChecked(kind == self.kind)
        self.kind_group.buttonClicked.connect(lambda b: self._set_kind(b.property("kind")))
        rl.addLayout(top)
        self.filters = FilterBar(fields=("search", "tag"))
        self.filters.changed.connect(self.apply_filters)
        self.filters.install_shortcuts(self)
        rl.addWidget(self.filters)
        # Personal data the use case's scope did not declare: for its owners to look at.
        rl.addWidget(add_scope_flags(self))
        self.banner = Banner(closable=False)
        rl.addWidget(self.banner)
        self.table = ItemsTable(self.model)
        for key in ("kind", "locale"):  # the queue already says both
            self.table.setColumnHidden(COLUMN_KEYS.index(key), True)
        self.table.doubleClicked.connect(self._open_current)
        self.empty = EmptyState("review", self.tr("Nothing waits for sign-off here"), self.tr(
            "Items appear in this queue once de-identification has run and a reviewer approved "
            "them. Choose another locale or kind on the left."))
        self.preview = ItemPreview()
        self.preview.setObjectName("ReviewText")
        self.reading = QSplitter(Qt.Orientation.Vertical)
        self.reading.addWidget(self.table)
        self.reading.addWidget(self.preview)
        self.reading.setSizes([300, 360])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.reading)
        self.stack.addWidget(self.empty)
        rl.addWidget(self.stack, 1)
        keys = QHBoxLayout()
        hints = QLabel(self.tr("J / K  next · previous     R  return to the annotator…     "
                               "E or Enter  open in the editor"))
        hints.setObjectName("KeyHints")
        hints.setWordWrap(True)
        keys.addWidget(hints, 1)
        self.return_button = QPushButton(icons.icon("undo"), self.tr("Return to annotator…"))
        self.return_button.clicked.connect(self.return_current)
        keys.addWidget(self.return_button)
        rl.addLayout(keys)
        foot = QHBoxLayout()
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        foot.addWidget(self.meaning, 1)
        self.sign_button = primary(QPushButton(icons.icon("sign", "#ffffff"), self.tr("Sign off…")))
        self.sign_button.clicked.connect(self.sign)
        foot.addWidget(self.sign_button)
        rl.addLayout(foot)
        split.addWidget(right)
        split.setSizes([440, 840])
        self.split = split
        lay.addWidget(split, 1)

        self.model.loaded.connect(self._loaded)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self._shortcuts()
        self.session.project_changed.connect(self.refresh)
        self.session.user_changed.connect(self.refresh)
        self.session.items_changed.connect(self._items_changed)
        self.session.use_case_changed.connect(self.refresh)
        self.refresh()

    def _shortcuts(self) -> None:
        for key, slot, text in (
                ("J", lambda: self.table.move(1), self.tr("Next item")),
                ("K", lambda: self.table.move(-1), self.tr("Previous item")),
                ("R", self.return_current, self.tr("Return the item to its annotator, with a comment")),
                ("E", self._open_current, self.tr("Open in the editor")),
                ("Return", self._open_current, self.tr("Open in the editor")),
                ("Enter", self._open_current, self.tr("Open in the editor"))):
            add_shortcut(self.table, key, slot, text)

    # -- the item on screen ---------------------------------------------------------------
    def _show_current(self) -> None:
        item = self.table.current_item()
        self.preview.show_item(item)
        ok, why = self.session.permission(Action.SIGN_OFF, self.locale)
        if ok and item is None:
            ok, why = False, self.tr("Select an item first.")
        gate(self.return_button, ok, why, self.tr(
            "Send the selected item back to its annotator with a comment (R): it leaves this "
            "queue until it is corrected and de-identified again"))

    def return_current(self) -> None:
        item = self.table.current_item()
        if item is None or not self.return_button.isEnabled():
            self.ctx.info(self.return_button.toolTip())
            return
        comment, ok = QInputDialog.getMultiLineText(
            self, self.tr("Return item #{id} to the annotator").format(id=item["id"]),
            self.tr("What should the annotator change? They read this next to the item."))
        if not ok or not comment.strip():
            self.ctx.info(self.tr("Nothing was returned."))
            return
        self.return_item(item["id"], comment)

    def return_item(self, item_id: int, comment: str) -> bool:
        from ...core.errors import WorkbenchError

        row = self.table.currentIndex().row()
        try:
            returns.return_to_annotator(self.session.project, item_id, actor=self.session.user, comment=comment)
        except WorkbenchError as exc:
            self.ctx.error(str(exc))
            return False
        self.ctx.ok(self.tr("Item #{id} went back to its annotator with your comment.").format(id=item_id))
        self._keep_row = row  # on to the item that takes its place
        self.session.notify_items([])
        return True

    # -- queues ---------------------------------------------------------------------------
    def activated(self, **_) -> None:
        self.refresh()

    def _items_changed(self, ids: list) -> None:
        # Counts move with every approval; hidden pages catch up when they are shown.
        if self.isVisible() or not ids:
            self.refresh()

    def refresh(self) -> None:
        p = self.session.project
        self.queues.clear()
        if p is None:
            self.plan.refresh(None)
            self.scope_flags.hide()
            return
        use_case = self.session.use_case
        self.table.show_use_case(self.session.has_use_cases())
        counts: dict[tuple, int] = {}
        for row in store_items.counts_by(p, "kind", "locale", "status", use_case=use_case):
            counts[(row["kind"], row["locale"], row["status"])] = row["count"]
        owned = self.session.user.owned_locales() if self.session.user else set()
        ordered = sorted(LOCALE_CODES, key=lambda c: (c not in owned, LOCALE_CODES.index(c)))
        c = theme.current()
        pick = None
        for code in ordered:
            ready = {k: sum(counts.get((k, code, s), 0) for s in READY) for k in ("pair", "holdout")}
            signed = sum(counts.get((k, code, "signed_off"), 0) for k in ("pair", "holdout"))
            mine = code in owned
            label = f"{code} — {locale_name(code)}" + ("  ★" if mine else "")
            row = QTreeWidgetItem([label, f"{ready['pair']:,}", f"{ready['holdout']:,}", f"{signed:,}"])
            row.setData(0, Qt.ItemDataRole.UserRole, code)
            row.setToolTip(0, f"{code} — {locale_name(code)}" + (
                "\n" + self.tr("You own this locale") if mine else ""))
            for col in (1, 2, 3):
                row.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if mine:
                f = QFont()
                f.setWeight(QFont.Weight.DemiBold)
                row.setFont(0, f)
            if not any(ready.values()):
                row.setForeground(1, QBrush(QColor(c.muted)))
                row.setForeground(2, QBrush(QColor(c.muted)))
            self.queues.addTopLevelItem(row)
            first_useful = pick is None and self.locale is None and (mine or any(ready.values()))
            if code == self.locale or first_useful:
                pick = row
        self.queues.setCurrentItem(pick or self.queues.topLevelItem(0))
        if self.session.project is not None:
            self.filters.set_tags(store_items.tag_counts(p))
        self.freeze.refresh()
        self.plan.refresh(p, use_case)
        show_volume(self, {code: counts.get(("pair", code, "signed_off"), 0) for code in LOCALE_CODES})
        show_scope_flags(self)
        self.apply_filters()

    def _pick(self, row) -> None:
        if row is None:
            return
        code = row.data(0, Qt.ItemDataRole.UserRole)
        if code != self.locale:
            self.locale = code
            self.apply_filters()

    def _set_kind(self, kind: str) -> None:
        self.kind = kind
        self.apply_filters()

    def select(self, locale: str, kind: str) -> None:
        """Open one queue (used by the shell and by tests)."""
        self.locale, self.kind = locale, kind
        for b in self.kind_group.buttons():
            b.setChecked(b.property("kind") == kind)
        self.refresh()

    def apply_filters(self) -> None:
        if self.locale is None:
            return
        values = self.filters.values()
        self.model.set_filters(kind=self.kind, locale=self.locale, status=list(READY),
                               search=values["search"], tag=values["tag"], use_case=self.session.use_case)
        kind = self.tr("Training pairs") if self.kind == "pair" else self.tr("Hold-out")
        self.heading.setText(f"{self.locale} — {locale_name(self.locale)} · {kind}")

    # -- the set to sign ------------------------------------------------------------------
    def _loaded(self, total: int) -> None:
        self.stack.setCurrentWidget(self.reading if total else self.empty)
        if total:
            keep, self._keep_row = self._keep_row, 0
            self.table.select_row(min(keep, total - 1))
        self._show_current()
        ids = self.model.all_ids()
        # What the signer is shown is what the signature covers: revisions and content hashes
        # are fixed here, and the store refuses the signature if any changed meanwhile.
        self.seen = on_screen(self.session.project, ids) if ids else []
        self.pending = pending_findings(self.session.project, ids) if ids else []
        if self.pending:
            self.banner.show_message(self.tr(
                "%n item(s) in this set have personal-data findings nobody reviewed yet "
                "(e.g. item {id}). Review them in the editor before signing.", "",
                len(self.pending)).format(id=self.pending[0]), "warn")
        else:
            self.banner.hide()
        meaning = signoff_meaning(self.kind, self.locale)
        shown = self.meaning_in_language(self.kind, self.locale)
        text = self.tr("Signing means: <b>“{meaning}”</b>").format(meaning=html.escape(shown))
        if shown != meaning:  # the record keeps the English sentence; the signer reads both
            text += " " + self.tr("(recorded as “{meaning}”)").format(meaning=html.escape(meaning))
        self.meaning.setText(text)
        self.sign_button.setText(self.tr("Sign off %n item(s)…", "", total))
        ok, why = self.session.permission(Action.SIGN_OFF, self.locale)
        if ok and not total:
            ok, why = False, self.tr("Nothing to sign in this queue.")
        if ok and self.pending:
            ok, why = False, self.tr("Review the open personal-data findings first.")
        gate(self.sign_button, ok, why, self.tr("Sign the whole filtered set with one e-signature"))

    def meaning_in_language(self, kind: str, locale: str) -> str:
        """The signature's meaning in the interface language (core/items.py `signoff_meaning`
        is the English sentence the store records)."""
        if kind == "pair":
            return self.tr("approved as training data for {locale}").format(locale=locale)
        return self.tr("approved as hold-out evaluation items for {locale}").format(locale=locale)

    def sign(self) -> None:
        if not self.sign_button.isEnabled():
            return
        from ...core.duties import check_search_selects
        from ...core.errors import ValidationError

        try:
            check_search_selects(self.filters.values()["search"] or None)
        except ValidationError:
            self.ctx.error(self.tr("This search has no letters or digits and would select every item: search "
                                   "for a word, or clear the search to sign the whole queue."))
            return
        seen = list(self.seen)
        ids = [entry[0] for entry in seen]
        kind, locale = self.kind, self.locale
        meaning = signoff_meaning(kind, locale)
        # recorded beside the English sentence: the meaning as she read it, in her language
        shown_in = (QLocale().name(), self.meaning_in_language(kind, locale))
        root, username = self.session.root, self.session.user.username
        shown = ", ".join(f"#{i}" for i in ids[:8]) + (" …" if len(ids) > 8 else "")

        def work(password):
            with worker_project(root) as p:
                return sign_off(p, seen, username=username, password=password, meaning=meaning,
                                shown=shown_in)

        summary = self.tr("This signature covers %n item(s): ", "", len(ids)) + \
            f"{kind_name(kind)}, {locale} — {locale_name(locale)} ({shown})."
        what = self.tr("training pairs") if kind == "pair" else self.tr("hold-out items")
        self.dialog = SignatureDialog(self.ctx, title=self.tr("Sign off {what} for {locale}").format(
            what=what, locale=locale), meaning=meaning, summary=summary, work=work,
            parent=self.window())
        self.dialog.accepted.connect(lambda: self._signed(self.dialog.result_value))
        self.dialog.open()

    def _signed(self, sig: dict) -> None:
        text = self.tr("Signed: %n item(s), signature {id}.", "", sig["item_count"])
        self.ctx.ok(text.format(id=sig["id"]))
        self.session.notify_items([])

    def _open_current(self, *_):
        item = self.table.current_item()
        if item:
            self.ctx.open("editor", item_id=item["id"], order=self.model.all_ids())

    def busy(self) -> bool:
        return self.model.loading or self.filters.pending()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("views/review/split", self.split.saveState())
        settings.setValue("views/review/reading", self.reading.saveState())

    def restore_state(self, settings: QSettings) -> None:
        if settings.value("views/review/split"):
            self.split.restoreState(settings.value("views/review/split"))
        if settings.value("views/review/reading"):
            self.reading.restoreState(settings.value("views/review/reading"))


VIEW = ViewSpec("review", QT_TRANSLATE_NOOP("Views", "Review"), "review", 30, ReviewView, "Ctrl+3")
