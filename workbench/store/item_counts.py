"""Item counts for summaries, badges and filter menus (re-exported by store/items.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.errors import ValidationError
from .items import _filters

if TYPE_CHECKING:
    from .project import Project


def tag_counts(project: "Project") -> dict[str, int]:
    """Every tag in use and how many items carry it (for filter menus)."""
    return dict(project.conn.execute(
        "SELECT j.value, count(*) FROM items, json_each(items.tags) j GROUP BY j.value ORDER BY j.value"))


def count_items(project: "Project", **filters) -> int:
    where, params = _filters(**filters)
    sql = ("SELECT count(*) FROM items JOIN revisions r ON r.item_id = items.id "
           "AND r.rev = items.current_rev" + where)
    return project.conn.execute(sql, params).fetchone()[0]


def counts_by(project: "Project", *columns: str, use_case: str | None = None) -> list[dict]:
    """Item counts grouped by e.g. ('kind', 'locale', 'status'), for summaries and badges;
    with `use_case`, only that use case's items (NO_USE_CASE: the items of none)."""
    for c in columns:
        if c not in {"kind", "locale", "status"}:
            raise ValidationError(f"cannot group by '{c}'")
    cols = ", ".join(columns)
    where, params = _filters(use_case=use_case)
    cur = project.conn.execute(f"SELECT {cols}, count(*) FROM items {where} GROUP BY {cols} ORDER BY {cols}",
                               params)
    return [dict(zip([*columns, "count"], r)) for r in cur]
