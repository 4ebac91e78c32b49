"""Importing items from files: all or nothing.

The whole file is read and validated first; only if every row is good are the items written,
in one transaction with one audit entry. A file with any bad row changes nothing and the
error lists every bad row and why. Duplicates (of each other or of existing items) are
reported and skipped rather than silently added twice.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from ...core.errors import ImportRejected, RowProblem, ValidationError
from ...core.items import ItemContent, Kind, dedup_key
from ...core.locales import parse_locale
from ...core.normalize import HIDDEN_KINDS, hidden_characters
from ...core.roles import Action, check

from ..clock import utc_now
from ..items import add_items
from ..sql import chunks, placeholders
from .readers import read_rows
from .shapes import to_fields

if TYPE_CHECKING:
    from ..project import Project

MAX_ROWS = 2_000_000


@dataclass
class ImportResult:
    import_id: str | None
    file: str
    format: str
    kind: str
    added: int
    item_ids: list[int] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)  # {"row", "duplicate_of"}
    #: Zero-width, bidi-control, space-variant and compatibility characters in the file's
    #: texts, by kind (core/normalize.py). Stored as written; de-identification reads past them.
    hidden_characters: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        dup = f", {len(self.duplicates)} duplicate(s) skipped" if self.duplicates else ""
        return f"imported {self.added} {self.kind} item(s) from {self.file}{dup}{self.hidden_warning()}"

    def hidden_warning(self) -> str:
        if not self.hidden_characters:
            return ""
        kinds = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in self.hidden_characters.items())
        return (f"; warning: {sum(self.hidden_characters.values())} hidden or variant character(s) ({kinds}), "
                "kept as written: de-identification reads past them, but check these texts")


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for f in files:
        with f.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


def parse_file(path: Path, *, kind: Kind | str = Kind.PAIR, locale: str | None = None,
               fmt: str | None = None, progress: Callable[[int], None] | None = None
               ) -> tuple[str, list[tuple[int, ItemContent]]]:
    """Read and validate a whole file. Raises ImportRejected listing every bad row."""
    kind = Kind.parse(kind) if isinstance(kind, str) else kind
    default_locale = parse_locale(locale) if locale else None
    try:
        fmt, rows = read_rows(Path(path), fmt)
        return fmt, _validated(Path(path), rows, kind, default_locale, progress)
    except OSError as exc:  # unreadable (permissions, a device, a vanished network share)
        raise ImportRejected(f"cannot read {path}: {exc.strerror or exc}; check the file and "
                             "its permissions") from None


def _validated(path: Path, rows, kind: Kind, default_locale: str | None,
               progress: Callable[[int], None] | None) -> list[tuple[int, ItemContent]]:
    problems: list[RowProblem] = []
    good: list[tuple[int, ItemContent]] = []
    for count, (n, record) in enumerate(rows, start=1):
        if count > MAX_ROWS:
            raise ImportRejected(f"more than {MAX_ROWS:,} rows: split the file")
        if progress and count % 5000 == 0:
            progress(count)
        if isinstance(record, RowProblem):
            problems.append(record)
            continue
        try:
            fields = to_fields(record, kind)
            row_locale = fields.pop("locale")
            if row_locale is not None and not isinstance(row_locale, str):
                raise ValidationError("'locale' must be text")
            if row_locale and default_locale and parse_locale(row_locale) != default_locale:
                raise ValidationError(f"row locale '{row_locale}' contradicts --locale {default_locale}")
            loc = row_locale or default_locale
            if not loc:
                raise ValidationError("no locale: add a 'locale' column or pass --locale")
            good.append((n, ItemContent.create(kind=kind, locale=loc, **fields)))
        except ValidationError as exc:
            problems.append(RowProblem(n, str(exc)))
    if problems:
        raise ImportRejected(
            f"{Path(path).name}: {len(problems)} bad row(s); nothing was imported. Fix them and import again.",
            problems)
    if not good:
        raise ImportRejected(f"{Path(path).name} holds no rows")
    return good


def import_file(project: "Project", path: Path | str, *, kind: Kind | str = Kind.PAIR,
                locale: str | None = None, fmt: str | None = None, actor,
                allow_duplicates: bool = False, use_case: str | None = None,
                progress: Callable[[int], None] | None = None) -> ImportResult:
    path = Path(path)
    kind = Kind.parse(kind) if isinstance(kind, str) else kind
    fmt, rows = parse_file(path, kind=kind, locale=locale, fmt=fmt, progress=progress)
    hidden = _count_hidden(rows)
    who = check(actor, Action.EDIT_ITEMS)  # nothing happens in nobody's name
    sha = _file_sha256(path)
    import_id = f"imp-{utc_now()[:19].replace('-', '').replace(':', '')}-{sha[:8]}"
    # The duplicate check runs inside the write transaction (BEGIN IMMEDIATE holds the write
    # lock): a second import of the same file, started at the same moment, waits here and
    # then finds every row already present instead of adding them a second time.
    with project.transaction():
        keep, duplicates = _without_duplicates(project, rows, allow_duplicates)
        if not keep:
            return ImportResult(None, path.name, fmt, kind.value, 0, [], duplicates, hidden)
        ids = add_items(project, [c for _, c in keep], actor=actor, origin="import",
                        import_id=import_id, use_case=use_case,
                        audit_details={"file": path.name, "file_sha256": sha, "format": fmt,
                                       "duplicates_skipped": len(duplicates)})
        project.conn.execute(
            "INSERT INTO imports (id, file_name, file_sha256, format, kind, item_count, "
            "duplicate_count, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (import_id, path.name, sha, fmt, kind.value, len(ids), len(duplicates), who, utc_now()))
    return ImportResult(import_id, path.name, fmt, kind.value, len(ids), ids, duplicates, hidden)


def _count_hidden(rows: list[tuple[int, ItemContent]]) -> dict[str, int]:
    """Hidden or variant characters over every text of the file, by kind (none: {})."""
    found: Counter = Counter()
    for _, content in rows:
        for text in (content.system, content.prompt, content.response):
            if text and not text.isascii():
                found.update(hidden_characters(text))
    return {k: found[k] for k in HIDDEN_KINDS if found[k]}


def _without_duplicates(project: "Project", rows: list[tuple[int, ItemContent]],
                        allow_duplicates: bool) -> tuple[list[tuple[int, ItemContent]], list[dict]]:
    """The rows to add, and {"row", "duplicate_of"} for each row that repeats an existing
    item or an earlier row of the file."""
    if allow_duplicates:
        return rows, []
    keys = [dedup_key(c) for _, c in rows]
    existing = existing_dedup_keys(project, keys)
    seen: dict[str, int] = {}
    keep, duplicates = [], []
    for (n, c), k in zip(rows, keys):
        if k in existing:
            duplicates.append({"row": n, "duplicate_of": f"item {existing[k]}"})
        elif k in seen:
            duplicates.append({"row": n, "duplicate_of": f"row {seen[k]}"})
        else:
            seen[k] = n
            keep.append((n, c))
    return keep, duplicates


__all__ = ["ImportResult", "import_file", "parse_file"]


def existing_dedup_keys(project: "Project", keys: Iterable[str]) -> dict[str, int]:
    """Which of these dedup keys already belong to an item (key → item id)."""
    keys = list(set(keys))
    found: dict[str, int] = {}
    for chunk in chunks(keys):
        for k, i in project.conn.execute(
                f"SELECT dedup_key, min(id) FROM items WHERE dedup_key IN ({placeholders(len(chunk))}) "
                "GROUP BY dedup_key", chunk):
            found[k] = i
    return found
