"""A read-only rendering of one item for the data view and the review queue: enough to
approve or reject without opening the editor."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from ..deid.spans import PLACEHOLDER_RE
from PySide6.QtWidgets import QTextBrowser

from . import theme
from .widgets import kind_name, local_time, locale_name, pill_html


translate = QCoreApplication.translate


def marked(text: str, c) -> str:
    """Text as HTML with the de-identification's placeholders (<PERSON_1>, <AHV_2>) highlighted:
    what the detector replaced is visible at a glance, and nothing else is."""
    out, last = [], 0
    for m in PLACEHOLDER_RE.finditer(text):
        out.append(html.escape(text[last:m.start()]))
        out.append(f"<span style='background:{c.highlight}; color:{c.accent}; font-weight:600'>"
                   f"{html.escape(m.group(0))}</span>")
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", "<br>")


def _block(title: str, text: str, c) -> str:
    body = marked(text, c) if text else f"<i style='color:{c.muted}'>—</i>"
    return (f"<p style='margin:14px 0 4px 0; color:{c.muted}; font-size:8.5pt; font-weight:600; "
            f"letter-spacing:1px'>{html.escape(title.upper())}</p>"
            f"<div style='line-height:140%'>{body}</div>")


def item_html(item: dict | None, findings: int = 0, returned: dict | None = None) -> str:
    c = theme.current()
    if item is None:
        hint = translate("Preview", "Select an item to read it here.")
        return f"<p style='color:{c.muted}'>{html.escape(hint)}</p>"
    if item["kind"] == "holdout":
        answer = translate("Preview", "Reference answer")
    else:
        answer = translate("Preview", "Response")
    byline = translate("Preview", "revision {rev} by {author}, {when}").format(
        rev=item["rev"], author=item.get("author", ""), when=local_time(item["updated_at"]))
    kind = kind_name(item["kind"])
    head = (f"<p style='font-size:13pt; font-weight:600; margin:0'>#{item['id']} · "
            f"{html.escape(kind[:1].upper() + kind[1:])}</p>"
            f"<p style='margin:4px 0 0 0'>{pill_html(item['status'])} &nbsp; "
            f"<span style='color:{c.muted}'>{html.escape(item['locale'])} — "
            f"{html.escape(locale_name(item['locale']))} · {html.escape(byline)}</span></p>")
    parts = [head]
    if returned:
        said = translate("Preview", "Returned by {who} on {when}:").format(
            who=returned["author"], when=local_time(returned["created_at"]))
        parts.append(f"<p style='color:{c.warn}; margin-top:8px'>↩ {html.escape(said)}<br>"
                     f"<i>{html.escape(returned['comment'])}</i></p>")
    if findings:
        warn = translate("Preview", "Personal-data findings still to review: {n}").format(n=findings)
        parts.append(f"<p style='color:{c.warn}; margin-top:8px'>⚠ {html.escape(warn)}</p>")
    if item.get("system"):
        parts.append(_block(translate("Preview", "System prompt"), item["system"], c))
    parts.append(_block(translate("Preview", "Prompt"), item["prompt"], c))
    parts.append(_block(answer, item["response"], c))
    if item["kind"] == "holdout" and any((item.get("checks") or {}).values()):
        parts.append(checks_html(item))
    parts.append(_block(translate("Preview", "Tags"), ", ".join(item["tags"]) or "—", c))
    if item.get("source"):
        parts.append(_block(translate("Preview", "Source"), item["source"], c))
    return "".join(parts)


def checks_html(item: dict) -> str:
    """A hold-out item's regression checks, as the evaluation will apply them."""
    c = theme.current()
    checks = item.get("checks") or {}
    lines = []
    if checks.get("required"):
        lines.append(translate("Preview", "must mention: ") + ", ".join(checks["required"]))
    if checks.get("forbidden"):
        lines.append(translate("Preview", "must not mention: ") + ", ".join(checks["forbidden"]))
    if checks.get("regex"):
        lines.append(translate("Preview", "must match: ") + checks["regex"])
    if checks.get("exact"):
        lines.append(translate("Preview", "must equal: ") + checks["exact"])
    text = "\n".join(lines) or translate("Preview", "No regression checks.")
    return _block(translate("Preview", "Regression checks"), text, c)


class ItemPreview(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMinimumWidth(280)
        self.show_item(None)

    def show_item(self, item: dict | None, findings: int = 0, returned: dict | None = None) -> None:
        self.setHtml(item_html(item, findings, returned))
