"""Items and their revisions: add, edit, change status, list, search.

Revisions are append-only (triggers refuse UPDATE/DELETE); `items.current_rev` points at the
one in force. Listing always shows the current revision.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Iterable, Sequence

from ..core.errors import NotFound, StateError, ValidationError
from ..core.hashing import manifest_hash
from ..core.items import HASH_SCHEME, ItemContent, Kind, Status, check_transition, dedup_key
from ..core.roles import Action, actor_name, check
from . import analyses, audit
from .clock import utc_now
from .sql import chunks, placeholders, query, query_one

if TYPE_CHECKING:
    from .project import Project


ITEM_COLUMNS = ("id", "kind", "locale", "status", "current_rev", "tags", "source", "import_id",
                "created_at", "updated_at", "use_case")
#: The use-case filter value for items that belong to no use case.
NO_USE_CASE = "(none)"
SORTABLE = {"id", "kind", "locale", "status", "updated_at", "created_at", "prompt", "current_rev"}


def _check_may_edit(actor) -> None:
    check(actor, Action.EDIT_ITEMS)

def add_items(project: "Project", contents: Sequence[ItemContent], *, actor, origin: str = "manual",
              import_id: str | None = None, audit_details: dict | None = None,
              use_case: str | None = None) -> list[int]:
    """Insert new items (revision 1 each) in one transaction with one audit entry; with
    `use_case`, they belong to that use case."""
    _check_may_edit(actor)
    if not contents:
        return []
    if use_case:  # one that exists (NotFound otherwise)
        from .usecases import get_use_case
        use_case = get_use_case(project, use_case)["id"]
    who = actor_name(actor)
    now = utc_now()
    with project.transaction():
        start = (project.conn.execute("SELECT max(id) FROM items").fetchone()[0] or 0) + 1
        ids = list(range(start, start + len(contents)))
        project.conn.executemany(
            "INSERT INTO items (id, kind, locale, status, current_rev, tags, source, import_id, "
            "dedup_key, created_at, updated_at, use_case) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)",
            ((i, c.kind.value, c.locale, Status.DRAFT.value, json.dumps(list(c.tags), ensure_ascii=False),
              c.source, import_id, dedup_key(c), now, now, use_case) for i, c in zip(ids, contents)))
        before = _max_revision_rowid(project)
        project.conn.executemany(
            f"INSERT INTO revisions ({_REVISION_COLUMNS}) VALUES ({placeholders(13)})",
            (_revision_row(i, 1, c, origin, who, now) for i, c in zip(ids, contents)))
        _index_revisions_since(project, before)
        after = {"count": len(ids), "first_id": ids[0], "last_id": ids[-1],
                 "manifest_hash": manifest_hash([(i, 1, c.content_hash) for i, c in zip(ids, contents)]),
                 "origin": origin}
        if len(ids) == 1:
            # The hash, never the text: the trail is append-only and copied into every audit
            # package and hand-off, so text not yet de-identified must not reach it.
            after["content_hash"] = contents[0].content_hash
        if use_case:
            after["use_case"] = use_case
        if audit_details:
            after.update(audit_details)
        audit.append(project, actor=who, action="items.add", object_type="items",
                     object_id=import_id or f"{ids[0]}-{ids[-1]}", after=after)
    return ids


_REVISION_COLUMNS = ("item_id, rev, prompt, response, system, checks, content_hash, origin, author, created_at, "
                     "locale, hash_scheme, field_hashes")


def _revision_row(item_id: int, rev: int, c: ItemContent, origin: str, who: str, now: str) -> tuple:
    return (item_id, rev, c.prompt, c.response, c.system, json.dumps(c.checks.as_dict(), ensure_ascii=False),
            c.content_hash, origin, who, now, c.locale, HASH_SCHEME, json.dumps(c.field_hashes, sort_keys=True))


def _max_revision_rowid(project: "Project") -> int:
    return project.conn.execute("SELECT coalesce(max(rowid), 0) FROM revisions").fetchone()[0]


def _index_revisions_since(project: "Project", rowid: int) -> None:
    """Add revisions appended after `rowid` to the full-text index (same transaction)."""
    project.conn.execute(
        "INSERT INTO revisions_fts (rowid, prompt, response, system) "
        "SELECT rowid, prompt, response, system FROM revisions WHERE rowid > ?", (rowid,))


def _row_to_item(d: dict) -> dict:
    d["tags"] = json.loads(d["tags"])
    if "checks" in d:
        d["checks"] = json.loads(d["checks"])
    d["rev"] = d.pop("current_rev")
    return d


_SELECT = (
    "SELECT items.id, items.kind, items.locale, items.status, items.current_rev, items.tags, "
    "items.source, items.import_id, items.created_at, items.updated_at, items.use_case, r.prompt, r.response, "
    "r.system, r.checks, r.content_hash, r.author "
    "FROM items JOIN revisions r ON r.item_id = items.id AND r.rev = items.current_rev")


def get_item(project: "Project", item_id: int) -> dict:
    row = query_one(project, _SELECT + " WHERE items.id = ?", (int(item_id),))
    if row is None:
        raise NotFound(f"no item {item_id}")
    return _row_to_item(row)


def content_of(item: dict) -> ItemContent:
    return ItemContent.create(kind=item["kind"], locale=item["locale"], prompt=item["prompt"],
                              response=item["response"], system=item["system"], tags=item["tags"],
                              source=item["source"], checks=item["checks"] or None)


def fts_query(text: str) -> str:
    """Turn what a user types into a safe FTS5 query: every word must appear (prefix match)."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join(f'"{w}"*' for w in words)


