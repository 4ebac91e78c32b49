"""How the Data page feels at 100k and 1M items: first show, filter, select all, end jump.

    .venv/bin/python bench/gui_scale.py [--sizes 100000 1000000] [--keep DIR]

Each size gets a project of synthetic pairs (written through the store, as an import would),
then the real window, offscreen, times: opening the project until the table shows its first
rows ("first show"), a locale filter until the table holds the matches, Ctrl+A over every
match, and Ctrl+End to the last item (painted). It also prints the longest stall of the
window's thread during those steps (a 10 ms timer's longest gap).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LOCALES = ("de-CH", "gsw", "fr-CH", "it-CH", "rm", "en")


def build(root: Path, n: int) -> None:
    from workbench.core.items import ItemContent
    from workbench.store import init_project, items
    from workbench.store.users import create_user

    project = init_project(root)
    who = create_user(project, "bench", "bench-password-2026", roles=["annotator"])
    for start in range(0, n, 100_000):
        items.add_items(project, [ItemContent.create(
            kind="pair", locale=LOCALES[i % 6], tags=["banking"],
            prompt=f"Ticket {i}: Kunde möchte das Sparkonto saldieren und CHF {i % 9000}.50 überweisen.",
            response=f"Guten Tag, wir saldieren das Konto per Monatsende (Ref. {i}).")
            for i in range(start, min(n, start + 100_000))], actor=who)
    project.close()


def wait(app, until, timeout=120.0) -> None:
    end = time.perf_counter() + timeout
    while not until():
        app.processEvents()
        time.sleep(0.002)
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there in time")


def measure(root: Path, n: int) -> dict:
    # A bench script drives the real window, as the GUI tests do.
    from PySide6.QtCore import Qt, QTimer  # noqa: TID251
    from PySide6.QtTest import QTest  # noqa: TID251

    from workbench.gui.app import build_window

    app, win = build_window(remember=False, language="en", theme_mode="light")
    win.resize(1280, 800)
    win.show()
    gaps, last = [0.0], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now

    dog = QTimer(interval=10, timeout=tick)
    view = win.views["data"]
    out = {}
    t = time.perf_counter()
    win.open_project(root, login=False)
    wait(app, lambda: view.model.total() == n and view.model.item_at(0) is not None)
    app.processEvents()
    out["first show"] = time.perf_counter() - t
    wait(app, lambda: not win.ctx.tasks.busy())
    dog.start()
    last[0] = time.perf_counter()
    t = time.perf_counter()
    view.filters.set_value("locale", "fr-CH")
    wait(app, lambda: 0 < view.model.total() < n)
    app.processEvents()
    out["filter"] = time.perf_counter() - t
    view.table.setFocus()
    t = time.perf_counter()
    QTest.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    app.processEvents()
    out["select all"] = time.perf_counter() - t
    assert view.table.selected_count() == view.model.total()
    t = time.perf_counter()
    QTest.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    app.processEvents()
    out["end jump"] = time.perf_counter() - t
    assert view.table.current_item()["id"] == view.model.id_at(view.model.total() - 1)
    dog.stop()
    out["longest stall"] = gaps[0]
    win.ctx.tasks.wait(10_000)
    win.close()
    win.session.close_project()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--keep", type=Path, help="build the projects here and reuse them next time")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        for n in args.sizes:
            root = base / f"items-{n}"
            if not (root / "workbench.sqlite").exists():
                t = time.perf_counter()
                build(root, n)
                print(f"{n:>9,} items: project built in {time.perf_counter() - t:.0f} s")
            figures = measure(root, n)
            print(f"{n:>9,} items: " + " · ".join(f"{k} {v * 1000:,.0f} ms" for k, v in figures.items()))


if __name__ == "__main__":
    main()
