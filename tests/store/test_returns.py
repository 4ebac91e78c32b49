"""Returning an item to its annotator: a domain owner of its locale, with a comment; the item
leaves the sign-off queue; the audit entry holds ids and hashes, never the comment's words."""

import json

import pytest

from tests.store.helpers import add, ready
from workbench.core.errors import PermissionDenied, StateError, ValidationError
from workbench.store import items, returns
from workbench.store.users import get_user

COMMENT = "Bitte den Namen von Frau Beatrice Zürcher entfernen"


def test_the_owner_returns_an_item_with_a_comment_the_annotator_reads(project):
    [item_id] = ready(project, add(project, 1))
    before = items.get_item(project, item_id)
    comment_id = returns.return_to_annotator(project, item_id, actor=get_user(project, "claire"), comment=COMMENT)

    after = items.get_item(project, item_id)
    assert after["status"] == "draft" and after["rev"] == before["rev"]  # out of the queue, text unchanged
    [c] = returns.comments(project, item_id)
    assert c["id"] == comment_id and c["comment"] == COMMENT and c["author"] == "claire"
    assert returns.open_comment(project, after)["comment"] == COMMENT

    [(actor, object_id, was, now)] = project.conn.execute(
        "SELECT actor, object_id, before, after FROM audit WHERE action = 'item.returned'").fetchall()
    assert actor == "claire" and object_id == str(item_id)
    assert json.loads(was)["content_hash"] == before["content_hash"]
    assert json.loads(now)["comment_id"] == comment_id
    assert "Zürcher" not in was + now  # the comment's hash, never its words

    items.edit_item(project, item_id, actor=get_user(project, "max"), response="Réponse corrigée")
    assert returns.open_comment(project, items.get_item(project, item_id)) is None  # an edit answers it


def test_only_an_owner_of_the_locale_returns_only_items_waiting_for_sign_off(project):
    [item_id] = ready(project, add(project, 1))
    with pytest.raises(PermissionDenied):
        returns.return_to_annotator(project, item_id, actor=get_user(project, "giulia"), comment=COMMENT)  # it-CH
    with pytest.raises(PermissionDenied):
        returns.return_to_annotator(project, item_id, actor=get_user(project, "max"), comment=COMMENT)
    with pytest.raises(ValidationError):
        returns.return_to_annotator(project, item_id, actor=get_user(project, "claire"), comment=" ")
    [draft] = add(project, 1, start=5)
    with pytest.raises(StateError):
        returns.return_to_annotator(project, draft, actor=get_user(project, "claire"), comment=COMMENT)
    assert returns.comments(project, item_id) == [] and items.get_item(project, item_id)["status"] == "deidentified"


def test_comments_cannot_be_rewritten(project):
    [item_id] = ready(project, add(project, 1))
    returns.return_to_annotator(project, item_id, actor=get_user(project, "claire"), comment=COMMENT)
    import sqlite3

    with pytest.raises(sqlite3.DatabaseError):
        project.conn.execute("UPDATE item_comments SET comment = 'something else'")
    with pytest.raises(sqlite3.DatabaseError):
        project.conn.execute("DELETE FROM item_comments")
