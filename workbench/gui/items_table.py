"""The table that shows items (data view and review queue), at any size.

Every matching item is a row (items_model.py), so the keyboard moves through all of them:
Home/End and Ctrl+Home/End go to the first or last match in one step and select it,
PageUp/PageDown move a screen. The # and Status columns are pinned: a second view of the same
model and selection lies over the left edge and stays put while the other columns scroll
sideways (Qt's "frozen column" pattern). Selections are counted from their ranges, never by
listing rows, so Ctrl+A over 100,000 items costs what selecting one does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableView

from .items_model import COLUMN_KEYS, ItemsModel
from .widgets import StatusPillDelegate

WIDTHS = {"id": 64, "kind": 92, "locale": 64, "status": 140, "prompt": 360, "response": 300,
          "tags": 120, "use_case": 120, "updated_at": 130}
#: columns that stay in view while the others scroll sideways, in this order
PINNED = ("id", "status")
ROW_HEIGHT = 32
_JUMPS = (Qt.Key.Key_Home, Qt.Key.Key_End)


class _Covered(QStyledItemDelegate):
    """Paints nothing: the pinned view lies over these cells (painting them twice would cost
    a third of every repaint)."""

    def paint(self, painter, option, index) -> None:
        pass


def _setup(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Fixed row height: Qt then never measures rows, which keeps a million rows smooth.
    vh = view.verticalHeader()
    vh.hide()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(ROW_HEIGHT)
    hh = view.horizontalHeader()
    hh.setHighlightSections(False)
    hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setItemDelegateForColumn(COLUMN_KEYS.index("status"), StatusPillDelegate(view))


class ItemsTable(QTableView):
    #: the number of selected items changed (0 … the filtered total)
    selection_counted = Signal(int)

    def __init__(self, model: ItemsModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        _setup(self)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setStretchLastSection(True)
        for n, key in enumerate(COLUMN_KEYS):
            self.setColumnWidth(n, WIDTHS[key])
        self._pinned = [COLUMN_KEYS.index(k) for k in PINNED]
        self.frozen = self._frozen_view(model)
        self._pin()
        # A header asks its selection model, for every column it paints, whether the whole
        # column is selected: one call per row (Qt 6), a second's stall after Ctrl+A over
        # 100k rows. The headers get a selection model of their own, always empty.
        self._header_selection = QItemSelectionModel(model, self)
        for header in (self.horizontalHeader(), self.frozen.horizontalHeader()):
            header.setSelectionModel(self._header_selection)
        self.selectionModel().selectionChanged.connect(lambda *_: self.selection_counted.emit(self.selected_count()))
        model.modelReset.connect(lambda: self.selection_counted.emit(0))

    # -- the pinned columns ---------------------------------------------------------------
    def _frozen_view(self, model: ItemsModel) -> QTableView:
        frozen = QTableView(self)
        frozen.setObjectName("PinnedColumns")
        frozen.setModel(model)
        _setup(frozen)
        frozen.setSelectionModel(self.selectionModel())
        frozen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.horizontalHeader().setSortIndicatorShown(True)
        frozen.horizontalHeader().sectionClicked.connect(self._frozen_sort)
        frozen.doubleClicked.connect(self.doubleClicked)
        frozen.setFrameShape(QTableView.Shape.NoFrame)
        self.viewport().stackUnder(frozen)
        frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(frozen.verticalScrollBar().setValue)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.horizontalHeader().sortIndicatorChanged.connect(
            lambda col, order: frozen.horizontalHeader().setSortIndicator(col, order))
        frozen.installEventFilter(self)
        frozen.show()
        return frozen

    def _pin(self) -> None:
        """Pinned columns first, in their order; the overlay shows exactly those."""
        hh = self.horizontalHeader()
        for visual, col in enumerate(self._pinned):
            hh.moveSection(hh.visualIndex(col), visual)
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        for col in range(len(COLUMN_KEYS)):
            self.frozen.setColumnHidden(col, col not in self._pinned)
        self._covered = getattr(self, "_covered", None) or _Covered(self)
        for col in self._pinned:
            self.setItemDelegateForColumn(col, self._covered)
        fh = self.frozen.horizontalHeader()
        for visual, col in enumerate(self._pinned):
            fh.moveSection(fh.visualIndex(col), visual)
            self.frozen.setColumnWidth(col, self.columnWidth(col))
        self._place_frozen()

    def pinned_width(self) -> int:
        return sum(self.columnWidth(c) for c in self._pinned if not self.isColumnHidden(c))

    def _place_frozen(self) -> None:
        f = self.frameWidth()
        self.frozen.setGeometry(f, f, self.pinned_width(),
                                self.viewport().height() + self.horizontalHeader().height())
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())

    def _section_resized(self, col: int, _old: int, new: int) -> None:
        if col in self._pinned:
            self.frozen.setColumnWidth(col, new)
            self._place_frozen()

    def _frozen_sort(self, col: int) -> None:
        hh = self.horizontalHeader()
        ascending = Qt.SortOrder.AscendingOrder
        order = ascending if hh.sortIndicatorSection() != col or hh.sortIndicatorOrder() != ascending \
            else Qt.SortOrder.DescendingOrder
        self.sortByColumn(col, order)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_frozen()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if hasattr(self, "frozen"):
            self._place_frozen()

    def eventFilter(self, obj, event) -> bool:
        if obj is getattr(self, "frozen", None) and event.type() == QEvent.Type.Wheel:
            self.wheelEvent(event)  # one scroll position for both views
            return True
        return super().eventFilter(obj, event)

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        if not index.isValid():
            return
        keep = self.horizontalScrollBar().value()
        super().scrollTo(index, hint)
        if index.column() in self._pinned:
            self.horizontalScrollBar().setValue(keep)  # moving between rows never scrolls sideways
            return
        left = self.visualRect(index).left()
        if left < self.pinned_width():  # a cell under the pinned columns: bring it out
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - (self.pinned_width() - left))

    # -- moving ---------------------------------------------------------------------------
    def moveCursor(self, action, modifiers):
        Move = QAbstractItemView.CursorAction
        if action in (Move.MoveHome, Move.MoveEnd):
            # First or last of all matches, staying in the current column (never sideways).
            rows = self.model().rowCount()
            if not rows:
                return self.currentIndex()
            col = self.currentIndex().column() if self.currentIndex().isValid() else 0
            return self.model().index(0 if action == Move.MoveHome else rows - 1, col)
        return super().moveCursor(action, modifiers)

    def selectionCommand(self, index, event=None):
        if (event is not None and event.type() == QEvent.Type.KeyPress and event.key() in _JUMPS
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            # Ctrl+End lands on the last item and selects it (Qt would only move the cursor).
            return QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        return super().selectionCommand(index, event)

    # -- what is selected -----------------------------------------------------------------
    def items_model(self) -> ItemsModel:
        return self.model()

    def current_item(self) -> dict | None:
        idx = self.currentIndex()
        return self.items_model().item_at(idx.row()) if idx.isValid() else None

    def selected_spans(self) -> list[tuple[int, int]]:
        """Selected rows as merged (first, last) spans, from the selection's ranges."""
        spans = sorted((r.top(), r.bottom()) for r in self.selectionModel().selection())
        merged: list[tuple[int, int]] = []
        for top, bottom in spans:
            if merged and top <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
            else:
                merged.append((top, bottom))
        return merged

    def selected_count(self) -> int:
        return sum(b - a + 1 for a, b in self.selected_spans())

    def all_selected(self) -> bool:
        """Every item matching the filters is selected (Ctrl+A): act by query, not by ids."""
        total = self.items_model().total()
        return total > 0 and self.selected_count() >= total

    def selected_ids(self) -> list[int]:
        """The ids of the selected rows (or of the current row), without reading any row."""
        m = self.items_model()
        spans = self.selected_spans()
        if not spans and self.currentIndex().isValid():
            spans = [(self.currentIndex().row(),) * 2]
        return [m.id_at(r) for a, b in spans for r in range(a, b + 1) if m.id_at(r) is not None]

    def select_row(self, row: int) -> None:
        m = self.items_model()
        if 0 <= row < m.rowCount():
            # Straight to the selection model: QTableView.selectRow reads the held modifier
            # keys, and with Ctrl down (Ctrl+End) it lists every selected row first.
            idx = m.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag
            self.selectionModel().setCurrentIndex(idx, flags.ClearAndSelect | flags.Rows)
            self.scrollTo(idx)

    def move(self, step: int) -> None:
        row = self.currentIndex().row() if self.currentIndex().isValid() else -1
        self.select_row(min(max(0, row + step), self.items_model().rowCount() - 1))

    def show_use_case(self, shown: bool) -> None:
        """The "Use case" column: only in a project that has use cases."""
        self.setColumnHidden(COLUMN_KEYS.index("use_case"), not shown)

    def save_columns(self) -> bytes:
        return self.horizontalHeader().saveState()

    def restore_columns(self, state) -> None:
        if state:
            self.horizontalHeader().restoreState(state)
            self._pin()  # a layout saved before the columns were pinned
