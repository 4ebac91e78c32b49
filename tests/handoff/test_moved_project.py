"""A copied or moved project (what a colleague or an auditor receives) verifies, evaluates and
hands off: its runs and checkpoints are found where the copy is, not where it was made."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import STEP


@pytest.mark.slow
def test_a_copied_project_verifies_evaluates_and_hands_off(handoff_world, tmp_path):
    from workbench.evaluate.evaluator import evaluate
    from workbench.handoff.export import export_handoff, verify_handoff
    from workbench.store import open_project
    from workbench.store.audit import verify_chain
    from workbench.store.runs import get_run
    from workbench.store.users import get_user

    copy = tmp_path / "elsewhere" / "proj"
    shutil.copytree(handoff_world.root, copy)
    p = open_project(copy)
    try:
        assert verify_chain(p).ok
        run = get_run(p, handoff_world.run["id"])
        assert Path(run["run_dir"]).parent.parent == copy
        erik = get_user(p, "erik")
        evs = evaluate(p, run["id"], checkpoint=STEP, actor=erik, n_bootstrap=50,
                       decoding={"max_new_tokens": 8, "batch_size": 4})
        assert [e["reused"] for e in evs] == [True, True]  # the copy's checkpoint is the evaluated one
        result = export_handoff(p, run["id"], out=tmp_path / "handoff", checkpoint=STEP, actor=erik)
        assert verify_handoff(tmp_path / "handoff").ok
        assert result["checkpoint_sha256"] == handoff_world.result_adapter["checkpoint_sha256"]
    finally:
        p.close()
