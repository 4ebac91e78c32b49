"""Findings in the project database and the human review of them.

SQL on the `findings` table lives here (the store owns items and revisions; this module only
adds findings and calls store.items for revisions and statuses). Every change writes its
audit entry in the same transaction.

Life of a finding: `deid run` writes it `pending` on the item's current (draft) revision; a
reviewer accepts it (the span is personal data) or rejects it (a false alarm), or marks a
span the analyzer missed (`missed`). Once no finding of the revision is pending,
`apply_reviewed` writes the anonymized revision with status `deidentified` — the revision
that is later signed. Findings keep offsets only, never the detected text.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import TYPE_CHECKING, Iterable, Sequence

from ..core.errors import NotFound, StateError, ValidationError
from ..core.items import ItemContent, Status
from ..core.roles import Action, User, actor_name, check
from ..store import audit, settings
from ..store import items as store_items
from ..store.clock import utc_now
from ..store.snapshots import supersede_holding
from ..store.sql import chunks, placeholders, query
from .entities import check_entity, check_operators
from .spans import Span, resolve

if TYPE_CHECKING:
    from ..store.project import Project

#: `superseded`: the item was edited before anyone reviewed the finding; the text it points
#: into is no longer the item's, and the new revision is analysed afresh.
#: `replaced`: where the anonymizer put a placeholder or surrogate in the revision it wrote
#: (offsets only); the analysis of that revision does not report its own replacements.
DECISIONS = ("pending", "accepted", "rejected", "missed", "superseded", "replaced")
TEXT_FIELDS = ("prompt", "response", "system")
OPERATORS_KEY = "deid.operators"
_COLUMNS = ("id", "item_id", "rev", "field", "start", "end", "entity", "score", "detector",
            "decision", "decided_by", "decided_at")


def _reviewer(actor) -> str:
    """Decisions must name a person with the right role: they are the evidence."""
    if not isinstance(actor, User):
        raise ValidationError("review decisions need a signed-in user: pass --user NAME")
    return check(actor, Action.REVIEW_DEID)


# -- reading ------------------------------------------------------------------------------

def list_findings(project: "Project", *, item_ids: Iterable[int] | None = None,
                  decision: str | None = None, entity: str | None = None,
                  current_only: bool = True, with_text: bool = True,
                  limit: int | None = None) -> list[dict]:
    """Findings with, when `with_text`, the span's text and a little context around it (read
    from the revision it was found on, for the reviewer's screen)."""
    where, params = [], []
    if item_ids is not None:
        ids = [int(i) for i in item_ids]
        if not ids:
            return []
        where.append(f"f.item_id IN ({placeholders(len(ids))})")
        params += ids
    if decision:
        if decision not in DECISIONS:
            raise ValidationError(f"unknown decision '{decision}': use one of {', '.join(DECISIONS)}")
        where.append("f.decision = ?")
        params.append(decision)
    if entity:
        where.append("f.entity = ?")
        params.append(check_entity(entity))
    if current_only:
        where.append("f.rev = (SELECT current_rev FROM items WHERE items.id = f.item_id)")
    sql = (f"SELECT {', '.join('f.' + c for c in _COLUMNS)}, r.prompt, r.response, r.system "
           "FROM findings f JOIN revisions r ON r.item_id = f.item_id AND r.rev = f.rev")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY f.item_id, f.rev, f.field, f.start"
    if limit:
        sql += f" LIMIT {int(limit)}"
    out = query(project, sql, params)
    for d in out:
        texts = {f: d.pop(f) for f in TEXT_FIELDS}
        if with_text:
            text = texts[d["field"]]
            d["text"] = text[d["start"]:d["end"]]
            d["before"] = text[max(0, d["start"] - 40):d["start"]]
            d["after"] = text[d["end"]:d["end"] + 40]
    return out


