"""Exporting signed-off snapshot content for training and for other tools.

Formats:
- `chat-jsonl`: `data.jsonl`, one {"messages": [...]} per line (plus id/locale/hash fields).
- `mlx`: `train.jsonl`, `valid.jsonl` (and `test.jsonl` from a frozen hold-out) in the chat
  layout that mlx-lm's LoRA trainer reads from a data folder.
- `hf`: a `datasets` folder (save_to_disk) with train/validation (and test) splits.
Every export writes `provenance.json` beside the data: snapshot ids, manifest hashes, and
each row's item id, revision and content hash, so the files can be traced back.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ...core.errors import StateError, ValidationError
from ...core.roles import Action, check
from .. import audit
from ..destinations import check_folder
from ..clock import utc_now
from ..signoff import is_signed
from ..snapshots import get_snapshot, latest_snapshot, snapshot_items, verify_snapshot

if TYPE_CHECKING:
    from ..project import Project

FORMATS = ("chat-jsonl", "mlx", "hf")


def to_messages(item: dict) -> list[dict]:
    msgs = []
    if item.get("system"):
        msgs.append({"role": "system", "content": item["system"]})
    msgs.append({"role": "user", "content": item["prompt"]})
    msgs.append({"role": "assistant", "content": item["response"]})
    return msgs


def to_record(item: dict) -> dict:
    return {"messages": to_messages(item), "id": item["id"], "rev": item["rev"],
            "locale": item["locale"], "content_hash": item["content_hash"]}


def is_validation(item: dict, fraction: int = 10) -> bool:
    """Deterministic split: the same item always lands in the same split, across exports."""
    return int(item["content_hash"][:8], 16) % fraction == 0


def split_train_valid(items: list[dict]) -> tuple[list[dict], list[dict]]:
    valid = [i for i in items if is_validation(i)]
    train = [i for i in items if not is_validation(i)]
    if not valid and len(train) > 1:  # mlx-lm needs a non-empty validation set
        valid, train = train[-1:], train[:-1]
    return train, valid


def _write_jsonl(path: Path, items: list[dict]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(to_record(item), ensure_ascii=False) + "\n")
    os.replace(tmp, path)  # readers never see a half-written file


def _checked_items(project: "Project", sid: str) -> list[dict]:
    if not verify_snapshot(project, sid):
        raise StateError(f"snapshot {sid} does not match its manifest hash: the database was altered")
    items = snapshot_items(project, sid)
    unsigned = [i["id"] for i in items if not is_signed(project, i["id"], i["rev"], i["content_hash"])]
    if unsigned:
        raise StateError(f"snapshot {sid} names unsigned revisions (items {unsigned[:5]})")
    return items


def export_snapshot(project: "Project", out: Path | str, *, fmt: str, snapshot: str | None = None,
                    holdout: str | None = None, actor, force: bool = False) -> dict:
    """Export the training snapshot `snapshot` (default: the latest) and, for mlx/hf, the
    frozen hold-out `holdout` (default: the latest) as the test split. `out` must be a new
    or empty folder unless `force` (then files of the same name are replaced)."""
    who = check(actor, Action.SNAPSHOT)  # signed-off data leaves the project: engineers, owners, admins
    if fmt not in FORMATS:
        raise ValidationError(f"unknown export format '{fmt}': use one of {', '.join(FORMATS)}")
    snap = get_snapshot(project, snapshot) if snapshot else latest_snapshot(project, "pair")
    if snap is None:
        raise StateError("no training snapshot yet: create one with 'workbench snapshot create --kind pairs'")
    hold = get_snapshot(project, holdout) if holdout else latest_snapshot(project, "holdout")
    if hold is not None and not hold["frozen"]:
        raise StateError(f"snapshot {hold['id']} is not a frozen hold-out")
    items = _checked_items(project, snap["id"])
    test_items = _checked_items(project, hold["id"]) if hold and snap["kind"] == "pair" else []
    out = check_folder(out, force=force, what="the export")
    files: dict[str, int] = {}
    if fmt == "chat-jsonl":
        _write_jsonl(out / "data.jsonl", items)
        files["data.jsonl"] = len(items)
    elif fmt == "mlx":
        train, valid = split_train_valid(items)
        _write_jsonl(out / "train.jsonl", train)
        _write_jsonl(out / "valid.jsonl", valid)
        files.update({"train.jsonl": len(train), "valid.jsonl": len(valid)})
        if test_items:
            _write_jsonl(out / "test.jsonl", test_items)
            files["test.jsonl"] = len(test_items)
    else:
        import datasets

        train, valid = split_train_valid(items)
        splits = {"train": train, "validation": valid}
        if test_items:
            splits["test"] = test_items
        dd = datasets.DatasetDict({
            name: datasets.Dataset.from_list([to_record(i) for i in rows]) for name, rows in splits.items()})
        dd.save_to_disk(str(out / "dataset"))
        files.update({f"dataset/{k}": len(v) for k, v in splits.items()})
    provenance = {
        "exported_at": utc_now(),
        "format": fmt,
        "project": project.root.name,
        "snapshot": {k: snap[k] for k in ("id", "name", "kind", "manifest_hash", "item_count", "locale_counts")},
        "holdout": ({k: hold[k] for k in ("id", "name", "manifest_hash", "item_count", "locale_counts")}
                    if test_items else None),
        "files": files,
        "rows": [[i["id"], i["rev"], i["content_hash"]] for i in items],
        "audit_head": audit.head(project)[1],
    }
    (out / "provenance.json").write_text(json.dumps(provenance, indent=2, ensure_ascii=False), encoding="utf-8")
    with project.transaction():
        audit.append(project, actor=who, action="dataset.export",
                     object_type="snapshot", object_id=snap["id"],
                     after={"format": fmt, "out": str(out), "files": files,
                            "holdout": hold["id"] if test_items else None})
    return provenance
