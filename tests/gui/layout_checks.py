"""Geometry checks of a rendered page: no label, button, check box, combo box or tab cut off,
no two widgets of one layout on top of each other, none pushed past its parent's edge.

Measured with the widgets' own fonts (QFontMetrics) and the style's own sub-rectangles, on
the page as laid out, so a translation that is longer than the English shows up as a problem
here rather than as a clipped word in a screenshot.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (QAbstractButton, QCheckBox, QComboBox, QLabel, QLayout, QPushButton, QRadioButton,
                               QScrollArea, QSplitter, QStackedWidget, QStyle, QStyleOptionComboBox, QTabBar,
                               QToolButton, QWidget)

SLACK = 2  # pixels: rounding between font metrics and layout


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def _where(w: QWidget) -> str:
    names = []
    while w is not None and len(names) < 4:
        names.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(names))


def _plain(text: str) -> bool:
    return "<" not in text and "&nbsp;" not in text


def label_problems(label: QLabel) -> list[str]:
    text = label.text()
    if not text or not _plain(text) or label.textFormat() == Qt.TextFormat.RichText or not label.pixmap().isNull():
        return []
    rect = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(rect.width() + label.width() - rect.width())
        if needed > label.height() + SLACK:
            return [f"label '{text[:60]}' needs {needed} px of height, has {label.height()} ({_where(label)})"]
        return []
    fm = label.fontMetrics()
    widest = max(fm.horizontalAdvance(line) for line in text.split("\n")) + 2 * label.margin() + label.indent()
    if widest > rect.width() + SLACK:
        return [f"label '{text[:60]}' needs {widest} px, has {rect.width()} ({_where(label)})"]
    return []


def button_problems(button: QAbstractButton) -> list[str]:
    if not button.text() or isinstance(button, QToolButton):
        return []
    needed = button.sizeHint().width() if isinstance(button, (QPushButton, QCheckBox, QRadioButton)) else 0
    if needed > button.width() + SLACK:
        return [f"button '{button.text()[:60]}' needs {needed} px, has {button.width()} ({_where(button)})"]
    return []


def combo_problems(combo: QComboBox) -> list[str]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    needed = combo.fontMetrics().horizontalAdvance(text) + icon
    if needed > field.width() + SLACK:
        return [f"combo box shows '{text[:60]}' cut: needs {needed} px, has {field.width()} ({_where(combo)})"]
    return []


def tab_problems(bar: QTabBar) -> list[str]:
    out = []
    for i in range(bar.count()):
        cut = bar.tabRect(i).width() + SLACK < bar.tabSizeHint(i).width()
        if cut and bar.elideMode() != Qt.TextElideMode.ElideNone:
            out.append(f"tab '{bar.tabText(i)}' is cut ({_where(bar)})")
    return out


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    out = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            out.append(item.widget())
        elif item.layout() is not None:
            out += _layout_widgets(item.layout())
    return out


def overlap_problems(parent: QWidget) -> list[str]:
    """Widgets placed by `parent`'s layout: none over another, none past the parent's edge."""
    layout = parent.layout()
    if layout is None or isinstance(parent, (QScrollArea, QSplitter, QStackedWidget)):
        return []
    shown = [w for w in _layout_widgets(layout) if _shown(w)]
    out = []
    bounds = parent.rect()
    for i, a in enumerate(shown):
        ga = a.geometry()
        if not bounds.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(ga):
            out.append(f"{_where(a)} {ga.getRect()} reaches past {_where(parent)} {bounds.getRect()}")
        for b in shown[i + 1:]:
            inter: QRect = ga.intersected(b.geometry())
            if inter.width() > SLACK and inter.height() > SLACK:
                out.append(f"{_where(a)} {ga.getRect()} overlaps {_where(b)} {b.geometry().getRect()}")
    return out


def page_problems(page: QWidget) -> list[str]:
    problems: list[str] = []
    for w in [page, *page.findChildren(QWidget)]:
        if not _shown(w) or not w.isVisibleTo(page.window()):
            continue
        if isinstance(w, QLabel):
            problems += label_problems(w)
        elif isinstance(w, QAbstractButton):
            problems += button_problems(w)
        elif isinstance(w, QComboBox):
            problems += combo_problems(w)
        elif isinstance(w, QTabBar):
            problems += tab_problems(w)
        problems += overlap_problems(w)
    return problems
