"""Item editor: an edit becomes a new revision with a diff; undo restores the text;
personal-data findings are highlighted in place."""

from PySide6.QtCore import Qt

from tests.gui.conftest import settle, sign_in
from tests.gui.helpers import add_pairs
from workbench.store import audit, items

PROMPT = "Madame Chantal Favre demande le solde de son compte."
RESPONSE = "Le solde est de CHF 1'200."


def _open(qtbot, window, project):
    [item_id] = add_pairs(project, [(PROMPT, RESPONSE)])
    window.session.notify_items([])
    settle(qtbot, window)
    window.show_view("editor", item_id=item_id)
    return window.views["editor"], item_id


def test_edit_saves_a_new_revision_with_diff_and_undo(qtbot, window, project):
    sign_in(qtbot, window, "max")
    editor, item_id = _open(qtbot, window, project)
    assert editor.panes["prompt"].edit.toPlainText() == PROMPT
    assert not editor.save_button.isEnabled()  # nothing changed yet

    editor.panes["response"].edit.setPlainText("Le solde est de CHF 1'250.")
    assert editor.dirty and editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    item = items.get_item(project, item_id)
    assert item["rev"] == 2 and item["response"] == "Le solde est de CHF 1'250."
    assert item["status"] == "draft"
    assert [e["action"] for e in audit.entries(project, object_id=str(item_id))] == ["item.edit"]
    # history: newest first, and the diff shows the changed amount, not the whole text
    assert editor.history.list.count() == 2
    diff = editor.history.diff.toHtml()
    assert "250" in diff and "200" in diff and "line-through" in diff

    window.ctx.undo.undo()  # a third revision carrying the original text
    item = items.get_item(project, item_id)
    assert item["rev"] == 3 and item["response"] == RESPONSE
    assert editor.panes["response"].edit.toPlainText() == RESPONSE
    window.ctx.undo.redo()
    assert items.get_item(project, item_id)["response"] == "Le solde est de CHF 1'250."


def test_locale_and_tags_are_saved(qtbot, window, project):
    sign_in(qtbot, window, "max")
    editor, item_id = _open(qtbot, window, project)
    editor.locale.setCurrentIndex(editor.locale.findData("it-CH"))
    editor.tags.setText("Banking, kyc")
    editor.tags.textEdited.emit(editor.tags.text())
    assert editor.save()
    item = items.get_item(project, item_id)
    assert item["locale"] == "it-CH" and item["tags"] == ["banking", "kyc"]


def test_read_only_without_the_edit_role(qtbot, window, project):
    sign_in(qtbot, window, "cora")  # compliance: reads, never edits
    editor, _ = _open(qtbot, window, project)
    assert editor.panes["prompt"].edit.isReadOnly()
    assert not editor.save_button.isEnabled()
    assert "edit items" in editor.save_button.toolTip()


def test_findings_are_highlighted_reviewed_and_applied(qtbot, window, project):
    sign_in(qtbot, window, "max")
    editor, item_id = _open(qtbot, window, project)
    panel = editor.findings
    settle(qtbot, window, timeout=60_000)  # the detector analyses the revision in the background
    start = PROMPT.index("Chantal Favre")
    assert (start, start + 13, "pending") in editor.panes["prompt"].highlighter.spans
    texts = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    assert "Chantal Favre" in texts and "(" in editor.tabs.tabText(1)
    assert "Chantal Favre" not in panel.preview.toPlainText()  # the de-identified preview
    assert not panel.apply_button.isEnabled()  # findings are still undecided
    panel.table.setFocus()
    for row in range(panel.table.rowCount()):
        panel.table.selectRow(0 if row == 0 else panel.table.currentRow())
        qtbot.keyClick(panel.table, Qt.Key.Key_A)  # one key: it is personal data
    found = items.item_findings(project, item_id, rev=1)
    assert {f["decision"] for f in found} == {"accepted"} and {f["decided_by"] for f in found} == {"max"}
    assert editor.panes["prompt"].highlighter.spans[0][2] == "accepted"
    assert panel.apply_button.isEnabled()
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, timeout=60_000)  # written, then analysed in turn
    item = items.get_item(project, item_id)
    assert item["status"] == "deidentified" and item["rev"] == 2
    assert "Chantal Favre" not in item["prompt"]
    assert editor.item["rev"] == 2 and "Chantal Favre" not in editor.panes["prompt"].edit.toPlainText()


