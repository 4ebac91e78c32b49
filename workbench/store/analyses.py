"""Which revisions the de-identification detector has analysed: a fact, not a status.

A revision may become `deidentified` only when the detector analysed exactly that revision
(its content hash) and none of its findings is pending, accepted or missed: accepted and
missed spans mean personal data is still in that text, and the anonymized revision written
from it is what gets de-identified (after it is analysed in turn). The triggers of schema v7
refuse anything else; `blockers` says why in words before a caller gets that far.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

from ..core.roles import actor_name
from .clock import utc_now
from .sql import chunks, placeholders

if TYPE_CHECKING:
    from .project import Project

#: Findings that mean a revision still holds personal data.
PERSONAL = ("pending", "accepted", "missed")


def record(project: "Project", rows: Iterable[tuple[int, int, str, int]], *, analyzer: str, actor) -> int:
    """Record that the detector analysed these (item, revision, content hash, findings) rows.
    Call inside the transaction that writes their findings."""
    assert project.conn.in_transaction
    who, now = actor_name(actor), utc_now()
    cur = project.conn.executemany(
        "INSERT OR IGNORE INTO deid_analyses (item_id, rev, content_hash, analyzer, findings, analysed_by, "
        "analysed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(int(i), int(r), h, analyzer, int(n), who, now) for i, r, h, n in rows])
    return cur.rowcount


def analysed(project: "Project", item_id: int, rev: int) -> bool:
    return project.conn.execute(
        "SELECT 1 FROM deid_analyses a JOIN revisions r ON r.item_id = a.item_id AND r.rev = a.rev AND "
        "r.content_hash = a.content_hash WHERE a.item_id = ? AND a.rev = ?", (int(item_id), int(rev))
    ).fetchone() is not None


def blockers(project: "Project", item_ids: Sequence[int]) -> dict[int, str]:
    """Items whose current revision cannot be de-identified yet, with the reason in words."""
    out: dict[int, str] = {}
    for chunk in chunks([int(i) for i in item_ids]):
        rows = project.conn.execute(
            "SELECT i.id, i.current_rev, "
            "EXISTS (SELECT 1 FROM deid_analyses a JOIN revisions r ON r.item_id = a.item_id AND r.rev = a.rev "
            "AND r.content_hash = a.content_hash WHERE a.item_id = i.id AND a.rev = i.current_rev), "
            "(SELECT count(*) FROM findings f WHERE f.item_id = i.id AND f.rev = i.current_rev "
            "AND f.decision = 'pending'), "
            "(SELECT count(*) FROM findings f WHERE f.item_id = i.id AND f.rev = i.current_rev "
            "AND f.decision IN ('accepted', 'missed')) "
            f"FROM items i WHERE i.id IN ({placeholders(len(chunk))})", chunk).fetchall()
        for item_id, rev, done, pending, personal in rows:
            if not done:
                out[item_id] = f"revision {rev} has not been analysed by the detector yet"
            elif pending:
                out[item_id] = f"{pending} finding(s) on revision {rev} await a decision"
            elif personal:
                out[item_id] = (f"revision {rev} still holds {personal} span(s) of personal data: "
                                "write its anonymized revision")
    return out


def unanalysed_drafts(project: "Project", item_ids: Iterable[int] | None = None) -> dict[int, int]:
    """item id → current revision of the draft items whose current revision nobody analysed."""
    sql = ("SELECT i.id, i.current_rev FROM items i WHERE i.status = 'draft' AND NOT EXISTS "
           "(SELECT 1 FROM deid_analyses a WHERE a.item_id = i.id AND a.rev = i.current_rev)")
    if item_ids is None:
        return dict(project.conn.execute(sql).fetchall())
    out: dict[int, int] = {}
    for chunk in chunks([int(i) for i in item_ids]):
        out.update(project.conn.execute(f"{sql} AND i.id IN ({placeholders(len(chunk))})", chunk).fetchall())
    return out