def _filters(kind=None, locale=None, status=None, tag=None, search=None, ids=None, use_case=None):
    where, params = [], []
    if use_case == NO_USE_CASE:
        where.append("items.use_case IS NULL")
    elif use_case:
        where.append("items.use_case = ?")
        params.append(use_case)
    if kind:
        where.append("items.kind = ?")
        params.append(Kind.parse(kind).value if isinstance(kind, str) else kind.value)
    for col, val in (("locale", locale), ("status", status)):
        if val:
            vals = [val] if isinstance(val, str) else list(val)
            vals = [v.value if hasattr(v, "value") else v for v in vals]
            where.append(f"items.{col} IN ({placeholders(len(vals))})")
            params.extend(vals)
    if tag:
        where.append("EXISTS (SELECT 1 FROM json_each(items.tags) WHERE json_each.value = ?)")
        params.append(tag.strip().lower())
    if search and fts_query(search):
        where.append("r.rowid IN (SELECT rowid FROM revisions_fts WHERE revisions_fts MATCH ?)")
        params.append(fts_query(search))
    if ids is not None:
        ids = [int(i) for i in ids]
        where.append(f"items.id IN ({placeholders(len(ids))})" if ids else "0")
        params.extend(ids)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def list_items(project: "Project", *, kind=None, locale=None, status=None, tag=None, search=None,
               ids: Iterable[int] | None = None, order_by: str = "id", descending: bool = False,
               limit: int | None = None, offset: int = 0, use_case: str | None = None) -> list[dict]:
    if order_by not in SORTABLE:
        raise ValidationError(f"cannot sort by '{order_by}': use one of {', '.join(sorted(SORTABLE))}")
    where, params = _filters(kind, locale, status, tag, search, ids, use_case)
    col = f"r.{order_by}" if order_by == "prompt" else f"items.{order_by}"
    sql = f"{_SELECT}{where} ORDER BY {col} {'DESC' if descending else 'ASC'}, items.id"
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return [_row_to_item(r) for r in query(project, sql, params)]


def item_ids(project: "Project", *, kind=None, locale=None, status=None, tag=None, search=None,
             order_by: str = "id", descending: bool = False, use_case: str | None = None) -> list[int]:
    """The ids of every item matching the filters, in display order.

    The GUI's table keeps this list (100k ints are cheap) and fetches rows by id page by page,
    so scrolling deep into a sorted set never pays for a growing OFFSET; batch actions such
    as a sign-off of "everything filtered" use the same list.
    """
    if order_by not in SORTABLE:
        raise ValidationError(f"cannot sort by '{order_by}': use one of {', '.join(sorted(SORTABLE))}")
    where, params = _filters(kind, locale, status, tag, search, use_case=use_case)
    col = f"r.{order_by}" if order_by == "prompt" else f"items.{order_by}"
    sql = ("SELECT items.id FROM items JOIN revisions r ON r.item_id = items.id "
           f"AND r.rev = items.current_rev{where} ORDER BY {col} "
           f"{'DESC' if descending else 'ASC'}, items.id")
    return [r[0] for r in project.conn.execute(sql, params)]


def revisions(project: "Project", item_id: int) -> list[dict]:
    out = query(project,
                "SELECT rev, prompt, response, system, checks, content_hash, origin, author, created_at "
                "FROM revisions WHERE item_id = ? ORDER BY rev", (int(item_id),))
    for d in out:
        d["checks"] = json.loads(d["checks"])
    if not out:
        raise NotFound(f"no item {item_id}")
    return out