def test_personal_data_typed_into_a_draft_cannot_be_written_as_deidentified(qtbot, window, project):
    """The report: an annotator adds a name and a phone number and writes the revision."""
    sign_in(qtbot, window, "max")
    editor, item_id = _open(qtbot, window, project)
    settle(qtbot, window, timeout=60_000)
    added = " Frau Beatrice Zürcher, Tel. +41 33 225 47 90"
    editor.panes["response"].edit.setPlainText(RESPONSE + added)
    assert editor.save()
    panel = editor.findings
    # Saved, not analysed yet: the button is disabled and nothing claims the text is clean.
    assert not panel.apply_button.isEnabled()
    assert "not analysed" in panel.apply_button.toolTip() or "analysing" in panel.note.text()
    assert "found no personal data" not in panel.note.text()
    settle(qtbot, window, timeout=60_000)
    found = {(f["entity"], items.get_item(project, item_id)[f["field"]][f["start"]:f["end"]])
             for f in items.item_findings(project, item_id)}
    assert ("PHONE_NUMBER", "+41 33 225 47 90") in found
    assert any(e == "PERSON" and "Zürcher" in t for e, t in found)
    assert not panel.apply_button.isEnabled()  # every finding needs a decision first
    panel.table.setFocus()
    for _ in range(panel.table.rowCount()):
        panel.table.selectRow(next(r for r, f in enumerate(panel.findings) if f["decision"] == "pending"))
        qtbot.keyClick(panel.table, Qt.Key.Key_A)
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, timeout=60_000)
    item = items.get_item(project, item_id)
    assert item["status"] == "deidentified"
    assert "Zürcher" not in item["response"] and "+41 33 225 47 90" not in item["response"]


def test_a_missed_span_is_marked_by_selecting_it(qtbot, window, project):
    sign_in(qtbot, window, "max")
    editor, item_id = _open(qtbot, window, project)
    edit = editor.panes["prompt"].edit
    start = PROMPT.index("Chantal Favre")
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("Chantal Favre"), cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    editor.findings.entity.setCurrentIndex(editor.findings.entity.findData("PERSON"))
    editor.findings.mark()
    settle(qtbot, window, timeout=60_000)
    [f] = [f for f in items.item_findings(project, item_id, rev=1) if f["detector"] == "reviewer"]
    assert (f["field"], f["start"], f["end"], f["entity"], f["decision"]) == \
        ("prompt", start, start + 13, "PERSON", "missed")
    assert (start, start + 13, "missed") in editor.panes["prompt"].highlighter.spans


def test_the_annotator_sees_why_an_item_came_back(qtbot, window, project):
    from tests.gui.helpers import deidentify
    from workbench.store import returns
    from workbench.store.users import get_user

    [item_id] = deidentify(project, add_pairs(project, [("Quel est le délai de résiliation ?", "Trois mois.")]))
    returns.return_to_annotator(project, item_id, actor=get_user(project, "claire"),
                                comment="Précisez qu'il s'agit d'un compte épargne.")
    sign_in(qtbot, window, "max")
    window.show_view("editor", item_id=item_id)
    settle(qtbot, window, timeout=60_000)
    editor = window.views["editor"]
    assert editor.returned.isVisible() and "compte épargne" in editor.returned.text()
    assert "claire" in editor.returned.text()
    editor.panes["prompt"].edit.setPlainText("Quel est le délai de résiliation d'un compte épargne ?")
    assert editor.save()
    assert not editor.returned.isVisible()   # the edit answers it
