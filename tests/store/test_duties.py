"""Who may sign what. Each test is an attack a hurried team or a motivated insider could try,
and each must fail: signing text that changed after it was shown, signing one's own edit,
freezing another owner's locale, rejecting signed or frozen work on one key press, a search
that selects everything. Real project, real sign-off, real passwords."""

from __future__ import annotations

import pytest

from tests.conftest import deidentify, PASSWORD
from tests.store.helpers import add, ready
from workbench.core.duties import check_search_selects
from workbench.core.errors import PermissionDenied, StateError, ValidationError
from workbench.core.items import ItemContent
from workbench.store import items, signoff, snapshots
from workbench.store.users import get_user, set_duties


def _shown(project, ids):
    return signoff.on_screen(project, ids)


def test_signing_a_revision_changed_after_it_was_listed_is_refused(project):
    ids = ready(project, add(project, 3))
    shown = _shown(project, ids)  # what the owner looks at
    # meanwhile an annotator edits one item and it is de-identified again
    items.edit_item(project, ids[1], actor=get_user(project, "max"), prompt="Autre question")
    deidentify(project, [ids[1]])
    with pytest.raises(StateError, match=rf"changed since you looked: {ids[1]}"):
        signoff.sign_off(project, shown, username="claire", password=PASSWORD)
    assert signoff.signatures(project) == []  # nothing at all was signed, not even the two unchanged


def test_a_signature_covers_exactly_the_revisions_shown(project):
    ids = ready(project, add(project, 2))
    shown = _shown(project, ids)
    sig = signoff.sign_off(project, shown, username="claire", password=PASSWORD)
    assert sorted(signoff.signature_entries(project, sig["id"])) == sorted(shown)


def test_an_owner_cannot_sign_an_item_she_edited(project):
    ids = ready(project, add(project, 2))
    items.edit_item(project, ids[0], actor=get_user(project, "claire"), prompt="Ma version de la question")
    deidentify(project, [ids[0]])
    with pytest.raises(PermissionDenied, match="separation of duties"):
        signoff.sign_off(project, _shown(project, ids), username="claire", password=PASSWORD)


def test_an_owner_cannot_sign_items_she_imported(project):
    claire = get_user(project, "claire")
    ids = items.add_items(project, [ItemContent.create(kind="pair", locale="fr-CH", prompt="Q", response="R")],
                          actor=claire)
    deidentify(project, ids, user="claire")
    with pytest.raises(PermissionDenied, match="wrote or edited"):
        signoff.sign_off(project, _shown(project, ids), username="claire", password=PASSWORD)


def test_relaxing_duties_is_a_signed_admin_step_and_then_allows_it(project):
    ids = ready(project, add(project, 1))
    items.edit_item(project, ids[0], actor=get_user(project, "claire"), prompt="Ma version")
    deidentify(project, ids)
    with pytest.raises(PermissionDenied):
        set_duties(project, False, admin="erik", password=PASSWORD, reason="small team this month")
    set_duties(project, False, admin="admin", password=PASSWORD, reason="small team this month")
    assert signoff.sign_off(project, _shown(project, ids), username="claire", password=PASSWORD)
    [relaxed] = [s for s in signoff.signatures(project) if s["subject_type"] == "settings"]
    assert relaxed["signer"] == "admin" and "Relax separation of duties" in relaxed["meaning"]


def test_one_owner_cannot_freeze_another_locales_holdout(project):
    fr = ready(project, add(project, 2, kind="holdout", locale="fr-CH"))
    it = ready(project, add(project, 2, kind="holdout", locale="it-CH", start=50))
    signoff.sign_off(project, _shown(project, fr), username="claire", password=PASSWORD)
    signoff.sign_off(project, _shown(project, it), username="giulia", password=PASSWORD)
    snap = snapshots.create_snapshot(project, kind="holdout", name="v1", actor=get_user(project, "claire"),
                                     password=PASSWORD)
    # claire's freeze covers fr-CH only: it-CH still waits for its owner
    assert snapshots.unfrozen_locales(project, snap) == ["it-CH"]
    from workbench.train.preflight import holdout_snapshot

    with pytest.raises(StateError, match="not frozen for it-CH"):
        holdout_snapshot(project, snap["id"])
    snapshots.create_snapshot(project, kind="holdout", name="v1", actor=get_user(project, "giulia"),
                              password=PASSWORD)
    assert snapshots.unfrozen_locales(project, snap) == []
    assert holdout_snapshot(project, snap["id"])["id"] == snap["id"]


def test_an_admin_who_owns_no_locale_cannot_freeze(project):
    fr = ready(project, add(project, 2, kind="holdout"))
    signoff.sign_off(project, _shown(project, fr), username="claire", password=PASSWORD)
    with pytest.raises(PermissionDenied, match="owns none"):
        snapshots.create_snapshot(project, kind="holdout", name="v1", actor=get_user(project, "admin"),
                                  password=PASSWORD)
    assert snapshots.list_snapshots(project) == []


def test_rejecting_a_signed_off_item_needs_a_reason(project):
    ids = ready(project, add(project, 2))
    signoff.sign_off(project, _shown(project, ids), username="claire", password=PASSWORD)
    with pytest.raises(ValidationError, match="say why"):
        items.set_status(project, ids[:1], "rejected", actor=get_user(project, "max"))
    assert items.get_item(project, ids[0])["status"] == "signed_off"
    items.set_status(project, ids[:1], "rejected", actor=get_user(project, "max"), reason="wrong product name")
    assert items.get_item(project, ids[0])["status"] == "rejected"


def test_a_frozen_holdout_item_can_be_neither_edited_nor_rejected(project):
    hold = ready(project, add(project, 2, kind="holdout"))
    signoff.sign_off(project, _shown(project, hold), username="claire", password=PASSWORD)
    snapshots.create_snapshot(project, kind="holdout", name="v1", actor=get_user(project, "claire"),
                              password=PASSWORD)
    max_ = get_user(project, "max")
    with pytest.raises(StateError, match="frozen hold-out 'v1'"):
        items.edit_item(project, hold[0], actor=max_, prompt="changed after freezing")
    with pytest.raises(StateError, match="frozen hold-out"):
        items.set_status(project, hold, "rejected", actor=max_, reason="does not fit any more")
    assert {items.get_item(project, i)["status"] for i in hold} == {"signed_off"}


@pytest.mark.parametrize("search", ["!!!", "*", "  ", "%", "?!"])
def test_a_search_without_words_cannot_select_what_is_signed(search):
    with pytest.raises(ValidationError, match="every item"):
        check_search_selects(search)


def test_signature_transactions_are_synced_to_disk(project):
    ids = ready(project, add(project, 1))
    statements: list[str] = []
    project.conn.set_trace_callback(statements.append)
    signoff.sign_off(project, _shown(project, ids), username="claire", password=PASSWORD)
    project.conn.set_trace_callback(None)
    full = next(i for i, s in enumerate(statements) if "synchronous = FULL" in s)
    insert = next(i for i, s in enumerate(statements) if s.startswith("INSERT INTO signatures"))
    commit = next(i for i, s in enumerate(statements) if s == "COMMIT" and i > insert)
    assert full < insert < commit
    assert any("synchronous = NORMAL" in s for s in statements[commit:])
