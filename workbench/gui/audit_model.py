"""The audit trail as a lazily fetched table, newest entry first, each entry as a sentence
(gui/audit_text.py) with the people's names."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor

from ..store import audit
from .audit_text import sentence
from . import theme
from .session import Session
from .tasks import TaskRunner, worker_project
from .widgets import local_time

COLUMNS = (
    ("seq", QT_TRANSLATE_NOOP("AuditModel", "#")),
    ("ts", QT_TRANSLATE_NOOP("AuditModel", "Time")),
    ("actor", QT_TRANSLATE_NOOP("AuditModel", "Who")),
    ("action", QT_TRANSLATE_NOOP("AuditModel", "Action")),
    ("object", QT_TRANSLATE_NOOP("AuditModel", "Object")),
    ("details", QT_TRANSLATE_NOOP("AuditModel", "What happened")),
)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2


def summary(entry: dict, names: dict[str, str] | None = None) -> str:
    """One line of what an entry recorded, for the table (the detail pane shows it all)."""
    return sentence(entry, names)


class AuditModel(QAbstractTableModel):
    loaded = Signal(int)
    PAGE = 300

    def __init__(self, session: Session, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        self.filters: dict = {}
        self._rows: list[dict] = []
        self._total = 0
        self._generation = 0
        self.loading = False
        self.bad_seq: int | None = None
        #: username → display name, for the sentences
        self.names: dict[str, str] = {}

    def set_filters(self, **filters) -> None:
        self.filters = {k: v for k, v in filters.items() if v}
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        if self.session.project is None:
            self._apply(generation, (0, []))
            return
        root, filters = self.session.root, dict(self.filters)
        self.loading = True

        def query(token):
            from ..store.users import list_users

            with worker_project(root) as p:
                total = audit.count_entries(p, **filters)
                self.names = {u.username: u.display_name or u.username for u in list_users(p)}
                return total, list(audit.entries(p, descending=True, limit=self.PAGE, **filters))

        self.tasks.start(QCoreApplication.translate("AuditModel", "Reading the audit trail…"), query,
                         on_done=lambda result: self._apply(generation, result))

    def _apply(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._total, self._rows = result
        self.endResetModel()
        self.loading = False
        self.loaded.emit(self._total)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self.session.project is None:
            return
        start = len(self._rows)
        rows = list(audit.entries(self.session.project, descending=True, limit=self.PAGE,
                                  offset=start, **self.filters))
        if not rows:
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def entry_at(self, row: int) -> dict | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, seq: int) -> int:
        for n, r in enumerate(self._rows):
            if r["seq"] == seq:
                return n
        return -1

    def ensure_seq_loaded(self, seq: int) -> int:
        while self.row_of(seq) < 0 and self.canFetchMore():
            self.fetchMore()
        return self.row_of(seq)

    def total(self) -> int:
        return self._total

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditModel", COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "ts":
                return local_time(e["ts"], seconds=True)
            if key == "object":
                return f"{e['object_type']}:{e['object_id']}"
            if key == "details":
                return summary(e, self.names)
            return e[key]
        if role == ENTRY_ROLE:
            return e
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.bad_seq is not None and e["seq"] >= self.bad_seq:
                return QColor(theme.current().bad)
            if key in ("seq", "ts", "details"):
                return QColor(theme.current().muted)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "seq":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
