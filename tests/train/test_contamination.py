"""Contamination: exact copies, containment in both directions and across fields, and
near-duplicates, each reported with the overlapping span."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from workbench.train.contamination import check_overlap

HOLD_PROMPT = "Wie hoch ist die Gebühr für ein Privatkonto pro Monat bei der Zürcher Filiale?"
HOLD_REF = "Die Kontoführung für das Privatkonto kostet fünf Franken pro Monat, Studierende zahlen nichts."


def hold():
    return [{"id": 900, "prompt": HOLD_PROMPT, "response": HOLD_REF}]


def only(report):
    assert len(report.overlaps) == 1, report.summary()
    return report.overlaps[0]


def test_holdout_prompt_pasted_inside_a_longer_training_prompt_is_found():
    train = [{"id": 1, "prompt": f"Bitte beantworte diese Kundenfrage freundlich: «{HOLD_PROMPT}» Danke!",
              "response": "Gerne, hier ist eine Antwort ohne Bezug zum Thema, lang genug."}]
    o = only(check_overlap(train, hold()))
    assert (o.kind, o.holdout_field, o.train_field, o.direction) == ("contained", "prompt", "prompt",
                                                                     "hold-out in training")
    assert o.span.startswith("wie hoch ist die gebühr") and "zürcher filiale" in o.span
    assert o.train_item == 1 and o.holdout_item == 900


def test_holdout_reference_used_as_a_training_prompt_is_found_across_fields():
    train = [{"id": 2, "prompt": HOLD_REF, "response": "Eine ganz andere Antwort, die nichts verrät."}]
    o = only(check_overlap(train, hold()))
    assert (o.kind, o.holdout_field, o.train_field) == ("exact", "answer", "prompt")
    assert o.field == "answer ~ prompt"


def test_training_answer_quoting_the_reference_is_found():
    train = [{"id": 3, "prompt": "Was kostet ein Konto?",
              "response": f"Laut Preisliste gilt: {HOLD_REF.upper()} Bei Fragen melden Sie sich."}]
    o = only(check_overlap(train, hold()))
    assert (o.kind, o.holdout_field, o.train_field) == ("contained", "answer", "answer")
    assert "fünf franken pro monat" in o.span


def test_training_text_contained_in_a_holdout_prompt_is_found_the_other_way_round():
    train = [{"id": 4, "prompt": "die Gebühr für ein Privatkonto pro Monat",
              "response": "Eine Antwort, die mit dem Hold-out nichts gemeinsam hat."}]
    o = only(check_overlap(train, hold()))
    assert (o.kind, o.direction, o.train_field, o.holdout_field) == ("contained", "training in hold-out",
                                                                     "prompt", "prompt")
    assert o.span == "die gebühr für ein privatkonto pro monat"


def test_training_prompt_inside_a_holdout_reference_is_found_across_fields():
    train = [{"id": 5, "prompt": "fünf Franken pro Monat, Studierende zahlen nichts",
              "response": "Eine Antwort, die mit dem Hold-out nichts gemeinsam hat."}]
    o = only(check_overlap(train, hold()))
    assert (o.kind, o.direction, o.train_field, o.holdout_field) == ("contained", "training in hold-out",
                                                                     "prompt", "answer")


def test_near_duplicate_with_another_amount_and_branch_shows_the_shared_span():
    near = HOLD_PROMPT.replace("Monat", "Jahr").replace("Zürcher", "Berner")
    train = [{"id": 6, "prompt": near, "response": "Eine Antwort, die mit dem Hold-out nichts gemeinsam hat."}]
    o = only(check_overlap(train, hold()))
    assert o.kind == "near" and not o.exact and 50 <= o.score < 100
    assert o.span == "wie hoch ist die gebühr für ein privatkonto pro"
    assert "near-duplicate" in o.describe() and "“wie hoch" in o.describe()


def test_short_texts_and_unrelated_texts_do_not_count():
    train = [{"id": 7, "prompt": "pro Monat", "response": "Ja."},
             {"id": 8, "prompt": "Wann wird die Jahresrechnung verschickt und an welche Adresse?",
              "response": "Anfang Januar, an die im Kundenportal hinterlegte Adresse."}]
    assert check_overlap(train, hold()).clean


def test_report_counts_kinds_and_summary_names_them():
    train = [{"id": 1, "prompt": f"Frage: {HOLD_PROMPT}", "response": "Eine Antwort ohne jeden Bezug zur Frage."},
             {"id": 2, "prompt": HOLD_REF, "response": "Eine andere Antwort ohne jeden Bezug."}]
    report = check_overlap(train, hold())
    assert report.counts() == {"exact": 1, "contained": 1, "near": 0}
    assert "1 exact, 1 contained, 0 near-duplicate" in report.summary()
    d = report.as_dict()
    assert d["counts"]["contained"] == 1 and d["overlaps"][0]["span"]


@pytest.mark.slow
def test_contamination_bench_finds_every_plant():
    """The bench at a tenth of its size finds every planted copy (its speed is a figure the
    bench prints, README: Figures, not something this test times)."""
    bench = Path(__file__).resolve().parents[2] / "bench" / "contamination_speed.py"
    proc = subprocess.run([sys.executable, str(bench), "--pairs", "10000", "--holdout", "1000",
                           "--per-kind", "10", "--limit", "1e9"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "60/60 planted overlaps found" in proc.stdout
