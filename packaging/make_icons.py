"""Render packaging/icons/apertus-workbench.svg to the PNG sizes desktops ask for, and the
macOS .icns. Run after changing the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

The PNGs are committed, so building the bundle never needs this script (or Pillow).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "icons"
SVG = HERE / "apertus-workbench.svg"
#: freedesktop hicolor sizes (16-256) plus 512 and 1024 for macOS and HiDPI launchers.
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def render(size: int, out: Path) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")
    return out


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - needed for fonts/painting
    pngs = [render(s, HERE / f"apertus-workbench-{s}.png") for s in SIZES]
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is missing: PNGs written, .icns skipped", file=sys.stderr)
    else:
        Image.open(pngs[-1]).save(HERE / "apertus-workbench.icns",
                                  sizes=[(s, s) for s in (16, 32, 64, 128, 256, 512, 1024)])
    print("\n".join(str(p) for p in pngs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
