"""SQL plumbing, once: rows as dicts, `?` placeholders, and id lists cut to fit SQLite.

Every function takes a `sqlite3.Connection` or anything with a `.conn` (a Project). A leaf
module: it imports nothing from the project, so the store, de-identification, training,
evaluation and the GUI's models all use it without import cycles.
"""

from __future__ import annotations

import sqlite3
from itertools import islice
from typing import Any, Iterable, Iterator, Sequence, TypeVar

T = TypeVar("T")

#: Values bound per statement when a list of ids goes into `IN (...)`. SQLite builds before
#: 3.32 allow 999 variables per statement; 900 leaves room for a few other parameters.
MAX_VARIABLES = 900


def _conn(source: Any) -> sqlite3.Connection:
    return getattr(source, "conn", source)


def _columns(cur: sqlite3.Cursor) -> list[str]:
    return [c[0] for c in cur.description]


def iter_query(source: Any, sql: str, params: Sequence | dict = ()) -> Iterator[dict]:
    """The rows of a SELECT as dicts (column name → value), read lazily."""
    cur = _conn(source).execute(sql, params)
    columns = _columns(cur)
    for row in cur:
        yield dict(zip(columns, row))


def query(source: Any, sql: str, params: Sequence | dict = ()) -> list[dict]:
    """The rows of a SELECT as a list of dicts."""
    return list(iter_query(source, sql, params))


def query_one(source: Any, sql: str, params: Sequence | dict = ()) -> dict | None:
    """The first row of a SELECT as a dict, or None when there is none."""
    cur = _conn(source).execute(sql, params)
    row = cur.fetchone()
    return None if row is None else dict(zip(_columns(cur), row))


def placeholders(n: int) -> str:
    """'?,?,?' for n values, to write `IN (...)`."""
    return ",".join("?" * n)


def chunks(values: Iterable[T], size: int = MAX_VARIABLES) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` values (the last may be shorter; none when empty)."""
    it = iter(values)
    while batch := list(islice(it, size)):
        yield batch