def _same_content(item: dict, content: ItemContent) -> bool:
    # Compared field by field: the stored hash may be of an older scheme than a new one.
    return (item["prompt"], item["response"], item["system"], item["checks"] or {}, item["locale"]) == \
        (content.prompt, content.response, content.system, content.checks.as_dict(), content.locale)


def new_revision(project: "Project", item_id: int, content: ItemContent, *, actor, origin: str,
                 audit_action: str, audit_extra: dict | None = None) -> int:
    """Append a revision and point the item at it. Shared by edits and de-identification.
    Every new revision is a draft: it becomes de-identified only once the detector has
    analysed it (deid/pipeline.py), whoever made it and however."""
    who = actor_name(actor)
    now = utc_now()
    status = Status.DRAFT
    with project.transaction():
        item = get_item(project, item_id)
        if content.kind.value != item["kind"]:
            raise ValidationError("an item's kind cannot change: create a new item instead")
        if _same_content(item, content):
            return item["rev"]
        if origin != "deid":
            _refuse_frozen(project, [item_id], "changed")
        rev = item["rev"] + 1
        before_rowid = _max_revision_rowid(project)
        project.conn.execute(f"INSERT INTO revisions ({_REVISION_COLUMNS}) VALUES ({placeholders(13)})",
                             _revision_row(item_id, rev, content, origin, who, now))
        _index_revisions_since(project, before_rowid)
        project.conn.execute(
            "UPDATE items SET current_rev = ?, status = ?, locale = ?, tags = ?, source = ?, "
            "dedup_key = ?, updated_at = ? WHERE id = ?",
            (rev, status.value, content.locale, json.dumps(list(content.tags), ensure_ascii=False),
             content.source, dedup_key(content), now, item_id))
        before = {"rev": item["rev"], "content_hash": item["content_hash"], "status": item["status"],
                  "locale": item["locale"]}
        after = {"rev": rev, "content_hash": content.content_hash, "status": status.value,
                 "locale": content.locale,
                 "changed": _changed_fields(item, content)}
        if item["status"] == Status.SIGNED_OFF.value:
            after["voided_signoff"] = True
        if audit_extra:
            after.update(audit_extra)
        audit.append(project, actor=who, action=audit_action, object_type="item",
                     object_id=item_id, before=before, after=after)
    return rev


def _changed_fields(item: dict, content: ItemContent) -> list[str]:
    old = {"prompt": item["prompt"], "response": item["response"], "system": item["system"],
           "checks": item["checks"], "locale": item["locale"], "tags": item["tags"],
           "source": item["source"]}
    new = {"prompt": content.prompt, "response": content.response, "system": content.system,
           "checks": content.checks.as_dict(), "locale": content.locale,
           "tags": list(content.tags), "source": content.source}
    return sorted(k for k in old if old[k] != new[k])


def edit_item(project: "Project", item_id: int, *, actor, **changes) -> int:
    """Edit an item's text, locale, tags or checks. Creates a new revision and sends the item
    back to draft; a sign-off on the old revision no longer applies (it named that hash)."""
    _check_may_edit(actor)
    unknown = set(changes) - {"prompt", "response", "reference", "system", "tags", "source",
                              "checks", "locale"}
    if unknown:
        raise ValidationError(f"cannot edit {sorted(unknown)}")
    if "reference" in changes:
        changes["response"] = changes.pop("reference")
    item = get_item(project, item_id)
    fields = {"kind": item["kind"], "locale": item["locale"], "prompt": item["prompt"],
              "response": item["response"], "system": item["system"], "tags": item["tags"],
              "source": item["source"], "checks": item["checks"] or None}
    fields.update(changes)
    content = ItemContent.create(**fields)
    return new_revision(project, item_id, content, actor=actor, origin="edit", audit_action="item.edit")


