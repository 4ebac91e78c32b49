"""The table that shows items (data view and review queue)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from .items_model import COLUMN_KEYS, ItemsModel
from .widgets import StatusPillDelegate

WIDTHS = {"id": 56, "kind": 92, "locale": 64, "status": 140, "prompt": 360, "response": 300,
          "tags": 120, "updated_at": 130}


class ItemsTable(QTableView):
    def __init__(self, model: ItemsModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Fixed row height: Qt then never measures rows, which keeps 100k rows smooth.
        vh = self.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(32)
        hh = self.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hh.setStretchLastSection(True)
        for n, key in enumerate(COLUMN_KEYS):
            self.setColumnWidth(n, WIDTHS[key])
        self.setItemDelegateForColumn(COLUMN_KEYS.index("status"), StatusPillDelegate(self))

    def items_model(self) -> ItemsModel:
        return self.model()

    def current_item(self) -> dict | None:
        idx = self.currentIndex()
        return self.items_model().item_at(idx.row()) if idx.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        m = self.items_model()
        return [m.item_at(r)["id"] for r in rows if m.item_at(r)]

    def select_row(self, row: int) -> None:
        m = self.items_model()
        m.ensure_loaded(row)
        if 0 <= row < m.rowCount():
            idx = m.index(row, 0)
            self.setCurrentIndex(idx)
            self.selectRow(row)
            self.scrollTo(idx)

    def move(self, step: int) -> None:
        row = self.currentIndex().row() if self.currentIndex().isValid() else -1
        self.select_row(max(0, row + step))

    def save_columns(self) -> bytes:
        return self.horizontalHeader().saveState()

    def restore_columns(self, state) -> None:
        if state:
            self.horizontalHeader().restoreState(state)
