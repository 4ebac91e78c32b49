"""The audit trail read as a compliance officer reads it: each entry one sentence ("Anna Meier
signed 52 de-CH training pairs: approved as training data for de-CH"), and what it changed as a
table of fields, before and after, with numbers rounded and hashes shortened.

The entries themselves stay exactly as stored (the hash chain covers them); this module only
words them. An action it has no sentence for is still shown: who, what, on which object.
"""

from __future__ import annotations

import html
import json
import re

from PySide6.QtCore import QCoreApplication, QLocale, QT_TRANSLATE_NOOP

_HEX = re.compile(r"^[0-9a-f]{32,}$")
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")
_FOR_LOCALE = re.compile(r"\bfor ([a-z]{2,3}(?:-[A-Z]{2})?)\b")

#: action → sentence; fields in braces come from the entry (see `_fields`).
SENTENCES = {
    "items.signoff": QT_TRANSLATE_NOOP("AuditText", "{who} signed {n} {locale} {kind}: {meaning}"),
    "snapshot.freeze": QT_TRANSLATE_NOOP("AuditText", "{who} froze the hold-out “{name}” ({n} items) for "
                                                      "evaluation, signing for {covers}"),
    "snapshot.create": QT_TRANSLATE_NOOP("AuditText", "{who} took the training snapshot “{name}” ({n} pairs)"),
    "snapshots.superseded": QT_TRANSLATE_NOOP("AuditText", "{who} marked snapshots {snapshots} superseded: "
                                                           "{reason}"),
    "items.add": QT_TRANSLATE_NOOP("AuditText", "{who} imported {n} items from {file}"),
    "items.status": QT_TRANSLATE_NOOP("AuditText", "{who} set {n} item(s) to “{status}”"),
    "item.edit": QT_TRANSLATE_NOOP("AuditText", "{who} edited item {object} (revision {rev})"),
    "item.tags": QT_TRANSLATE_NOOP("AuditText", "{who} changed the tags of item {object}"),
    "item.deidentify": QT_TRANSLATE_NOOP("AuditText", "{who} wrote the de-identified revision {rev} of item "
                                                      "{object}"),
    "deid.findings": QT_TRANSLATE_NOOP("AuditText", "{who} ran the de-identification detector"),
    "deid.decide": QT_TRANSLATE_NOOP("AuditText", "{who} marked {n} finding(s) as {decision}"),
    "deid.missed": QT_TRANSLATE_NOOP("AuditText", "{who} marked personal data the detector missed in item "
                                                  "{object}"),
    "run.create": QT_TRANSLATE_NOOP("AuditText", "{who} registered the training run {object}"),
    "run.launch": QT_TRANSLATE_NOOP("AuditText", "{who} started the worker of run {object}"),
    "run.resume": QT_TRANSLATE_NOOP("AuditText", "{who} resumed run {object}"),
    "run.checkpoint": QT_TRANSLATE_NOOP("AuditText", "Run {object} wrote its checkpoint at step {step}"),
    "run.lineage": QT_TRANSLATE_NOOP("AuditText", "Run {object} recorded what it trained on and where"),
    "run.running": QT_TRANSLATE_NOOP("AuditText", "Run {object} is training"),
    "run.completed": QT_TRANSLATE_NOOP("AuditText", "Run {object} completed"),
    "run.failed": QT_TRANSLATE_NOOP("AuditText", "Run {object} failed"),
    "run.cancelled": QT_TRANSLATE_NOOP("AuditText", "Run {object} was cancelled"),
    "run.interrupted": QT_TRANSLATE_NOOP("AuditText", "Run {object} was interrupted"),
    "eval.start": QT_TRANSLATE_NOOP("AuditText", "{who} started evaluating {checkpoint} of run {run}"),
    "eval.complete": QT_TRANSLATE_NOOP("AuditText", "{who} completed the evaluation of {checkpoint} of run {run}"),
    "eval.fail": QT_TRANSLATE_NOOP("AuditText", "The evaluation of {checkpoint} of run {run} failed"),
    "eval.decision": QT_TRANSLATE_NOOP("AuditText", "{who} signed the decision {decision} for {checkpoint} of "
                                                    "run {object}"),
    "user.create": QT_TRANSLATE_NOOP("AuditText", "{who} added the user {object}"),
    "user.key": QT_TRANSLATE_NOOP("AuditText", "{who} received a signing key"),
    "auth.login": QT_TRANSLATE_NOOP("AuditText", "{who} signed in"),
    "auth.logout": QT_TRANSLATE_NOOP("AuditText", "{who} signed out"),
    "audit.read": QT_TRANSLATE_NOOP("AuditText", "{who} read the audit trail ({object})"),
    "audit.export": QT_TRANSLATE_NOOP("AuditText", "{who} exported the audit package"),
    "report.export": QT_TRANSLATE_NOOP("AuditText", "{who} exported the evaluation report of run {object}"),
    "dataset.export": QT_TRANSLATE_NOOP("AuditText", "{who} exported a training set"),
    "handoff.export": QT_TRANSLATE_NOOP("AuditText", "{who} handed off run {object}"),
    "project.create": QT_TRANSLATE_NOOP("AuditText", "{who} created the project"),
}
#: Stored field names a reader meets most, in words (others are shown with _ as spaces).
FIELD_NAMES = {
    "item_count": QT_TRANSLATE_NOOP("AuditText", "items"),
    "items": QT_TRANSLATE_NOOP("AuditText", "signed revisions"),
    "manifest_hash": QT_TRANSLATE_NOOP("AuditText", "manifest hash"),
    "meaning": QT_TRANSLATE_NOOP("AuditText", "meaning"),
    "signed_at": QT_TRANSLATE_NOOP("AuditText", "signed at"),
    "signer": QT_TRANSLATE_NOOP("AuditText", "signer"),
    "signer_name": QT_TRANSLATE_NOOP("AuditText", "signer's name"),
    "subject_type": QT_TRANSLATE_NOOP("AuditText", "what was signed"),
    "status": QT_TRANSLATE_NOOP("AuditText", "status"),
    "statuses": QT_TRANSLATE_NOOP("AuditText", "statuses"),
    "count": QT_TRANSLATE_NOOP("AuditText", "count"),
    "name": QT_TRANSLATE_NOOP("AuditText", "name"),
    "kind": QT_TRANSLATE_NOOP("AuditText", "kind"),
    "locale": QT_TRANSLATE_NOOP("AuditText", "locale"),
    "locale_counts": QT_TRANSLATE_NOOP("AuditText", "items per locale"),
    "covers": QT_TRANSLATE_NOOP("AuditText", "signed for"),
    "reason": QT_TRANSLATE_NOOP("AuditText", "reason"),
    "rev": QT_TRANSLATE_NOOP("AuditText", "revision"),
    "content_hash": QT_TRANSLATE_NOOP("AuditText", "content hash"),
    "decision": QT_TRANSLATE_NOOP("AuditText", "decision"),
    "checkpoint": QT_TRANSLATE_NOOP("AuditText", "checkpoint"),
    "step": QT_TRANSLATE_NOOP("AuditText", "step"),
    "train_loss": QT_TRANSLATE_NOOP("AuditText", "training loss"),
    "file": QT_TRANSLATE_NOOP("AuditText", "file"),
    "signature_id": QT_TRANSLATE_NOOP("AuditText", "signature"),
}
KIND_WORDS = {
    "pair": QT_TRANSLATE_NOOP("AuditText", "training pairs"),
    "holdout": QT_TRANSLATE_NOOP("AuditText", "hold-out items"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditText", text)


def load(value) -> dict:
    if not value:
        return {}
    try:
        data = json.loads(value) if isinstance(value, str) else value
    except (TypeError, ValueError):
        return {"value": value}
    return data if isinstance(data, dict) else {"value": data}


def number(value: float) -> str:
    """A measured figure for a reader: four significant digits, the UI locale's separators."""
    if isinstance(value, bool) or not isinstance(value, float):
        return QLocale().toString(value) if isinstance(value, int) and not isinstance(value, bool) else str(value)
    return QLocale().toString(value, "g", 4)


def value_text(value) -> str:
    """One field's value in words: numbers rounded, hashes shortened, lists summarised."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
    if isinstance(value, (int, float)):
        return number(value)
    if isinstance(value, str):
        if _TIME.match(value):
            from .widgets import local_time

            return local_time(value, seconds=True)
        return value[:12] + "…" if _HEX.match(value) else value
    if isinstance(value, list) and len(value) == 3 and isinstance(value[0], int) and isinstance(value[1], int):
        return _t("#{id} rev {rev}").format(id=value[0], rev=value[1])  # a signed (item, revision, hash)
    if isinstance(value, list):
        if len(value) > 6:
            shown = ", ".join(value_text(v) for v in value[:5])
            return _t("{n} entries: {first}, …").format(n=len(value), first=shown)
        return ", ".join(value_text(v) for v in value) or "–"
    if isinstance(value, dict):
        return "; ".join(f"{k} {value_text(v)}" for k, v in list(value.items())[:12]) + (
            " …" if len(value) > 12 else "")
    return str(value)


def _fields(e: dict, names: dict[str, str]) -> dict:
    after, before = load(e.get("after")), load(e.get("before"))
    data = {**before, **after}
    meaning = str(data.get("meaning", ""))
    found = _FOR_LOCALE.search(meaning)
    kind = str(data.get("subject_type", "")).rpartition(":")[2] or str(data.get("kind", ""))
    return {
        "who": names.get(e["actor"], e["actor"]), "object": e["object_id"],
        "n": number(data.get("item_count", data.get("count", len(data.get("finding_ids", []) or [])))),
        "locale": found.group(1) if found else "", "kind": _t(KIND_WORDS.get(kind, "items")),
        "meaning": meaning, "name": data.get("name", ""),
        "covers": ", ".join(data.get("covers") or []) or _t("every locale"),
        "snapshots": ", ".join(data.get("snapshots") or []), "reason": data.get("reason", ""),
        "file": data.get("file", ""), "status": data.get("status", ""), "rev": data.get("rev", ""),
        "decision": str(data.get("decision", "")).upper(), "step": data.get("step", ""),
        "checkpoint": data.get("checkpoint", ""), "run": data.get("run", e["object_id"]),
    }


def sentence(e: dict, names: dict[str, str] | None = None) -> str:
    """The entry as one sentence (names: username → display name)."""
    names = names or {}
    template = SENTENCES.get(e["action"])
    if template is None and e["action"].startswith("settings."):
        return _t("{who} changed the project setting “{setting}”").format(
            who=names.get(e["actor"], e["actor"]), setting=e["action"].partition(".")[2])
    if template is None:
        return _t("{who}: {action} on {type} {object}").format(
            who=names.get(e["actor"], e["actor"]), action=e["action"], type=e["object_type"],
            object=e["object_id"])
    text = _t(template).format(**_fields(e, names))
    return re.sub(r"\s{2,}", " ", text).replace(" :", ":")


def _flatten(data: dict, prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value and len(value) <= 40 and not prefix:
            out.update(_flatten(value, name + " › "))
        else:
            out[name] = value
    return out


def diff_rows(before, after) -> list[tuple[str, str, str, bool]]:
    """(field, before, after, changed) for every field either side names."""
    b, a = _flatten(load(before)), _flatten(load(after))
    rows = []
    for key in list(dict.fromkeys([*b, *a])):
        old, new = b.get(key), a.get(key)
        head, _, tail = key.rpartition(" › ")
        word = _t(FIELD_NAMES[tail]) if tail in FIELD_NAMES else tail.replace("_", " ")
        name = (head + " › " if head else "") + word
        rows.append((name, value_text(old) if key in b else "",
                     value_text(new) if key in a else "", key in b and key in a and old != new))
    return rows


def diff_html(before, after, colours) -> str:
    """The change as an HTML table (the detail pane and the printed record)."""
    rows = diff_rows(before, after)
    if not rows:
        return ""
    two = bool(load(before)) and bool(load(after))
    head = (f"<tr><th align='left'>{_t('Field')}</th><th align='left'>{_t('Before')}</th>"
            f"<th align='left'>{_t('After')}</th></tr>") if two else \
        f"<tr><th align='left'>{_t('Field')}</th><th align='left'>{_t('Value')}</th></tr>"
    body = []
    for key, old, new, changed in rows:
        style = f" style='background:{colours.warn}33'" if changed else ""
        cells = (f"<td>{html.escape(old)}</td><td>{html.escape(new)}</td>" if two
                 else f"<td>{html.escape(new or old)}</td>")
        body.append(f"<tr{style}><td style='color:{colours.muted}'>{html.escape(key)}</td>{cells}</tr>")
    return (f"<table cellspacing='0' cellpadding='3' width='100%'>{head}{''.join(body)}</table>")
