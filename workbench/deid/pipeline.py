"""`deid run`: analyse the draft items, record findings, anonymize what is reviewed.

1. Pending findings left on revisions that were edited since are dropped (audited).
2. Draft items whose current revision was not analysed yet (store/analyses.py) are claimed
   in batches (a lease per revision: two runs at once split the items instead of both
   finding everything) and analysed over all cores. The analysis is recorded with the
   revision's content hash.
3. Items where nothing was found move on to `deidentified` unchanged; the others keep their
   findings `pending` for review.
4. Items whose findings are all decided get their anonymized revision (review.apply_reviewed),
   a new draft that is analysed in turn (step 2 again): what the detector finds in it outside
   its own replacements goes back to review, the rest becomes `deidentified`.
"""

from __future__ import annotations

import contextlib
import random
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Callable, Iterable

from ..core.items import Status
from ..core.roles import Action, check
from ..store import analyses, leases
from ..store import items as store_items
from ..store.sql import chunks
from . import review
from .analyze import analyze_items

if TYPE_CHECKING:
    from ..store.project import Project

#: Names the detector in each analysis record (deid_analyses.analyzer).
ANALYZER = "presidio+swiss"
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

#: Rounds of analyse → anonymize per run: an anonymized revision is analysed in turn, and
#: only what the detector finds outside its own replacements goes back to review.
MAX_ROUNDS = 3


def _unanalysed(project: "Project", item_ids: Iterable[int] | None = None) -> dict[int, int]:
    """item id → current revision of the draft items the analyzer has not looked at yet."""
    return analyses.unanalysed_drafts(project, item_ids)


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
        revisions = [(i["id"], i["rev"]) for i in fresh]
        replaced = review.replacement_spans(project, revisions)
        spans = {i["id"]: {f: review.outside(s, replaced.get((i["id"], i["rev"], f), []))
                           for f, s in found[i["id"]].items()} for i in fresh}
        carried = []
        for i in fresh:
            before = review.rejected_before(project, [(i["id"], i["rev"])]).get(i["id"], {})
            for f, found_spans in spans[i["id"]].items():
                again = [(s, before.get((s.entity, (i[f] or "")[s.start:s.end]))) for s in found_spans]
                carried += [(i["id"], i["rev"], f, s, who) for s, who in again if who]
                spans[i["id"]][f] = [s for s, who in again if not who]
        with_spans = {i["id"]: (i["rev"], {f: s for f, s in spans[i["id"]].items() if s})
                      for i in fresh if any(spans[i["id"]].values())}
        clean = [i["id"] for i in fresh if i["id"] not in with_spans]
        analyses.record(project, [(i["id"], i["rev"], i["content_hash"],
                                   sum(len(s) for s in with_spans.get(i["id"], (0, {}))[1].values()))
                                  for i in fresh], analyzer=ANALYZER, actor=actor)
        summary.findings += review.write_findings(project, with_spans, actor=actor)
        review.carry_rejections(project, carried, actor=actor)
        summary.with_findings += len(with_spans)
        if clean:
            store_items.set_status(
                project, clean, Status.DEIDENTIFIED, actor=actor,
                reason="de-identification found no personal data (revision unchanged)")
            summary.clean += len(clean)
        summary.analysed += len(fresh)
        leases.release(project, [_lease(i["id"], i["rev"]) for i in items], owner=owner)


def _analyse(project: "Project", item_ids, *, actor, processes, progress, summary: DeidRunSummary) -> None:
    """Analyse every draft revision nobody analysed yet (claimed in batches, see _claim)."""
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


def settle(project: "Project", *, actor, item_ids: Iterable[int] | None = None, operators: dict | None = None,
           rng: random.Random | None = None, processes: int | None = None, analyse_first: bool = False,
           summary: DeidRunSummary | None = None) -> DeidRunSummary:
    """Anonymize what is reviewed and analyse each anonymized revision, until nothing new is
    written (at most MAX_ROUNDS): a revision ends de-identified, or back in review with what
    the detector found outside the anonymizer's replacements."""
    check(actor, Action.REVIEW_DEID)
    summary = summary or DeidRunSummary()
    if analyse_first:
        _analyse(project, item_ids, actor=actor, processes=processes, progress=None, summary=summary)
    for _ in range(MAX_ROUNDS):
        written = review.write_anonymized(project, actor=actor, item_ids=item_ids, operators=operators, rng=rng)
        summary.anonymized += written["anonymized"]
        summary.unchanged += written["unchanged"]
        if not written["ids"]:
            break
        _analyse(project, written["ids"], actor=actor, processes=processes, progress=None, summary=summary)
    return summary


def run_deid(project: "Project", *, actor, item_ids: Iterable[int] | None = None,
             processes: int | None = None, progress: Progress | None = None,
             operators: dict | None = None, rng: random.Random | None = None) -> DeidRunSummary:
    check(actor, Action.REVIEW_DEID)
    summary = DeidRunSummary()
    drafts = [r[0] for r in project.conn.execute("SELECT id FROM items WHERE status = 'draft'")]
    summary.superseded = review.drop_stale_pending(project, drafts, actor=actor)

    _analyse(project, item_ids, actor=actor, processes=processes, progress=progress, summary=summary)
    settle(project, actor=actor, item_ids=item_ids, operators=operators, rng=rng, processes=processes,
           summary=summary)
    summary.awaiting_review = project.conn.execute(
        "SELECT count(DISTINCT f.item_id) FROM findings f JOIN items i ON i.id = f.item_id AND "
        "i.current_rev = f.rev WHERE f.decision = 'pending' AND i.status = 'draft'").fetchone()[0]
    return summary
