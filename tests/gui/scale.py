"""A project with 100,000 items for the window's scale tests, built once per test run (shared by
the xdist workers through a file lock) and copied per test; and a meter of the SQL work the
window's own thread does."""

from __future__ import annotations

import re
import shutil
import threading
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


class WindowSql:
    """What the window's thread asks of SQLite, measured in SQLite's own unit of work (virtual
    machine steps) rather than in milliseconds, so the figure is the same on a fast laptop and
    on a loaded CI runner. Installed on the window's connection, it records every statement run
    on the window's thread and the steps each one took (`worst`); background tasks use their
    own connections and are not counted. How long the thread stalls in wall time is a figure
    printed by bench/gui_scale.py, not a test."""

    EVERY = 100  # steps between two calls of the progress handler

    def __init__(self, conn):
        self.conn = conn
        self.main = threading.main_thread()
        self.statements: list[list] = []  # [sql, steps]

    def _started(self, sql: str) -> None:
        if threading.current_thread() is self.main:
            self.statements.append([" ".join(sql.split())[:160], 0])

    def _step(self) -> int:
        if threading.current_thread() is self.main and self.statements:
            self.statements[-1][1] += self.EVERY
        return 0  # never interrupt

    def __enter__(self) -> "WindowSql":
        self.conn.set_trace_callback(self._started)
        self.conn.set_progress_handler(self._step, self.EVERY)
        return self

    def __exit__(self, *exc) -> None:
        self.conn.set_trace_callback(None)
        self.conn.set_progress_handler(None, 0)

    @property
    def worst(self) -> tuple[int, str]:
        return max(((steps, sql) for sql, steps in self.statements), default=(0, ""))

    def measure(self, sql: str) -> int:
        """The steps one statement takes on this connection (a yardstick: a scan of the table)."""
        with self:
            self.conn.execute(sql).fetchall()
            return self.statements[-1][1]


class Watchdog:
    """A 10 ms timer on the window's thread: the longest gap between two of its ticks is the
    longest the thread was kept from its event loop (a query, a paint, a reset, or the machine
    giving the process no CPU). The tests print it beside the SQL they assert on; on a loaded
    machine it measures the load as much as the window, so it is a figure, not a pass mark."""

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
