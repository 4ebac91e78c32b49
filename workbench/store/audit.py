"""The append-only audit trail.

`append` is called by every function that changes the store, inside that function's
transaction: the change and its entry commit together or not at all.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterator

from ..core.audit_chain import GENESIS, ChainReport, entry_hash, verify_entries
from ..core.hashing import canonical_json
from .clock import utc_now
from .sql import iter_query

if TYPE_CHECKING:
    from .project import Project


def _json(value: Any) -> str | None:
    return None if value is None else canonical_json(value)


def append(project: "Project", *, actor: str, action: str, object_type: str, object_id: Any,
           before: Any = None, after: Any = None) -> dict:
    """Add one entry. Must run inside project.transaction() (asserted, since an entry
    written outside the change's transaction could survive without its change)."""
    conn = project.conn
    assert conn.in_transaction, "audit.append must run inside project.transaction()"
    last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    entry = {"seq": seq, "ts": utc_now(), "actor": actor, "action": action,
             "object_type": object_type, "object_id": str(object_id),
             "before": _json(before), "after": _json(after), "prev_hash": prev}
    entry["hash"] = entry_hash(prev, entry)
    conn.execute(
        "INSERT INTO audit (seq, ts, actor, action, object_type, object_id, before, after, "
        "prev_hash, hash) VALUES (:seq, :ts, :actor, :action, :object_type, :object_id, "
        ":before, :after, :prev_hash, :hash)", entry)
    return entry


def _where(action=None, actor=None, object_type=None, object_id=None, since=None, until=None, locale=None):
    """`since`/`until`: ISO times (until exclusive); `locale`: entries that name the locale
    (an item's locale, a snapshot's locale counts, a signature's meaning "… for de-CH")."""
    where, params = [], []
    for col, val in (("action", action), ("actor", actor), ("object_type", object_type),
                     ("object_id", object_id)):
        if val:
            if col == "action" and val.endswith("*"):
                where.append("action LIKE ?")
                params.append(val[:-1] + "%")
            else:
                where.append(f"{col} = ?")
                params.append(val)
    if since:
        where.append("ts >= ?")
        params.append(since)
    if until:
        where.append("ts < ?")
        params.append(until)
    if locale:
        where.append("(coalesce(after, '') LIKE ? OR coalesce(after, '') LIKE ? OR coalesce(before, '') LIKE ?)")
        params += [f'%"{locale}"%', f'% {locale}"%', f'%"{locale}"%']
    return (" WHERE " + " AND ".join(where)) if where else "", params


def entries(project: "Project", *, action: str | None = None, actor: str | None = None,
            object_type: str | None = None, object_id: str | None = None,
            since: str | None = None, limit: int | None = None,
            descending: bool = False, offset: int = 0, until: str | None = None,
            locale: str | None = None) -> Iterator[dict]:
    where, params = _where(action, actor, object_type, object_id, since, until, locale)
    sql = "SELECT * FROM audit" + where
    sql += " ORDER BY seq" + (" DESC" if descending else "")
    if limit:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    elif offset:
        sql += f" LIMIT -1 OFFSET {int(offset)}"
    yield from iter_query(project, sql, params)


def read_log(project: "Project", reader, *, action: str | None = None, actor: str | None = None,
             limit: int | None = None) -> list[dict]:
    """The newest entries (newest first) for someone allowed to read the trail; the reading
    itself is an entry (access logging, as the Swiss data-protection ordinance expects for
    sensitive data)."""
    rows = list(entries(project, action=action, actor=actor, limit=limit, descending=True))
    note_reading(project, reader, "log", {"filters": {"action": action, "actor": actor, "limit": limit},
                                          "entries": len(rows)})
    return rows


def note_reading(project: "Project", reader, what: str, details: dict | None = None) -> None:
    """Check that `reader` may read the trail and record that they did (the command line's
    `audit log`, the window's Audit page)."""
    from ..core.roles import Action, check

    who = check(reader, Action.READ_AUDIT)
    with project.transaction():
        append(project, actor=who, action="audit.read", object_type="audit", object_id=what, after=details)


def count_entries(project: "Project", *, action: str | None = None, actor: str | None = None,
                  object_type: str | None = None, object_id: str | None = None,
                  since: str | None = None, until: str | None = None, locale: str | None = None) -> int:
    where, params = _where(action, actor, object_type, object_id, since, until, locale)
    return project.conn.execute("SELECT count(*) FROM audit" + where, params).fetchone()[0]


def distinct_values(project: "Project", column: str) -> list[str]:
    """The actors, actions or object types that occur in the log (for filter menus)."""
    if column not in {"actor", "action", "object_type"}:
        raise ValueError(f"cannot list distinct values of '{column}'")
    return [r[0] for r in project.conn.execute(
        f"SELECT DISTINCT {column} FROM audit ORDER BY {column}")]


def decoded(entry: dict) -> dict:
    """An entry with before/after parsed back from JSON, for display and export."""
    out = dict(entry)
    for k in ("before", "after"):
        if out.get(k) is not None:
            out[k] = json.loads(out[k])
    return out


def head(project: "Project") -> tuple[int, str]:
    row = project.conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def verify_chain(project: "Project", expect_head: str | None = None) -> ChainReport:
    # seq is the rowid: swapping two entries' contents shows up as hashes that no longer
    # match their position, a deleted row as a gap, an inserted one as a broken link.
    rows = iter_query(project, "SELECT seq, ts, actor, action, object_type, object_id, before, "
                                "after, prev_hash, hash FROM audit ORDER BY seq")
    return verify_entries(rows, expect_head)
