"""Use cases in the window: the scope dialog creates a use case and its owners sign it with their
password; the pages share one use-case selector (Data filters its table, Review flags personal
data outside the scope, Training's check names an unsigned scope with the button that signs
it); a project without use cases shows no selector at all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSWORD
from tests.gui.conftest import settle, sign_in
from tests.usecases.conftest import CONTRACTS, add_signed, create_scopes

PAGES = ("data", "review", "training", "dashboard")


def _drafts(project, use_case, rows):
    from workbench.core.items import ItemContent
    from workbench.store.items import add_items
    from workbench.store.users import get_user

    contents = [ItemContent.create(kind="pair", locale=loc, prompt=p, response=r) for loc, p, r in rows]
    return add_items(project, contents, actor=get_user(project, "max"), use_case=use_case)


def _choose(qtbot, window, view_key, use_case):
    window.show_view(view_key)
    view = window.views[view_key]
    view.use_cases.select(use_case)
    settle(qtbot, window)
    return view


def _sign_in_dialog(qtbot, window, dialog, use_case, owner):
    sign_in(qtbot, window, owner)
    dialog.refresh(use_case)
    assert dialog.sign_button.isEnabled(), dialog.sign_button.toolTip()
    sig = dialog.sign()
    # The exact statement the store records is shown before the password is asked.
    from workbench.store.usecases import scope_statement

    assert scope_statement(window.session.project, use_case) in sig.meaning.text()
    sig.password.setText(PASSWORD)
    qtbot.mouseClick(sig.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sig.result_value is not None, timeout=20_000)
    settle(qtbot, window)


def test_a_project_without_use_cases_shows_no_selector(qtbot, window):
    sign_in(qtbot, window, "admin")
    for key in PAGES:
        window.show_view(key)
        settle(qtbot, window)
        assert window.views[key].use_cases.isHidden(), key
    data = window.views["data"]
    assert data.move_button.isHidden()
    from workbench.gui.items_model import COLUMN_KEYS

    assert data.table.isColumnHidden(COLUMN_KEYS.index("use_case"))
    assert window.views["training"].form.use_case.isHidden()


def test_create_a_use_case_in_the_dialog_and_each_owner_signs_it(qtbot, window):
    from workbench.store.usecases import get_use_case

    project = window.session.project
    sign_in(qtbot, window, "max")
    dialog = window.open_scope()
    qtbot.addWidget(dialog)
    # An annotator may not define a scope: the button says why.
    assert not dialog.new_button.isEnabled() and "domain owner" in dialog.new_button.toolTip()
    sign_in(qtbot, window, "admin")
    dialog.refresh()
    assert dialog.new_button.isEnabled()
    editor = dialog._edit(None)
    editor.set_fields(use_case="back-office", name="Back-office advisor",
                      tasks=["answer client questions about accounts"], locales=["fr-CH", "it-CH"],
                      data_classes=[], owners=["claire", "giulia"])
    # Only domain owners are offered as owners.
    offered = [editor.owners.item(i).data(Qt.ItemDataRole.UserRole) for i in range(editor.owners.count())]
    assert offered == ["claire", "giulia"]
    # A mistake the store finds is shown in the editor, which stays open.
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and "at least one data class" in editor.error.text()
    editor.set_fields(data_classes=["client-identifying"])
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert editor.result_value["id"] == "back-office"
    uc = get_use_case(project, "back-office")
    assert uc["scope"].owners == ("claire", "giulia") and not uc["in_force"]
    assert dialog.list.topLevelItem(0).text(4) == "claire, giulia"
    # The selector appears on every page once the project has a use case.
    assert not window.views["data"].use_cases.isHidden()
    assert window.views["data"].use_cases.values()[1] == "back-office"
    # Someone who is not an owner may not sign.
    assert not dialog.sign_button.isEnabled() and "claire, giulia" in dialog.sign_button.toolTip()
    _sign_in_dialog(qtbot, window, dialog, "back-office", "claire")
    assert get_use_case(project, "back-office")["missing"] == ["giulia"]
    assert not dialog.sign_button.isEnabled() and "already" in dialog.sign_button.toolTip()
    _sign_in_dialog(qtbot, window, dialog, "back-office", "giulia")
    uc = get_use_case(project, "back-office")
    assert uc["in_force"] and uc["signed_by"] == ["claire", "giulia"]
    assert dialog.list.topLevelItem(0).text(2) == "in force"
    dialog.close()


def test_data_page_filters_by_use_case_and_refuses_to_move_a_signed_off_item(qtbot, window):
    from workbench.store.items import get_item

    project = window.session.project
    create_scopes(project)
    signed = add_signed(project, "contracts", "pair", CONTRACTS["pair"])
    drafts = _drafts(project, "back-office", [("fr-CH", "Question de guichet ?", "Réponse de guichet.")] * 1
                     + [("it-CH", "Domanda di sportello?", "Risposta di sportello.")])
    loose = _drafts(project, None, [("fr-CH", "Sans cas d'usage ?", "Aucun.")])
    sign_in(qtbot, window, "max")
    view = _choose(qtbot, window, "data", "contracts")
    assert sorted(view.model.all_ids()) == sorted(signed)
    view.use_cases.select("back-office")
    settle(qtbot, window)
    assert sorted(view.model.all_ids()) == sorted(drafts)
    from workbench.gui.items_model import COLUMN_KEYS

    assert not view.table.isColumnHidden(COLUMN_KEYS.index("use_case"))
    assert view.model.index(0, COLUMN_KEYS.index("use_case")).data() == "back-office"
    view.use_cases.select("(none)")   # "No use case": items outside every use case
    settle(qtbot, window)
    assert view.model.all_ids() == loose
    # The selection is shared: the Review page shows the same use case.
    assert window.views["review"].use_cases.combo.currentText() == "No use case"

    # A draft moves; a signed-off item is refused, with what to do.
    assert view.move_to("contracts", loose) == 1
    assert get_item(project, loose[0])["use_case"] == "contracts"
    view.use_cases.select("contracts")
    settle(qtbot, window)
    view.table.select_row(view.model.row_of(signed[0]))
    assert not view.move_button.isEnabled() and "return them to the annotator" in view.move_button.toolTip()
    assert view.move_to("back-office", [signed[0]]) == 0
    assert window.banner.isVisible()
    assert "signed them for their use case" in window.banner.text.text()
    assert get_item(project, signed[0])["use_case"] == "contracts"


def test_review_flags_personal_data_outside_the_scope(qtbot, window):
    from workbench.deid.pipeline import run_deid
    from workbench.store.users import get_user

    project = window.session.project
    create_scopes(project)   # "contracts" declares only company identifiers
    ids = _drafts(project, "contracts", [
        ("fr-CH", "Le loyer est versé sur quel compte ?",
         "Le loyer est versé sur le compte CH93 0076 2011 6238 5295 7 de la bailleresse.")])
    run_deid(project, actor=get_user(project, "max"), item_ids=ids, processes=1)
    sign_in(qtbot, window, "claire")
    view = _choose(qtbot, window, "review", "contracts")
    assert view.scope_flags.isVisible()
    text = view.scope_flags.text.text()
    assert f"#{ids[0]}" in text and "IBAN_CODE" in text
    assert "account" in text and "client-identifying" in text   # the classes that would cover it
    assert [f["item_id"] for f in view.flagged] == ids
    # The back-office scope declares client-identifying data: nothing to flag there.
    view.use_cases.select("back-office")
    settle(qtbot, window)
    assert view.scope_flags.isHidden()


def test_training_check_names_an_unsigned_scope_with_the_button_that_signs_it(qtbot, window, tiny_model_dir):
    from workbench.store.snapshots import create_snapshot
    from workbench.store.users import get_user

    project = window.session.project
    create_scopes(project, sign=False)
    add_signed(project, "contracts", "holdout", CONTRACTS["holdout"])
    add_signed(project, "contracts", "pair", CONTRACTS["pair"])
    create_snapshot(project, kind="holdout", name="contracts hold-out v1", actor=get_user(project, "claire"),
                    password=PASSWORD, use_case="contracts")
    create_snapshot(project, kind="pairs", name="contracts train v1", actor=get_user(project, "erik"),
                    use_case="contracts")
    sign_in(qtbot, window, "erik")
    view = _choose(qtbot, window, "training", "contracts")
    assert "Contract review (contracts)" in view.form.use_case.text() and not view.form.use_case.isHidden()
    view.form.select_preset("peft", "lora", "tiny")
    view.form.set_values({"base_model": tiny_model_dir, "max_steps": 2})
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.checking, timeout=90_000)
    text = view.checks.text()
    assert "The scope of use case contracts (version 1) is not signed by every owner yet: claire" in text, text
    assert "sign_scope" in view.checks.buttons and "workbench" not in text
    qtbot.mouseClick(view.checks.buttons["sign_scope"], Qt.MouseButton.LeftButton)
    dialog = window.scope_dialog
    qtbot.addWidget(dialog)
    assert dialog.current_id() == "contracts"
    assert not dialog.sign_button.isEnabled()   # erik is not its owner
    dialog.close()


@pytest.mark.parametrize("use_case", ["contracts"])
def test_the_freeze_and_snapshot_take_the_chosen_use_case(qtbot, window, use_case):
    from workbench.store.snapshots import latest_snapshot

    project = window.session.project
    create_scopes(project)
    add_signed(project, use_case, "pair", CONTRACTS["pair"])
    sign_in(qtbot, window, "erik")
    view = _choose(qtbot, window, "training", None)
    # All use cases: a snapshot belongs to one, so the button asks to choose.
    assert not view.snapshot_button.isEnabled() and "Choose a use case" in view.snapshot_button.toolTip()
    view.use_cases.select(use_case)
    settle(qtbot, window)
    assert view.snapshot_button.isEnabled(), view.snapshot_button.toolTip()
    qtbot.mouseClick(view.snapshot_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: latest_snapshot(project, "pair", use_case) is not None, timeout=30_000)
    assert latest_snapshot(project, "pair", use_case)["use_case"] == use_case
