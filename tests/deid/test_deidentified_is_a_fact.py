"""De-identification is a fact about one revision, not a status anyone can set.

Each test is an attempt, by a hurried user or an insider with the database file, to get text
that still holds personal data marked de-identified, signed or trained on. All must fail.
"""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import PASSWORD, deidentify
from workbench.core.errors import StateError
from workbench.core.items import ItemContent
from workbench.deid import review
from workbench.deid.pipeline import run_deid
from workbench.store import analyses, items, signoff, snapshots
from workbench.store.users import get_user

NAME, PHONE = "Beatrice Zürcher", "+41 33 225 47 90"
CLEAN = ("Wie lange dauert die Kündigungsfrist für ein Sparkonto?",
         "Die Kündigungsfrist beträgt in der Regel drei Monate.")


@pytest.fixture
def max_(project):
    return get_user(project, "max")


def _add(project, actor, prompt=CLEAN[0], response=CLEAN[1], kind="pair", locale="de-CH"):
    return items.add_items(project, [ItemContent.create(kind=kind, locale=locale, prompt=prompt,
                                                        response=response)], actor=actor)[0]


def test_an_unanalysed_revision_cannot_be_marked_deidentified(project, max_):
    item_id = _add(project, max_, response=f"Frau {NAME}, Tel. {PHONE}, ruft zurück.")
    with pytest.raises(StateError, match="not been analysed"):
        items.set_status(project, [item_id], "deidentified", actor=max_)
    assert items.get_item(project, item_id)["status"] == "draft"


def test_not_even_sql_on_the_file_can_set_deidentified_or_signed_off(project, max_):
    item_id = _add(project, max_, response=f"Frau {NAME}, Tel. {PHONE}")
    for status in ("deidentified", "in_review", "signed_off"):
        with pytest.raises(sqlite3.IntegrityError):
            with project.conn:
                project.conn.execute("UPDATE items SET status = ? WHERE id = ?", (status, item_id))
    with pytest.raises(sqlite3.IntegrityError, match="draft"):
        with project.conn:
            project.conn.execute(
                "INSERT INTO items (id, kind, locale, status, current_rev, dedup_key, created_at, updated_at) "
                "VALUES (999, 'pair', 'de-CH', 'signed_off', 1, 'x', 'now', 'now')")
    assert items.get_item(project, item_id)["status"] == "draft"


def test_an_analysis_of_another_text_does_not_count(project, max_):
    """An insider records the analysis of a clean text, then swaps the revision's text."""
    item_id = _add(project, max_)
    run_deid(project, actor=max_, item_ids=[item_id], processes=1)
    assert items.get_item(project, item_id)["status"] == "deidentified"
    items.edit_item(project, item_id, actor=max_, response=f"Frau {NAME}, Tel. {PHONE}")
    item = items.get_item(project, item_id)
    assert item["status"] == "draft" and not analyses.analysed(project, item_id, item["rev"])
    with pytest.raises(StateError, match="not been analysed"):
        items.set_status(project, [item_id], "deidentified", actor=max_)


def test_accepted_findings_keep_a_revision_out_until_it_is_anonymized(project, max_):
    item_id = _add(project, max_, response=f"Bitte rufen Sie Frau {NAME} unter {PHONE} an.")
    run_deid(project, actor=max_, item_ids=[item_id], processes=1)
    found = review.list_findings(project, item_ids=[item_id], decision="pending")
    assert {"PERSON", "PHONE_NUMBER"} <= {f["entity"] for f in found}
    review.decide(project, [f["id"] for f in found], "accepted", actor=max_)
    with pytest.raises(StateError, match="still holds"):   # accepted = personal data is in it
        items.set_status(project, [item_id], "deidentified", actor=max_)
    review.apply_reviewed(project, actor=max_)
    item = items.get_item(project, item_id)
    assert item["status"] == "deidentified" and NAME not in item["response"] and PHONE not in item["response"]
    # the anonymized revision itself was analysed (its own placeholders are not findings)
    assert analyses.analysed(project, item_id, item["rev"])
    assert {f["decision"] for f in review.list_findings(project, item_ids=[item_id])} == {"replaced"}


