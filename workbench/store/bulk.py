"""Status changes over a whole filtered set, by query: what "select all N matching" acts on.

The window shows "N selected" for a set it never loads (100,000 items or a million), asks
"Reject N items?" once, and then calls `set_status_matching` with the same filters and the N
the user confirmed. The store selects the set again inside the transaction and refuses when
it no longer holds exactly N items (someone imported or moved items meanwhile), so what
changes is exactly what the user agreed to. One audit entry records the count, the filters
and a hash of the ids (the ids themselves when they are few); never a search text, which may
be a person's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..core.errors import StateError, ValidationError
from ..core.hashing import sha256_hex
from ..core.items import TRANSITIONS, Status
from ..core.roles import Action, check
from . import audit
from .clock import utc_now
from .items import _filters, _refuse_frozen
from .sql import chunks, placeholders

if TYPE_CHECKING:
    from .project import Project

#: Up to this many ids are written into the audit entry itself; above it, their hash.
AUDIT_IDS_LIMIT = 1000

_FROM = "FROM items JOIN revisions r ON r.item_id = items.id AND r.rev = items.current_rev"


def sources(target: Status | str) -> list[str]:
    """The statuses an item may move to `target` from (the life cycle's table, read backwards)."""
    target = Status(target)
    return sorted(s.value for s, nexts in TRANSITIONS.items() if target in nexts)


def _movable_where(target: Status, filters: dict) -> tuple[str, list]:
    where, params = _filters(**filters)
    clause = f"items.status IN ({placeholders(len(sources(target)))})"
    where = f"{where} AND {clause}" if where else f" WHERE {clause}"
    return where, [*params, *sources(target)]


def status_counts(project: "Project", **filters) -> dict[str, int]:
    """Status → how many items matching `filters` have it (one grouped query, no rows read)."""
    where, params = _filters(**filters)
    return dict(project.conn.execute(f"SELECT items.status, count(*) {_FROM}{where} GROUP BY items.status",
                                     params).fetchall())


def movable_count(project: "Project", target: Status | str, **filters) -> int:
    """How many items matching `filters` the life cycle lets move to `target` (the count the
    window states before it asks)."""
    counts = status_counts(project, **filters)
    return sum(counts.get(s, 0) for s in sources(target))


def statuses(project: "Project", item_ids: Iterable[int]) -> dict[int, str]:
    """Item id → status, for any number of ids (read in chunks that fit SQLite)."""
    out: dict[int, str] = {}
    for chunk in chunks([int(i) for i in item_ids]):
        out.update(project.conn.execute(
            f"SELECT id, status FROM items WHERE id IN ({placeholders(len(chunk))})", chunk).fetchall())
    return out


def _audit_filters(filters: dict) -> dict:
    shown = {k: v for k, v in filters.items() if v not in (None, "", [], ()) and k != "search"}
    if filters.get("search"):
        shown["search_hash"] = sha256_hex(filters["search"])  # the words may be a person's name
    return shown


def set_status_matching(project: "Project", target: Status | str, *, actor, expect: int, reason: str = "",
                        **filters) -> dict[int, str]:
    """Move every item that matches `filters` and may move to `target`, provided they are
    exactly `expect` items; returns {item id: previous status} (what an undo needs)."""
    target = Status(target)
    if target is Status.SIGNED_OFF:
        raise StateError("signing off needs an e-signature: sign the queue on the Review page")
    who = check(actor, Action.REVIEW_DEID)
    where, params = _movable_where(target, filters)
    with project.transaction():
        rows = project.conn.execute(f"SELECT items.id, items.status {_FROM}{where} ORDER BY items.id",
                                    params).fetchall()
        if len(rows) != expect:
            raise StateError(f"{len(rows):,} items match now, not the {expect:,} you confirmed: someone "
                             "changed items meanwhile. Look at the list again and repeat the step.")
        previous = dict(rows)
        if not previous:
            return {}
        if target is Status.REJECTED:
            _refuse_frozen(project, list(previous), "rejected")
            signed = [i for i, s in previous.items() if s == Status.SIGNED_OFF.value]
            if signed and len(reason.strip()) < 5:
                raise ValidationError(
                    f"{len(signed):,} of these items are signed off (e.g. item {signed[0]}): rejecting "
                    "them voids a signature, so say why (a reason of a few words)")
        now = utc_now()
        project.conn.executemany("UPDATE items SET status = ?, updated_at = ? WHERE id = ?",
                                 ((target.value, now, i) for i in previous))
        ids = list(previous)
        after = {"status": target.value, "count": len(ids), "first_id": ids[0], "last_id": ids[-1],
                 "ids_hash": sha256_hex(ids), "filters": _audit_filters(filters), "reason": reason}
        if len(ids) <= AUDIT_IDS_LIMIT:
            after["ids"] = ids
        audit.append(project, actor=who, action="items.status", object_type="items",
                     object_id=f"{ids[0]}…{ids[-1]} ({len(ids)})",
                     before={"statuses": sorted(set(previous.values()))}, after=after)
    return previous
