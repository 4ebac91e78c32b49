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
from ..core.roles import Action, User, actor_name, require
from . import audit
from .clock import utc_now
from .signoff import record_signature
from .sql import placeholders, query
from .users import authenticate, duties_policy

if TYPE_CHECKING:
    from .project import Project


def snapshot_id(kind: Kind, mh: str, use_case: str | None = None) -> str:
    """A snapshot's id follows from what it holds (and, in a use case, for which use case)."""
    return f"{kind.value}-{sha256_hex(kind.value + mh + (':' + use_case if use_case else ''))[:12]}"


def _signed_current(project: "Project", kind: Kind, locales: list[str] | None, use_case: str | None = None):
    """Signed-off items whose current revision carries a signature on that exact content."""
    sql = ("SELECT items.id, items.current_rev, r.content_hash, items.locale FROM items "
           "JOIN revisions r ON r.item_id = items.id AND r.rev = items.current_rev "
           "WHERE items.kind = ? AND items.status = ? AND EXISTS (SELECT 1 FROM signature_items si "
           "WHERE si.item_id = items.id AND si.rev = items.current_rev AND si.content_hash = r.content_hash)")
    params: list = [kind.value, Status.SIGNED_OFF.value]
    if locales:
        sql += f" AND items.locale IN ({placeholders(len(locales))})"
        params += locales
    if use_case:
        sql += " AND items.use_case = ?"
        params.append(use_case)
    return project.conn.execute(sql + " ORDER BY items.id", params).fetchall()


def freeze_meaning(name: str, locale_counts: dict[str, int], covers: list[str] | None = None,
                   use_case: str | None = None) -> str:
    """The sentence a hold-out freeze signature stands for (shown verbatim before signing).
    `covers`: the locales this signer vouches for (their own; all when duties are relaxed)."""
    total = sum(locale_counts.values())
    text = (f"hold-out '{name.strip()}'{f' of use case {use_case}' if use_case else ''} frozen for evaluation "
            f"({total} items: {', '.join(f'{k} {v}' for k, v in sorted(locale_counts.items()))})")
    return text + (f", signed for {', '.join(sorted(covers))}" if covers else "")


FREEZE_SUBJECT = "snapshot:holdout"


def freeze_covers(project: "Project", signer: User, locale_counts: dict[str, int]) -> list[str]:
    """The locales a freeze by `signer` vouches for: the ones they own (each locale's hold-out
    is frozen by that locale's owner), or every locale when separation of duties is relaxed."""
    from ..core.duties import freeze_covers as covers

    return covers(duties_policy(project), signer.username, signer.owned_locales(), list(locale_counts))


def freeze_coverage(project: "Project", snap: dict) -> dict[str, str]:
    """Locale → who froze it, from the freeze signatures over the snapshot's manifest.
    A signature of before per-locale freezing (subject without locales) covers them all."""
    out: dict[str, str] = {}
    for subject, signer in project.conn.execute(
            "SELECT subject_type, signer_name FROM signatures WHERE manifest_hash = ? AND "
            "(subject_type = ? OR subject_type LIKE ?) ORDER BY id",
            (snap["manifest_hash"], FREEZE_SUBJECT, FREEZE_SUBJECT + ":%")):
        covered = (subject[len(FREEZE_SUBJECT) + 1:].split(",") if subject != FREEZE_SUBJECT
                   else list(snap["locale_counts"]))
        for loc in covered:
            out.setdefault(loc, signer)
    return out


def unfrozen_locales(project: "Project", snap: dict) -> list[str]:
    """The snapshot's locales that no owner has frozen yet (empty: the hold-out is frozen)."""
    covered = freeze_coverage(project, snap)
    return [loc for loc in sorted(snap["locale_counts"]) if loc not in covered]


def freeze_preview(project: "Project", locales: list[str] | None = None,
                   use_case: str | None = None) -> dict[str, int]:
    """Per-locale counts of the hold-out items a freeze would cover right now, so the signer
    sees the same numbers the signature will state."""
    locales = [parse_locale(loc) for loc in locales] if locales else None
    rows = _signed_current(project, Kind.HOLDOUT, locales, use_case)
    return dict(sorted(Counter(r[3] for r in rows).items()))


