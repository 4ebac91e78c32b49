"""How well de-identification did on a labelled set: span recall and over-masking.

A labelled span counts as caught when every letter and digit of it is covered by some
detected span, whatever its entity type: what matters for privacy is that nothing of it is
left in clear ("Lucia <PERSON_1>" leaks the first name and counts as missed). Over-masking is
the share of non-blank characters outside labelled spans that were covered anyway: meaning
lost for training.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable


@dataclass
class Tally:
    spans: int = 0
    caught: int = 0
    typed: int = 0                 # caught by a span of the same entity type
    pii_chars: int = 0
    pii_chars_clear: int = 0
    other_chars: int = 0
    other_chars_masked: int = 0
    by_entity: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    missed: list = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.caught / self.spans if self.spans else 1.0

    @property
    def overmask(self) -> float:
        return self.other_chars_masked / self.other_chars if self.other_chars else 0.0

    @property
    def clear_share(self) -> float:
        return self.pii_chars_clear / self.pii_chars if self.pii_chars else 0.0


def score(records: Iterable[dict], predicted: Iterable[list]) -> dict[str, Tally]:
    """records: dicts with locale, text, spans (start, end, entity); predicted: for each
    record, objects or dicts with start, end, entity. Returns locale → Tally (and 'all')."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for rec, pred in zip(records, predicted):
        text = rec["text"]
        covered = [None] * len(text)
        for p in pred:
            s, e, ent = (p["start"], p["end"], p["entity"]) if isinstance(p, dict) else (p.start, p.end, p.entity)
            for i in range(s, e):
                covered[i] = ent
        gold_mask = [False] * len(text)
        for t in (tallies[rec["locale"]], tallies["all"]):
            for g in rec["spans"]:
                chars = [i for i in range(g["start"], g["end"]) if text[i].isalnum()]
                clear = [i for i in chars if covered[i] is None]
                t.spans += 1
                t.pii_chars += len(chars)
                t.pii_chars_clear += len(clear)
                t.by_entity[g["entity"]][0] += 1
                if not clear:
                    t.caught += 1
                    t.by_entity[g["entity"]][1] += 1
                    if all(covered[i] == g["entity"] for i in chars):
                        t.typed += 1
                else:
                    t.missed.append((rec.get("id"), g["entity"], text[g["start"]:g["end"]]))
        for g in rec["spans"]:
            for i in range(g["start"], g["end"]):
                gold_mask[i] = True
        for t in (tallies[rec["locale"]], tallies["all"]):
            for i, ch in enumerate(text):
                if gold_mask[i] or ch.isspace():
                    continue
                t.other_chars += 1
                if covered[i] is not None:
                    t.other_chars_masked += 1
    return dict(tallies)


def table(tallies: dict[str, Tally], locales: Iterable[str]) -> str:
    """Per-entity, per-locale recall as a plain-text table (caught/total)."""
    locales = [loc for loc in locales if loc in tallies]
    entities = sorted({e for loc in locales for e in tallies[loc].by_entity})
    width = max(len(e) for e in entities + ["over-masked"]) + 2
    lines = ["".ljust(width) + "".join(loc.rjust(10) for loc in locales)]
    for e in entities:
        cells = []
        for loc in locales:
            total, caught = tallies[loc].by_entity.get(e, [0, 0])
            cells.append((f"{caught}/{total}" if total else "-").rjust(10))
        lines.append(e.ljust(width) + "".join(cells))
    lines.append("recall".ljust(width) + "".join(f"{tallies[loc].recall:.3f}".rjust(10) for loc in locales))
    lines.append("over-masked".ljust(width) + "".join(f"{tallies[loc].overmask:.1%}".rjust(10) for loc in locales))
    lines.append("PII in clear".ljust(width)
                 + "".join(f"{tallies[loc].clear_share:.1%}".rjust(10) for loc in locales))
    return "\n".join(lines)
