"""Our own line icons (resources/icons/*.svg, drawn with `currentColor`), tinted for the theme.

The SVG text is re-coloured before rendering, so one file serves light and dark mode and the
disabled state, and nothing depends on an icon theme being installed on the machine.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..paths import resources_dir
from . import theme

SIZES = (16, 20, 24, 32, 48)


def icon_dir():
    return resources_dir() / "icons"


@lru_cache(maxsize=None)
def _svg(name: str) -> str:
    path = icon_dir() / f"{name}.svg"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def pixmap(name: str, size: int, colour: str | None = None, ratio: float = 2.0) -> QPixmap:
    text = _svg(name)
    if colour:
        text = text.replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    pm = QPixmap(int(size * ratio), int(size * ratio))
    pm.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pm)
    renderer.render(painter, QRectF(0, 0, pm.width(), pm.height()))
    painter.end()
    pm.setDevicePixelRatio(ratio)
    return pm


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon in the theme's text colour, muted when disabled, white when selected."""
    c = theme.current()
    return _icon(name, colour or c.text, c.muted, c.accent_text)


@lru_cache(maxsize=256)
def _icon(name: str, normal: str, disabled: str, selected: str) -> QIcon:
    ic = QIcon()
    for size in SIZES:
        ic.addPixmap(pixmap(name, size, normal), QIcon.Mode.Normal)
        ic.addPixmap(pixmap(name, size, disabled), QIcon.Mode.Disabled)
        ic.addPixmap(pixmap(name, size, selected), QIcon.Mode.Selected)
    return ic


def app_icon() -> QIcon:
    ic = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        ic.addPixmap(pixmap("app", size, None, 1.0))
    return ic


def names() -> list[str]:
    return sorted(p.stem for p in icon_dir().glob("*.svg"))


DEFAULT_SIZE = QSize(18, 18)
