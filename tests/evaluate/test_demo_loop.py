"""The demo walks the whole method for real: de-identify, sign off, freeze, train the tiny
Apertus, evaluate every checkpoint against the base per locale, record the signed decision."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from workbench.core.locales import LOCALE_CODES

pytestmark = pytest.mark.slow


def test_headless_demo_prints_the_per_locale_table_and_records_a_signed_decision(tmp_path):
    out = tmp_path / "demo"
    env = {**os.environ, "COLUMNS": "160"}
    proc = subprocess.run([sys.executable, "-m", "workbench.cli", "demo", "--headless", "--out", str(out)],
                          capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    text = proc.stdout
    for locale in LOCALE_CODES:
        assert any(line.lstrip().startswith(locale) and ("GO" in line) for line in text.splitlines()), locale
    assert "recommendation:" in text
    assert "signed by Anna Meier" in text  # not erik, who launched the run (separation of duties)

    from workbench.evaluate.decision import assess
    from workbench.store import open_project
    from workbench.store.audit import verify_chain
    from workbench.store.evaluations import decisions, verify_decision
    from workbench.store.runs import list_checkpoints
    from workbench.train.runner import list_runs

    p = open_project(out)
    try:
        (run,) = list_runs(p)
        assert run["status"] == "completed"
        steps = [c["step"] for c in list_checkpoints(p, run["id"])]
        assert steps == [10, 20, 30]
        a = assess(p, run["id"])
        assert set(a.evaluations) == {"base", "step-000010", "step-000020", "step-000030"}
        assert a.locales == sorted(LOCALE_CODES)
        (d,) = decisions(p, run["id"])
        assert d["decision"] == a.recommendation.recommendation and verify_decision(p, d["id"])
        assert verify_chain(p).ok
    finally:
        p.close()


def test_prepared_demo_is_ready_to_train_and_leaves_drafts_for_review(tmp_path):
    from workbench.evaluate.demo_loop import create_prepared_demo, tiny_model_path
    from workbench.store.items import counts_by
    from workbench.store.snapshots import list_snapshots
    from workbench.train.hardware import locate_model

    p = create_prepared_demo(tmp_path / "demo", leave_drafts=2)
    try:
        kinds = {s["kind"] for s in list_snapshots(p)}
        assert kinds == {"pair", "holdout"}
        drafts = {(r["locale"]): r["count"] for r in counts_by(p, "kind", "locale", "status")
                  if r["kind"] == "pair" and r["status"] == "draft"}
        assert drafts == {loc: 2 for loc in LOCALE_CODES}
        assert locate_model(str(tiny_model_path(p))).config["model_type"] == "apertus"
    finally:
        p.close()