def freeze_statement(project: "Project", signer: User, name: str, locales: list[str] | None = None,
                     use_case: str | None = None) -> str:
    """The meaning a hold-out freeze by `signer` would record now: what a front end shows
    before asking for the password, and passes back so the store can check it is unchanged.
    For a hold-out other owners froze already, it names that snapshot and the signer's locales
    still missing from it."""
    counts = freeze_preview(project, locales, use_case)
    sid = pending_snapshot_id(project, "holdout", locales, use_case)
    covers = freeze_covers(project, signer, counts)
    rows = query(project, "SELECT * FROM snapshots WHERE id = ?", (sid,)) if sid else []
    if rows:
        snap = _row(rows[0])
        done = freeze_coverage(project, snap)
        return freeze_meaning(snap["name"], snap["locale_counts"], [c for c in covers if c not in done],
                              snap.get("use_case"))
    return freeze_meaning(name, counts, covers,
                          use_case or _use_case_of(project, _signed_current(project, Kind.HOLDOUT, locales)))


def _use_case_of(project: "Project", rows, use_case: str | None = None) -> str | None:
    """The use case of the signed items a snapshot would hold (`rows` of _signed_current)."""
    from .usecases import snapshot_use_case

    return snapshot_use_case(project, [r[0] for r in rows]) if rows else use_case


def pending_snapshot_id(project: "Project", kind, locales: list[str] | None = None,
                        use_case: str | None = None) -> str | None:
    """The id a snapshot of `kind` taken now would get (None when nothing is signed off).
    Equal to an existing snapshot's id exactly when nothing changed since it was taken."""
    kind = Kind.parse(kind) if isinstance(kind, str) else kind
    locales = [parse_locale(loc) for loc in locales] if locales else None
    rows = _signed_current(project, kind, locales, use_case)
    if not rows:
        return None
    try:
        uc = _use_case_of(project, rows, use_case)
    except ValidationError:
        return None
    return snapshot_id(kind, manifest_hash([(r[0], r[1], r[2]) for r in rows]), uc)


def create_snapshot(project: "Project", *, kind, name: str, actor: User,
                    locales: list[str] | None = None, password: str | None = None,
                    meaning: str | None = None, use_case: str | None = None) -> dict:
    """Snapshot every signed-off item of `kind` (optionally only some locales, or only one
    use case's items: a snapshot holds the items of at most one use case).

    A hold-out snapshot is frozen by definition and needs the password (it is signed).
    Returns the snapshot; if the identical snapshot exists already, returns that one.
    `meaning`, when given, must equal the freeze statement the signature will record (the
    GUI passes the sentence it showed; items signed off meanwhile would change the counts).
    """
    kind = Kind.parse(kind) if isinstance(kind, str) else kind
    locales = [parse_locale(loc) for loc in locales] if locales else None
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
    if use_case:
        from .usecases import get_use_case

        use_case = get_use_case(project, use_case)["id"]
    with project.transaction(durable=freeze):
        rows = _signed_current(project, kind, locales, use_case)
        if not rows:
            scope = f" in {', '.join(locales)}" if locales else ""
            scope += f" of use case {use_case}" if use_case else ""
            raise StateError(f"no signed-off {kind.value} items{scope}: sign items off before taking a snapshot")
        entries = [(r[0], r[1], r[2]) for r in rows]
        mh = manifest_hash(entries)
        use_case = _use_case_of(project, rows, use_case)
        sid = snapshot_id(kind, mh, use_case)
        counts = dict(sorted(Counter(r[3] for r in rows).items()))
        existing = project.conn.execute("SELECT id FROM snapshots WHERE id = ?", (sid,)).fetchone()
        if existing and not freeze:
            return get_snapshot(project, sid)
        if existing:
            return _cosign_freeze(project, get_snapshot(project, sid), actor, password, entries, meaning)
        signature_id = None
        if freeze:
            covers = freeze_covers(project, actor, counts)
            expected = freeze_meaning(name, counts, covers, use_case)
            if meaning is not None and meaning != expected:
                raise StateError(
                    f"the hold-out changed while you were signing: the freeze now means "
                    f"'{expected}', not '{meaning}'; review it and sign again")
            sig = record_signature(project, actor, password=password, meaning=expected,
                                   subject_type=f"{FREEZE_SUBJECT}:{','.join(covers)}", entries=entries)
            signature_id = sig["id"]
        now = utc_now()
        project.conn.execute(
            "INSERT INTO snapshots (id, name, kind, frozen, manifest_hash, item_count, locale_counts, "
            "created_by, created_at, signature_id, use_case) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (sid, name.strip(), kind.value, int(freeze), mh, len(entries),
             json.dumps(counts), actor.username, now, signature_id, use_case))
        project.conn.executemany(
            "INSERT INTO snapshot_items (snapshot_id, item_id, rev, content_hash) VALUES (?, ?, ?, ?)",
            [(sid, *e) for e in entries])
        audit.append(project, actor=actor.username,
                     action="snapshot.freeze" if freeze else "snapshot.create",
                     object_type="snapshot", object_id=sid,
                     after={"name": name.strip(), "kind": kind.value, "manifest_hash": mh,
                            "item_count": len(entries), "locale_counts": counts,
                            "signature_id": signature_id, "use_case": use_case,
                            "covers": covers if freeze else None})
    return get_snapshot(project, sid)


