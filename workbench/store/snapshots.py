"""Snapshots: immutable, content-addressed dataset versions.

Training and evaluation only ever refer to a snapshot, never to "the items table as it is
now". A snapshot's id is derived from its manifest (kind + every item's revision and content
hash), so the same approved content always has the same id and no two contents share one.

Freezing the hold-out is its own signed step: a domain owner (or admin) re-enters the
password, and the signature covers the whole manifest, before any training may start.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING

from ..core.errors import NotFound, PermissionDenied, StateError, ValidationError
from ..core.hashing import manifest_hash, sha256_hex
from ..core.items import Kind, Status
from ..core.locales import parse_locale
from ..core.roles import Action, User, require
from . import audit
from .signoff import record_signature
from .users import authenticate

if TYPE_CHECKING:
    from .project import Project


def snapshot_id(kind: Kind, mh: str) -> str:
    return f"{kind.value}-{sha256_hex(kind.value + mh)[:12]}"


def _signed_current(project: "Project", kind: Kind, locales: list[str] | None):
    """Signed-off items whose current revision carries a signature on that exact content."""
    sql = ("SELECT items.id, items.current_rev, r.content_hash, items.locale FROM items "
           "JOIN revisions r ON r.item_id = items.id AND r.rev = items.current_rev "
           "WHERE items.kind = ? AND items.status = ? AND EXISTS (SELECT 1 FROM signature_items si "
           "WHERE si.item_id = items.id AND si.rev = items.current_rev AND si.content_hash = r.content_hash)")
    params: list = [kind.value, Status.SIGNED_OFF.value]
    if locales:
        sql += f" AND items.locale IN ({','.join('?' * len(locales))})"
        params += locales
    return project.conn.execute(sql + " ORDER BY items.id", params).fetchall()


def freeze_meaning(name: str, locale_counts: dict[str, int]) -> str:
    """The sentence a hold-out freeze signature stands for (shown verbatim before signing)."""
    total = sum(locale_counts.values())
    return (f"hold-out '{name.strip()}' frozen for evaluation "
            f"({total} items: {', '.join(f'{k} {v}' for k, v in sorted(locale_counts.items()))})")


def freeze_preview(project: "Project", locales: list[str] | None = None) -> dict[str, int]:
    """Per-locale counts of the hold-out items a freeze would cover right now, so the signer
    sees the same numbers the signature will state."""
    locales = [parse_locale(l) for l in locales] if locales else None
    rows = _signed_current(project, Kind.HOLDOUT, locales)
    return dict(sorted(Counter(r[3] for r in rows).items()))


def pending_snapshot_id(project: "Project", kind, locales: list[str] | None = None) -> str | None:
    """The id a snapshot of `kind` taken now would get (None when nothing is signed off).
    Equal to an existing snapshot's id exactly when nothing changed since it was taken."""
    kind = Kind.parse(kind) if isinstance(kind, str) else kind
    locales = [parse_locale(l) for l in locales] if locales else None
    rows = _signed_current(project, kind, locales)
    return snapshot_id(kind, manifest_hash([(r[0], r[1], r[2]) for r in rows])) if rows else None


