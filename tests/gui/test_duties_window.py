"""Separation of duties in the window: a signed-off item is never rejected on one key press,
the Review page signs what it showed, a relaxed safeguard is always on screen."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from tests.conftest import PASSWORD
from tests.gui.conftest import settle, sign_in
from tests.gui.helpers import add_pairs, deidentify
from workbench.store import items, signoff
from workbench.store.users import get_user, set_duties

TEXTS = [("Quel est le taux hypothécaire actuel ?", "Le taux de référence est de 1,75 %."),
         ("Comment ouvrir un compte épargne ?", "Avec une pièce d'identité valable.")]


def _signed(project):
    ids = deidentify(project, add_pairs(project, TEXTS))
    signoff.sign_off(project, signoff.on_screen(project, ids), username="claire", password=PASSWORD)
    return ids


def test_r_on_a_signed_off_item_asks_why_and_cancel_rejects_nothing(qtbot, window, project, monkeypatch):
    ids = _signed(project)
    window.session.notify_items([])
    sign_in(qtbot, window, "max")
    view = window.views["data"]
    window.show_view("data")
    view.table.setFocus()
    view.table.select_row(0)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (asked.append(a[2]) or ("", False)))
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    assert asked and "signed off" in asked[0]
    assert {items.get_item(project, i)["status"] for i in ids} == {"signed_off"}

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong tariff in the answer", True))
    view.table.select_row(0)
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    rejected = [i for i in ids if items.get_item(project, i)["status"] == "rejected"]
    assert len(rejected) == 1


def test_the_review_page_refuses_a_set_that_changed_after_it_was_shown(qtbot, window, project):
    ids = deidentify(project, add_pairs(project, TEXTS))
    sign_in(qtbot, window, "claire")
    view = window.views["review"]
    window.show_view("review")
    view.select("fr-CH", "pair")
    settle(qtbot, window)
    assert sorted(e[0] for e in view.seen) == sorted(ids)
    # an annotator edits an item (from another window) while claire looks at the page
    items.edit_item(project, ids[0], actor=get_user(project, "max"), prompt="Question modifiée")
    deidentify(project, [ids[0]])
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert dialog.isVisible() and "changed since you looked" in dialog.error.text()
    assert signoff.signatures(project) == []


def test_a_relaxed_safeguard_stays_in_the_status_bar(qtbot, window, project):
    assert not window.safeguards.isVisible()
    set_duties(project, False, admin="admin", password=PASSWORD, reason="two-person team for the pilot")
    window.session.audit_changed.emit()
    assert window.safeguards.isVisible() and "Separation of duties relaxed" in window.safeguards.text()
