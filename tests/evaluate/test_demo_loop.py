"""The demo walks the whole method for real: de-identify, sign off, freeze, teach the tiny
Apertus the demo corpus, then two LoRA runs evaluated against the base per locale — one on
every locale's pairs that gains in every locale (GO), one pushed too far on English only that
regresses the other locales (NO-GO, naming them) — each decision signed as the policy says by
someone other than the engineer who launched the run. Then the GO goes the whole way:
hand-off folder, loaded back in a fresh process with peft (adapter) and transformers (merged
weights), answering every hold-out prompt exactly as the stored evaluation did."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench.core.locales import LOCALE_CODES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One headless demo per test session, shared by the xdist workers (the first builds it
    under a lock, the others wait), copied for each test module that mutates it."""
    import fcntl
    import shutil

    shared = tmp_path_factory.getbasetemp().parent / "headless-demo"
    shared.mkdir(parents=True, exist_ok=True)
    with open(shared / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / "stdout.txt").exists():
            env = {**os.environ, "COLUMNS": "200"}
            started = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "workbench.cli", "demo", "--headless", "--out",
                                   str(shared / "demo")], capture_output=True, text=True, env=env, timeout=1200)
            assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
            (shared / "seconds.txt").write_text(f"{time.perf_counter() - started:.1f}")
            (shared / "stdout.txt").write_text(proc.stdout, encoding="utf-8")
    out = tmp_path_factory.mktemp("demo") / "demo"
    shutil.copytree(shared / "demo", out)
    return {"folder": out, "stdout": (shared / "stdout.txt").read_text(encoding="utf-8"),
            "seconds": float((shared / "seconds.txt").read_text())}


def test_headless_demo_shows_the_gate_both_ways_with_signed_decisions(demo):
    text = demo["stdout"]
    for locale in LOCALE_CODES:
        assert any(line.lstrip().startswith(locale) for line in text.splitlines()), locale
    assert text.count("recommendation:") == 2
    # Signed by the de-CH owner, not erik, who launched both runs (separation of duties).
    assert text.count("signed by Anna Meier") == 2

    from workbench.evaluate.decision import assess
    from workbench.store import open_project
    from workbench.store.audit import verify_chain
    from workbench.store.evaluations import decisions, verify_decision
    from workbench.store.runs import list_checkpoints
    from workbench.train.runner import list_runs

    p = open_project(demo["folder"])
    try:
        runs = sorted(list_runs(p), key=lambda r: r["created_at"])
        assert len(runs) == 2 and all(r["status"] == "completed" and r["created_by"] == "erik" for r in runs)
        verdicts = []
        for run in runs:
            a = assess(p, run["id"])
            assert set(a.evaluations) == {"base", *(f"step-{c['step']:06d}" for c in list_checkpoints(p, run["id"]))}
            assert a.locales == sorted(LOCALE_CODES)
            (d,) = decisions(p, run["id"])
            assert d["signer"] == "anna" and verify_decision(p, d["id"])
            assert d["decision"] == a.recommendation.recommendation  # signed as the policy says
            assert d["payload"]["evaluation_set"] == a.evaluation_set and not d["payload"]["overrule"]
            verdicts.append((a, d))
        (balanced_a, balanced_d), (pushed_a, pushed_d) = verdicts
        # Targets default to the training snapshot's locales: every locale, and English only.
        assert balanced_a.targets == tuple(sorted(LOCALE_CODES)) and balanced_a.targets_from == "training snapshot"
        # The balanced run is a GO under the default policy, signed as the policy says: every
        # locale gains with its whole interval above zero, keeps its fidelity, and breaks no
        # check the base passed. Real training and evaluation; nothing overruled.
        assert balanced_d["decision"] == "go" and balanced_a.recommendation.recommendation == "go"
        go = balanced_a.recommendation.verdict_for(balanced_d["checkpoint"])
        assert go.go and [v.locale for v in go.locales] == sorted(LOCALE_CODES)
        for v in go.locales:
            assert v.target and v.chrf_delta_ci[0] > 0, (v.locale, v.chrf_delta_ci)
            assert v.fidelity >= v.fidelity_base - 5 and not v.newly_failing, v.locale
        assert "recommendation: GO" in text and "recommendation: NO-GO" in text
        # The pushed run trained on English only: its target is en, and other locales regress.
        assert pushed_a.targets == ("en",)
        assert pushed_d["decision"] == "no-go"
        verdict = pushed_a.recommendation.verdict_for(pushed_d["checkpoint"])
        regressed = [v.locale for v in verdict.locales
                     if any(r.rule == "non-inferiority" and r.outcome == "fail" for r in v.rules)]
        assert regressed and "en" not in regressed
        for locale in regressed:  # named in the reason, printed and signed
            assert f"{locale} regressed" in pushed_a.recommendation.reason
            assert f"{locale} regressed" in text
        assert verify_chain(p).ok
    finally:
        p.close()


def test_go_run_hands_off_and_answers_a_holdout_prompt_as_evaluated_in_a_fresh_process(demo, tmp_path):
    from workbench.handoff.export import export_handoff
    from workbench.store import open_project
    from workbench.store.evaluations import answers, current_set, decisions
    from workbench.store.snapshots import snapshot_items
    from workbench.store.users import get_user
    from workbench.train.runner import list_runs

    p = open_project(demo["folder"])
    try:
        run = sorted(list_runs(p), key=lambda r: r["created_at"])[0]
        # The balanced run's GO as the policy recommended it and anna signed it: no overrule.
        d = decisions(p, run["id"])[-1]
        assert d["decision"] == "go" and d["recommendation"] == "go"
        handoff = tmp_path / "handoff"
        export_handoff(p, run["id"], out=handoff, merged=True, actor=get_user(p, "erik"))
        facts = json.loads((handoff / "handoff.json").read_text(encoding="utf-8"))
        assert facts["decision"]["overrule"] is False
        assert facts["decision"]["label"].startswith("GO") and facts["decision"]["evaluation_set"]
        evs = current_set(p, run["id"])
        label = d["checkpoint"]
        stored = {a["item_id"]: a["answer"] for a in answers(p, evs[label]["id"])}
        decoding = evs[label]["settings"]["decoding"]
        items = [{"id": i["id"], "prompt": i["prompt"], "system": i.get("system")}
                 for i in snapshot_items(p, run["holdout_snapshot"])]
        base_dir = str(Path(run["base_model"]))
    finally:
        p.close()
    request = tmp_path / "request.json"
    request.write_text(json.dumps({"decoding": decoding, "items": items}), encoding="utf-8")
    probe = Path(__file__).with_name("roundtrip_probe.py")
    proc = subprocess.run([sys.executable, str(probe), str(handoff), base_dir, str(request)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    # The adapter, loaded with peft on the base, answers every hold-out prompt as evaluated.
    assert {int(k): v for k, v in got["adapter"].items()} == stored
    # The merged weights (W + BA folded in) answer the longest hold-out prompt — first in the
    # evaluation's batching, so no padding — exactly as stored.
    longest = int(got["longest"])
    assert got["merged"][str(longest)] == stored[longest] and stored[longest]
