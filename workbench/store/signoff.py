"""Electronic signatures on item revisions (21 CFR Part 11 style).

A signature records who (user name and printed name), when (UTC), what it means (the
sentence shown to the signer, stored verbatim) and exactly what was signed: the list of
(item, revision, content hash). It is only given after the signer re-enters the password.
A batch is one signature over the whole list, hashed into `manifest_hash`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..core.errors import StateError, ValidationError
from ..core.hashing import manifest_hash
from ..core.items import SIGNABLE, Kind, Status, signoff_meaning
from ..core.roles import Action, User, require
from . import audit
from .users import authenticate

if TYPE_CHECKING:
    from .project import Project


def record_signature(project: "Project", signer: User, *, meaning: str, subject_type: str,
                     entries: list[tuple[int, int, str]]) -> dict:
    """Write a signature row and its items. Call inside a transaction, after authenticating."""
    from .project import utc_now

    assert project.conn.in_transaction
    signed_at = utc_now()
    mh = manifest_hash(entries)
    cur = project.conn.execute(
        "INSERT INTO signatures (signer, signer_name, signed_at, meaning, subject_type, "
        "manifest_hash, item_count) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (signer.username, signer.display_name, signed_at, meaning, subject_type, mh, len(entries)))
    sig_id = cur.lastrowid
    project.conn.executemany(
        "INSERT INTO signature_items (signature_id, item_id, rev, content_hash) VALUES (?, ?, ?, ?)",
        [(sig_id, i, r, h) for i, r, h in entries])
    return {"id": sig_id, "signer": signer.username, "signer_name": signer.display_name,
            "signed_at": signed_at, "meaning": meaning, "subject_type": subject_type,
            "manifest_hash": mh, "item_count": len(entries)}


def pending_findings(project: "Project", item_ids: list[int]) -> list[int]:
    """Items that still have de-identification findings nobody has accepted or rejected."""
    out: list[int] = []
    for start in range(0, len(item_ids), 900):
        chunk = item_ids[start:start + 900]
        out += [r[0] for r in project.conn.execute(
            f"SELECT DISTINCT item_id FROM findings WHERE decision = 'pending' AND item_id IN "
            f"({','.join('?' * len(chunk))})", chunk)]
    return sorted(out)


def sign_off(project: "Project", item_ids: Iterable[int], *, username: str, password: str,
             meaning: str | None = None) -> dict:
    """Sign off items of one kind and one locale with one signature.

    `meaning`, when given, must equal the sentence the store would record: the GUI passes the
    text it showed, so the signer cannot have agreed to something other than what is stored.
    """
    ids = sorted({int(i) for i in item_ids})
    if not ids:
        raise ValidationError("nothing to sign: the selection is empty")
    signer = authenticate(project, username, password)
    with project.transaction():
        rows = []
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            rows += project.conn.execute(
                "SELECT items.id, items.kind, items.locale, items.status, items.current_rev, "
                "r.content_hash FROM items JOIN revisions r ON r.item_id = items.id AND "
                f"r.rev = items.current_rev WHERE items.id IN ({','.join('?' * len(chunk))})",
                chunk).fetchall()
        if len(rows) != len(ids):
            missing = sorted(set(ids) - {r[0] for r in rows})
            raise ValidationError(f"no item(s) {missing[:10]}")
        kinds = {r[1] for r in rows}
        locales = {r[2] for r in rows}
        if len(kinds) > 1 or len(locales) > 1:
            raise ValidationError(
                "one signature covers one kind and one locale: filter the selection by kind and "
                f"locale first (it holds {', '.join(sorted(kinds))} for {', '.join(sorted(locales))})")
        kind, locale = Kind(kinds.pop()), locales.pop()
        require(signer, Action.SIGN_OFF, locale)
        expected = signoff_meaning(kind, locale)
        if meaning is not None and meaning != expected:
            raise ValidationError(f"the meaning of this signature is '{expected}', not '{meaning}'")
        not_ready = [r[0] for r in rows if Status(r[3]) not in SIGNABLE]
        if not_ready:
            states = sorted({r[3] for r in rows if r[0] in set(not_ready)})
            raise StateError(
                f"{len(not_ready)} item(s) cannot be signed off in state {', '.join(states)} "
                f"(e.g. item {not_ready[0]}): only de-identified items can be signed; de-identify drafts first "
                "(workbench deid run)")
        pending = pending_findings(project, ids)
        if pending:
            raise StateError(
                f"{len(pending)} item(s) have de-identification findings nobody reviewed yet "
                f"(e.g. item {pending[0]}): accept or reject every finding first")
        entries = [(r[0], r[4], r[5]) for r in rows]
        sig = record_signature(project, signer, meaning=expected, subject_type=f"items:{kind.value}",
                               entries=entries)
        project.conn.executemany(
            "UPDATE items SET status = ?, updated_at = ? WHERE id = ?",
            [(Status.SIGNED_OFF.value, sig["signed_at"], i) for i in ids])
        audit.append(project, actor=signer.username, action="items.signoff", object_type="signature",
                     object_id=sig["id"], before={"statuses": sorted({r[3] for r in rows})},
                     after={**sig, "items": [list(e) for e in entries[:1000]],
                            "truncated": len(entries) > 1000})
    return sig


def signatures(project: "Project", *, item_id: int | None = None) -> list[dict]:
    sql = "SELECT s.* FROM signatures s"
    params: list = []
    if item_id is not None:
        sql += " JOIN signature_items si ON si.signature_id = s.id WHERE si.item_id = ?"
        params.append(int(item_id))
    cur = project.conn.execute(sql + " ORDER BY s.id", params)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur]


def signature_entries(project: "Project", signature_id: int) -> list[tuple[int, int, str]]:
    return [tuple(r) for r in project.conn.execute(
        "SELECT item_id, rev, content_hash FROM signature_items WHERE signature_id = ? "
        "ORDER BY item_id", (signature_id,))]


def verify_signature(project: "Project", signature_id: int) -> bool:
    """The stored manifest hash still matches the stored list of signed revisions."""
    row = project.conn.execute("SELECT manifest_hash FROM signatures WHERE id = ?",
                               (signature_id,)).fetchone()
    return bool(row) and manifest_hash(signature_entries(project, signature_id)) == row[0]


def is_signed(project: "Project", item_id: int, rev: int, content_hash: str) -> bool:
    """True when some signature covers exactly this revision and content."""
    return project.conn.execute(
        "SELECT 1 FROM signature_items WHERE item_id = ? AND rev = ? AND content_hash = ? LIMIT 1",
        (item_id, rev, content_hash)).fetchone() is not None
