"""Findings in a real project: review rules, the anonymized revision that gets signed, audit."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PASSWORD
from workbench.core.errors import PermissionDenied, StateError, ValidationError
from workbench.core.items import ItemContent
from workbench.deid import review
from workbench.deid.pipeline import run_deid
from workbench.store import audit, items, signoff
from workbench.store.users import get_user

TEXTS = [
    ("Bonjour, je suis Lucie Delacrétaz, IBAN CH93 0076 2011 6238 5295 7. Merci de me rappeler au 079 512 38 04.",
     "Madame Delacrétaz demande un rappel au 079 512 38 04 concernant le compte CH93 0076 2011 6238 5295 7."),
    ("Quel est le délai de résiliation selon l'art. 266a CO ?",
     "Trois mois pour un logement, sauf convention contraire (art. 266c CO)."),
]


@pytest.fixture
def items_fr(project):
    contents = [ItemContent.create(kind="pair", locale="fr-CH", prompt=p, response=r) for p, r in TEXTS]
    return items.add_items(project, contents, actor=get_user(project, "max"))


def _values_in_audit(project, *values):
    blob = json.dumps([audit.decoded(e) for e in audit.entries(project)
                       if e["action"].startswith(("deid.", "item.deidentify"))], ensure_ascii=False)
    return [v for v in values if v in blob]


def test_run_records_findings_and_clears_items_without_personal_data(project, items_fr):
    max_ = get_user(project, "max")
    summary = run_deid(project, actor=max_, processes=1)
    assert (summary.analysed, summary.with_findings, summary.clean) == (2, 1, 1)
    pii, clean = items_fr
    assert items.get_item(project, clean)["status"] == "deidentified"
    assert items.get_item(project, clean)["rev"] == 1           # nothing to change
    assert items.get_item(project, pii)["status"] == "draft"    # waits for review
    found = review.list_findings(project, item_ids=[pii])
    assert {f["entity"] for f in found} >= {"PERSON", "IBAN_CODE", "PHONE_NUMBER"}
    assert all(f["decision"] == "pending" for f in found)
    assert "Delacrétaz" in {f["text"] for f in found}
    # nothing can be signed while findings are pending
    with pytest.raises(StateError):
        signoff.sign_off(project, signoff.on_screen(project, [pii]), username="claire", password=PASSWORD)
    # a second run analyses nothing again
    assert run_deid(project, actor=max_, processes=1).analysed == 0


def test_decisions_need_a_reviewer_with_the_role(project, items_fr):
    run_deid(project, actor=get_user(project, "max"), processes=1)
    ids = [f["id"] for f in review.list_findings(project, item_ids=[items_fr[0]])]
    with pytest.raises(ValidationError, match="--user"):
        review.decide(project, ids, "accepted", actor="")
    with pytest.raises(PermissionDenied):
        review.decide(project, ids, "accepted", actor=get_user(project, "erik"))  # engineer
    assert review.decide(project, ids[:1], "rejected", actor=get_user(project, "max")) == 1
    entry = next(audit.entries(project, action="deid.decide"))
    assert entry["actor"] == "max" and json.loads(entry["after"])["finding_ids"] == ids[:1]


def test_reviewed_item_gets_an_anonymized_revision_which_is_what_is_signed(project, items_fr):
    max_ = get_user(project, "max")
    pii = items_fr[0]
    run_deid(project, actor=max_, processes=1)
    pending = [f["id"] for f in review.list_findings(project, item_ids=[pii])]
    review.decide(project, pending, "accepted", actor=max_)
    assert review.apply_reviewed(project, actor=max_) == {"anonymized": 1, "unchanged": 0}

    item = items.get_item(project, pii)
    assert item["status"] == "deidentified" and item["rev"] == 2
    assert item["prompt"] == ("Bonjour, je suis <PERSON_1>, IBAN <IBAN_1>. Merci de me rappeler au <PHONE_1>.")
    assert item["response"] == "Madame <PERSON_1> demande un rappel au <PHONE_1> concernant le compte <IBAN_1>."
    assert items.revisions(project, pii)[1]["origin"] == "deid"
    sig = signoff.sign_off(project, signoff.on_screen(project, [pii]), username="claire", password=PASSWORD)
    assert signoff.is_signed(project, pii, 2, item["content_hash"]) and sig["item_count"] == 1
    # the trail records what happened, never the values that were removed
    assert [e["action"] for e in audit.entries(project, object_type="item", object_id=str(pii))] == ["item.deidentify"]
    assert _values_in_audit(project, "Delacrétaz", "CH93 0076", "079 512") == []
    assert audit.verify_chain(project).ok


def test_all_findings_rejected_keeps_the_text(project, items_fr):
    max_ = get_user(project, "max")
    run_deid(project, actor=max_, processes=1)
    ids = [f["id"] for f in review.list_findings(project, item_ids=[items_fr[0]])]
    review.decide(project, ids, "rejected", actor=max_)
    summary = run_deid(project, actor=max_, processes=1)   # run applies reviewed items too
    assert (summary.anonymized, summary.unchanged) == (0, 1)
    item = items.get_item(project, items_fr[0])
    assert item["status"] == "deidentified" and item["rev"] == 1


def test_missed_span_on_draft_joins_the_review(project, items_fr):
    max_ = get_user(project, "max")
    run_deid(project, actor=max_, processes=1)
    pii = items_fr[0]
    text = items.get_item(project, pii)["response"]
    start = text.index("rappel")
    fid = review.mark_missed(project, pii, "response", start, start + len("rappel"), "PERSON", actor=max_)
    with pytest.raises(StateError, match="missed"):
        review.decide(project, [fid], "rejected", actor=max_)
    pending = review.list_findings(project, item_ids=[pii], decision="pending")
    review.decide(project, [f["id"] for f in pending], "accepted", actor=max_)
    review.apply_reviewed(project, actor=max_)
    assert "un <PERSON_2> au" in items.get_item(project, pii)["response"]


def test_missed_span_after_deidentification_writes_a_new_revision(project, items_fr):
    max_ = get_user(project, "max")
    run_deid(project, actor=max_, processes=1)
    clean = items_fr[1]                       # nothing was found, status deidentified
    text = items.get_item(project, clean)["response"]
    start = text.index("logement")
    review.mark_missed(project, clean, "response", start, start + 8, "CH_ADDRESS", actor=max_)
    item = items.get_item(project, clean)
    assert item["rev"] == 2 and item["status"] == "deidentified"
    assert "pour un <ADDRESS_1>," in item["response"]
    with pytest.raises(ValidationError, match="outside"):
        review.mark_missed(project, clean, "prompt", 0, 10_000, "PERSON", actor=max_)


def test_edited_item_is_analysed_again_and_old_pending_findings_go(project, items_fr):
    max_ = get_user(project, "max")
    run_deid(project, actor=max_, processes=1)
    pii = items_fr[0]
    old = [f["id"] for f in review.list_findings(project, item_ids=[pii])]
    items.edit_item(project, pii, actor=max_, prompt="Bonjour, ici Jean-Marc Chappuis, merci.")
    summary = run_deid(project, actor=max_, processes=1)
    assert summary.superseded == len(old) and summary.analysed == 1
    with pytest.raises(StateError):
        review.decide(project, old[:1], "accepted", actor=max_)  # its revision is gone
    assert {f["decision"] for f in review.list_findings(project, item_ids=[pii], current_only=False)
            if f["id"] in old} == {"superseded"}
    now = review.list_findings(project, item_ids=[pii])
    assert {f["rev"] for f in now} == {2} and "Jean-Marc Chappuis" in {f["text"] for f in now}
    assert next(audit.entries(project, action="deid.findings_superseded"))


def test_operator_choice_is_stored_and_audited(project, items_fr):
    max_ = get_user(project, "max")
    review.set_operators(project, {"IBAN_CODE": "mask"}, actor=max_)
    assert review.get_operators(project) == {"IBAN_CODE": "mask"}
    run_deid(project, actor=max_, processes=1)
    review.decide(project, [f["id"] for f in review.list_findings(project)], "accepted", actor=max_)
    review.apply_reviewed(project, actor=max_)
    assert "IBAN **** **** **** **** **** *." in items.get_item(project, items_fr[0])["prompt"]
    assert json.loads(next(audit.entries(project, action="deid.operators"))["after"]) == {"IBAN_CODE": "mask"}


def test_holdout_checks_follow_the_anonymized_reference(project):
    max_ = get_user(project, "max")
    content = ItemContent.create(
        kind="holdout", locale="it-CH", prompt="Riassumi: la Signora Lucia Bernasconi chiede un rimborso.",
        response="Lucia Bernasconi chiede un rimborso.",
        checks={"required": ["Bernasconi", "rimborso"], "forbidden": ["Lucia Bernasconi ha torto"]})
    item_id = items.add_items(project, [content, ItemContent.create(
        kind="holdout", locale="it-CH", prompt="Che cos'è il pilastro 3a?", response="La previdenza privata.")],
        actor=max_)[0]
    run_deid(project, actor=max_, processes=1)
    review.decide(project, [f["id"] for f in review.list_findings(project, item_ids=[item_id])], "accepted",
                  actor=max_)
    review.apply_reviewed(project, actor=max_)
    item = items.get_item(project, item_id)
    assert item["response"] == "<PERSON_1> chiede un rimborso."
    assert item["checks"]["required"] == ["<PERSON_1>", "rimborso"]
    assert item["checks"]["forbidden"] == ["<PERSON_1> ha torto"]
