"""A detected span and how overlapping detections are reconciled.

Pure Python (no Presidio), shared by the analyzer, the anonymizer and the review logic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

#: Placeholders we write ourselves (<PERSON_1>): never detected again when an anonymized
#: revision goes through de-identification a second time.
PLACEHOLDER_RE = re.compile(r"<([A-Z][A-Z_]*)_(\d+)>")

# Detectors whose match is proven (a check digit) beat pattern rules, which beat name
# heuristics and statistical NER when two detections overlap.
_PRIORITY = {"CH_AHV": 3, "IBAN_CODE": 3, "CH_UID": 3, "EMAIL_ADDRESS": 3,
             "PHONE_NUMBER": 2, "DATE_OF_BIRTH": 2, "CH_ADDRESS": 2, "CH_CAR_PLATE": 2,
             "ID_DOCUMENT": 2, "PERSON": 1}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity: str
    score: float
    detector: str = ""

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "entity": self.entity,
                "score": round(self.score, 3)}


def _alnum(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def _trim(text: str, span: Span) -> Span | None:
    """Shrink a span to start and end on a letter or digit; None when nothing is left."""
    s, e = span.start, span.end
    while s < e and not text[s].isalnum() and not (text[s] == "+" and text[s + 1:s + 2].isdigit()):
        s += 1  # a leading '+' belongs to an international phone number
    while e > s and not text[e - 1].isalnum():
        e -= 1
    if _alnum(text[s:e]) < 2:
        return None
    return replace(span, start=s, end=e) if (s, e) != (span.start, span.end) else span


def resolve(text: str, spans: list[Span]) -> list[Span]:
    """Non-overlapping spans, sorted by start.

    A span contained in a stronger one disappears; a span that only partly overlaps a
    stronger one keeps its non-overlapping part (spaCy's "Claire Rochat, Rue" next to the
    address "Rue du Marché 12" leaves "Claire Rochat"). Strength: detector priority, then a
    containing span, then score, then length. Spans on our own placeholders are dropped.
    """
    protected = [(m.start(), m.end()) for m in PLACEHOLDER_RE.finditer(text)]
    order = sorted(spans, key=lambda s: (-_PRIORITY.get(s.entity, 1), -s.score,
                                         -(s.end - s.start), s.start))
    kept: list[Span] = []
    for span in order:
        pieces = [span]
        for other in kept + [Span(a, b, "", 0) for a, b in protected]:
            nxt = []
            for p in pieces:
                if p.end <= other.start or p.start >= other.end:
                    nxt.append(p)
                    continue
                if other.entity and p.start <= other.start and p.end >= other.end and \
                        _PRIORITY.get(p.entity, 1) >= _PRIORITY.get(other.entity, 1):
                    # p contains a kept span of no higher priority: p should have won, but it
                    # sorted later (lower score). Containment wins: replace the kept span.
                    kept.remove(other)
                    nxt.append(p)
                    continue
                if p.start < other.start:
                    nxt.append(replace(p, end=other.start))
                if p.end > other.end:
                    nxt.append(replace(p, start=other.end))
            pieces = [q for q in (_trim(text, x) for x in nxt) if q is not None]
        kept.extend(pieces)
    return sorted(kept, key=lambda s: (s.start, s.end))