def test_the_anonymized_revision_is_analysed_but_asks_nothing_twice(project, max_):
    review.set_operators(project, {"PERSON": "surrogate"}, actor=max_)
    item_id = _add(project, max_, response=f"Frau {NAME} ruft unter {PHONE} an.")
    run_deid(project, actor=max_, item_ids=[item_id], processes=1)
    pending = review.list_findings(project, item_ids=[item_id], decision="pending")
    # The reviewer accepts the name and rejects the phone number as a false alarm. The
    # anonymized revision is analysed like any other: its surrogate name is the anonymizer's
    # own replacement, and the phone number was already decided, so neither is asked again.
    review.decide(project, [f["id"] for f in pending if f["entity"] == "PERSON"], "accepted", actor=max_)
    review.decide(project, [f["id"] for f in pending if f["entity"] != "PERSON"], "rejected", actor=max_)
    review.apply_reviewed(project, actor=max_)
    item = items.get_item(project, item_id)
    assert NAME not in item["response"] and item["rev"] == 2 and item["status"] == "deidentified"
    assert analyses.analysed(project, item_id, 2)
    on_rev2 = {(f["entity"], f["decision"], f["decided_by"])
               for f in review.list_findings(project, item_ids=[item_id])}
    assert ("PERSON", "replaced", "max") in on_rev2 and not any(d == "pending" for _, d, _ in on_rev2)


def test_undo_and_locale_change_make_drafts_that_must_be_analysed(project, max_):
    item_id = _add(project, max_)
    deidentify(project, [item_id])
    state = {k: items.get_item(project, item_id)[k] for k in ("prompt", "response", "system", "locale", "tags")}
    items.set_item_state(project, item_id, {**state, "response": f"Frau {NAME}"}, actor=max_)
    items.set_item_state(project, item_id, state, actor=max_)            # undo: the old text again
    assert items.get_item(project, item_id)["status"] == "draft"
    items.set_item_state(project, item_id, {**state, "locale": "gsw"}, actor=max_)
    item = items.get_item(project, item_id)
    assert item["status"] == "draft" and item["rev"] == 4
    assert analyses.blockers(project, [item_id])[item_id].endswith("not been analysed by the detector yet")


def _signed_and_snapshotted(project, max_):
    item_id = _add(project, max_, locale="fr-CH", prompt="Comment changer mon adresse ?",
                   response="La cliente Mme Rochat habite Rue du Lac 12, 1007 Lausanne.")
    run_deid(project, actor=max_, item_ids=[item_id], processes=1)
    found = review.list_findings(project, item_ids=[item_id], decision="pending")
    # a hurried reviewer rejects everything the detector found
    if found:
        review.decide(project, [f["id"] for f in found], "rejected", actor=max_)
        review.apply_reviewed(project, actor=max_)
    assert items.get_item(project, item_id)["status"] == "deidentified"
    signoff.sign_off(project, signoff.on_screen(project, [item_id]), username="claire", password=PASSWORD)
    snap = snapshots.create_snapshot(project, kind="pairs", name="train v1", actor=get_user(project, "erik"))
    return item_id, snap


def test_a_missed_span_after_signoff_voids_signature_and_snapshot(project, max_):
    item_id, snap = _signed_and_snapshotted(project, max_)
    old = items.get_item(project, item_id)
    start = old["response"].index("Rochat")
    claire = get_user(project, "claire")
    review.mark_missed(project, item_id, "response", start, start + len("Rochat"), "PERSON", actor=claire)

    item = items.get_item(project, item_id)
    assert "Rochat" not in item["response"] and item["rev"] > old["rev"]
    assert item["status"] == "deidentified"                      # analysed again, but no longer signed
    sup = snapshots.supersession(project, snap["id"])
    assert sup["items"] == [item_id] and sup["by"] == ["claire"] and "PERSON" in sup["reasons"][0]
    with pytest.raises(StateError, match=rf"superseded.*item\(s\) {item_id}") as refused:
        snapshots.snapshot_items(project, snap["id"])
    assert refused.value.fix == "training_snapshot"
    # a new snapshot leaves out the unsigned correction until its owner signs it
    with pytest.raises(StateError):
        snapshots.create_snapshot(project, kind="pairs", name="train v2", actor=get_user(project, "erik"))
    signoff.sign_off(project, signoff.on_screen(project, [item_id]), username="claire", password=PASSWORD)
    fresh = snapshots.create_snapshot(project, kind="pairs", name="train v2", actor=get_user(project, "erik"))
    assert [i["id"] for i in snapshots.snapshot_items(project, fresh["id"])] == [item_id]