def set_status(project: "Project", item_ids: Iterable[int], target: Status | str, *, actor,
               reason: str = "") -> int:
    """Move items along the life cycle. Not to signed_off (that needs a signature), and to
    deidentified only when the detector analysed the current revision and nothing found in it
    remains (store/analyses.py; the schema's triggers refuse it otherwise too)."""
    target = Status(target)
    if target is Status.SIGNED_OFF:
        raise StateError("signing off needs an e-signature: use workbench signoff")
    who = check(actor, Action.REVIEW_DEID)  # approving, rejecting, restarting: a reviewer's step
    ids = [int(i) for i in item_ids]
    with project.transaction():
        found = {i: s for chunk in chunks(ids) for i, s in project.conn.execute(  # 100k ids: in chunks
            f"SELECT id, status FROM items WHERE id IN ({placeholders(len(chunk))})", chunk)}
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFound(f"no item(s) {missing[:10]}")
        changed = [i for i in ids if found[i] != target.value]
        for i in changed:
            check_transition(found[i], target)
        if not changed:
            return 0
        if target in (Status.DEIDENTIFIED, Status.IN_REVIEW):
            blocked = analyses.blockers(project, changed)
            if blocked:
                first = min(blocked)
                raise StateError(
                    f"item {first} cannot be marked de-identified: {blocked[first]}"
                    f"{f' (nor can {len(blocked) - 1} more)' if len(blocked) > 1 else ''}")
        if target is Status.REJECTED:
            _refuse_frozen(project, changed, "rejected")
            signed = [i for i in changed if found[i] == Status.SIGNED_OFF.value]
            if signed and len(reason.strip()) < 5:
                raise ValidationError(
                    f"{len(signed)} of these item(s) are signed off (e.g. item {signed[0]}): rejecting "
                    "them voids a signature, so say why (a reason of a few words)")
        project.conn.executemany("UPDATE items SET status = ?, updated_at = ? WHERE id = ?",
                                 [(target.value, utc_now(), i) for i in changed])
        audit.append(project, actor=who, action="items.status", object_type="items",
                     object_id=",".join(map(str, changed[:50])) + ("…" if len(changed) > 50 else ""),
                     before={"statuses": sorted({found[i] for i in changed})},
                     after={"status": target.value, "count": len(changed), "ids": changed,
                            "reason": reason})
    return len(changed)


def frozen_items(project: "Project", item_ids: Sequence[int]) -> dict[int, str]:
    """Items whose current revision is in a frozen hold-out, with that hold-out's name."""
    out: dict[int, str] = {}
    for chunk in chunks(list(item_ids)):
        out.update(project.conn.execute(
            "SELECT items.id, s.name FROM items JOIN snapshot_items si ON si.item_id = items.id AND "
            "si.rev = items.current_rev JOIN snapshots s ON s.id = si.snapshot_id AND s.frozen = 1 "
            f"WHERE items.id IN ({placeholders(len(chunk))})", chunk).fetchall())
    return out


def _refuse_frozen(project: "Project", item_ids: Sequence[int], what: str) -> None:
    """A frozen hold-out is what every checkpoint is scored on: its items never change."""
    frozen = frozen_items(project, item_ids)
    if frozen:
        first = min(frozen)
        raise StateError(
            f"item {first} is in the frozen hold-out '{frozen[first]}' and cannot be {what}"
            f"{f' (nor can {len(frozen) - 1} more)' if len(frozen) > 1 else ''}: add a corrected copy "
            "and freeze a new hold-out version instead")


def set_tags(project: "Project", item_id: int, tags: list[str], *, actor) -> None:
    """Tags are metadata, not signed content: changing them keeps the revision and sign-off."""
    _check_may_edit(actor)
    item = get_item(project, item_id)
    clean = sorted({t.strip().lower() for t in tags if t.strip()})
    with project.transaction():
        project.conn.execute("UPDATE items SET tags = ?, updated_at = ? WHERE id = ?",
                             (json.dumps(clean, ensure_ascii=False), utc_now(), item_id))
        audit.append(project, actor=actor_name(actor), action="item.tags", object_type="item",
                     object_id=item_id, before={"tags": item["tags"]}, after={"tags": clean})


def set_item_state(project: "Project", item_id: int, state: dict, *, actor) -> None:
    """Bring an item to `state` (prompt, response, system, locale, tags), as the editor's save,
    undo and redo do: a new revision when the text or locale differ, a tag update when the
    tags do, both in one transaction (each checks the role)."""
    current = get_item(project, item_id)
    changed = {k: state[k] for k in ("prompt", "response", "system", "locale") if state[k] != current[k]}
    with project.transaction():
        if changed:
            edit_item(project, item_id, actor=actor, **changed)
        if sorted(state["tags"]) != sorted(current["tags"]):
            set_tags(project, item_id, state["tags"], actor=actor)


def item_findings(project: "Project", item_id: int, rev: int | None = None) -> list[dict]:
    """De-identification findings on one revision (default: the current one), in text order:
    what the editor highlights. Written by workbench.deid; read here so views need no SQL."""
    if rev is None:
        rev = get_item(project, item_id)["rev"]
    return query(project,
                 "SELECT id, item_id, rev, field, start, end, entity, score, detector, decision, "
                 "decided_by, decided_at FROM findings WHERE item_id = ? AND rev = ? "
                 "ORDER BY field, start, id", (int(item_id), int(rev)))


# Counts for summaries and filter menus live in item_counts.py (this module stays under the size limit).
from .item_counts import count_items, counts_by, tag_counts  # noqa: E402,F401
