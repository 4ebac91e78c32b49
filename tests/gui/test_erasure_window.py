"""A data-protection request handled in the window: an admin erases an item's original text
(File → Erase original texts…), sees the count first and signs; others cannot."""

from PySide6.QtCore import Qt

from tests.conftest import PASSWORD
from tests.gui.conftest import settle, sign_in
from tests.gui.helpers import add_pairs
from workbench.store import items


def test_an_admin_erases_an_original_text_after_seeing_the_count(qtbot, window, project):
    [item_id] = add_pairs(project, [("Rappeler Mme Lucie Delacrétaz au 079 512 38 04", "D'accord.")])
    sign_in(qtbot, window, "max")
    window.erase_action.trigger()
    assert not hasattr(window, "erasure_dialog")      # an annotator may not erase
    sign_in(qtbot, window, "admin")
    window.erase_action.trigger()
    dialog = window.erasure_dialog
    dialog.ids.setText("999")
    assert "no item" in dialog.count.text() and not dialog.erase_button.isEnabled()
    dialog.ids.setText(str(item_id))
    assert "1 revision(s) of 1 item(s)" in dialog.count.text()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    signature = dialog.signature
    assert "erased the original texts of 1 revision(s)" in signature.meaning.text()
    signature.password.setText(PASSWORD)
    qtbot.mouseClick(signature.sign_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, timeout=30_000)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30_000)
    assert items.revisions(project, item_id)[0]["prompt"] == ""
    assert items.get_item(project, item_id)["status"] == "rejected"


def test_a_run_on_data_corrected_later_is_flagged_on_the_dashboard(qtbot, window, project, tiny_model_dir):
    from tests.handoff.conftest import register_run
    from tests.train.conftest import make_ready
    from workbench.deid.review import mark_missed
    from workbench.store.snapshots import latest_snapshot
    from workbench.store.users import get_user

    make_ready(project)
    run = register_run(project, tiny_model_dir)
    pair = items.list_items(project, kind="pair")[0]   # a reviewer finds a name the detector missed
    mark_missed(project, pair["id"], "prompt", 0, 3, "PERSON", actor=get_user(project, "max"))
    assert run["train_snapshot"] == latest_snapshot(project, "pair")["id"]
    sign_in(qtbot, window, "erik")
    window.show_view("dashboard", run_id=run["id"])
    settle(qtbot, window, timeout=30_000)
    banner = window.views["dashboard"].banner
    assert banner.isVisible() and "Personal data was found after this run" in banner.text.text()
    assert run["train_snapshot"] in banner.text.text()
