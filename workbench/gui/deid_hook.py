"""The editor's door to de-identification review (workbench.deid.review), if it is installed.

The de-identification layer owns the decisions, the anonymized revision and their audit
entries; the editor only calls it. While that module is absent (a build without Presidio)
the review keys are disabled with a tooltip saying so.
"""

from __future__ import annotations

import importlib
import random

from PySide6.QtCore import QCoreApplication


def review_module():
    try:
        return importlib.import_module("workbench.deid.review")
    except ModuleNotFoundError as exc:
        if exc.name in {"workbench.deid", "workbench.deid.review"}:
            return None
        raise


def unavailable_reason() -> str:
    return QCoreApplication.translate(
        "Deid", "Reviewing personal data needs the de-identification module, which is not "
        "installed in this version.")


def _has(name: str) -> bool:
    module = review_module()
    return module is not None and callable(getattr(module, name, None))


def can_decide() -> tuple[bool, str]:
    return (True, "") if _has("decide") else (False, unavailable_reason())


def can_mark() -> tuple[bool, str]:
    return (True, "") if _has("mark_missed") else (False, unavailable_reason())


def can_apply() -> tuple[bool, str]:
    return (True, "") if _has("apply_reviewed") else (False, unavailable_reason())


def decide(project, finding_id: int, decision: str, actor) -> None:
    """decision: 'accepted' (it is personal data) or 'rejected' (a false alarm)."""
    review_module().decide(project, [finding_id], decision, actor=actor)


def mark(project, item_id: int, field: str, start: int, end: int, entity: str, actor) -> None:
    review_module().mark_missed(project, item_id, field, start, end, entity, actor=actor)


def apply(project, item_id: int, actor) -> dict:
    """Write the anonymized revision once every finding is decided."""
    return review_module().apply_reviewed(project, actor=actor, item_ids=[item_id])


def preview(project, item: dict, findings: list[dict]) -> dict | None:
    """The text as the de-identification layer would write it if every finding not rejected
    were personal data (None when that layer is not installed)."""
    module = review_module()
    try:
        from workbench.deid.anonymize import anonymize_fields
        from workbench.deid.spans import Span, resolve
    except ModuleNotFoundError:
        return None
    texts = {f: item.get(f) or "" for f in ("system", "prompt", "response")}
    spans = {f: resolve(texts[f], [Span(x["start"], x["end"], x["entity"], x["score"], x["detector"])
                                   for x in findings if x["field"] == f and x["decision"] != "rejected"])
             for f in texts}
    operators = module.get_operators(project) if module is not None else {}
    # A fixed seed per item: surrogate names stay the same while the reviewer works on it.
    return anonymize_fields(texts, spans, operators=operators, locale=item["locale"],
                            rng=random.Random(item["id"]))


def placeholder_preview(item: dict, findings: list[dict]) -> dict:
    """Fallback rendering: every finding not rejected replaced by <ENTITY>."""
    out = {}
    for field in ("system", "prompt", "response"):
        text = item.get(field) or ""
        spans = sorted((f for f in findings if f["field"] == field and f["decision"] != "rejected"),
                       key=lambda f: f["start"], reverse=True)
        for f in spans:
            text = text[: f["start"]] + f"<{f['entity']}>" + text[f["end"]:]
        out[field] = text
    return out
