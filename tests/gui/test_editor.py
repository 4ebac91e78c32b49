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
    [item_id] = add_pairs(project, [(PROMPT, RESPONSE)])
    start = PROMPT.index("Chantal Favre")
    with project.transaction():  # as workbench.deid records a detection
        project.conn.execute(
            "INSERT INTO findings (item_id, rev, field, start, end, entity, score, detector) "
            "VALUES (?, 1, 'prompt', ?, ?, 'PERSON', 0.85, 'spacy')",
            (item_id, start, start + len("Chantal Favre")))
    window.session.notify_items([])
    settle(qtbot, window)
    window.show_view("editor", item_id=item_id)
    editor = window.views["editor"]
    panel = editor.findings
    assert editor.panes["prompt"].highlighter.spans == [(start, start + 13, "pending")]
    assert panel.table.rowCount() == 1 and panel.table.item(0, 1).text() == "Chantal Favre"
    assert "(1)" in editor.tabs.tabText(1)
    settle(qtbot, window, timeout=60_000)  # the preview is computed in the background
    assert "Chantal Favre" not in panel.preview.toPlainText()  # the de-identified preview
    assert not panel.apply_button.isEnabled()  # a finding is still undecided
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_A)  # one key: it is personal data
    [f] = items.item_findings(project, item_id, rev=1)
    assert f["decision"] == "accepted" and f["decided_by"] == "max"
    assert editor.panes["prompt"].highlighter.spans[0][2] == "accepted"
    assert panel.apply_button.isEnabled()
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    item = items.get_item(project, item_id)
    assert item["status"] == "deidentified" and item["rev"] == 2
    assert "Chantal Favre" not in item["prompt"]
    assert editor.item["rev"] == 2 and "Chantal Favre" not in editor.panes["prompt"].edit.toPlainText()


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
    [f] = items.item_findings(project, item_id, rev=1)
    assert (f["field"], f["start"], f["end"], f["entity"], f["decision"]) == \
        ("prompt", start, start + 13, "PERSON", "missed")
    assert editor.panes["prompt"].highlighter.spans == [(start, start + 13, "missed")]
