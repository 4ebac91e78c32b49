"""The Audit page as a compliance officer reads it: sentences, a readable before/after, filters
by person, action, locale and date, every signature with its meaning and verification, and
the record printed to PDF."""

from __future__ import annotations

from PySide6.QtCore import QDate

from tests.conftest import PASSWORD
from tests.gui.conftest import settle, sign_in
from tests.gui.helpers import add_pairs, deidentify


def _signed(project):
    from workbench.store.signoff import on_screen, sign_off

    ids = deidentify(project, add_pairs(project, [("Comment annoncer un sinistre ?", "En ligne, dans les 48 heures."),
                                                  ("Quand part la facture ?", "Au début du mois de janvier.")]))
    sign_off(project, on_screen(project, ids), username="claire", password=PASSWORD)


def _audit(qtbot, window):
    sign_in(qtbot, window, "cora")
    window.show_view("audit")
    view = window.views["audit"]
    view._project_changed()
    settle(qtbot, window)
    return view


def test_entries_read_as_sentences_with_a_readable_change(qtbot, window, project):
    from workbench.store.users import get_user

    _signed(project)
    view = _audit(qtbot, window)
    claire = get_user(project, "claire").display_name
    rows = {view.model.entry_at(r)["action"]: r for r in reversed(range(view.model.rowCount()))}
    signoff = view.model.index(rows["items.signoff"], 5).data()
    assert signoff == f"{claire} signed 2 fr-CH training pairs: approved as training data for fr-CH"
    view.table.selectRow(rows["items.signoff"])
    detail = view.detail.toPlainText()
    assert signoff in detail and "{" not in detail and "manifest hash" in detail and "signed revisions" in detail
    change = detail.split("hash ")[0]  # the chain's own two hashes stay whole, at the foot
    assert all(len(word) < 40 for word in change.split()), change  # hashes shortened, no JSON blobs


def test_numbers_are_rounded_and_unchanged_fields_not_marked():
    from workbench.gui.audit_text import diff_rows

    rows = diff_rows('{"train_loss": 6.927302312419147, "step": 10}', '{"train_loss": 6.80384686, "step": 10}')
    assert rows == [("training loss", "6.927", "6.804", True), ("step", "10", "10", False)]


def test_filters_by_person_locale_and_date(qtbot, window, project):
    _signed(project)
    add_pairs(project, [("Wie melde ich einen Schaden?", "Online, innert 48 Stunden.")], locale="de-CH")
    view = _audit(qtbot, window)
    everything = view.model.total()
    view.locale.setCurrentIndex(view.locale.findData("fr-CH"))
    settle(qtbot, window)
    shown = [view.model.entry_at(r) for r in range(view.model.rowCount())]
    assert 0 < len(shown) < everything and "items.signoff" in {e["action"] for e in shown}
    assert all("fr-CH" in (e["after"] or "") + (e["before"] or "") for e in shown)
    view.locale.setCurrentIndex(0)
    view.actor.setCurrentIndex(view.actor.findData("claire"))
    settle(qtbot, window)
    assert {view.model.entry_at(r)["actor"] for r in range(view.model.rowCount())} == {"claire"}
    assert "(claire)" in view.actor.currentText()  # the person's name, not only the login
    view.actor.setCurrentIndex(0)
    view.until.setDate(QDate.currentDate().addDays(-1))
    settle(qtbot, window)
    assert view.model.total() == 0
    view.until.setDate(view.until.minimumDate())
    view.since.setDate(QDate.currentDate())
    settle(qtbot, window)
    assert view.model.total() >= everything


def test_signatures_view_and_the_printed_record(qtbot, window, project, tmp_path):
    _signed(project)
    view = _audit(qtbot, window)
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not view.signatures.loading and view.signatures.table.rowCount() > 0, timeout=20_000)
    table = view.signatures.table
    texts = [table.item(0, c).text() for c in range(table.columnCount())]
    assert "approved as training data for fr-CH" in texts and "2" in texts
    assert texts[5].startswith("verified"), texts
    assert "item" in view.signatures.detail.toPlainText()
    pdf = view.print_record(str(tmp_path / "record.pdf"))
    data = (tmp_path / "record.pdf").read_bytes()
    assert pdf and data.startswith(b"%PDF") and len(data) > 1000
