"""The dashboard's drift re-check, offscreen: for the handed-off back-office run, the dialog
offers the newer hold-out v2, runs the real re-check in the background, shows fr-CH 're-tune'
with its numbers and rule, and signs the finding through the e-signature dialog (a wrong
password signs nothing). The run's own dashboard keeps comparing on its own hold-out."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSWORD
from tests.gui.conftest import settle, sign_in
from tests.handoff import recheck_world

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def world(_project_template, tiny_model_dir, tmp_path_factory):
    return recheck_world.build(tmp_path_factory.mktemp("gui_recheck_world"), _project_template, tiny_model_dir)


@pytest.fixture
def project(world, tmp_path):
    """Overrides tests/conftest.project: the `window` fixture opens a copy of the world."""
    from workbench.store import open_project

    p = open_project(world.copy(tmp_path / "proj"))
    yield p
    p.close()


def test_recheck_from_the_dashboard_shows_retune_and_signs_it(qtbot, window, project, world):
    from workbench.store import audit
    from workbench.store import evaluations as evals

    run = world.runs["back-office"]["id"]
    before = {k: e["id"] for k, e in evals.current_set(project, run).items()}
    sign_in(qtbot, window, "admin")   # may evaluate, and sign: not the launcher
    window.show_view("dashboard")
    settle(qtbot, window)
    view = window.views["dashboard"]
    view.run_combo.setCurrentIndex(view._run_ids.index(run))
    settle(qtbot, window)
    assert view.recheck.button.isEnabled()
    qtbot.mouseClick(view.recheck.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.recheck.dialog is not None and view.recheck.dialog.isVisible(), timeout=10_000)
    dialog = view.recheck.dialog
    assert dialog.subject.currentText() == "back-office@v1"
    assert dialog._holdouts == [world.holdout_v2]          # not the run's own, not another use case's
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=180_000)
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    assert dialog.table.item(rows["fr-CH"], 1).text() == "re-tune"
    assert dialog.table.item(rows["fr-CH"], 4).text().startswith("FAIL")
    assert "RE-TUNE" in dialog.status.text()
    assert dialog.sign_button.isEnabled()

    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    signature = dialog.dialog
    qtbot.waitUntil(signature.isVisible)
    assert dialog.result_value["payload_hash"] in signature.meaning.text()
    signature.password.setText("not-my-password")
    qtbot.mouseClick(signature.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: signature.error.isVisible(), timeout=20_000)
    assert not list(audit.entries(project, action="handoff.recheck"))
    signature.password.setText(PASSWORD)
    qtbot.mouseClick(signature.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.signed is not None, timeout=30_000)
    [entry] = list(audit.entries(project, action="handoff.recheck"))
    assert entry["actor"] == "admin" and '"finding": "re-tune"' in entry["after"].replace('":"', '": "')
    assert {k: e["id"] for k, e in evals.current_set(project, run).items()} == before
    dialog.close()


@pytest.fixture(autouse=True)
def _restore_handoffs(world, tmp_path):
    """The signing rewrites the world's hand-off card: put the folders back after the test."""
    saved = {uc: tmp_path / f"saved-{uc}" for uc in world.handoffs}
    for uc, result in world.handoffs.items():
        shutil.copytree(result["out"], saved[uc])
    yield
    for uc, result in world.handoffs.items():
        shutil.rmtree(result["out"])
        shutil.copytree(saved[uc], result["out"])
