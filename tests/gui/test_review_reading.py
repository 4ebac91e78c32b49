"""The signer sees what she signs: the Review page shows the selected item's full
de-identified text with its placeholders highlighted, J/K move through the queue, R returns
one item to its annotator with a comment, and the signature covers what is left on screen."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from tests.conftest import deidentify
from tests.gui.conftest import settle, sign_in
from workbench.core.items import ItemContent
from workbench.store import items, returns
from workbench.store.users import get_user

LONG = "Der Kunde " + "fragt ausführlich nach den Bedingungen des Sparkontos, " * 12 + "Ende der Frage."


def _pairs(project):
    contents = [ItemContent.create(kind="pair", locale="fr-CH", prompt=LONG + f" Fall {i}.",
                                   response=f"Guten Tag <PERSON_1>, hier die Antwort {i}.",
                                   system="Du bist die Kundenberatung der Bank.") for i in range(3)]
    return deidentify(project, items.add_items(project, contents, actor=get_user(project, "max")))


def _queue(qtbot, window):
    view = window.views["review"]
    window.show_view("review")
    view.select("fr-CH", "pair")
    settle(qtbot, window)
    view.table.setFocus()
    return view


def test_the_review_page_shows_the_full_text_with_placeholders_highlighted(qtbot, window, project):
    ids = _pairs(project)
    sign_in(qtbot, window, "claire")
    view = _queue(qtbot, window)
    assert view.table.current_item()["id"] == ids[0]
    shown = view.preview.toPlainText()
    assert LONG + " Fall 0." in shown  # the whole prompt, not a cut-off line
    assert "Guten Tag <PERSON_1>, hier die Antwort 0." in shown
    assert "Du bist die Kundenberatung der Bank." in shown  # the system prompt too
    assert "<span style=" in view.preview.toHtml().split("PERSON_1")[0][-200:]  # highlighted

    qtbot.keyClick(view.table, Qt.Key.Key_J)
    assert view.table.current_item()["id"] == ids[1] and "Fall 1." in view.preview.toPlainText()
    qtbot.keyClick(view.table, Qt.Key.Key_K)
    assert view.table.current_item()["id"] == ids[0]


def test_r_returns_one_item_to_its_annotator_who_reads_the_comment(qtbot, window, project, monkeypatch):
    ids = _pairs(project)
    sign_in(qtbot, window, "claire")
    view = _queue(qtbot, window)
    qtbot.keyClick(view.table, Qt.Key.Key_J)
    comment = "Bitte die Anrede prüfen."
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: (comment, True)))
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    settle(qtbot, window)

    assert items.get_item(project, ids[1])["status"] == "draft"
    assert view.model.total() == 2 and [s[0] for s in view.seen] == [ids[0], ids[2]]  # what is signed
    assert view.table.current_item()["id"] == ids[2]  # on to the next item
    [entry] = project.conn.execute("SELECT after FROM audit WHERE action = 'item.returned'").fetchall()
    assert comment not in entry[0]

    sign_in(qtbot, window, "max")
    data = window.views["data"]
    window.show_view("data")
    settle(qtbot, window)
    assert data.go_to(ids[1])
    assert comment in data.preview.toPlainText() and returns.comments(project, ids[1])[0]["author"] == "claire"
