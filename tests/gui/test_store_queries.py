"""The store functions the GUI reads through (so it never runs SQL itself)."""

import pytest

from tests.conftest import PASSWORD
from tests.gui.helpers import add_pairs, deidentify
from workbench.core.errors import StateError, ValidationError
from workbench.store import audit, items, signoff, snapshots
from workbench.store.users import get_user


def test_item_ids_follow_filters_and_order(project):
    a = add_pairs(project, [("Zins für die Hypothek", "1,75 %"), ("Adresse ändern", "Im E-Banking")],
                  locale="de-CH", tags=["banking"])
    b = add_pairs(project, [("Assurance ménage", "Vol et incendie")], tags=["insurance"])
    assert items.item_ids(project) == a + b
    assert items.item_ids(project, order_by="prompt") == [a[1], b[0], a[0]]
    assert items.item_ids(project, order_by="id", descending=True) == list(reversed(a + b))
    assert items.item_ids(project, search="hypothek") == [a[0]]
    assert items.item_ids(project, locale="fr-CH") == b
    assert items.item_ids(project, tag="BANKING") == a
    with pytest.raises(ValidationError):
        items.item_ids(project, order_by="tags")
    assert items.tag_counts(project) == {"banking": 2, "insurance": 1}


def test_item_findings_of_the_current_revision(project):
    [i] = add_pairs(project, [("Anna Muster fragt", "Antwort")], locale="de-CH")
    with project.transaction():
        project.conn.executemany(
            "INSERT INTO findings (item_id, rev, field, start, end, entity, score) "
            "VALUES (?, 1, ?, ?, ?, ?, 0.9)",
            [(i, "prompt", 0, 11, "PERSON"), (i, "prompt", 0, 4, "PERSON")])
    found = items.item_findings(project, i)
    assert [(f["start"], f["end"], f["decision"]) for f in found] == [(0, 11, "pending"), (0, 4, "pending")]
    items.edit_item(project, i, actor=get_user(project, "max"), prompt="Frau Muster fragt")
    assert items.item_findings(project, i) == []  # findings belong to the revision they were found in
    assert len(items.item_findings(project, i, rev=1)) == 2


def test_audit_paging_and_counting(project):
    total = audit.count_entries(project)
    newest = list(audit.entries(project, descending=True, limit=2))
    second_page = list(audit.entries(project, descending=True, limit=2, offset=2))
    assert [e["seq"] for e in newest + second_page] == list(range(total, total - 4, -1))
    assert audit.count_entries(project, action="user.*") == 6
    actors = audit.distinct_values(project, "actor")
    assert "admin" in actors and actors == sorted(actors)
    assert "user.create" in audit.distinct_values(project, "action")
    with pytest.raises(ValueError):
        audit.distinct_values(project, "hash")


def test_freeze_preview_and_the_meaning_the_signer_saw(project):
    hold = deidentify(project, add_pairs(project, [("Q1", "A1"), ("Q2", "A2")], kind="holdout"))
    signoff.sign_off(project, signoff.on_screen(project, hold), username="claire", password=PASSWORD)
    counts = snapshots.freeze_preview(project)
    assert counts == {"fr-CH": 2}
    claire = get_user(project, "claire")
    shown = snapshots.freeze_statement(project, claire, "hold-out v1")
    assert shown == "hold-out 'hold-out v1' frozen for evaluation (2 items: fr-CH 2), signed for fr-CH"
    with pytest.raises(StateError):  # what was shown no longer matches: nothing is signed
        stale = "hold-out 'hold-out v1' frozen for evaluation (1 items: fr-CH 1)"
        snapshots.create_snapshot(project, kind="holdout", name="hold-out v1", actor=claire,
                                  password=PASSWORD, meaning=stale)
    assert snapshots.list_snapshots(project) == []
    snap = snapshots.create_snapshot(project, kind="holdout", name="hold-out v1", actor=claire,
                                     password=PASSWORD, meaning=shown)
    [sig] = [s for s in signoff.signatures(project) if s["id"] == snap["signature_id"]]
    assert sig["meaning"] == shown
    assert snapshots.pending_snapshot_id(project, "holdout") == snap["id"]  # nothing new to freeze
    with pytest.raises(StateError, match="frozen hold-out"):  # the yardstick cannot move
        items.edit_item(project, hold[0], actor=get_user(project, "max"), prompt="Q1 reformulée")
    assert snapshots.pending_snapshot_id(project, "holdout") == snap["id"]
