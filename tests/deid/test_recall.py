"""The issue's bar on our own labelled set: per-locale span recall ≥ 0.95 with ≤ 5 % of the
non-personal characters masked. Run with -s to see the per-entity, per-locale table."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.deid.build_labelled import LOCALES, OUT, build, render

MIN_RECALL = 0.95
MAX_OVERMASK = 0.05


@pytest.fixture(scope="module")
def labelled():
    return [json.loads(line) for line in OUT.read_text("utf-8").splitlines()]


def test_jsonl_matches_its_sources(labelled):
    # The JSONL is generated from labelled_<locale>.txt: edit those, then re-run the builder.
    assert OUT.read_text("utf-8") == render(build())


def test_every_locale_has_enough_texts_and_hard_negatives(labelled):
    per_locale = Counter(r["locale"] for r in labelled)
    assert all(per_locale[loc] >= 40 for loc in LOCALES), per_locale
    for loc in LOCALES:
        clean = [r for r in labelled if r["locale"] == loc and not r["spans"]]
        negatives = [r for r in labelled if r["locale"] == loc and "neg:" in r["note"]]
        assert len(clean) >= 5 and len(negatives) >= 10, loc
    for r in labelled:
        for s in r["spans"]:
            assert r["text"][s["start"]:s["end"]].strip() == r["text"][s["start"]:s["end"]]


def test_recall_and_overmasking_per_locale(labelled, capsys):
    from workbench.deid.analyze import analyze_texts, propagate_names
    from workbench.deid.metrics import score, table

    spans = analyze_texts([(r["text"], r["locale"]) for r in labelled], processes=1)
    spans = [propagate_names([r["text"]], [s])[0] for r, s in zip(labelled, spans)]
    tallies = score(labelled, spans)
    with capsys.disabled():
        print("\n\nDe-identification on tests/deid/data/labelled.jsonl (caught/labelled spans)\n")
        print(table(tallies, [*LOCALES, "all"]))
        for missed in tallies["all"].missed:
            print("  missed:", missed)
    for loc in LOCALES:
        assert tallies[loc].recall >= MIN_RECALL, (loc, tallies[loc].missed)
        assert tallies[loc].overmask <= MAX_OVERMASK, loc


def test_check_set_written_after_the_rules(capsys):
    """tests/deid/data/unseen.jsonl: texts written after the rules were frozen (see
    the README for the first-contact figures). Printed for the record; the bar here is a
    guard against regressions, not the issue's target."""
    from tests.deid.build_labelled import OUT_UNSEEN
    from workbench.deid.analyze import analyze_texts, propagate_names
    from workbench.deid.metrics import score, table

    records = [json.loads(line) for line in OUT_UNSEEN.read_text("utf-8").splitlines()]
    assert OUT_UNSEEN.read_text("utf-8") == render(build("unseen"))
    spans = analyze_texts([(r["text"], r["locale"]) for r in records], processes=1)
    spans = [propagate_names([r["text"]], [s])[0] for r, s in zip(records, spans)]
    tallies = score(records, spans)
    with capsys.disabled():
        print("\n\nCheck set tests/deid/data/unseen.jsonl\n")
        print(table(tallies, [*LOCALES, "all"]))
    assert tallies["all"].recall >= 0.9
    assert all(tallies[loc].overmask <= MAX_OVERMASK for loc in LOCALES)
