"""Importing items from files: all or nothing.

The whole file is read and validated first; only if every row is good are the items written,
in one transaction with one audit entry. A file with any bad row changes nothing and the
error lists every bad row and why. Duplicates (of each other or of existing items) are
reported and skipped rather than silently added twice.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ...core.errors import ImportRejected, RowProblem, ValidationError
from ...core.items import ItemContent, Kind, dedup_key
from ...core.locales import parse_locale

from ..items import actor_name, add_items, existing_dedup_keys
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

    def summary(self) -> str:
        dup = f", {len(self.duplicates)} duplicate(s) skipped" if self.duplicates else ""
        return f"imported {self.added} {self.kind} item(s) from {self.file}{dup}"


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
    fmt, rows = read_rows(Path(path), fmt)
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
    return fmt, good


def import_file(project: "Project", path: Path | str, *, kind: Kind | str = Kind.PAIR,
                locale: str | None = None, fmt: str | None = None, actor="",
                allow_duplicates: bool = False,
                progress: Callable[[int], None] | None = None) -> ImportResult:
    from ..project import os_actor, utc_now

    path = Path(path)
    kind = Kind.parse(kind) if isinstance(kind, str) else kind
    fmt, rows = parse_file(path, kind=kind, locale=locale, fmt=fmt, progress=progress)
    who = actor_name(actor) if actor else os_actor()
    sha = _file_sha256(path)
    duplicates: list[dict] = []
    keep: list[tuple[int, ItemContent]] = rows
    if not allow_duplicates:
        keys = [dedup_key(c) for _, c in rows]
        existing = existing_dedup_keys(project, keys)
        seen: dict[str, int] = {}
        keep = []
        for (n, c), k in zip(rows, keys):
            if k in existing:
                duplicates.append({"row": n, "duplicate_of": f"item {existing[k]}"})
            elif k in seen:
                duplicates.append({"row": n, "duplicate_of": f"row {seen[k]}"})
            else:
                seen[k] = n
                keep.append((n, c))
    import_id = f"imp-{utc_now()[:19].replace('-', '').replace(':', '')}-{sha[:8]}"
    if not keep:
        return ImportResult(None, path.name, fmt, kind.value, 0, [], duplicates)
    with project.transaction():
        ids = add_items(project, [c for _, c in keep], actor=actor or who, origin="import",
                        import_id=import_id,
                        audit_details={"file": path.name, "file_sha256": sha, "format": fmt,
                                       "duplicates_skipped": len(duplicates)})
        project.conn.execute(
            "INSERT INTO imports (id, file_name, file_sha256, format, kind, item_count, "
            "duplicate_count, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (import_id, path.name, sha, fmt, kind.value, len(ids), len(duplicates), who, utc_now()))
    return ImportResult(import_id, path.name, fmt, kind.value, len(ids), ids, duplicates)


__all__ = ["ImportResult", "import_file", "parse_file"]
