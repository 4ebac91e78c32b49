"""An item's revisions, newest first, with what each one changed (word diff against the
revision before it) and whether a signature covers it."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QWidget

from ..store import items as store_items
from ..store.signoff import is_signed
from . import theme
from .diffs import changed_fields, diff_html
from .widgets import local_time

FIELD_NAMES = {"system": QT_TRANSLATE_NOOP("History", "System prompt"),
               "prompt": QT_TRANSLATE_NOOP("History", "Prompt"),
               "response": QT_TRANSLATE_NOOP("History", "Answer")}


translate = QCoreApplication.translate


class HistoryPanel(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.revisions: list[dict] = []
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show)
        self.diff = QTextBrowser()
        split.addWidget(self.list)
        split.addWidget(self.diff)
        split.setSizes([260, 700])
        lay.addWidget(split)

    def set_item(self, item: dict) -> None:
        project = self.ctx.session.project
        self.revisions = list(reversed(store_items.revisions(project, item["id"])))
        self.list.clear()
        for r in self.revisions:
            signed = is_signed(project, item["id"], r["rev"], r["content_hash"])
            mark = "  ✔ " + self.tr("signed") if signed else ""
            label = self.tr("Revision {rev} · {origin} · {author}\n{when}{mark}").format(
                rev=r["rev"], origin=r["origin"], author=r["author"],
                when=local_time(r["created_at"]), mark=mark)
            entry = QListWidgetItem(label)
            entry.setToolTip(self.tr("content hash {hash}").format(hash=r["content_hash"]))
            self.list.addItem(entry)
        self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if not (0 <= row < len(self.revisions)):
            self.diff.clear()
            return
        c = theme.current()
        new = self.revisions[row]
        old = self.revisions[row + 1] if row + 1 < len(self.revisions) else None
        head = f"<p style='color:{c.muted}'>"
        if old is None:
            head += html.escape(self.tr("First revision ({origin}).").format(origin=new["origin"]))
            fields = [f for f in ("system", "prompt", "response") if new.get(f)]
            body = "".join(self._section(f, html.escape(new[f]).replace("\n", "<br>"), c) for f in fields)
        else:
            fields = changed_fields(old, new)
            text = self.tr("Changes from revision {old} to {new}:")
            head += html.escape(text.format(old=old["rev"], new=new["rev"]))
            body = "".join(self._section(f, diff_html(old[f], new[f], good=c.good, bad=c.bad), c)
                           for f in fields)
            if not fields:
                same = self.tr("Same text; only the locale or checks changed.")
                body = f"<p>{html.escape(same)}</p>"
        self.diff.setHtml(head + "</p>" + body)

    @staticmethod
    def _section(field: str, content: str, c) -> str:
        title = translate("History", FIELD_NAMES[field])
        return (f"<p style='margin:12px 0 4px 0; color:{c.muted}; font-weight:600'>"
                f"{html.escape(title)}</p><div style='line-height:140%'>{content}</div>")
