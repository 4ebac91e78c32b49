"""The items of a project as a Qt table model that stays smooth at 100k items.

A background task asks the store for the ordered ids of everything the filters match (one
indexed query, ~0.1-0.4 s at 100k); rows are then fetched by id, a page at a time, as the
view scrolls (canFetchMore/fetchMore). A jump far down (keyboard, "open item 50,000") adds
placeholder rows and reads only the page that is shown. Edits refresh only the rows they
touch, so approving an item never resets the table or loses the selection.
"""

from __future__ import annotations

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, Qt,
                            QT_TRANSLATE_NOOP, Signal)
from PySide6.QtGui import QColor, QFont

from ..store import items as store_items
from ..store.sql import chunks
from . import theme
from .session import Session
from .tasks import TaskRunner, worker_project
from .widgets import kind_name, local_time, status_name

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2

#: (key, header, store sort column or None when the store cannot sort by it)
COLUMNS = (
    ("id", QT_TRANSLATE_NOOP("ItemsModel", "#"), "id"),
    ("kind", QT_TRANSLATE_NOOP("ItemsModel", "Kind"), "kind"),
    ("locale", QT_TRANSLATE_NOOP("ItemsModel", "Locale"), "locale"),
    ("status", QT_TRANSLATE_NOOP("ItemsModel", "Status"), "status"),
    ("prompt", QT_TRANSLATE_NOOP("ItemsModel", "Prompt"), "prompt"),
    ("response", QT_TRANSLATE_NOOP("ItemsModel", "Answer"), None),
    ("tags", QT_TRANSLATE_NOOP("ItemsModel", "Tags"), None),
    ("updated_at", QT_TRANSLATE_NOOP("ItemsModel", "Updated"), "updated_at"),
)
COLUMN_KEYS = [c[0] for c in COLUMNS]


def one_line(text: str, limit: int = 240) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class ItemsModel(QAbstractTableModel):
    #: emitted after every (re)load with the number of matching items
    loaded = Signal(int)
    PAGE = 200

    def __init__(self, session: Session, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        self.filters: dict = {}
        self.order_by, self.descending = "id", False
        self._ids: list[int] = []
        self._rows: list[dict] = []
        self._generation = 0
        self.loading = False
        self.ready = False

    # -- querying -------------------------------------------------------------------------
    def set_filters(self, **filters) -> None:
        self.filters = {k: v for k, v in filters.items() if v not in (None, "", [], ())}
        self.reload()

    def reload(self) -> None:
        """Ask for the matching ids in the background; stale answers are dropped."""
        self._generation += 1
        generation = self._generation
        if self.session.project is None:
            self._apply(generation, [])
            return
        root, filters = self.session.root, dict(self.filters)
        order_by, descending = self.order_by, self.descending
        self.loading = True

        def query(token):
            with worker_project(root) as p:
                return store_items.item_ids(p, order_by=order_by, descending=descending, **filters)

        self.tasks.start(QCoreApplication.translate("ItemsModel", "Searching items…"), query,
                         on_done=lambda ids: self._apply(generation, ids))

    def _apply(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # the user typed on; a newer query is on its way
        self.beginResetModel()
        self._ids = ids
        self._rows = self._fetch(ids[: self.PAGE])
        self.endResetModel()
        self.loading, self.ready = False, True
        self.loaded.emit(len(ids))

    def _fetch(self, ids: list[int]) -> list[dict]:
        if not ids or self.session.project is None:
            return []
        by_id = {}
        for chunk in chunks(ids):
            by_id.update((r["id"], r) for r in store_items.list_items(self.session.project, ids=chunk))
        # an item deleted meanwhile would be missing: keep the order, skip the gap
        return [by_id[i] for i in ids if i in by_id]

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        start = len(self._rows)
        rows = self._fetch(self._ids[start: start + self.PAGE])
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def _row(self, n: int) -> dict:
        """Row n, reading its page first if it is still a placeholder."""
        if self._rows[n] is None:
            a = (n // self.PAGE) * self.PAGE
            b = min(a + self.PAGE, len(self._rows))
            todo = [m for m in range(a, b) if self._rows[m] is None]
            fetched = {r["id"]: r for r in self._fetch([self._ids[m] for m in todo])}
            for m in todo:
                self._rows[m] = fetched.get(self._ids[m])
        return self._rows[n]

    def refresh_items(self, ids: list[int]) -> None:
        """Re-read the given items in place (after an edit, approve or sign-off)."""
        wanted = set(ids)
        positions = [n for n, r in enumerate(self._rows) if r is not None and r["id"] in wanted]
        if not positions:
            return
        fresh = {r["id"]: r for r in store_items.list_items(self.session.project, ids=list(wanted))}
        for n in positions:
            if self._rows[n]["id"] in fresh:
                self._rows[n] = fresh[self._rows[n]["id"]]
        self.dataChanged.emit(self.index(min(positions), 0),
                              self.index(max(positions), len(COLUMNS) - 1))

    # -- what views ask -------------------------------------------------------------------
    def total(self) -> int:
        return len(self._ids)

    def all_ids(self) -> list[int]:
        """Every matching id, loaded or not (batch actions act on the whole filtered set)."""
        return list(self._ids)

    def item_at(self, row: int) -> dict | None:
        return self._row(row) if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: int) -> int:
        try:
            n = self._ids.index(item_id)
        except ValueError:
            return -1
        return n if n < len(self._rows) else -1

    def ensure_loaded(self, row: int) -> None:
        """Make `row` exist: placeholders up to its page, then that page alone is read."""
        row = min(row, len(self._ids) - 1)
        if row < len(self._rows):
            return
        end = min(len(self._ids), (row // self.PAGE + 1) * self.PAGE)
        self.beginInsertRows(QModelIndex(), len(self._rows), end - 1)
        self._rows.extend([None] * (end - len(self._rows)))
        self.endInsertRows()
        self._row(row)

    # -- QAbstractTableModel --------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ItemsModel", COLUMNS[section][1])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if COLUMNS[section][2] is None:
                return QCoreApplication.translate("ItemsModel", "This column cannot be sorted")
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._row(index.row())
        if item is None:
            return None
        key = COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("prompt", "response"):
            return item[key][:1500]
        if role == STATUS_ROLE and key == "status":
            return item["status"]
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and key in ("id", "updated_at", "tags"):
            return QColor(theme.current().muted)
        if role == Qt.ItemDataRole.FontRole and key == "locale":
            f = QFont()
            f.setWeight(QFont.Weight.DemiBold)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "id":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, item: dict, key: str):
        if key == "kind":
            return kind_name(item["kind"])
        if key == "status":
            return status_name(item["status"])
        if key in ("prompt", "response"):
            return one_line(item[key])
        if key == "tags":
            return ", ".join(item["tags"])
        if key == "updated_at":
            return local_time(item["updated_at"])
        return item[key]

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        store_column = COLUMNS[column][2]
        if store_column is None:
            return
        self.order_by = store_column
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
