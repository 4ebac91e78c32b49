"""Items, revisions, statuses and search on a real project database."""

import pytest

from tests.conftest import PASSWORD, deidentify
from tests.store.helpers import add, ready, row_count
from workbench.core.errors import PermissionDenied, StateError
from workbench.store import items, signoff
from workbench.store.audit import entries, verify_chain
from workbench.store.users import get_user


def test_edit_creates_a_revision_and_voids_the_signoff(project):
    ids = ready(project, add(project, 2))
    signoff.sign_off(project, signoff.on_screen(project, ids), username="claire", password=PASSWORD)
    assert items.get_item(project, ids[0])["status"] == "signed_off"

    rev = items.edit_item(project, ids[0], actor=get_user(project, "max"), response="Nouvelle réponse")
    item = items.get_item(project, ids[0])
    assert rev == 2 and item["rev"] == 2 and item["status"] == "draft"
    history = items.revisions(project, ids[0])
    assert [r["rev"] for r in history] == [1, 2]
    assert history[0]["response"] == "Réponse 0"  # never overwritten
    assert not signoff.is_signed(project, ids[0], 2, item["content_hash"])
    assert signoff.is_signed(project, ids[0], 1, history[0]["content_hash"])
    edit = [e for e in entries(project, action="item.edit")][0]
    assert '"voided_signoff":true' in edit["after"]
    assert verify_chain(project).ok


def test_revisions_cannot_be_rewritten_even_with_sql(project):
    ids = add(project, 1)
    with pytest.raises(Exception, match="append-only"):
        project.conn.execute("UPDATE revisions SET response = 'x' WHERE item_id = ?", (ids[0],))
    with pytest.raises(Exception, match="append-only"):
        project.conn.execute("DELETE FROM revisions WHERE item_id = ?", (ids[0],))


def test_an_unchanged_edit_makes_no_revision(project):
    ids = add(project, 1)
    assert items.edit_item(project, ids[0], actor=get_user(project, "max"), response="Réponse 0") == 1


def test_annotator_may_edit_but_compliance_may_not(project):
    ids = add(project, 1)
    with pytest.raises(PermissionDenied, match="edit items"):
        items.edit_item(project, ids[0], actor=get_user(project, "cora"), prompt="x")


def test_filters_and_full_text_search(project):
    add(project, 3, locale="fr-CH")
    add(project, 2, locale="it-CH", start=10)
    items.add_items(project, [items.ItemContent.create(
        kind="pair", locale="gsw", prompt="Chönnd Sie mer d Stüürerklärig schicke?",
        response="Jo, gern.", tags=["canton"])], actor=get_user(project, "max"))
    assert items.count_items(project, locale="it-CH") == 2
    assert items.count_items(project, locale=["fr-CH", "it-CH"]) == 5
    assert [r["locale"] for r in items.list_items(project, search="stüürerklärig")] == ["gsw"]
    assert [r["locale"] for r in items.list_items(project, search="stuurerk")] == ["gsw"]  # prefix, diacritics
    assert items.count_items(project, tag="canton") == 1
    assert items.count_items(project, search='"; DROP TABLE items; --') == 0  # no FTS syntax errors
    page = items.list_items(project, order_by="id", descending=True, limit=2, offset=1)
    assert [r["id"] for r in page] == [5, 4]


def test_status_changes_are_checked_and_audited(project):
    ids = add(project, 2)
    with pytest.raises(StateError):
        items.set_status(project, ids, "in_review", actor=get_user(project, "max"))  # draft → in_review skips de-id
    assert row_count(project, "audit") == len(list(entries(project)))
    # Nobody declares a text de-identified: the detector must have analysed that revision.
    with pytest.raises(StateError, match="not been analysed"):
        items.set_status(project, ids, "deidentified", actor=get_user(project, "max"))
    assert {items.get_item(project, i)["status"] for i in ids} == {"draft"}
    deidentify(project, ids)
    assert items.get_item(project, ids[1])["status"] == "deidentified"
    assert list(entries(project, action="items.status"))[-1]["object_id"] == "1,2"


def test_the_editor_state_is_written_as_one_revision_and_one_tag_update(project):
    [item_id] = add(project, 1)
    max_ = get_user(project, "max")
    state = {k: items.get_item(project, item_id)[k] for k in ("prompt", "response", "system", "locale")}
    items.set_item_state(project, item_id, {**state, "response": "Autre réponse", "tags": ["Banque"]}, actor=max_)
    item = items.get_item(project, item_id)
    assert (item["rev"], item["response"], item["tags"]) == (2, "Autre réponse", ["banque"])
    assert [e["action"] for e in entries(project, object_id=str(item_id))][-2:] == ["item.edit", "item.tags"]
    items.set_item_state(project, item_id, {**state, "response": "Autre réponse", "tags": ["banque"]}, actor=max_)
    assert items.get_item(project, item_id)["rev"] == 2  # nothing changed, nothing written