def create_snapshot(project: "Project", *, kind, name: str, actor: User,
                    locales: list[str] | None = None, password: str | None = None,
                    meaning: str | None = None) -> dict:
    """Snapshot every signed-off item of `kind` (optionally only some locales).

    A hold-out snapshot is frozen by definition and needs the password (it is signed).
    Returns the snapshot; if the identical snapshot exists already, returns that one.
    `meaning`, when given, must equal the freeze statement the signature will record (the
    GUI passes the sentence it showed; items signed off meanwhile would change the counts).
    """
    from .project import utc_now

    kind = Kind.parse(kind) if isinstance(kind, str) else kind
    locales = [parse_locale(l) for l in locales] if locales else None
    if not name.strip():
        raise ValidationError("a snapshot needs a name, e.g. 'hold-out v1'")
    freeze = kind is Kind.HOLDOUT
    if freeze:
        if password is None:
            raise PermissionDenied("freezing the hold-out is a signed step: re-enter your password")
        actor = authenticate(project, actor.username, password)
        require(actor, Action.FREEZE_HOLDOUT)
    else:
        require(actor, Action.SNAPSHOT)
    with project.transaction():
        rows = _signed_current(project, kind, locales)
        if not rows:
            scope = f" in {', '.join(locales)}" if locales else ""
            raise StateError(f"no signed-off {kind.value} items{scope}: sign items off before taking a snapshot")
        entries = [(r[0], r[1], r[2]) for r in rows]
        mh = manifest_hash(entries)
        sid = snapshot_id(kind, mh)
        existing = project.conn.execute("SELECT id FROM snapshots WHERE id = ?", (sid,)).fetchone()
        if existing:
            return get_snapshot(project, sid)
        counts = dict(sorted(Counter(r[3] for r in rows).items()))
        signature_id = None
        if freeze and meaning is not None and meaning != freeze_meaning(name, counts):
            raise StateError(
                f"the hold-out changed while you were signing: the freeze now means "
                f"'{freeze_meaning(name, counts)}', not '{meaning}'; review it and sign again")
        if freeze:
            sig = record_signature(project, actor, meaning=freeze_meaning(name, counts),
                                   subject_type="snapshot:holdout", entries=entries)
            signature_id = sig["id"]
        now = utc_now()
        project.conn.execute(
            "INSERT INTO snapshots (id, name, kind, frozen, manifest_hash, item_count, locale_counts, "
            "created_by, created_at, signature_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (sid, name.strip(), kind.value, int(freeze), mh, len(entries),
             json.dumps(counts), actor.username, now, signature_id))
        project.conn.executemany(
            "INSERT INTO snapshot_items (snapshot_id, item_id, rev, content_hash) VALUES (?, ?, ?, ?)",
            [(sid, *e) for e in entries])
        audit.append(project, actor=actor.username,
                     action="snapshot.freeze" if freeze else "snapshot.create",
                     object_type="snapshot", object_id=sid,
                     after={"name": name.strip(), "kind": kind.value, "manifest_hash": mh,
                            "item_count": len(entries), "locale_counts": counts,
                            "signature_id": signature_id})
    return get_snapshot(project, sid)


def _row(cols, r) -> dict:
    d = dict(zip(cols, r))
    d["locale_counts"] = json.loads(d["locale_counts"])
    d["frozen"] = bool(d["frozen"])
    return d


def get_snapshot(project: "Project", sid: str) -> dict:
    cur = project.conn.execute("SELECT * FROM snapshots WHERE id = ? OR id LIKE ?", (sid, f"%-{sid}"))
    rows = cur.fetchall()
    if not rows:
        raise NotFound(f"no snapshot '{sid}': 'workbench snapshot list' shows them")
    return _row([c[0] for c in cur.description], rows[0])


def list_snapshots(project: "Project", kind=None) -> list[dict]:
    sql, params = "SELECT * FROM snapshots", []
    if kind:
        sql += " WHERE kind = ?"
        params.append((Kind.parse(kind) if isinstance(kind, str) else kind).value)
    cur = project.conn.execute(sql + " ORDER BY created_at", params)
    cols = [c[0] for c in cur.description]
    return [_row(cols, r) for r in cur]


def latest_snapshot(project: "Project", kind) -> dict | None:
    snaps = list_snapshots(project, kind)
    return snaps[-1] if snaps else None


def snapshot_items(project: "Project", sid: str) -> list[dict]:
    """The exact revisions a snapshot names, with their text (what training/evaluation read)."""
    snap = get_snapshot(project, sid)
    cur = project.conn.execute(
        "SELECT si.item_id AS id, si.rev, si.content_hash, items.kind, items.locale, items.tags, "
        "r.prompt, r.response, r.system, r.checks FROM snapshot_items si "
        "JOIN items ON items.id = si.item_id "
        "JOIN revisions r ON r.item_id = si.item_id AND r.rev = si.rev "
        "WHERE si.snapshot_id = ? ORDER BY si.item_id", (snap["id"],))
    cols = [c[0] for c in cur.description]
    out = []
    for r in cur:
        d = dict(zip(cols, r))
        d["tags"] = json.loads(d["tags"])
        d["checks"] = json.loads(d["checks"])
        out.append(d)
    return out


def verify_snapshot(project: "Project", sid: str) -> bool:
    snap = get_snapshot(project, sid)
    entries = [tuple(r) for r in project.conn.execute(
        "SELECT item_id, rev, content_hash FROM snapshot_items WHERE snapshot_id = ?", (snap["id"],))]
    return manifest_hash(entries) == snap["manifest_hash"] and snapshot_id(Kind(snap["kind"]), snap["manifest_hash"]) == snap["id"]