def _cosign_freeze(project: "Project", snap: dict, actor: User, password: str, entries: list,
                   meaning: str | None) -> dict:
    """Another owner freezes their locales of the same hold-out: a signature of their own over
    the same manifest. Returns the snapshot (unchanged when they add no locale)."""
    already = freeze_coverage(project, snap)
    covers = [loc for loc in freeze_covers(project, actor, snap["locale_counts"]) if loc not in already]
    if not covers:
        return snap
    expected = freeze_meaning(snap["name"], snap["locale_counts"], covers, snap.get("use_case"))
    if meaning is not None and meaning != expected:
        raise StateError(f"this freeze means '{expected}', not '{meaning}': review it and sign again")
    sig = record_signature(project, actor, password=password, meaning=expected,
                           subject_type=f"{FREEZE_SUBJECT}:{','.join(covers)}", entries=entries)
    audit.append(project, actor=actor.username, action="snapshot.freeze", object_type="snapshot",
                 object_id=snap["id"], after={"name": snap["name"], "manifest_hash": snap["manifest_hash"],
                                              "signature_id": sig["id"], "covers": covers,
                                              "still_unfrozen": [loc for loc in unfrozen_locales(project, snap)]})
    return snap


def _row(d: dict) -> dict:
    d["locale_counts"] = json.loads(d["locale_counts"])
    d["frozen"] = bool(d["frozen"])
    return d


def get_snapshot(project: "Project", sid: str) -> dict:
    rows = query(project, "SELECT * FROM snapshots WHERE id = ? OR id LIKE ?", (sid, f"%-{sid}"))
    if not rows:
        raise NotFound(f"no snapshot '{sid}': 'workbench snapshot list' shows them")
    return _row(rows[0])


def list_snapshots(project: "Project", kind=None, use_case: str | None = None) -> list[dict]:
    """Snapshots, oldest first; with `use_case`, only that use case's."""
    sql, where, params = "SELECT * FROM snapshots", [], []
    if kind:
        where.append("kind = ?")
        params.append((Kind.parse(kind) if isinstance(kind, str) else kind).value)
    if use_case:
        where.append("use_case = ?")
        params.append(use_case)
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_row(r) for r in query(project, sql + " ORDER BY created_at", params)]


def latest_snapshot(project: "Project", kind, use_case: str | None = None) -> dict | None:
    snaps = list_snapshots(project, kind, use_case)
    return snaps[-1] if snaps else None


def supersede_holding(project: "Project", item_id: int, rev: int, *, actor, reason: str) -> list[str]:
    """A correction found personal data in this revision: every snapshot holding it is
    superseded (recorded with the reason and who; append-only). Returns their ids."""
    who = actor_name(actor)
    with project.transaction():
        sids = [r[0] for r in project.conn.execute(
            "SELECT snapshot_id FROM snapshot_items WHERE item_id = ? AND rev = ? ORDER BY snapshot_id",
            (int(item_id), int(rev)))]
        if not sids:
            return []
        now = utc_now()
        project.conn.executemany(
            "INSERT OR IGNORE INTO snapshot_supersessions (snapshot_id, item_id, rev, reason, superseded_by, "
            "superseded_at) VALUES (?, ?, ?, ?, ?, ?)",
            [(sid, int(item_id), int(rev), reason, who, now) for sid in sids])
        audit.append(project, actor=who, action="snapshots.superseded", object_type="item", object_id=item_id,
                     after={"rev": int(rev), "snapshots": sids, "reason": reason})
    return sids


