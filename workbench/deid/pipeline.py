"""`deid run`: analyse the draft items, record findings, anonymize what is reviewed.

1. Pending findings left on revisions that were edited since are dropped (audited).
2. Draft items not analysed yet (no analyzer finding on their current revision) are analysed
   in one batch over all cores.
3. Items where nothing was found move on to `deidentified` unchanged; the others keep their
   findings `pending` for review.
4. Items whose findings are all decided get their anonymized revision (review.apply_reviewed).
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Callable, Iterable

from ..core.items import Status
from ..core.roles import Action, User, require
from ..store import items as store_items
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


def _to_analyse(project: "Project", item_ids: Iterable[int] | None) -> list[dict]:
    # A finding by the reviewer alone (a span marked missed before any analysis) does not
    # count: the analyzer must still have looked at the revision.
    sql = ("SELECT i.id FROM items i WHERE i.status = 'draft' AND NOT EXISTS (SELECT 1 FROM "
           "findings f WHERE f.item_id = i.id AND f.rev = i.current_rev AND f.detector <> 'reviewer')")
    ids = [r[0] for r in project.conn.execute(sql)]
    if item_ids is not None:
        wanted = {int(i) for i in item_ids}
        ids = [i for i in ids if i in wanted]
    out = []
    for start in range(0, len(ids), 900):
        out += store_items.list_items(project, ids=ids[start:start + 900])
    return out


def run_deid(project: "Project", *, actor, item_ids: Iterable[int] | None = None,
             processes: int | None = None, progress: Progress | None = None,
             operators: dict | None = None, rng: random.Random | None = None) -> DeidRunSummary:
    if isinstance(actor, User):
        require(actor, Action.REVIEW_DEID)
    summary = DeidRunSummary()
    drafts = [r[0] for r in project.conn.execute("SELECT id FROM items WHERE status = 'draft'")]
    summary.superseded = review.drop_stale_pending(project, drafts, actor=actor)

    todo = _to_analyse(project, item_ids)
    summary.analysed = len(todo)
    if todo:
        found = analyze_items(todo, processes=processes,
                              progress=(lambda d, t: progress("analyse", d, t)) if progress else None)
        by_id = {item["id"]: item for item in todo}
        ids = sorted(found)
        for start in range(0, len(ids), WRITE_BATCH):
            chunk = ids[start:start + WRITE_BATCH]
            with project.transaction():
                with_spans = {i: (by_id[i]["rev"], {f: s for f, s in found[i].items() if s})
                              for i in chunk if any(found[i].values())}
                clean = [i for i in chunk if i not in with_spans]
                summary.findings += review.write_findings(project, with_spans, actor=actor)
                summary.with_findings += len(with_spans)
                if clean:
                    store_items.set_status(
                        project, clean, Status.DEIDENTIFIED, actor=actor,
                        reason="de-identification found no personal data (revision unchanged)")
                    summary.clean += len(clean)
            if progress:
                progress("record", min(start + WRITE_BATCH, len(ids)), len(ids))

    applied = review.apply_reviewed(project, actor=actor, item_ids=item_ids, operators=operators,
                                    rng=rng)
    summary.anonymized, summary.unchanged = applied["anonymized"], applied["unchanged"]
    summary.awaiting_review = project.conn.execute(
        "SELECT count(DISTINCT f.item_id) FROM findings f JOIN items i ON i.id = f.item_id AND "
        "i.current_rev = f.rev WHERE f.decision = 'pending' AND i.status = 'draft'").fetchone()[0]
    return summary
