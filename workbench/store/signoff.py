"""Electronic signatures on item revisions (21 CFR Part 11 style).

A signature records who (user name and printed name), when (UTC), what it means (the
sentence shown to the signer, stored verbatim) and exactly what was signed: the list of
(item, revision, content hash). It is only given after the signer re-enters the password.
A batch is one signature over the whole list, hashed into `manifest_hash`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..core.errors import NotFound, StateError, ValidationError
from ..core.duties import AUTHORING_ORIGINS, check_not_own_work
from ..core.hashing import manifest_hash
from ..core.items import SIGNABLE, Kind, Status, signoff_meaning
from ..core.roles import Action, User, require
from . import audit, keys
from .clock import utc_now
from .sql import chunks, placeholders, query
from .users import authenticate, duties_policy

if TYPE_CHECKING:
    from .project import Project


def record_signature(project: "Project", signer: User, *, password: str, meaning: str, subject_type: str,
                     entries: list[tuple[int, int, str]], shown: tuple[str, str] | None = None) -> dict:
    """Write a signature row, its items and its digital signature (store/keys.py: the
    password unseals the signer's key). Call inside a transaction, after authenticating.
    `shown`: (language, the meaning as the signer read it) when the window showed it in another
    language than the English sentence that is recorded and signed; kept beside it."""
    assert project.conn.in_transaction
    signed_at = utc_now()
    mh = manifest_hash(entries)
    language, text = shown if shown and shown[1] != meaning else (None, None)
    cur = project.conn.execute(
        "INSERT INTO signatures (signer, signer_name, signed_at, meaning, subject_type, "
        "manifest_hash, item_count, meaning_shown, meaning_language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (signer.username, signer.display_name, signed_at, meaning, subject_type, mh, len(entries), text, language))
    sig_id = cur.lastrowid
    project.conn.executemany(
        "INSERT INTO signature_items (signature_id, item_id, rev, content_hash) VALUES (?, ?, ?, ?)",
        [(sig_id, i, r, h) for i, r, h in entries])
    keys.sign(project, signer, password, kind="signature", ref=sig_id, digest=mh, meaning=meaning,
              signed_at=signed_at)
    return {"id": sig_id, "signer": signer.username, "signer_name": signer.display_name,
            "signed_at": signed_at, "meaning": meaning, "subject_type": subject_type,
            "manifest_hash": mh, "item_count": len(entries),
            **({"meaning_shown": text, "meaning_language": language} if text else {})}


def pending_findings(project: "Project", item_ids: list[int]) -> list[int]:
    """Items that still have de-identification findings nobody has accepted or rejected."""
    out: list[int] = []
    for chunk in chunks(item_ids):
        out += [r[0] for r in project.conn.execute(
            f"SELECT DISTINCT item_id FROM findings WHERE decision = 'pending' AND item_id IN "
            f"({placeholders(len(chunk))})", chunk)]
    return sorted(out)


def on_screen(project: "Project", item_ids: Iterable[int]) -> list[tuple[int, int, str]]:
    """(item, revision, content hash) of the items' current revisions: what a front end shows
    the signer and then passes back to `sign_off`, so the signature covers what was seen."""
    ids = sorted({int(i) for i in item_ids})
    rows: list = []
    for chunk in chunks(ids):
        rows += project.conn.execute(
            "SELECT items.id, items.current_rev, r.content_hash FROM items JOIN revisions r ON "
            "r.item_id = items.id AND r.rev = items.current_rev "
            f"WHERE items.id IN ({placeholders(len(chunk))})", chunk).fetchall()
    missing = sorted(set(ids) - {r[0] for r in rows})
    if missing:
        raise NotFound(f"no item(s) {missing[:10]}: 'workbench items list' shows the items there are")
    return [tuple(r) for r in rows]


def seen_by_hash(project: "Project", pairs: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """(item, revision, content hash) for (item, content hash) pairs a signer reviewed
    elsewhere (`signoff --expect`): the revision holding that content (-1 when none does, so
    that `sign_off` reports the item as changed)."""
    out = []
    for item_id, content_hash in pairs:
        row = project.conn.execute("SELECT rev FROM revisions WHERE item_id = ? AND content_hash = ? "
                                   "ORDER BY rev DESC LIMIT 1", (int(item_id), content_hash)).fetchone()
        out.append((int(item_id), row[0] if row else -1, content_hash))
    return out


def sign_off(project: "Project", seen: Iterable[tuple[int, int, str]], *, username: str, password: str,
             meaning: str | None = None, shown: tuple[str, str] | None = None) -> dict:
    """Sign off exactly the revisions the signer saw, items of one kind and one locale, with
    one signature.

    `seen` is the (item, revision, content hash) list the front end displayed (`on_screen`).
    If any of them is no longer the item's current revision, the whole signature is refused
    ("changed since you looked"), naming the items. `meaning`, when given, must equal the
    sentence the store would record: the signer cannot have agreed to something else.
    Separation of duties: nobody signs items whose text they imported or edited.
    """
    seen = sorted({(int(i), int(r), str(h)) for i, r, h in seen})
    if not seen:
        raise ValidationError("nothing to sign: the selection is empty")
    signer = authenticate(project, username, password)
    ids = [e[0] for e in seen]
    if len(set(ids)) != len(ids):
        raise ValidationError("an item appears twice with different revisions in what you are signing")
    with project.transaction(durable=True):
        rows = []
        for chunk in chunks(ids):
            rows += project.conn.execute(
                "SELECT items.id, items.kind, items.locale, items.status, items.current_rev, "
                "r.content_hash FROM items JOIN revisions r ON r.item_id = items.id AND "
                f"r.rev = items.current_rev WHERE items.id IN ({placeholders(len(chunk))})",
                chunk).fetchall()
        if len(rows) != len(ids):
            missing = sorted(set(ids) - {r[0] for r in rows})
            raise ValidationError(f"no item(s) {missing[:10]}")
        current = {r[0]: (r[4], r[5]) for r in rows}
        changed = [i for i, rev, h in seen if current[i] != (rev, h)]
        if changed:
            raise StateError(
                f"{len(changed)} item(s) changed since you looked: {', '.join(map(str, changed[:10]))}"
                f"{' …' if len(changed) > 10 else ''}; nothing was signed. Look at them again, then sign")
        kinds = {r[1] for r in rows}
        locales = {r[2] for r in rows}
        if len(kinds) > 1 or len(locales) > 1:
            raise ValidationError(
                "one signature covers one kind and one locale: filter the selection by kind and "
                f"locale first (it holds {', '.join(sorted(kinds))} for {', '.join(sorted(locales))})")
        kind, locale = Kind(kinds.pop()), locales.pop()
        require(signer, Action.SIGN_OFF, locale)
        check_not_own_work(duties_policy(project), signer.username, authors(project, ids))
        expected = signoff_meaning(kind, locale)
        if meaning is not None and meaning != expected:
            raise ValidationError(f"the meaning of this signature is '{expected}', not '{meaning}'")
        not_ready = [r[0] for r in rows if Status(r[3]) not in SIGNABLE]
        if not_ready:
            states = sorted({r[3] for r in rows if r[0] in set(not_ready)})
            raise StateError(
                f"{len(not_ready)} item(s) cannot be signed off in state {', '.join(states)} "
                f"(e.g. item {not_ready[0]}): only de-identified items can be signed; de-identify drafts first")
        pending = pending_findings(project, ids)
        if pending:
            raise StateError(
                f"{len(pending)} item(s) have de-identification findings nobody reviewed yet "
                f"(e.g. item {pending[0]}): accept or reject every finding first")
        entries = [(r[0], r[4], r[5]) for r in rows]
        sig = record_signature(project, signer, password=password, meaning=expected,
                               subject_type=f"items:{kind.value}", entries=entries, shown=shown)
        project.conn.executemany(
            "UPDATE items SET status = ?, updated_at = ? WHERE id = ?",
            [(Status.SIGNED_OFF.value, sig["signed_at"], i) for i in ids])
        audit.append(project, actor=signer.username, action="items.signoff", object_type="signature",
                     object_id=sig["id"], before={"statuses": sorted({r[3] for r in rows})},
                     after={**sig, "items": [list(e) for e in entries[:1000]],
                            "truncated": len(entries) > 1000})
    return sig


def authors(project: "Project", item_ids: list[int]) -> dict[int, set[str]]:
    """Who wrote each item's text: the authors of its import and edit revisions."""
    out: dict[int, set[str]] = {i: set() for i in item_ids}
    origins = sorted(AUTHORING_ORIGINS)
    for chunk in chunks(item_ids):
        for item_id, author in project.conn.execute(
                f"SELECT DISTINCT item_id, author FROM revisions WHERE item_id IN ({placeholders(len(chunk))}) "
                f"AND origin IN ({placeholders(len(origins))})", [*chunk, *origins]):
            out[item_id].add(author)
    return out


def signatures(project: "Project", *, item_id: int | None = None) -> list[dict]:
    sql = "SELECT s.* FROM signatures s"
    params: list = []
    if item_id is not None:
        sql += " JOIN signature_items si ON si.signature_id = s.id WHERE si.item_id = ?"
        params.append(int(item_id))
    return query(project, sql + " ORDER BY s.id", params)


def signatures_over_snapshots(project: "Project", snapshot_ids: list[str]) -> list[dict]:
    """Signatures over exactly the revisions the snapshots name (item sign-offs and the
    hold-out freeze), each with `covered`: how many of the snapshots' items it vouches for.
    The signers an evaluation report and a model card name."""
    return query(
        project,
        "SELECT s.id, s.signer, s.signer_name, s.signed_at, s.meaning, s.subject_type, s.manifest_hash, "
        "s.item_count, count(DISTINCT sn.item_id) AS covered FROM signatures s "
        "JOIN signature_items si ON si.signature_id = s.id "
        "JOIN snapshot_items sn ON sn.item_id = si.item_id AND sn.rev = si.rev AND sn.content_hash = si.content_hash "
        f"WHERE sn.snapshot_id IN ({placeholders(len(snapshot_ids))}) GROUP BY s.id ORDER BY s.id",
        list(snapshot_ids))


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
    """True when a sign-off (not a freeze or an erasure) covers exactly this revision and content."""
    return project.conn.execute(
        "SELECT 1 FROM signature_items si JOIN signatures s ON s.id = si.signature_id WHERE si.item_id = ? "
        "AND si.rev = ? AND si.content_hash = ? AND s.subject_type LIKE 'items:%' LIMIT 1",
        (item_id, rev, content_hash)).fetchone() is not None
