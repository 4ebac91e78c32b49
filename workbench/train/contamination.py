"""Overlap between training pairs and hold-out items (contamination).

A hold-out item that is also in the training data measures memory, not skill, and the
go/no-go decision built on it would be wrong. We compare, after normalising case, Unicode
form, punctuation and whitespace:
- prompts: exact match, or rapidfuzz similarity at or above the threshold (near-duplicate:
  a copied ticket with another date or name still leaks the answer);
- answers: a training response against a hold-out reference, the same way, because a
  reference pasted into a training answer leaks even under a reworded prompt.
Very short texts ("Ja.", "42") are only compared exactly for prompts and not at all for
answers: on a handful of characters similarity scores mean nothing.

rapidfuzz's cdist is C++ and compares every pair; 50,000 pairs x 2,000 hold-out items is a
few seconds, which keeps the check exact instead of approximate (MinHash/LSH would miss
some near-duplicates to save time we do not need to save at these sizes).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field

from ..core.errors import StateError

DEFAULT_THRESHOLD = 90.0
MIN_NEAR_CHARS = 20
MIN_ANSWER_CHARS = 30
_CHUNK = 2000
_PUNCT = re.compile(r"[^\w\s]", flags=re.UNICODE)


@dataclass(frozen=True)
class Overlap:
    train_item: int
    holdout_item: int
    field: str          # "prompt" or "answer"
    score: float        # 100 = identical after normalisation
    exact: bool


@dataclass
class ContaminationReport:
    pairs_checked: int
    holdout_checked: int
    threshold: float
    overlaps: list[Overlap] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.overlaps

    @property
    def train_items(self) -> list[int]:
        return sorted({o.train_item for o in self.overlaps})

    def summary(self, limit: int = 5) -> str:
        if self.clean:
            return (f"no overlap between {self.pairs_checked} training pairs and "
                    f"{self.holdout_checked} hold-out items")
        exact = sum(o.exact for o in self.overlaps)
        shown = "; ".join(
            f"pair {o.train_item} {'=' if o.exact else '≈'} hold-out {o.holdout_item} "
            f"({o.field}, {o.score:.0f} %)" for o in self.overlaps[:limit])
        more = f"; … {len(self.overlaps) - limit} more" if len(self.overlaps) > limit else ""
        return (f"{len(self.train_items)} training pair(s) overlap the hold-out "
                f"({exact} exact, {len(self.overlaps) - exact} near-duplicate): {shown}{more}")

    def as_dict(self, limit: int = 200) -> dict:
        return {"pairs_checked": self.pairs_checked, "holdout_checked": self.holdout_checked,
                "threshold": self.threshold, "overlap_count": len(self.overlaps),
                "train_items": self.train_items[:limit],
                "overlaps": [asdict(o) for o in self.overlaps[:limit]]}


class ContaminationFound(StateError):
    """Training pairs overlap the hold-out; `report` lists them."""

    def __init__(self, report: ContaminationReport):
        super().__init__(
            f"{report.summary()}. Remove or reject these pairs and take a new training snapshot, or "
            "launch with an override reason (--allow-contamination REASON), which is recorded in "
            "the audit trail")
        self.report = report


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = _PUNCT.sub(" ", text)
    return " ".join(text.split())


def check_overlap(train: list[dict], holdout: list[dict], *,
                  threshold: float = DEFAULT_THRESHOLD) -> ContaminationReport:
    """Compare snapshot items (dicts with id, prompt, response) of both sets."""
    report = ContaminationReport(len(train), len(holdout), threshold)
    if not train or not holdout:
        return report
    found: dict[tuple[int, int, str], Overlap] = {}
    for fld, min_near, exact_min in (("prompt", MIN_NEAR_CHARS, 1), ("answer", MIN_ANSWER_CHARS, MIN_ANSWER_CHARS)):
        t_text = [normalise(i["prompt"] if fld == "prompt" else i["response"]) for i in train]
        h_text = [normalise(i["prompt"] if fld == "prompt" else i["response"]) for i in holdout]
        # Exact: a dictionary lookup, any length above the minimum.
        by_text: dict[str, list[int]] = {}
        for j, text in enumerate(h_text):
            if len(text) >= exact_min:
                by_text.setdefault(text, []).append(j)
        for i, text in enumerate(t_text):
            for j in by_text.get(text, ()):
                found[(i, j, fld)] = Overlap(train[i]["id"], holdout[j]["id"], fld, 100.0, True)
        # Near: every pair above the threshold, long texts only.
        for i, j, score in _near_pairs(t_text, h_text, threshold, min_near):
            found.setdefault((i, j, fld), Overlap(train[i]["id"], holdout[j]["id"], fld,
                                                  float(score), False))
    report.overlaps = sorted(found.values(), key=lambda o: (not o.exact, -o.score, o.train_item))
    return report


def _near_pairs(t_text: list[str], h_text: list[str], threshold: float, min_chars: int):
    import numpy as np
    from rapidfuzz import fuzz, process

    t_idx = [i for i, t in enumerate(t_text) if len(t) >= min_chars]
    h_idx = [j for j, t in enumerate(h_text) if len(t) >= min_chars]
    if not t_idx or not h_idx:
        return
    choices = [h_text[j] for j in h_idx]
    for start in range(0, len(t_idx), _CHUNK):
        rows = t_idx[start:start + _CHUNK]
        scores = process.cdist([t_text[i] for i in rows], choices, scorer=fuzz.ratio,
                               score_cutoff=threshold, dtype=np.float32, workers=-1)
        for r, c in zip(*np.nonzero(scores)):
            yield rows[r], h_idx[c], round(float(scores[r, c]), 1)
