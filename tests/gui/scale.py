"""A project with 100,000 items for the window's scale tests, built once per test run (shared by
the xdist workers through a file lock) and copied per test; and a watchdog that measures how
long the window's thread was ever kept from its event loop."""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

from workbench.core.items import ItemContent
from workbench.store import items, open_project
from workbench.store.users import get_user

LOCALES = ("de-CH", "gsw", "fr-CH", "it-CH", "rm", "en")


def synthetic_contents(n: int) -> list[ItemContent]:
    return [ItemContent.create(
        kind="pair", locale=LOCALES[i % len(LOCALES)],
        prompt=f"Ticket {i}: Kunde möchte das Sparkonto saldieren und CHF {i % 9000}.50 überweisen.",
        response=f"Guten Tag, wir saldieren das Konto per Monatsende (Ref. {i}).",
        tags=["banking" if i % 2 else "insurance"]) for i in range(n)]


def build_items_project(template: Path, root: Path, n: int) -> Path:
    """A copy of the test project template (its users) with n draft items added by max."""
    shutil.copytree(template, root)
    with open_project(root) as p:
        items.add_items(p, synthetic_contents(n), actor=get_user(p, "max"))
        p.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return root


class Watchdog:
    """A 10 ms timer on the window's thread: the longest gap between two of its ticks is the
    longest the thread was busy with anything else (a query, a paint, a reset)."""

    def __init__(self, interval_ms: int = 10):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0
        self._last: float | None = None

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.worst = max(self.worst, now - self._last)
        self._last = now

    def __enter__(self) -> "Watchdog":
        self._last = time.perf_counter()
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._tick()
        self.timer.stop()

    @property
    def worst_ms(self) -> float:
        return self.worst * 1000


def digits(text: str) -> str:
    """Numbers without their group separators (16,667 · 16’667 · 16 667 → 16667)."""
    return re.sub(r"(?<=\d)[,'’\u202f\xa0 .](?=\d{3})", "", text)
