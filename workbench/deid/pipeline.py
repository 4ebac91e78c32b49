"""`deid run`: analyse the draft items, record findings, anonymize what is reviewed.

1. Pending findings left on revisions that were edited since are dropped (audited).
2. Draft items not analysed yet (no analyzer finding on their current revision) are claimed
   in batches (a lease per revision: two runs at once split the items instead of both
   finding everything) and analysed over all cores.
3. Items where nothing was found move on to `deidentified` unchanged; the others keep their
   findings `pending` for review.
4. Items whose findings are all decided get their anonymized revision (review.apply_reviewed).
"""

from __future__ import annotations

import contextlib
import random
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Callable, Iterable

from ..core.items import Status
from ..core.roles import Action, check
from ..store import items as store_items
from ..store import leases
from ..store.sql import chunks
from . import review
from .analyze import analyze_items

if TYPE_CHECKING:
    from ..store.project import Project

#: Items per write transaction: short enough that another window can write in between.
WRITE_BATCH = 500

Progress = Callable[[str, int, int], None]


@dataclass
class DeidRunSummary:
    analysed: int = 0
    findings: int = 0
    with_findings: int = 0
    clean: int = 0
    anonymized: int = 0
    unchanged: int = 0
    awaiting_review: int = 0
    superseded: int = 0

    def as_dict(self) -> dict:
        return asdict(self)


#: Items one run claims at a time: a second `deid run` started alongside claims the next
#: batch, so two runs split the work instead of both analysing everything.
CLAIM_BATCH = 2000
#: A claim whose owner has not finished after this long is free again. (On this machine a
#: dead owner's claims are free at once; this bounds the wait for another machine's.)
LEASE_TTL_S = 3600

# A finding by the reviewer alone (a span marked missed before any analysis) does not count:
# the analyzer must still have looked at the revision.
_UNANALYSED = ("SELECT i.id, i.current_rev FROM items i WHERE i.status = 'draft' AND NOT EXISTS "
               "(SELECT 1 FROM findings f WHERE f.item_id = i.id AND f.rev = i.current_rev AND "
               "f.detector <> 'reviewer')")


def _unanalysed(project: "Project", item_ids: Iterable[int] | None = None) -> dict[int, int]:
    """item id → current revision of the draft items the analyzer has not looked at yet."""
    found = dict(project.conn.execute(_UNANALYSED).fetchall())
    if item_ids is None:
        return found
    return {i: found[i] for i in (int(i) for i in item_ids) if i in found}


def _lease(item_id: int, rev: int) -> str:
    return f"deid:{item_id}:{rev}"


def _claim(project: "Project", item_ids: Iterable[int] | None, owner: str) -> list[dict]:
    """Claim up to CLAIM_BATCH unanalysed items nobody else has claimed; their current rows."""
    with project.transaction():
        todo = _unanalysed(project, item_ids)
        keys = leases.claim(project, [_lease(i, r) for i, r in sorted(todo.items())], owner=owner,
                            ttl_s=LEASE_TTL_S, limit=CLAIM_BATCH)
        ids = [int(k.split(":")[1]) for k in keys]
        out = []
        for chunk in chunks(ids):
            out += store_items.list_items(project, ids=chunk)
    return out


def _record(project: "Project", items: list[dict], found: dict, owner: str, *, actor,
            summary: DeidRunSummary) -> None:
    """Write the findings of one batch and give up its claims, in one transaction. An item
    edited (or analysed by a run whose claim had expired) since it was claimed is skipped."""
    with project.transaction():
        current = _unanalysed(project, [i["id"] for i in items])
        fresh = [i for i in items if current.get(i["id"]) == i["rev"]]
        with_spans = {i["id"]: (i["rev"], {f: s for f, s in found[i["id"]].items() if s})
                      for i in fresh if any(found[i["id"]].values())}
        clean = [i["id"] for i in fresh if i["id"] not in with_spans]
        summary.findings += review.write_findings(project, with_spans, actor=actor)
        summary.with_findings += len(with_spans)
        if clean:
            store_items.set_status(
                project, clean, Status.DEIDENTIFIED, actor=actor,
                reason="de-identification found no personal data (revision unchanged)")
            summary.clean += len(clean)
        summary.analysed += len(fresh)
        leases.release(project, [_lease(i["id"], i["rev"]) for i in items], owner=owner)


def run_deid(project: "Project", *, actor, item_ids: Iterable[int] | None = None,
             processes: int | None = None, progress: Progress | None = None,
             operators: dict | None = None, rng: random.Random | None = None) -> DeidRunSummary:
    check(actor, Action.REVIEW_DEID)
    summary = DeidRunSummary()
    drafts = [r[0] for r in project.conn.execute("SELECT id FROM items WHERE status = 'draft'")]
    summary.superseded = review.drop_stale_pending(project, drafts, actor=actor)

    total, done = len(_unanalysed(project, item_ids)), 0
    owner = leases.new_owner()
    try:
        while batch := _claim(project, item_ids, owner):
            base, size = done, len(batch)
            # analyze_items counts texts (up to three per item); the bar counts items.
            found = analyze_items(batch, processes=processes, progress=(
                lambda d, t: progress("analyse", min(base + size * d // max(t, 1), total), total))
                if progress else None)
            for start in range(0, len(batch), WRITE_BATCH):
                _record(project, batch[start:start + WRITE_BATCH], found, owner, actor=actor,
                        summary=summary)
                if progress:
                    progress("record", min(base + start + WRITE_BATCH, total), total)
            done += len(batch)
    finally:
        with contextlib.suppress(Exception):  # never mask the error that got us here
            leases.release_all(project, owner)

    applied = review.apply_reviewed(project, actor=actor, item_ids=item_ids, operators=operators,
                                    rng=rng)
    summary.anonymized, summary.unchanged = applied["anonymized"], applied["unchanged"]
    summary.awaiting_review = project.conn.execute(
        "SELECT count(DISTINCT f.item_id) FROM findings f JOIN items i ON i.id = f.item_id AND "
        "i.current_rev = f.rev WHERE f.decision = 'pending' AND i.status = 'draft'").fetchone()[0]
    return summary
