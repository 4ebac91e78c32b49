"""Signing in: the role shows in the status bar; what the role may not do is disabled with a
tooltip saying why."""

from PySide6.QtCore import Qt

from tests.conftest import PASSWORD
from tests.gui.conftest import settle
from tests.gui.helpers import add_pairs, deidentify
from workbench.gui.dialogs.login import LoginDialog


def _login(qtbot, window, username, password):
    dialog = LoginDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.user.setCurrentIndex(dialog.user.findData(username))
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    return dialog


def test_wrong_password_keeps_you_out(qtbot, window):
    dialog = _login(qtbot, window, "claire", "guess")
    assert window.session.user is None
    assert dialog.error.isVisible() and "wrong" in dialog.error.text()


def test_role_in_status_bar_and_gated_actions(qtbot, window, project):
    deidentify(project, add_pairs(project, [("Question", "Réponse")]))
    window.session.notify_items([])
    settle(qtbot, window)
    data, review = window.views["data"], window.views["review"]

    # nobody signed in: read only, and every gated button says to sign in
    assert "read only" in window.role.text()
    data.table.select_row(0)
    assert not data.approve_button.isEnabled() and "Sign in" in data.approve_button.toolTip()

    dialog = _login(qtbot, window, "max", PASSWORD)
    assert dialog.result() == dialog.DialogCode.Accepted
    settle(qtbot, window)
    assert window.role.text() == "Max Frei · annotator"
    assert "Max Frei" in window.sidebar.user.text()
    data.table.select_row(0)
    assert data.approve_button.isEnabled()  # annotators review
    review.select("fr-CH", "pair")
    settle(qtbot, window)
    assert not review.sign_button.isEnabled()  # but never sign
    tip = review.sign_button.toolTip()
    assert "annotator" in tip and "domain owner" in tip
    assert not review.freeze.button.isEnabled()

    window.session.sign_out()
    _login(qtbot, window, "claire", PASSWORD)
    settle(qtbot, window)
    assert window.role.text() == "Claire Rochat · domain owner (fr-CH)"
    review.select("fr-CH", "pair")
    settle(qtbot, window)
    assert review.sign_button.isEnabled()


def test_undo_history_is_cleared_when_the_user_changes(qtbot, window, project):
    ids = deidentify(project, add_pairs(project, [("Question", "Réponse")]))
    window.session.notify_items([])
    window.session.sign_in("max", PASSWORD)
    settle(qtbot, window)
    data = window.views["data"]
    data.table.select_row(0)
    data.approve()
    assert window.ctx.undo.canUndo()
    window.session.sign_out()
    # undoing max's approval as someone else would put a false name in the audit trail
    assert not window.ctx.undo.canUndo()
    assert ids
