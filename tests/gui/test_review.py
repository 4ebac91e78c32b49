"""Review and sign-off: the queue per locale, one e-signature with the password re-entered and
the meaning shown verbatim, the hold-out frozen as its own signed step."""

from PySide6.QtCore import Qt

from tests.conftest import PASSWORD
from tests.gui.conftest import settle, sign_in
from tests.gui.helpers import add_pairs, deidentify
from workbench.core.items import signoff_meaning
from workbench.store import items, signoff, snapshots

PAIRS = [(f"Question {i} sur le compte d'épargne", f"Réponse {i} au client") for i in range(5)]


def _open_queue(qtbot, window, locale, kind):
    view = window.views["review"]
    window.show_view("review")
    view.select(locale, kind)
    settle(qtbot, window)
    return view


def _sign(qtbot, window, view, password):
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog.isVisible()
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    return dialog


def test_batch_signoff_of_the_filtered_set_with_one_signature(qtbot, window, project):
    ids = deidentify(project, add_pairs(project, PAIRS))
    add_pairs(project, [("Domanda sul conto", "Risposta")], locale="it-CH")  # another queue
    sign_in(qtbot, window, "claire")
    view = _open_queue(qtbot, window, "fr-CH", "pair")
    assert view.model.total() == 5
    assert view.sign_button.isEnabled() and "5 items" in view.sign_button.text()
    meaning = signoff_meaning("pair", "fr-CH")
    assert meaning in view.meaning.text()

    dialog = _sign(qtbot, window, view, "not-my-password")
    assert dialog.isVisible() and dialog.error.isVisible()  # stays open, says why
    assert "wrong" in dialog.error.text()
    assert dialog.meaning.text() == f"“{meaning}”"  # verbatim, as it will be stored
    assert signoff.signatures(project) == []

    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert not dialog.isVisible()
    [sig] = signoff.signatures(project)
    assert sig["signer"] == "claire" and sig["meaning"] == meaning and sig["item_count"] == 5
    assert {items.get_item(project, i)["status"] for i in ids} == {"signed_off"}
    qtbot.waitUntil(lambda: view.model.total() == 0)  # the queue is empty now


def test_search_narrows_what_is_signed(qtbot, window, project):
    extra = [("Quelle franchise pour l'assurance ?", "300 francs.")]
    ids = deidentify(project, add_pairs(project, PAIRS + extra))
    sign_in(qtbot, window, "claire")
    view = _open_queue(qtbot, window, "fr-CH", "pair")
    view.filters.search.setText("franchise")
    settle(qtbot, window)
    assert view.model.total() == 1
    _sign(qtbot, window, view, PASSWORD)
    [sig] = signoff.signatures(project)
    signed = signoff.signature_entries(project, sig["id"])
    assert signed == [(ids[-1], 1, items.get_item(project, ids[-1])["content_hash"])]


def test_only_the_owner_of_the_locale_may_sign(qtbot, window, project):
    deidentify(project, add_pairs(project, PAIRS))
    sign_in(qtbot, window, "giulia")  # owns it-CH, not fr-CH
    view = _open_queue(qtbot, window, "fr-CH", "pair")
    assert not view.sign_button.isEnabled()
    assert "fr-CH" in view.sign_button.toolTip() and "it-CH" in view.sign_button.toolTip()


def test_open_findings_block_signing(qtbot, window, project):
    ids = deidentify(project, add_pairs(project, PAIRS))
    with project.transaction():
        project.conn.execute("INSERT INTO findings (item_id, rev, field, start, end, entity, score) "
                             "VALUES (?, 1, 'prompt', 0, 8, 'PERSON', 0.9)", (ids[2],))
    sign_in(qtbot, window, "claire")
    view = _open_queue(qtbot, window, "fr-CH", "pair")
    assert view.banner.isVisible() and str(ids[2]) in view.banner.text.text()
    assert not view.sign_button.isEnabled()


def test_freeze_the_holdout_is_its_own_signed_step(qtbot, window, project):
    hold = deidentify(project, add_pairs(project, PAIRS[:3], kind="holdout"))
    signoff.sign_off(project, signoff.on_screen(project, hold), username="claire", password=PASSWORD)
    sign_in(qtbot, window, "claire")
    view = _open_queue(qtbot, window, "fr-CH", "holdout")
    panel = view.freeze
    assert panel.counts == {"fr-CH": 3} and panel.button.isEnabled()
    panel.name.setText("hold-out v1")
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog.meaning.text() == ("“hold-out 'hold-out v1' frozen for evaluation (3 items: fr-CH 3), "
                                     "signed for fr-CH”")
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    [snap] = snapshots.list_snapshots(project, "holdout")
    assert snap["frozen"] and snap["item_count"] == 3 and snap["name"] == "hold-out v1"
    assert "hold-out v1" in panel.last.text()


def test_a_german_signer_signs_the_german_sentence_and_the_record_keeps_both(qtbot, project):
    from workbench.gui.app import build_window
    from workbench.store import signoff

    ids = deidentify(project, add_pairs(project, PAIRS))
    _, win = build_window(remember=False, language="de", theme_mode="light")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    assert win.open_project(project.root, login=False)
    try:
        sign_in(qtbot, win, "claire")
        view = _open_queue(qtbot, win, "fr-CH", "pair")
        assert "Trainingsdaten" in view.meaning.text()          # what she reads
        _sign(qtbot, win, view, PASSWORD)
        [sig] = [s for s in signoff.signatures(project) if s["subject_type"] == "items:pair"]
        assert sig["meaning"] == "approved as training data for fr-CH"   # what is signed and verified
        assert sig["meaning_language"] == "de_CH" and "Trainingsdaten" in sig["meaning_shown"]
        assert {i for i, _, _ in signoff.signature_entries(project, sig["id"])} == set(ids)
    finally:
        win.ctx.tasks.wait(10_000)
        win.session.close_project()