def review_counts(project: "Project", item_ids: Iterable[int] | None = None) -> dict[str, int]:
    """How many findings of current revisions are in each decision state."""
    sql = ("SELECT f.decision, count(*) FROM findings f JOIN items i ON i.id = f.item_id "
           "AND i.current_rev = f.rev")
    params: list = []
    if item_ids is not None:
        ids = [int(i) for i in item_ids]
        sql += f" WHERE f.item_id IN ({placeholders(len(ids)) or 'NULL'})"
        params = ids
    counts = dict.fromkeys(DECISIONS, 0)
    counts.update(dict(project.conn.execute(sql + " GROUP BY f.decision", params).fetchall()))
    return counts


# -- writing findings (called by the pipeline) --------------------------------------------

def write_findings(project: "Project", found: dict[int, tuple[int, dict[str, list[Span]]]], *,
                   actor) -> int:
    """Store pending findings: item id → (revision, field → spans). One audit entry."""
    rows = [(item_id, rev, field, s.start, s.end, s.entity, round(s.score, 4), s.detector)
            for item_id, (rev, fields) in found.items() for field, spans in fields.items()
            for s in spans]
    if not rows:
        return 0
    with project.transaction():
        project.conn.executemany(
            "INSERT INTO findings (item_id, rev, field, start, end, entity, score, detector) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        ids = sorted(found)
        audit.append(project, actor=actor_name(actor), action="deid.findings", object_type="items",
                     object_id=",".join(map(str, ids[:50])) + ("…" if len(ids) > 50 else ""),
                     after={"items": ids, "findings": len(rows),
                            "by_entity": dict(Counter(r[5] for r in rows)),
                            "by_detector": dict(Counter(r[7] for r in rows))})
    return len(rows)


def drop_stale_pending(project: "Project", item_ids: Sequence[int], *, actor) -> int:
    """Mark pending findings on revisions that are no longer current as `superseded`: the
    text they point into has been edited, so nobody can review them any more. They are kept
    (not deleted) so that a finding id never comes back meaning another span."""
    stale = []
    for chunk in chunks(item_ids):
        stale += [r[0] for r in project.conn.execute(
            "SELECT f.id FROM findings f JOIN items i ON i.id = f.item_id "
            f"WHERE f.decision = 'pending' AND f.rev <> i.current_rev AND f.item_id IN "
            f"({placeholders(len(chunk))})", chunk)]
    if not stale:
        return 0
    with project.transaction():
        # Again under the write lock: another `deid run` may have superseded them meanwhile.
        stale = [r[0] for part in chunks(stale) for r in project.conn.execute(
            f"SELECT id FROM findings WHERE decision = 'pending' AND id IN ({placeholders(len(part))})",
            part)]
        if not stale:
            return 0
        now = utc_now()
        for chunk in chunks(stale):
            project.conn.execute(
                "UPDATE findings SET decision = 'superseded', decided_by = ?, decided_at = ? "
                f"WHERE id IN ({placeholders(len(chunk))})", [actor_name(actor), now, *chunk])
        audit.append(project, actor=actor_name(actor), action="deid.findings_superseded",
                     object_type="findings", object_id=f"{len(stale)} findings",
                     after={"finding_ids": stale, "reason": "the item was edited before review"})
    return len(stale)


def replacement_spans(project: "Project", revisions: Sequence[tuple[int, int]]) -> dict[tuple, list[Span]]:
    """(item, revision, field) → where the anonymizer wrote a replacement in that revision."""
    out: dict[tuple, list[Span]] = {}
    wanted = {(int(i), int(r)) for i, r in revisions}
    for chunk in chunks(sorted({i for i, _ in wanted})):
        for item_id, rev, field, start, end, entity in project.conn.execute(
                "SELECT item_id, rev, field, start, end, entity FROM findings WHERE decision = 'replaced' "
                f"AND item_id IN ({placeholders(len(chunk))})", chunk):
            if (item_id, rev) in wanted:
                out.setdefault((item_id, rev, field), []).append(Span(start, end, entity, 1.0, "anonymizer"))
    return out


def rejected_before(project: "Project", revisions: Sequence[tuple[int, int]]) -> dict[int, dict[tuple, str]]:
    """For anonymized revisions (origin `deid`): item → {(entity, text): who rejected it} of the
    spans a reviewer rejected as false alarms in the revision it was written from. The same
    span in the anonymized text is that decision again, not a new question."""
    out: dict[int, dict[tuple, str]] = {}
    for item_id, rev in revisions:
        row = project.conn.execute("SELECT origin FROM revisions WHERE item_id = ? AND rev = ?",
                                   (int(item_id), int(rev))).fetchone()
        if not row or row[0] != "deid":
            continue
        for f in list_findings(project, item_ids=[item_id], decision="rejected", current_only=False):
            if f["rev"] == rev - 1:
                out.setdefault(item_id, {})[(f["entity"], f["text"])] = f["decided_by"]
    return out


def carry_rejections(project: "Project", rows: list[tuple[int, int, str, Span, str]], *, actor) -> int:
    """Record (item, revision, field, span, first reviewer) as rejected again: the anonymized
    revision still holds a span its reviewer had already rejected. One audit entry."""
    if not rows:
        return 0
    now = utc_now()
    with project.transaction():
        project.conn.executemany(
            "INSERT INTO findings (item_id, rev, field, start, end, entity, score, detector, decision, "
            "decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'rejected', ?, ?)",
            [(i, r, f, s.start, s.end, s.entity, round(s.score, 4), s.detector, who, now) for i, r, f, s, who in rows])
        ids = sorted({r[0] for r in rows})
        audit.append(project, actor=actor_name(actor), action="deid.rejections_carried", object_type="items",
                     object_id=",".join(map(str, ids[:50])) + ("…" if len(ids) > 50 else ""),
                     after={"items": ids, "findings": len(rows),
                            "reason": "rejected by a reviewer in the revision the anonymized one was written from"})
    return len(rows)


def outside(spans: list[Span], replaced: list[Span]) -> list[Span]:
    """The spans that overlap none of the anonymizer's own replacements."""
    return [s for s in spans if not any(s.start < r.end and r.start < s.end for r in replaced)]


# -- decisions ----------------------------------------------------------------------------

def decide(project: "Project", finding_ids: Iterable[int], decision: str, *, actor) -> int:
    """Accept or reject findings of draft items' current revisions. One audit entry."""
    if decision not in ("accepted", "rejected"):
        raise ValidationError("a finding is either 'accepted' (personal data) or 'rejected' (not)")
    who = _reviewer(actor)
    ids = sorted({int(i) for i in finding_ids})
    if not ids:
        raise ValidationError("no findings given")
    with project.transaction():
        rows = []
        for chunk in chunks(ids):
            rows += project.conn.execute(
                "SELECT f.id, f.item_id, f.rev, f.decision, i.current_rev, i.status FROM findings f "
                f"JOIN items i ON i.id = f.item_id WHERE f.id IN ({placeholders(len(chunk))})",
                chunk).fetchall()
        missing = sorted(set(ids) - {r[0] for r in rows})
        if missing:
            raise NotFound(f"no finding(s) {missing[:10]}: 'workbench deid review list' shows them")
        for fid, item_id, rev, old, current, status in rows:
            if rev != current or status != Status.DRAFT.value:
                raise StateError(
                    f"finding {fid} belongs to revision {rev} of item {item_id}, which is no longer "
                    "awaiting review: run 'workbench deid run' to analyse its current revision")
            if old in ("missed", "replaced"):
                raise StateError(f"finding {fid} is a span a reviewer marked as missed or a replacement "
                                 "the anonymizer wrote: it is not for review")
        now = utc_now()
        for chunk in chunks(ids):
            project.conn.execute(
                f"UPDATE findings SET decision = ?, decided_by = ?, decided_at = ? WHERE id IN "
                f"({placeholders(len(chunk))})", [decision, who, now, *chunk])
        audit.append(project, actor=who, action="deid.decide", object_type="findings",
                     object_id=",".join(map(str, ids[:50])) + ("…" if len(ids) > 50 else ""),
                     before={"decisions": dict(Counter(r[3] for r in rows))},
                     after={"decision": decision, "finding_ids": ids,
                            "items": sorted({r[1] for r in rows})})
    return len(ids)


def mark_missed(project: "Project", item_id: int, field: str, start: int, end: int,
                entity: str, *, actor, operators: dict | None = None,
                rng: random.Random | None = None) -> int:
    """Record a span the analyzer missed on the item's current revision; returns its id.

    On a draft item the span joins the review and is anonymized with the others. On an item
    already de-identified (or awaiting or past sign-off) the current revision is the one that
    would be signed, so the span is anonymized at once in a new revision.
    """
    who = _reviewer(actor)
    entity = check_entity(entity)
    if field not in TEXT_FIELDS:
        raise ValidationError(f"unknown field '{field}': use prompt, response or system")
    with project.transaction():
        item = store_items.get_item(project, item_id)
        text = item[field] or ""
        if not (0 <= int(start) < int(end) <= len(text)):
            raise ValidationError(
                f"span {start}–{end} lies outside the {field} of item {item_id} ({len(text)} characters)")
        if item["status"] == Status.REJECTED.value:
            raise StateError(f"item {item_id} is rejected: it will not be used, nothing to anonymize")
        cur = project.conn.execute(
            "INSERT INTO findings (item_id, rev, field, start, end, entity, score, detector, "
            "decision, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, 1.0, 'reviewer', "
            "'missed', ?, ?)", (item_id, item["rev"], field, int(start), int(end), entity, who,
                                utc_now()))
        fid = cur.lastrowid
        audit.append(project, actor=who, action="deid.missed", object_type="item",
                     object_id=item_id, after={"finding_id": fid, "rev": item["rev"], "field": field,
                                               "start": int(start), "end": int(end), "entity": entity,
                                               "status": item["status"]})
        corrected = item["status"] != Status.DRAFT.value
        if corrected:
            # The revision held personal data: whatever was signed, frozen or trained on it is void.
            supersede_holding(project, item_id, item["rev"], actor=actor,
                              reason=f"a reviewer marked a missed {entity} in revision {item['rev']}")
            _apply_one(project, item, actor=actor, operators=operators, rng=rng)
    if corrected:
        from .pipeline import settle  # the anonymized revision is analysed like any other

        settle(project, actor=actor, item_ids=[item_id], operators=operators, rng=rng, analyse_first=True)
    return fid


# -- producing the anonymized revision ----------------------------------------------------

def get_operators(project: "Project") -> dict[str, str]:
    return dict(settings.get_value(project, OPERATORS_KEY, {}) or {})


def set_operators(project: "Project", mapping: dict[str, str], *, actor) -> dict[str, str]:
    """Choose how each entity is replaced (placeholder, surrogate, mask); audited."""
    who = check(actor, Action.REVIEW_DEID)
    new = {**get_operators(project), **check_operators(mapping)}
    with project.transaction():
        before = get_operators(project)
        settings.set_value(project, OPERATORS_KEY, new)
        audit.append(project, actor=who, action="deid.operators", object_type="settings",
                     object_id=OPERATORS_KEY, before=before, after=new)
    return new


def _apply_one(project: "Project", item: dict, *, actor, operators, rng) -> str:
    """Write the anonymized revision of one item from its current revision's findings.
    Returns 'anonymized' or 'unchanged' (every finding rejected). Inside a transaction."""
    from .anonymize import anonymize_with_positions

    rows = project.conn.execute(
        "SELECT field, start, end, entity, score, detector, decision FROM findings "
        "WHERE item_id = ? AND rev = ? AND decision IN ('accepted', 'missed')",
        (item["id"], item["rev"])).fetchall()
    counts = dict(Counter(r[0] for r in project.conn.execute(
        "SELECT decision FROM findings WHERE item_id = ? AND rev = ?", (item["id"], item["rev"]))))
    texts = {f: item[f] or "" for f in ("system", "prompt", "response")}
    spans = {f: resolve(texts[f], [Span(r[1], r[2], r[3], r[4], r[5]) for r in rows if r[0] == f])
             for f in texts}
    ops = operators if operators is not None else get_operators(project)
    new, checks, placed = anonymize_with_positions(texts, spans, checks=item["checks"] or None, operators=ops,
                                                   locale=item["locale"], rng=rng)
    if new == texts and checks == (item["checks"] or None):
        store_items.set_status(project, [item["id"]], Status.DEIDENTIFIED, actor=actor,
                               reason=f"de-identification reviewed: nothing to remove in revision {item['rev']}")
        return "unchanged"
    content = ItemContent.create(kind=item["kind"], locale=item["locale"], prompt=new["prompt"],
                                 response=new["response"], system=new["system"], tags=item["tags"],
                                 source=item["source"], checks=checks)
    rev = store_items.new_revision(
        project, item["id"], content, actor=actor, origin="deid",
        audit_action="item.deidentify",
        audit_extra={"from_rev": item["rev"], "findings": counts,
                     "entities": dict(Counter(r[3] for r in rows)),
                     "operators": {e: ops.get(e) or ops.get("DEFAULT") or "placeholder"
                                   for e in sorted({r[3] for r in rows})}})
    # Where the replacements landed: the analysis of the new revision (a draft, like every new
    # revision) skips them, and the Review page shows them highlighted.
    project.conn.executemany(
        "INSERT INTO findings (item_id, rev, field, start, end, entity, score, detector, decision, "
        "decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, 1.0, 'anonymizer', 'replaced', ?, ?)",
        [(item["id"], rev, f, sp.start, sp.end, sp.entity, actor_name(actor), utc_now())
         for f, found in placed.items() for sp in found])
    return "anonymized"


def apply_reviewed(project: "Project", *, actor, item_ids: Iterable[int] | None = None,
                   operators: dict | None = None, rng: random.Random | None = None) -> dict[str, int]:
    """Anonymize every draft item whose current revision has findings, none of them pending,
    and have the detector analyse each anonymized revision (deid/pipeline.py `settle`): it
    becomes de-identified unless the detector finds more outside its replacements."""
    from .pipeline import settle

    summary = settle(project, actor=actor, item_ids=item_ids, operators=operators, rng=rng)
    return {"anonymized": summary.anonymized, "unchanged": summary.unchanged}


def write_anonymized(project: "Project", *, actor, item_ids: Iterable[int] | None = None,
                     operators: dict | None = None, rng: random.Random | None = None,
                     batch: int = 500) -> dict:
    """Write the anonymized revision (a draft) of every draft item whose current revision has
    findings, none of them pending; mark de-identified those where every finding was rejected.
    Returns the counts and the ids anonymized."""
    check(actor, Action.REVIEW_DEID)
    sql = ("SELECT i.id FROM items i WHERE i.status = 'draft' AND EXISTS (SELECT 1 FROM findings f "
           "WHERE f.item_id = i.id AND f.rev = i.current_rev) AND NOT EXISTS (SELECT 1 FROM "
           "findings f WHERE f.item_id = i.id AND f.rev = i.current_rev AND f.decision = 'pending')")
    ready = [r[0] for r in project.conn.execute(sql)]
    if item_ids is not None:
        wanted = {int(i) for i in item_ids}
        ready = [i for i in ready if i in wanted]
    result: Counter = Counter()
    anonymized: list[int] = []
    for chunk in chunks(ready, batch):
        with project.transaction():
            # Again under the write lock: another `deid run` may have anonymized some meanwhile.
            chunk = [r[0] for r in project.conn.execute(
                f"{sql} AND i.id IN ({placeholders(len(chunk))})", chunk)]
            for item in store_items.list_items(project, ids=chunk):
                outcome = _apply_one(project, item, actor=actor, operators=operators, rng=rng)
                result[outcome] += 1
                if outcome == "anonymized":
                    anonymized.append(item["id"])
    return {"anonymized": result["anonymized"], "unchanged": result["unchanged"], "ids": anonymized}
