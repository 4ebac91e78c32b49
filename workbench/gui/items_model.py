"""The items of a project as a Qt table model whose row count is the whole filtered total.

A background task asks the store for the ordered keys (ids) of everything the filters match
(one indexed query: ~0.1 s at 100k items, ~1 s at a million, never on the window's thread).
From then on the table has exactly that many rows: the scrollbar spans every match, and
Ctrl+End, PageDown or "go to #id" land anywhere in one step. Rows are read by key, a page of
200 at a time, when a view first paints them; a bounded cache keeps the memory flat however
far one scrolls. Edits refresh only the rows they touch, so approving an item never resets
the table or loses the selection.
"""

from __future__ import annotations

from collections import OrderedDict

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
    ("use_case", QT_TRANSLATE_NOOP("ItemsModel", "Use case"), None),
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
    #: pages of rows kept in memory (a million rows are never all read)
    CACHED_PAGES = 64

    def __init__(self, session: Session, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        self.filters: dict = {}
        self.order_by, self.descending = "id", False
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[dict | None]] = OrderedDict()
        self._cells: dict[int, dict] = {}  # row → role → the value of each column
        self._generation = 0
        self.loading = False
        self.ready = False
        #: the filters of the keys shown (what "select all matching" acts on)
        self.shown_filters: dict = {}

    # -- querying -------------------------------------------------------------------------
    def set_filters(self, **filters) -> None:
        self.filters = {k: v for k, v in filters.items() if v not in (None, "", [], ())}
        self.reload()

    def reload(self) -> None:
        """Ask for the matching keys in the background; stale answers are dropped."""
        self._generation += 1
        generation = self._generation
        if self.session.project is None:
            self._apply(generation, {}, [])
            return
        root, filters = self.session.root, dict(self.filters)
        order_by, descending = self.order_by, self.descending
        self.loading = True

        def query(token):
            with worker_project(root) as p:
                return store_items.item_ids(p, order_by=order_by, descending=descending, **filters)

        self.tasks.start(QCoreApplication.translate("ItemsModel", "Searching items…"), query,
                         on_done=lambda ids: self._apply(generation, filters, ids))

    def _apply(self, generation: int, filters: dict, ids: list[int]) -> None:
        if generation != self._generation:
            return  # the user typed on; a newer query is on its way
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._cells.clear()
        self.shown_filters = filters
        self.endResetModel()
        self.loading, self.ready = False, True
        self.loaded.emit(len(ids))

    def _fetch(self, ids: list[int]) -> list[dict]:
        if not ids or self.session.project is None:
            return []
        by_id = {}
        for chunk in chunks(ids):
            by_id.update((r["id"], r) for r in store_items.list_items(self.session.project, ids=chunk))
        return [by_id.get(i) for i in ids]  # None: deleted meanwhile, shown as an empty row

    def _page(self, page: int) -> list[dict | None]:
        rows = self._pages.get(page)
        if rows is None:
            rows = self._fetch(self._ids[page * self.PAGE: (page + 1) * self.PAGE])
            self._pages[page] = rows
            while len(self._pages) > self.CACHED_PAGES:
                gone, _ = self._pages.popitem(last=False)
                for n in range(gone * self.PAGE, (gone + 1) * self.PAGE):
                    self._cells.pop(n, None)
        else:
            self._pages.move_to_end(page)
        return rows

    def _row(self, n: int) -> dict | None:
        rows = self._page(n // self.PAGE)
        k = n % self.PAGE
        return rows[k] if k < len(rows) else None

    def refresh_items(self, ids: list[int]) -> None:
        """Re-read the given items in place (after an edit, approve or sign-off)."""
        wanted = set(ids)
        positions = [(page, k) for page, rows in self._pages.items()
                     for k, r in enumerate(rows) if r is not None and r["id"] in wanted]
        if not positions:
            return
        fresh = {r["id"]: r for chunk in chunks(sorted(wanted))
                 for r in store_items.list_items(self.session.project, ids=chunk)}
        for page, k in positions:
            row = self._pages[page][k]
            if row["id"] in fresh:
                self._pages[page][k] = fresh[row["id"]]
        rows = [page * self.PAGE + k for page, k in positions]
        for n in rows:
            self._cells.pop(n, None)
        self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))

    # -- what views ask -------------------------------------------------------------------
    def total(self) -> int:
        return len(self._ids)

    def all_ids(self) -> list[int]:
        """Every matching id, in display order (the editor's next/previous follows it)."""
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        """The key of a row, without reading the row."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def item_at(self, row: int) -> dict | None:
        return self._row(row) if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int) -> int:
        try:
            return self._ids.index(int(item_id))
        except ValueError:
            return -1

    def ensure_loaded(self, row: int) -> None:
        """Read the page that holds `row` (every row exists already; this only warms it)."""
        if 0 <= row < len(self._ids):
            self._row(row)

    # -- QAbstractTableModel --------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

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
        # Asked ~7 times per cell per paint: everything a row shows is worked out once, then
        # each call is two lookups (a screen of rows repaints in a few milliseconds).
        row = index.row()
        cells = self._cells.get(row)
        if cells is None:
            if not index.isValid() or row >= len(self._ids):
                return None
            cells = self._cells_of(row)
        values = cells.get(role)
        return values[index.column()] if values is not None else None

    def _cells_of(self, row: int) -> dict:
        item = self._row(row)
        if len(self._cells) > self.CACHED_PAGES * self.PAGE:
            self._cells.clear()
        if item is None:
            self._cells[row] = {}
            return {}
        none = [None] * len(COLUMNS)
        muted, bold = QColor(theme.current().muted), QFont()
        bold.setWeight(QFont.Weight.DemiBold)
        cells = {
            Qt.ItemDataRole.DisplayRole: [self._display(item, k) for k in COLUMN_KEYS],
            Qt.ItemDataRole.ToolTipRole: [item[k][:1500] if k in ("prompt", "response") else None
                                          for k in COLUMN_KEYS],
            STATUS_ROLE: [item["status"] if k == "status" else None for k in COLUMN_KEYS],
            ITEM_ROLE: [item] * len(COLUMNS),
            Qt.ItemDataRole.ForegroundRole: [muted if k in ("id", "updated_at", "tags", "use_case") else None
                                             for k in COLUMN_KEYS],
            Qt.ItemDataRole.FontRole: [bold if k == "locale" else None for k in COLUMN_KEYS],
            Qt.ItemDataRole.TextAlignmentRole: [
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if k == "id" else None
                for k in COLUMN_KEYS],
        }
        for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.CheckStateRole,
                     Qt.ItemDataRole.BackgroundRole):
            cells[role] = none
        self._cells[row] = cells
        return cells

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
        if key == "use_case":
            return item.get("use_case") or ""
        return item[key]

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        store_column = COLUMNS[column][2]
        if store_column is None:
            return
        self.order_by = store_column
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
