"""Dashboard: the base model evaluated alone from the page before any run, its report signed
through the signature dialog, and a later run's page saying it is compared against that
baseline and who signed it. Real tiny Apertus, real project, widgets offscreen."""

import pytest

from tests.conftest import PASSWORD
from tests.evaluate.helpers import FR, add_checkpoint, make_peft_checkpoint, register_run, signed_world
from tests.gui.conftest import settle, sign_in
from workbench.evaluate.baseline import baseline_reports
from workbench.store import evaluations as store
from workbench.store.users import get_user

pytestmark = pytest.mark.slow

DECODING = {"max_new_tokens": 4, "batch_size": 4}


def test_the_base_model_is_evaluated_signed_and_then_compared_against(qtbot, window, project, tiny_model_dir):
    train, frozen = signed_world(project, {"fr-CH": FR})
    store.set_json_setting(project, store.DECODING_KEY, DECODING, actor=get_user(project, "erik"))
    sign_in(qtbot, window, "erik")
    window.show_view("dashboard")
    settle(qtbot, window)
    view = window.views["dashboard"]
    assert view.baseline_button.isEnabled() and not view.sign_baseline_button.isEnabled()

    view.evaluate_base_model(str(tiny_model_dir))
    qtbot.waitUntil(lambda: view.baseline_id is not None, timeout=120_000)
    settle(qtbot, window)
    baseline = store.get_evaluation(project, view.baseline_id)
    assert baseline["run_id"] is None and baseline["status"] == "completed"
    assert view.baseline_label.isVisible() and view.baseline_id in view.baseline_label.text()
    assert "fr-CH: chrF++" in view.baseline_label.text() and f"on {len(FR)} items" in view.baseline_label.text()
    assert view.sign_baseline_button.isEnabled()

    sign_in(qtbot, window, "claire")
    view.sign_baseline()
    dialog = view.dialog
    assert view.baseline_id in dialog.meaning.text()
    dialog.password.setText(PASSWORD)
    dialog.sign()
    qtbot.waitUntil(lambda: bool(baseline_reports(project, baseline["id"])), timeout=20_000)
    settle(qtbot, window)
    report = baseline_reports(project, baseline["id"])[0]
    assert report["signer"] == "claire" and report["payload_hash"] in dialog.meaning.text()

    from workbench.evaluate.evaluator import evaluate

    run = register_run(project, tiny_model_dir, train, frozen)
    add_checkpoint(project, run, 10, make_peft_checkpoint, tiny_model_dir, seed=10)
    results = evaluate(project, run["id"], actor=get_user(project, "erik"))  # the bootstrap is compared too
    assert results[0]["settings"]["baseline"] == baseline["id"]
    view.refresh()
    settle(qtbot, window)
    assert view.baseline_note.isVisible()
    note = view.baseline_note.text()
    assert baseline["id"] in note and get_user(project, "claire").display_name in note
