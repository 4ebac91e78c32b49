"""The Training page's pre-launch check lists every problem at once, each with the button that
fixes it, and those buttons (training snapshot, hold-out freeze) do it through the same store
calls as the command line, signed with the password where a signature is needed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSWORD
from tests.gui.conftest import settle, sign_in
from tests.train.conftest import FR_PAIRS, HOLDOUT, add_signed_pairs


def _sign_holdout(project):
    from workbench.core.items import ItemContent
    from workbench.store.items import add_items
    from workbench.store.signoff import on_screen, sign_off
    from workbench.store.users import get_user

    from tests.conftest import deidentify

    rows = [ItemContent.create(kind="holdout", locale=loc, prompt=p, response=r) for loc, p, r in HOLDOUT
            if loc == "fr-CH"]
    ids = deidentify(project, add_items(project, rows, actor=get_user(project, "max")))
    sign_off(project, on_screen(project, ids), username="claire", password=PASSWORD)


def _check(qtbot, view):
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.checking, timeout=90_000)
    return view.checks.text()


@pytest.fixture
def training(qtbot, window, tiny_model_dir):
    add_signed_pairs(window.session.project, FR_PAIRS, "fr-CH")
    _sign_holdout(window.session.project)
    sign_in(qtbot, window, "erik")
    window.show_view("training")
    settle(qtbot, window)
    view = window.views["training"]
    view.form.select_preset("peft", "lora", "tiny")
    view.form.set_values({"base_model": tiny_model_dir, "max_steps": 2})
    return view


def test_every_problem_is_shown_at_once_with_the_button_that_fixes_it(qtbot, window, training):
    from workbench.store.snapshots import latest_snapshot

    view = training
    text = _check(qtbot, view)
    assert "No frozen hold-out yet" in text and "No training snapshot yet" in text, text
    assert set(view.checks.buttons) == {"freeze_holdout", "training_snapshot"}
    assert "workbench" not in text and "--" not in text
    # The engineer takes the training snapshot from the check's own button...
    qtbot.mouseClick(view.checks.buttons["training_snapshot"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: latest_snapshot(window.session.project, "pair") is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not view.checking and "No training snapshot" not in view.checks.text(),
                    timeout=90_000)
    assert "No frozen hold-out yet" in view.checks.text()
    assert latest_snapshot(window.session.project, "pair")["created_by"] == "erik"
    # ...but may not freeze the hold-out: the button says who may.
    assert not view.freeze_button.isEnabled() and "owner" in view.freeze_button.toolTip()

    # The locale's owner freezes it from the same page, re-entering the password.
    sign_in(qtbot, window, "claire")
    assert view.checks.text() == ""  # erik's check is not claire's to read
    assert view.freeze_button.isEnabled(), view.freeze_button.toolTip()
    qtbot.mouseClick(view.freeze_button, Qt.MouseButton.LeftButton)
    dialog = view.freeze_dialog
    assert "frozen for evaluation" in dialog.meaning.text()
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: latest_snapshot(window.session.project, "holdout") is not None, timeout=30_000)
    hold = latest_snapshot(window.session.project, "holdout")
    assert hold["frozen"] and hold["signature_id"]
    qtbot.waitUntil(lambda: not view.freeze_button.isEnabled(), timeout=10_000)
    assert "up to date" in view.freeze_button.toolTip()

    sign_in(qtbot, window, "erik")
    text = _check(qtbot, view)
    assert "✗" not in text and "Frozen hold-out" in text, text


def test_a_new_signoff_is_named_with_a_button_to_take_it_into_the_snapshot(qtbot, window, training):
    from workbench.store.snapshots import create_snapshot, latest_snapshot
    from workbench.store.users import get_user

    project = window.session.project
    create_snapshot(project, kind="holdout", name="hold-out v1", actor=get_user(project, "claire"),
                    password=PASSWORD)
    create_snapshot(project, kind="pairs", name="train v1", actor=get_user(project, "erik"))
    add_signed_pairs(project, [("Quel est le taux d'intérêt du compte ?", "Le taux est de 0,5 pour cent.")],
                     "fr-CH")
    view = training
    view.refresh_data_status()
    assert view.snapshot_button.isEnabled() and "not in it yet" in view.data_status.text()
    text = _check(qtbot, view)
    assert "✗" not in text and "1 pair(s) signed off since" in text, text
    assert set(view.checks.buttons) == {"training_snapshot"}
    qtbot.mouseClick(view.snapshot_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: latest_snapshot(project, "pair")["item_count"] == len(FR_PAIRS) + 1, timeout=30_000)
    qtbot.waitUntil(lambda: not view.checking and "signed off since" not in view.checks.text(), timeout=90_000)
    assert not view.snapshot_button.isEnabled()
