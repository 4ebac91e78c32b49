"""Returning an item to its annotator: the domain owner's "not like this", with a comment.

An item waiting for sign-off (de-identified or in review) goes back to draft, so it leaves
the sign-off queue and passes through de-identification and review again once corrected.
Only a domain owner of the item's locale may return it. The comment is kept in
`item_comments`, where the annotator reads it (Data page, editor); the audit entry, written
in the same transaction, names the item, its revision and content hash and the comment's id
and hash, never the comment's words: they may name a person, and the trail is append-only
and copied into every audit package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.errors import StateError, ValidationError
from ..core.hashing import sha256_hex
from ..core.items import Status
from ..core.roles import Action, check
from . import audit
from .clock import utc_now
from .items import get_item
from .sql import query

if TYPE_CHECKING:
    from .project import Project

#: the statuses of items that wait for sign-off, the only ones that can be returned
RETURNABLE = (Status.DEIDENTIFIED.value, Status.IN_REVIEW.value)


def return_to_annotator(project: "Project", item_id: int, *, actor, comment: str) -> int:
    """Send one item back to draft with the owner's comment; returns the comment's id."""
    comment = (comment or "").strip()
    if len(comment) < 3:
        raise ValidationError("say what the annotator should change (a comment of a few words)")
    item = get_item(project, item_id)
    who = check(actor, Action.SIGN_OFF, item["locale"])
    if item["status"] not in RETURNABLE:
        raise StateError(f"item {item_id} is {item['status'].replace('_', ' ')}: only items waiting for "
                         "sign-off (de-identified or in review) can be returned to the annotator")
    now = utc_now()
    with project.transaction():
        cur = project.conn.execute(
            "INSERT INTO item_comments (item_id, rev, content_hash, kind, author, created_at, comment) "
            "VALUES (?, ?, ?, 'returned', ?, ?, ?)",
            (item["id"], item["rev"], item["content_hash"], who, now, comment))
        project.conn.execute("UPDATE items SET status = ?, updated_at = ? WHERE id = ? AND current_rev = ?",
                             (Status.DRAFT.value, now, item["id"], item["rev"]))
        audit.append(project, actor=who, action="item.returned", object_type="item", object_id=item["id"],
                     before={"status": item["status"], "rev": item["rev"], "content_hash": item["content_hash"]},
                     after={"status": Status.DRAFT.value, "comment_id": cur.lastrowid,
                            "comment_hash": sha256_hex(comment)})
    return cur.lastrowid


def comments(project: "Project", item_id: int) -> list[dict]:
    """What owners wrote when they returned the item, newest first."""
    return query(project, "SELECT id, item_id, rev, kind, author, created_at, comment, erased_at "
                          "FROM item_comments WHERE item_id = ? ORDER BY id DESC", (int(item_id),))


def open_comment(project: "Project", item: dict) -> dict | None:
    """The return comment the annotator still has to act on: the newest one, while the item
    still holds the revision it was written about (an edit answers it)."""
    found = comments(project, item["id"])
    return found[0] if found and found[0]["rev"] == item["rev"] else None
