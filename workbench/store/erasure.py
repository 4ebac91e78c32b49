"""Erasure of original texts on a data-protection request (Swiss FADP art. 32, GDPR art. 17).

What may be erased is every revision that is *not* de-identified text: imported or edited
originals, drafts, and revisions in which personal data was found later (a span marked missed,
even on a signed revision). De-identified revisions (analysed, nothing personal left in them)
stay: they hold no personal data, and they are what was signed and trained on.

Erasing blanks the revision's fields (prompt, response, system prompt, checks) and rebuilds the
full-text index without them. Its content hash, the field hashes it was made from (hash scheme 2,
core/items.py) and every audit entry stay as they were, so `audit verify`, the signatures and
the snapshots still verify. The erasure itself is an e-signature (and a digital signature)
over the list of (item, revision, content hash) it erased. Afterwards the database file is
compacted so the old text is not left in free pages or the write-ahead log.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING, Sequence

from ..core.errors import ValidationError
from ..core.hashing import manifest_hash
from ..core.items import Status
from ..core.roles import Action, require
from . import audit
from .clock import utc_now
from .signoff import record_signature
from .sql import chunks, placeholders
from .users import authenticate

if TYPE_CHECKING:
    from .project import Project

SUBJECT = "erasure"
REASON = "original text erased on a data-protection request"


def erasure_meaning(count: int) -> str:
    return (f"erased the original texts of {count} revision(s) on a data-protection request; "
            "their hashes and the audit trail are kept")


#: The only findings that say a span is NOT personal data: a reviewer rejected it, or it is the
#: anonymizer's own replacement. Any other finding (pending, accepted, missed, and superseded:
#: found in an edit that was overwritten before anyone reviewed it) means personal data is in
#: that revision's text, so the revision is an original to erase, not de-identified text.
NOT_PERSONAL = ("rejected", "replaced")

_KEPT = ("r.erased_at IS NULL "
         # de-identified text: analysed (or written by the anonymizer) and nothing personal found in it
         "AND NOT ((EXISTS (SELECT 1 FROM deid_analyses a WHERE a.item_id = r.item_id AND a.rev = r.rev) "
         "          OR r.origin = 'deid') "
         "         AND NOT EXISTS (SELECT 1 FROM findings f WHERE f.item_id = r.item_id AND f.rev = r.rev "
         f"                         AND f.decision NOT IN {NOT_PERSONAL!r}))")


def _parse_before(before: str | None) -> str | None:
    if before is None:
        return None
    try:
        return datetime.fromisoformat(before.strip()).strftime("%Y-%m-%dT%H:%M:%S")
    except ValueError:
        raise ValidationError(f"'{before}' is not a date: write it as YYYY-MM-DD") from None


def erasable(project: "Project", *, item_ids: Sequence[int] | None = None, before: str | None = None
             ) -> list[tuple[int, int, str]]:
    """(item, revision, content hash) of the original texts an erasure would blank: of these
    items, or written before this date (one of the two is required)."""
    if (item_ids is None) == (before is None):
        raise ValidationError("say what to erase: the original texts of given items, or those written before a date")
    sql = f"SELECT r.item_id, r.rev, r.content_hash FROM revisions r WHERE {_KEPT}"
    if before is not None:
        return [tuple(r) for r in project.conn.execute(sql + " AND r.created_at < ? ORDER BY 1, 2",
                                                       (_parse_before(before),))]
    out: list[tuple[int, int, str]] = []
    ids = sorted({int(i) for i in item_ids})
    known = {r[0] for part in chunks(ids) for r in project.conn.execute(
        f"SELECT id FROM items WHERE id IN ({placeholders(len(part))})", part)}
    if set(ids) - known:
        raise ValidationError(f"no item(s) {sorted(set(ids) - known)[:10]}")
    for chunk in chunks(ids):
        out += [tuple(r) for r in project.conn.execute(
            sql + f" AND r.item_id IN ({placeholders(len(chunk))}) ORDER BY 1, 2", chunk)]
    return out


def erase_originals(project: "Project", *, username: str, password: str, item_ids: Sequence[int] | None = None,
                    before: str | None = None) -> dict:
    """Erase, under the admin's e-signature, the original texts `erasable` lists. Items whose
    current revision is erased are rejected (they can no longer be de-identified)."""
    signer = authenticate(project, username, password)
    require(signer, Action.ERASE)
    erasable(project, item_ids=item_ids, before=before)   # refuses bad input before anything is written
    project.conn.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed, not left behind
    try:
        with project.transaction(durable=True):
            entries = erasable(project, item_ids=item_ids, before=before)
            if not entries:
                raise ValidationError("nothing to erase: those items hold no original text that is not "
                                      "de-identified (or it was erased before)")
            # A signature names each item once: the k-th erased revision of every item goes under
            # the k-th signature (most erasures need one or two).
            rounds: list[list[tuple[int, int, str]]] = []
            seen: dict[int, int] = {}
            for item_id, rev, h in entries:
                k = seen[item_id] = seen.get(item_id, -1) + 1
                if k == len(rounds):
                    rounds.append([])
                rounds[k].append((item_id, rev, h))
            sigs = [record_signature(project, signer, password=password, meaning=erasure_meaning(len(entries)),
                                     subject_type=SUBJECT, entries=part) for part in rounds]
            sig = {**sigs[0], "signature_ids": [x["id"] for x in sigs]}
            now = utc_now()
            for item_id, rev, _ in entries:
                project.conn.execute(
                    "UPDATE revisions SET prompt = '', response = '', system = '', checks = '{}', erased_at = ?, "
                    "erased_by = ? WHERE item_id = ? AND rev = ?", (now, signer.username, item_id, rev))
            comments = _erase_comments(project, entries, item_ids=item_ids, before=before, now=now,
                                       who=signer.username)
            # The search index is rebuilt from the blanked table: nothing erased stays searchable,
            # whatever state the index was in.
            project.conn.execute("INSERT INTO revisions_fts (revisions_fts) VALUES ('rebuild')")
            current = sorted({i for i, r, _ in entries if project.conn.execute(
                "SELECT 1 FROM items WHERE id = ? AND current_rev = ? AND status != ?",
                (i, r, Status.REJECTED.value)).fetchone()})
            if current:
                from .items import set_status

                set_status(project, current, Status.REJECTED, actor=signer, reason=REASON)
            audit.append(project, actor=signer.username, action="revisions.erased", object_type="signature",
                         object_id=sig["id"], after={"signature_ids": sig["signature_ids"], "revisions": len(entries),
                                                      "manifest_hash": manifest_hash(entries),
                                                      "items": sorted({e[0] for e in entries})[:1000],
                                                      "rejected": current[:1000], "comments": comments,
                                                      "before": before})
        purged = purge_free_space(project)
    finally:
        project.conn.execute("PRAGMA secure_delete = OFF")
    return {**sig, "revisions": len(entries), "items": sorted({e[0] for e in entries}), "rejected": current,
            "comments": comments, "purged": purged}


def _erase_comments(project: "Project", entries, *, item_ids, before, now: str, who: str) -> int:
    """Comments written when an item was returned to its annotator may name a person too: those
    of the items erased (or written before the date) are blanked the same way."""
    if before is not None:
        cur = project.conn.execute("UPDATE item_comments SET comment = '', erased_at = ?, erased_by = ? "
                                   "WHERE erased_at IS NULL AND created_at < ?", (now, who, _parse_before(before)))
        return cur.rowcount
    ids = sorted({int(i) for i in item_ids or []} | {e[0] for e in entries})
    total = 0
    for chunk in chunks(ids):
        total += project.conn.execute(
            "UPDATE item_comments SET comment = '', erased_at = ?, erased_by = ? WHERE erased_at IS NULL AND "
            f"item_id IN ({placeholders(len(chunk))})", [now, who, *chunk]).rowcount
    return total


def purge_free_space(project: "Project") -> bool:
    """Rewrite the file so no erased text survives in a free page or the write-ahead log. False
    when another program holds the project open (the purge then happens at the next erasure)."""
    import gc

    try:
        project.conn.execute("VACUUM")
        for attempt in range(2):
            # A checkpoint that a reader holds back reports it (busy, after the busy timeout)
            # instead of failing: the old pages are then still in the file.
            busy, _, _ = project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                return True
            # The reader may be this very process: a query abandoned half-read whose cursor
            # waits for the garbage collector holds its read lock until it is collected.
            gc.collect()
    except sqlite3.OperationalError:
        return False
    return False
