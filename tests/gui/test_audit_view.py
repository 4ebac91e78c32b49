"""Audit view: filters, verify says intact or exactly where it broke, export."""

import json
import zipfile

from tests.gui.conftest import settle, sign_in
from tests.gui.helpers import add_pairs


def test_verify_reports_intact_then_tampering(qtbot, window, project):
    add_pairs(project, [("Frage", "Antwort")], locale="de-CH")
    sign_in(qtbot, window, "cora")  # compliance reads the trail
    window.show_view("audit")
    view = window.views["audit"]
    settle(qtbot, window)
    entries = view.model.total()
    # newest first: opening the page is itself on the record (access logging), under cora's name
    assert entries >= 8 and view.model.entry_at(0)["action"] == "audit.read"
    assert view.model.entry_at(0)["actor"] == "cora" and view.model.entry_at(1)["action"] == "items.add"

    view.verify()
    settle(qtbot, window)
    assert view.report.ok
    assert view.banner.level == "ok" and "Intact" in view.banner.text.text()

    # Someone with the database file and sqlite3 edits history: drop the guard, rewrite entry 2.
    with project.transaction():
        project.conn.execute("DROP TRIGGER audit_no_update")
        project.conn.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 2")
    view.verify()
    settle(qtbot, window)
    assert not view.report.ok and view.report.first_bad_seq == 2
    assert view.banner.level == "error"
    text = view.banner.text.text()
    assert "Broken at entry 2" in text and "altered" in text
    view.banner.action.emit()  # "Show entry" selects the first bad entry
    assert view.model.entry_at(view.table.currentIndex().row())["seq"] == 2


def test_filters_and_export(qtbot, window, project, tmp_path):
    add_pairs(project, [("Frage", "Antwort")], locale="de-CH")
    sign_in(qtbot, window, "admin")
    window.show_view("audit")
    view = window.views["audit"]
    view._project_changed()  # pick up the actors and actions written since the window opened
    settle(qtbot, window)
    view.actor.setCurrentIndex(view.actor.findData("max"))
    settle(qtbot, window)
    assert view.model.total() == 1 and view.model.entry_at(0)["action"] == "items.add"
    view.actor.setCurrentIndex(0)
    view.action.setEditText("user.*")
    view.apply_filters()
    settle(qtbot, window)
    assert view.model.total() == 6 and {view.model.entry_at(r)["action"] for r in range(6)} == {"user.create"}

    view.action.setEditText("")
    view.apply_filters()
    view.export(str(tmp_path / "audit.zip"))
    settle(qtbot, window)
    with zipfile.ZipFile(tmp_path / "audit.zip") as zf:
        lines = zf.read("audit.jsonl").decode("utf-8").splitlines()
        assert json.loads(zf.read("verification.json"))["ok"] is True
    assert len(lines) == 9 and json.loads(lines[0])["action"] == "project.create"
    # opening the page was recorded (access logging) before the export…
    assert json.loads(lines[-1])["action"] == "audit.read" and json.loads(lines[-1])["actor"] == "admin"
    # …and the export is itself recorded, under the name of who made it
    qtbot.waitUntil(lambda: view.model.total() == 10)
    assert view.model.entry_at(0)["action"] == "audit.export" and view.model.entry_at(0)["actor"] == "admin"


def test_annotators_do_not_read_the_trail(qtbot, window, project):
    sign_in(qtbot, window, "max")
    window.show_view("audit")
    view = window.views["audit"]
    assert view.stack.currentWidget() is view.denied
    assert "read the audit trail" in view.denied.body.text()
    assert not view.verify_button.isEnabled()
