"""Regression checks of hold-out items, run on every generated answer.

A hold-out item may carry `required` terms (all must appear), `forbidden` terms (none may
appear), a `regex` (must match somewhere) and an `exact` answer (the whole answer, up to case,
spacing and final punctuation). They are written by domain owners who think in words, not
bytes, so matching forgives what a reader would not notice: case (but never ß against ss:
Swiss spelling is a rule these checks enforce), runs of spaces, the
typographic apostrophe and the Swiss thousands separator (CHF 10’000 = CHF 10'000), and
non-breaking spaces. The regex is applied as written (authors add (?i) where they want it),
with a time limit (core/check_regex.py): a pattern that runs out of time fails its check
and the result says so ("regex_timed_out").
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import Iterable

from ..core.check_regex import search as regex_search
from ..core.errors import ValidationError

CHECK_KINDS = ("required", "forbidden", "regex", "exact")

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
                              "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})
_TRAILING = re.compile(r"[\s.!?;:,…]+$")


def normalise(text: str) -> str:
    # lower(), not casefold(): casefold turns ß into "ss", so a check forbidding "ß" (Swiss
    # spelling) would fail every answer that writes "Grüsse" or "muss" the Swiss way, and one
    # requiring "Strasse" would pass "Straße". lower() still maps the capital ẞ to ß.
    text = unicodedata.normalize("NFC", text or "").translate(_APOSTROPHES)
    return " ".join(text.lower().split())


def run_checks(answer: str, checks: dict | None) -> dict:
    """Which of the item's checks the answer passes.

    Returns {"required": bool, ...} for each check the item has, plus "missing" and
    "found_forbidden" lists for the report; {} when the item has no checks.
    """
    checks = checks or {}
    out: dict = {}
    text = normalise(answer)
    required = [t for t in checks.get("required") or [] if t.strip()]
    if required:
        missing = [t for t in required if normalise(t) not in text]
        out["required"] = not missing
        if missing:
            out["missing"] = missing
    forbidden = [t for t in checks.get("forbidden") or [] if t.strip()]
    if forbidden:
        found = [t for t in forbidden if normalise(t) in text]
        out["forbidden"] = not found
        if found:
            out["found_forbidden"] = found
    if checks.get("regex"):
        try:
            found = regex_search(checks["regex"], unicodedata.normalize("NFC", answer or ""))
        except ValidationError:
            found = False  # validated on import; a broken pattern can only fail
        out["regex"] = bool(found)
        if found is None:
            out["regex_timed_out"] = True
    if checks.get("exact"):
        out["exact"] = _TRAILING.sub("", normalise(answer)) == _TRAILING.sub("", normalise(checks["exact"]))
    return out


def passed_all(result: dict) -> bool | None:
    """True when every check passed, None when the item has no checks."""
    kinds = [k for k in CHECK_KINDS if k in result]
    return all(result[k] for k in kinds) if kinds else None


def failed_kinds(result: dict) -> list[str]:
    return [k for k in CHECK_KINDS if k in result and not result[k]]


def newly_failing(base: dict, tuned: dict) -> list[str]:
    """Checks the base model passed and the tuned model fails: the regressions that block."""
    return [k for k in CHECK_KINDS if base.get(k) is True and tuned.get(k) is False]


def pass_lists(results: Iterable[dict]) -> dict[str, list[bool]]:
    """Per check kind (and 'all'), the pass/fail list over the items that have that check."""
    lists: dict[str, list[bool]] = defaultdict(list)
    for r in results:
        for k in CHECK_KINDS:
            if k in r:
                lists[k].append(bool(r[k]))
        overall = passed_all(r)
        if overall is not None:
            lists["all"].append(overall)
    return dict(lists)


def regressions(base_answers: list[dict], answers: list[dict]) -> dict[str, list[dict]]:
    """Per locale, the items whose checks the base passed and this model fails."""
    base_by_id = {a["item_id"]: a for a in base_answers}
    out: dict[str, list[dict]] = {}
    for a in answers:
        b = base_by_id.get(a["item_id"])
        if b is None:
            continue
        kinds = newly_failing(b["checks"], a["checks"])
        if kinds:
            out.setdefault(a["locale"], []).append({"item_id": a["item_id"], "checks": kinds})
    return out
