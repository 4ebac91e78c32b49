"""What changed between two revisions, word by word (difflib), as HTML for a text browser.

Word level rather than line level: the items are a few sentences each, and a reviewer needs
to see that "CHF 1'200" became "CHF 1'250", not that a whole paragraph differs.
"""

from __future__ import annotations

import difflib
import html
import re

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text or "")


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """[(op, text)] with op in 'equal', 'delete', 'insert'."""
    a, b = tokens(old), tokens(new)
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("equal", "".join(a[i1:i2])))
        if op in ("delete", "replace"):
            out.append(("delete", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            out.append(("insert", "".join(b[j1:j2])))
    return out


def _rgba(colour: str, alpha: float) -> str:
    c = colour.lstrip("#")
    r, g, b = int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)
    return f"rgba({r},{g},{b},{alpha})"


def diff_html(old: str, new: str, *, good: str, bad: str) -> str:
    parts = []
    for op, text in word_diff(old, new):
        t = html.escape(text).replace("\n", "<br>")
        if op == "equal":
            parts.append(t)
        elif op == "delete":
            parts.append(f"<span style='background-color:{_rgba(bad, 0.15)}; color:{bad}; "
                         f"text-decoration:line-through'>{t}</span>")
        else:
            parts.append(f"<span style='background-color:{_rgba(good, 0.15)}; color:{good}; "
                         f"font-weight:600'>{t}</span>")
    return "".join(parts) or "<i>—</i>"


def changed_fields(old: dict, new: dict, fields=("system", "prompt", "response")) -> list[str]:
    return [f for f in fields if (old.get(f) or "") != (new.get(f) or "")]
