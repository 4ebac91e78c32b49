"""Keyboard shortcuts: made with a description, and listed (F1) from what is registered.

`add_shortcut` makes a QShortcut that carries its description (as its What's This text). The
F1 dialog walks the window's actual QActions and QShortcuts, so a key added anywhere shows up
under its page without a list to keep in step; a shortcut made without a description is
listed with the words of `KNOWN`, or, failing that, by its key alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)


translate = QCoreApplication.translate


#: Descriptions of shortcuts made elsewhere without one: (page key, key) → English text.
KNOWN = {
    ("editor", "Ctrl+S"): QT_TRANSLATE_NOOP("Shortcuts", "Save the item"),
    ("editor", "Alt+Down"): QT_TRANSLATE_NOOP("Shortcuts", "Next item"),
    ("editor", "Alt+Up"): QT_TRANSLATE_NOOP("Shortcuts", "Previous item"),
    ("editor", "Ctrl+PgDown"): QT_TRANSLATE_NOOP("Shortcuts", "Next item"),
    ("editor", "Ctrl+PgUp"): QT_TRANSLATE_NOOP("Shortcuts", "Previous item"),
    ("editor", "A"): QT_TRANSLATE_NOOP("Shortcuts", "Finding is personal data (findings list)"),
    ("editor", "R"): QT_TRANSLATE_NOOP("Shortcuts", "Finding is a false alarm (findings list)"),
    ("editor", "Ctrl+M"): QT_TRANSLATE_NOOP("Shortcuts", "Mark missed personal data in the selected text"),
}


def add_shortcut(owner: QWidget, keys, slot, description: str,
                 context=Qt.ShortcutContext.WidgetShortcut) -> QShortcut:
    """A shortcut on `owner` that the F1 list describes with `description` (translated)."""
    sc = QShortcut(QKeySequence(keys), owner)
    sc.setContext(context)
    sc.setWhatsThis(description)
    sc.activated.connect(slot)
    return sc


def _page_of(obj, window) -> str:
    """The key of the page (view) a shortcut lives on; '' for the window itself."""
    views = {id(v): k for k, v in getattr(window, "views", {}).items()}
    w = obj.parent()
    while w is not None and w is not window:
        if id(w) in views:
            return views[id(w)]
        w = w.parent()
    return ""


def _keys(seqs) -> list[str]:
    return [s.toString(QKeySequence.SequenceFormat.PortableText) for s in seqs if not s.isEmpty()]


def collect(window) -> list[tuple[str, str, str]]:
    """(page key, description, key) for every shortcut registered in the window."""
    rows = []
    for action in window.findChildren(QAction):
        for key in _keys(action.shortcuts()):
            text = action.text().replace("&", "").rstrip("…") or action.toolTip()
            rows.append((_page_of(action, window), text, key))
    for sc in window.findChildren(QShortcut):
        page = _page_of(sc, window)
        for key in _keys([sc.key()]):
            text = sc.whatsThis() or translate("Shortcuts", KNOWN.get((page, key), "")) or key
            rows.append((page, text, key))
    return rows


class ShortcutsDialog(QDialog):
    """Every shortcut of every page, grouped by page, keys of the same step side by side."""

    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.setWindowTitle(translate("Shortcuts", "Keyboard shortcuts"))
        self.resize(640, 620)
        lay = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([translate("Shortcuts", "Step"), translate("Shortcuts", "Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        lay.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._fill(window)

    def _fill(self, window) -> None:
        titles = {spec.key: spec.display_title() for spec in getattr(window, "specs", [])}
        grouped: dict[str, dict[str, list[str]]] = {}
        for page, text, key in collect(window):
            keys = grouped.setdefault(page, {}).setdefault(text, [])
            if key not in keys:
                keys.append(key)
        order = [""] + [k for k in titles if k in grouped] + sorted(set(grouped) - set(titles) - {""})
        for page in order:
            if page not in grouped:
                continue
            head = QTreeWidgetItem([titles.get(page, page) if page else translate("Shortcuts", "Everywhere"), ""])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(head)
            for text, keys in grouped[page].items():
                shown = "  ·  ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
                self.tree.addTopLevelItem(QTreeWidgetItem(["    " + text, shown]))
        for item in (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())):
            if item.text(1) == "":
                item.setFirstColumnSpanned(True)

    def listed(self) -> list[tuple[str, str]]:
        """(step, keys) as shown, for tests and screen readers."""
        return [(self.tree.topLevelItem(i).text(0).strip(), self.tree.topLevelItem(i).text(1))
                for i in range(self.tree.topLevelItemCount())]
