"""E-signatures: password re-entry, locale ownership, one signature per batch."""

import pytest

from tests.conftest import PASSWORD
from tests.store.helpers import add, ready
from workbench.core.errors import AuthenticationFailed, PermissionDenied, StateError, ValidationError
from workbench.core.hashing import manifest_hash
from workbench.store import items, signoff
from workbench.store.audit import entries


def test_batch_signoff_is_one_signature_over_the_hashes(project):
    ids = ready(project, add(project, 5))
    sig = signoff.sign_off(project, signoff.on_screen(project, ids), username="claire", password=PASSWORD,
                           meaning="approved as training data for fr-CH")
    assert sig["item_count"] == 5 and sig["signer_name"] == "Claire Rochat"
    assert sig["signed_at"].endswith("Z")  # UTC
    expected = manifest_hash([(i, 1, items.get_item(project, i)["content_hash"]) for i in ids])
    assert sig["manifest_hash"] == expected
    assert signoff.verify_signature(project, sig["id"])
    assert len(signoff.signatures(project)) == 1
    assert [e["actor"] for e in entries(project, action="items.signoff")] == ["claire"]


def test_wrong_password_signs_nothing(project):
    ids = ready(project, add(project, 2))
    with pytest.raises(AuthenticationFailed):
        signoff.sign_off(project, signoff.on_screen(project, ids), username="claire", password="wrong")
    assert {items.get_item(project, i)["status"] for i in ids} == {"deidentified"}
    assert signoff.signatures(project) == []


def test_only_the_owner_of_the_locale_may_sign(project):
    ids = ready(project, add(project, 2, locale="fr-CH"))
    for user in ("giulia", "admin", "erik", "max"):
        with pytest.raises(PermissionDenied):
            signoff.sign_off(project, signoff.on_screen(project, ids), username=user, password=PASSWORD)


def test_drafts_and_mixed_batches_are_refused(project):
    drafts = add(project, 2)
    with pytest.raises(StateError, match="de-identified"):
        signoff.sign_off(project, signoff.on_screen(project, drafts), username="claire", password=PASSWORD)
    it = ready(project, add(project, 1, locale="it-CH", start=9))
    fr = ready(project, add(project, 1, start=20))
    with pytest.raises(ValidationError, match="one kind and one locale"):
        signoff.sign_off(project, signoff.on_screen(project, it + fr), username="claire", password=PASSWORD)


def test_meaning_must_be_what_the_signer_saw(project):
    ids = ready(project, add(project, 1))
    with pytest.raises(ValidationError, match="approved as training data for fr-CH"):
        signoff.sign_off(project, signoff.on_screen(project, ids), username="claire", password=PASSWORD,
                         meaning="looked at it")


def test_pending_deid_findings_block_signoff(project):
    ids = ready(project, add(project, 1))
    with project.transaction():
        project.conn.execute(
            "INSERT INTO findings (item_id, rev, field, start, end, entity, score) "
            "VALUES (?, 1, 'prompt', 0, 5, 'PERSON', 0.9)",
            (ids[0],))
    with pytest.raises(StateError, match="nobody reviewed"):
        signoff.sign_off(project, signoff.on_screen(project, ids), username="claire", password=PASSWORD)


def test_signatures_over_snapshots_name_each_signature_once_with_what_it_covers(project):
    from tests.store.helpers import signed_world

    train, frozen = signed_world(project, PASSWORD, n_pairs=5, n_holdout=3)
    found = signoff.signatures_over_snapshots(project, [frozen["id"], train["id"]])
    assert [s["id"] for s in found] == sorted({s["id"] for s in found})
    by_subject = {}
    for s in found:
        by_subject.setdefault(s["subject_type"], []).append(s["covered"])
    assert by_subject == {"items:pair": [5], "items:holdout": [3], "snapshot:holdout:fr-CH": [3]}  # the freeze too
    assert {s["signer"] for s in found} == {"claire"}
    assert signoff.signatures_over_snapshots(project, [train["id"]])[0]["item_count"] == 5
