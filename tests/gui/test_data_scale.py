"""The Data page at 100,000 items: every match is a row, Ctrl+End reaches the last in one step,
Ctrl+A selects every match by query and a bulk step states and acts on exactly that count, and
the window's thread never runs a query over all the items while scrolling, filtering or
selecting all: it reads a page of rows by key, everything else runs in the background.

The work is measured in SQLite steps, not milliseconds (tests/gui/scale.py `WindowSql`), so the
tests hold on a loaded machine; the wall-clock figures are printed by bench/gui_scale.py."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import settle, sign_in
from tests.gui.scale import Watchdog, WindowSql, build_items_project, digits
from workbench.store import items, open_project

N = 100_000
#: No statement on the window's thread may do a tenth of the work of one scan of the items.
SCAN_FRACTION = 10


@pytest.fixture(scope="session")
def _items_100k(_project_template, tmp_path_factory, worker_id):
    if worker_id == "master":
        return build_items_project(_project_template, tmp_path_factory.mktemp("scale") / "p100k", N)
    from filelock import FileLock

    shared = tmp_path_factory.getbasetemp().parent  # one folder for all workers of this run
    root = shared / "p100k"
    with FileLock(str(shared / "p100k.lock")):
        if not (root / "workbench.sqlite").exists():
            build_items_project(_project_template, shared / "p100k.partial", N)
            (shared / "p100k.partial").rename(root)
    return root


@pytest.fixture
def big_window(qtbot, _items_100k, tmp_path):
    from workbench.gui.app import build_window

    root = tmp_path / "p100k"
    shutil.copytree(_items_100k, root)
    _, win = build_window(remember=False, language="en", theme_mode="light")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_project(root, login=False)
    settle(qtbot, win, timeout=30_000)
    yield win
    win.ctx.tasks.wait(10_000)
    win.session.close_project()


def _no_scan_on_the_window_thread(sql: WindowSql, window, dog: Watchdog) -> None:
    scan = WindowSql(window.session.project.conn).measure("SELECT id, status, locale FROM items WHERE status != ''")
    steps, statement = sql.worst
    print(f"worst statement on the window's thread: {steps} steps; one scan of the items: {scan}; "
          f"longest stall of the window's thread (wall clock, a figure): {dog.worst_ms:.0f} ms")
    assert steps < scan // SCAN_FRACTION, (
        f"the window's thread ran a statement of {steps} SQLite steps (one scan of the items is {scan}): {statement}")


def _data(qtbot, window):
    view = window.views["data"]
    window.show_view("data")
    view.table.setFocus()
    settle(qtbot, window, timeout=30_000)
    return view


def test_ctrl_end_reaches_the_last_of_100k_items_in_one_step(qtbot, big_window):
    view = _data(qtbot, big_window)
    assert view.model.total() == N and view.model.rowCount() == N  # the scrollbar spans all
    bar = view.table.verticalScrollBar()
    with WindowSql(big_window.session.project.conn) as sql, Watchdog() as dog:
        qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(50)
    assert view.table.current_item()["id"] == N  # one key press, the last item
    assert view.table.selected_ids() == [N]
    assert bar.value() == bar.maximum()
    assert view.table.horizontalScrollBar().value() == 0  # never sideways: # and Status in view
    _no_scan_on_the_window_thread(sql, big_window, dog)

    qtbot.keyClick(view.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.table.current_item()["id"] == 1
    qtbot.keyClick(view.table, Qt.Key.Key_PageDown)
    assert view.table.current_item()["id"] > 10  # a screen further down

    assert view.go_to(76_543)  # "Go to #id" (Ctrl+G)
    assert view.table.current_item()["id"] == 76_543


def test_select_all_then_reject_states_and_moves_exactly_the_filtered_count(qtbot, big_window, monkeypatch):
    from workbench.gui import bulk_actions

    sign_in(qtbot, big_window, "max")
    view = _data(qtbot, big_window)
    view.filters.set_value("locale", "fr-CH")
    settle(qtbot, big_window, timeout=30_000)
    expected = N // 6 + (1 if N % 6 > 2 else 0)
    assert view.model.total() == expected

    with WindowSql(big_window.session.project.conn) as sql, Watchdog() as dog:
        qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(50)
    _no_scan_on_the_window_thread(sql, big_window, dog)
    assert view.table.all_selected() and view.table.selected_count() == expected
    assert f"{expected} selected" in digits(view.count.text())

    questions = []
    monkeypatch.setattr(bulk_actions, "ask", lambda parent, title, text, yes: questions.append(text) or True)
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    settle(qtbot, big_window, timeout=30_000)
    assert len(questions) == 1  # asked once
    assert str(expected) in digits(questions[0])  # stating the count
    with open_project(big_window.session.root) as p:
        assert items.count_items(p, status="rejected") == expected
        assert items.count_items(p, status="rejected", locale="fr-CH") == expected
        [entry] = [e for e in p.conn.execute("SELECT after FROM audit WHERE action = 'items.status'")]
        assert f'"count":{expected}' in entry[0].replace(" ", "")

    big_window.ctx.undo.undo()  # one step back, for all of them
    settle(qtbot, big_window, timeout=30_000)
    with open_project(big_window.session.root) as p:
        assert items.count_items(p, status="rejected") == 0


def test_the_window_thread_never_scans_while_scrolling_filtering_and_selecting_all(qtbot, big_window):
    view = _data(qtbot, big_window)
    bar = view.table.verticalScrollBar()
    with WindowSql(big_window.session.project.conn) as sql, Watchdog() as dog:
        for step in range(0, 21):  # a drag from top to bottom, painting as it goes
            bar.setValue(bar.maximum() * step // 20)
            qtbot.wait(15)
        view.filters.search.setText("saldieren 4711")
        settle(qtbot, big_window, timeout=30_000)
        assert 0 < view.model.total() < N
        view.filters.clear()
        view.filters.set_value("tag", "banking")
        settle(qtbot, big_window, timeout=30_000)
        assert view.model.total() == N // 2
        view.select_all()
        qtbot.wait(50)
        assert view.table.selected_count() == N // 2
        qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # from all selected
        assert view.table.selected_count() == 1 and view.table.current_item()["id"] == N
        view.filters.clear()
        settle(qtbot, big_window, timeout=30_000)
    assert view.model.total() == N
    assert len(sql.statements) >= 20, "scrolling read its pages on the window's thread, and they were measured"
    _no_scan_on_the_window_thread(sql, big_window, dog)