def supersession(project: "Project", sid: str) -> dict | None:
    """Why a snapshot may no longer be used (None while it may): the corrected items, the
    reasons, who and when."""
    rows = query(project, "SELECT item_id, rev, reason, superseded_by, superseded_at FROM snapshot_supersessions "
                          "WHERE snapshot_id = ? ORDER BY item_id", (sid,))
    if not rows:
        return None
    return {"snapshot": sid, "items": [r["item_id"] for r in rows], "reasons": sorted({r["reason"] for r in rows}),
            "by": sorted({r["superseded_by"] for r in rows}), "at": max(r["superseded_at"] for r in rows)}


def check_not_superseded(project: "Project", sid: str) -> None:
    sup = supersession(project, sid)
    if sup is None:
        return
    pairs = get_snapshot(project, sid)["kind"] == Kind.PAIR.value
    items = ", ".join(map(str, sup["items"][:10])) + (" …" if len(sup["items"]) > 10 else "")
    raise StateError(f"snapshot {sid} is superseded: personal data was found after it was made in item(s) "
                     f"{items} ({sup['reasons'][0]}); sign off the corrected items, then "
                     f"{'create a new training snapshot' if pairs else 'freeze a new hold-out version'}",
                     fix="training_snapshot" if pairs else "freeze_holdout")


def snapshot_items(project: "Project", sid: str, *, superseded_ok: bool = False) -> list[dict]:
    """The exact revisions a snapshot names, with their text (what export, training and
    evaluation read). Every text is re-hashed first: a revision whose stored text no longer
    matches its content hash (the database was edited) is refused, naming the items. A
    superseded snapshot is refused too, unless a caller only shows what was done with it
    (`superseded_ok`: reports and dashboards of past runs)."""
    from .evidence import revision_hash_problems

    snap = get_snapshot(project, sid)
    if not superseded_ok:
        check_not_superseded(project, snap["id"])
    out = query(project,
                "SELECT si.item_id AS id, si.item_id, si.rev, si.content_hash, items.kind, "
                "coalesce(r.locale, items.locale) AS locale, items.tags, "
                "r.prompt, r.response, r.system, r.checks, r.hash_scheme, r.field_hashes, r.erased_at "
                "FROM snapshot_items si "
                "JOIN items ON items.id = si.item_id "
                "JOIN revisions r ON r.item_id = si.item_id AND r.rev = si.rev "
                "WHERE si.snapshot_id = ? ORDER BY si.item_id", (snap["id"],))
    for d in out:
        d["tags"] = json.loads(d["tags"])
        d["checks"] = json.loads(d["checks"])
    problems = revision_hash_problems(project, out)
    if problems:
        raise StateError(f"snapshot {snap['id']} cannot be read: {problems[0]}"
                         f"{f' (and {len(problems) - 1} more)' if len(problems) > 1 else ''}. The database "
                         "was altered outside the workbench: run the audit verification and report it to compliance")
    erased = [d["id"] for d in out if d["erased_at"]]
    if erased:
        raise StateError(f"snapshot {snap['id']} cannot be read: the text of item(s) "
                         f"{', '.join(map(str, erased[:10]))} was erased on a data-protection request")
    for d in out:
        for k in ("item_id", "hash_scheme", "field_hashes", "erased_at"):
            del d[k]
    return out


def verify_snapshot(project: "Project", sid: str) -> bool:
    snap = get_snapshot(project, sid)
    entries = [tuple(r) for r in project.conn.execute(
        "SELECT item_id, rev, content_hash FROM snapshot_items WHERE snapshot_id = ?", (snap["id"],))]
    return (manifest_hash(entries) == snap["manifest_hash"]
            and snapshot_id(Kind(snap["kind"]), snap["manifest_hash"], snap.get("use_case")) == snap["id"])
