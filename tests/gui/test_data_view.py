"""Data view: filters, full-text search, sorting, lazy fetching, keyboard approve/reject."""

from PySide6.QtCore import Qt

from tests.gui.conftest import settle, sign_in
from tests.gui.helpers import add_pairs, deidentify
from workbench.store import items

TEXTS = [("Quel est le taux hypothécaire actuel ?", "Le taux de référence est de 1,75 %."),
         ("Comment ouvrir un compte épargne ?", "Avec une pièce d'identité valable."),
         ("Que couvre l'assurance ménage ?", "Le vol, l'incendie et les dégâts d'eau.")]


def _reload(qtbot, window):
    window.session.notify_items([])
    settle(qtbot, window)


def test_filter_search_and_sort(qtbot, window, project):
    add_pairs(project, TEXTS, tags=["banking"])
    add_pairs(project, [("Qual è il tasso ipotecario?", "Il tasso di riferimento è 1,75 %.")],
              locale="it-CH", kind="holdout", tags=["banking"])
    add_pairs(project, [("Wie kündige ich die Hausratversicherung?", "Schriftlich, drei Monate vorher.")],
              locale="de-CH", tags=["insurance"])
    _reload(qtbot, window)
    view = window.views["data"]
    assert view.model.total() == 5

    view.filters.search.setText("hypothécaire")  # accents in the query are folded by FTS
    settle(qtbot, window)
    qtbot.waitUntil(lambda: view.model.total() == 1)
    assert view.model.item_at(0)["prompt"].startswith("Quel est le taux")
    assert "1 item" in view.count.text()

    view.filters.search.setText("")
    view.filters.set_value("locale", "it-CH")
    settle(qtbot, window)
    assert [view.model.item_at(r)["locale"] for r in range(view.model.rowCount())] == ["it-CH"]

    view.filters.set_value("locale", None)
    view.filters.set_value("kind", "pair")
    view.filters.set_value("tag", "insurance")
    settle(qtbot, window)
    assert view.model.total() == 1 and view.model.item_at(0)["locale"] == "de-CH"

    # no match shows the empty state with a way out, not a blank table
    view.filters.search.setText("zzzznothing")
    settle(qtbot, window)
    assert view.stack.currentWidget() is view.no_match
    view.filters.clear()
    settle(qtbot, window)
    assert view.model.total() == 5 and view.stack.currentWidget() is view.split

    # sorting by prompt, descending, is done by the store (not just the loaded page)
    view.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    settle(qtbot, window)
    prompts = [view.model.item_at(r)["prompt"] for r in range(view.model.rowCount())]
    assert prompts == sorted(prompts, reverse=True)


def test_every_match_is_a_row_and_only_the_pages_shown_are_read(qtbot, window, project):
    add_pairs(project, [(f"Frage {i} zum Konto", f"Antwort {i}") for i in range(450)], locale="de-CH")
    _reload(qtbot, window)
    model = window.views["data"].model
    assert model.total() == 450 and model.rowCount() == 450  # the scrollbar spans every match
    assert set(model._pages) <= {0, 1}  # only what was painted has been read
    window.views["data"].table.select_row(430)  # jumping down reads that page alone
    assert model.item_at(430)["prompt"] == "Frage 430 zum Konto"
    assert 2 in model._pages and 1 not in model._pages or set(model._pages) <= {0, 1, 2}


def test_keyboard_approve_reject_and_undo(qtbot, window, project):
    ids = deidentify(project, add_pairs(project, TEXTS))
    _reload(qtbot, window)
    sign_in(qtbot, window, "max")  # annotator: may review, may not sign
    view = window.views["data"]
    window.show_view("data")
    view.table.setFocus()
    view.table.select_row(0)
    assert view.approve_button.isEnabled()

    qtbot.keyClick(view.table, Qt.Key.Key_A)
    assert items.get_item(project, ids[0])["status"] == "in_review"
    assert view.table.current_item()["id"] == ids[1]  # moved on to the next item
    assert view.model.item_at(0)["status"] == "in_review"  # row refreshed in place

    qtbot.keyClick(view.table, Qt.Key.Key_R)
    assert items.get_item(project, ids[1])["status"] == "rejected"

    window.ctx.undo.undo()  # the rejection
    assert items.get_item(project, ids[1])["status"] == "draft"  # a rejected item restarts as draft
    window.ctx.undo.undo()  # the approval
    assert items.get_item(project, ids[0])["status"] == "deidentified"
    window.ctx.undo.redo()
    assert items.get_item(project, ids[0])["status"] == "in_review"

    # J/K move, E opens the editor on the current item
    view.table.select_row(0)
    qtbot.keyClick(view.table, Qt.Key.Key_J)
    assert view.table.current_item()["id"] == ids[1]
    qtbot.keyClick(view.table, Qt.Key.Key_E)
    assert window.current_view_key() == "editor"
    assert window.views["editor"].item["id"] == ids[1]


def test_drafts_cannot_be_approved_and_say_why(qtbot, window, project):
    add_pairs(project, TEXTS[:1])
    _reload(qtbot, window)
    sign_in(qtbot, window, "max")
    view = window.views["data"]
    view.table.select_row(0)
    assert not view.approve_button.isEnabled()
    assert "de-identif" in view.approve_button.toolTip()


def test_empty_project_offers_import_and_imports_in_the_background(qtbot, window, project, tmp_path):
    from workbench.gui.dialogs.import_dialog import ImportDialog

    view = window.views["data"]
    assert view.stack.currentWidget() is view.empty
    assert not view.import_button.isEnabled()  # nobody signed in yet
    sign_in(qtbot, window, "max")
    assert view.import_button.isEnabled()
    path = tmp_path / "fr-CH.jsonl"
    path.write_text('{"prompt": "Question sur le compte", "response": "Réponse"}\n'
                    '{"prompt": "Question sur la carte", "response": "Autre réponse"}\n', encoding="utf-8")
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.locale.setCurrentIndex(dialog.locale.findData("fr-CH"))
    dialog.start()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: view.model.total() == 2)
    assert view.stack.currentWidget() is view.split
    assert {i["author"] for i in items.list_items(project)} == {"max"}
