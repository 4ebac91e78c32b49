"""Batch analysis: many texts in many locales, on all cores, with name propagation per item.

Texts are grouped by locale and analysed in chunks through Presidio's BatchAnalyzerEngine
(spaCy `nlp.pipe` underneath). Large jobs are spread over worker processes. On Linux they are
forked after the parent built the engines, so they start in milliseconds instead of loading
spaCy again; elsewhere, or when the caller runs other threads (forking a threaded process is
unsafe), the job runs in this process.

Every text is analysed as its normalised copy (core/normalize.py: no zero-width or bidi controls,
plain spaces, NFKC), and the spans found there are mapped back to the original, which is
what the findings point into and what the anonymizer rewrites.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import threading
from collections import defaultdict
from dataclasses import replace
from typing import Callable, Iterable, Sequence

from ..core.locales import parse_locale
from . import lexicon
from ..core.normalize import NormalizedText, normalize
from .spans import Span, resolve

#: Below this many texts a worker pool costs more than it saves.
PARALLEL_MIN_TEXTS = 400
CHUNK = 256
FIELDS = ("system", "prompt", "response")

Progress = Callable[[int, int], None]


def default_processes() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def _to_spans(results) -> list[Span]:
    out = []
    for r in results:
        detector = (r.recognition_metadata or {}).get("recognizer_name", "")
        out.append(Span(r.start, r.end, r.entity_type, float(r.score), detector))
    return out


def to_original(norm: NormalizedText, spans: list[Span]) -> list[Span]:
    """Spans found in the normalised copy, moved to the original text (sorted, disjoint)."""
    if not norm.changed:
        return spans
    out: list[Span] = []
    for s in spans:
        start, end = norm.to_original(s.start, s.end)
        if out and start < out[-1].end:  # both ends inside one expanded character ("ﬁ")
            start = out[-1].end
        if start < end:
            out.append(replace(s, start=start, end=end))
    return out


def _analyze_chunk(job: tuple[str, list[str]]) -> list[list[Span]]:
    from .engines import engine_for

    locale, texts = job
    engine = engine_for(locale)
    norms = [normalize(text) for text in texts]
    batches = engine.batch.analyze_iterator([n.text for n in norms], language=locale, batch_size=128)
    return [to_original(n, resolve(n.text, _to_spans(res))) for n, res in zip(norms, batches)]


def _can_fork() -> bool:
    return ("fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1 and os.name == "posix")


def analyze_texts(records: Sequence[tuple[str, str]], *, processes: int | None = None,
                  progress: Progress | None = None) -> list[list[Span]]:
    """Spans for each (text, locale), in input order. Empty texts give no spans."""
    total = len(records)
    results: list[list[Span] | None] = [None] * total
    by_locale: dict[str, list[int]] = defaultdict(list)
    for i, (text, locale) in enumerate(records):
        if text and text.strip():
            by_locale[parse_locale(locale)].append(i)
        else:
            results[i] = []
    jobs, index = [], []
    for locale, idx in by_locale.items():
        for start in range(0, len(idx), CHUNK):
            part = idx[start:start + CHUNK]
            jobs.append((locale, [records[i][0] for i in part]))
            index.append(part)
    done = total - sum(len(p) for p in index)
    if progress:
        progress(done, total)

    from .engines import engine_for

    for locale in by_locale:  # build before forking, so every worker inherits them
        engine_for(locale)
    procs = processes or default_processes()
    if procs > 1 and len(jobs) > 1 and total >= PARALLEL_MIN_TEXTS and _can_fork():
        with multiprocessing.get_context("fork").Pool(min(procs, len(jobs))) as pool:
            for part, spans in zip(index, pool.imap(_analyze_chunk, jobs)):
                for i, s in zip(part, spans):
                    results[i] = s
                done += len(part)
                if progress:
                    progress(done, total)
    else:
        for part, job in zip(index, jobs):
            for i, s in zip(part, _analyze_chunk(job)):
                results[i] = s
            done += len(part)
            if progress:
                progress(done, total)
    return [r or [] for r in results]


# -- names found once, found everywhere ---------------------------------------------------

def _name_tokens(value: str) -> set[str]:
    stop = lexicon.not_names()
    return {w for w in re.findall(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", value)
            if len(w) >= 3 and w[0].isupper() and w not in stop}


def propagate_names(texts: Sequence[str], spans: Sequence[list[Span]]) -> list[list[Span]]:
    """Mark every other occurrence of a detected person's name in the same item.

    "Il Signor Soldati … Soldati sostiene …": the title makes the first mention certain; the
    second has no cue of its own. Looks at all texts of one item together (prompt and
    response), so a name found in the prompt is also removed from the answer. Names are
    compared in the normalised copies ("Lu\u200bcia" is "Lucia"); spans are the originals'.
    """
    tokens: set[str] = set()
    for text, found in zip(texts, spans):
        for s in found:
            if s.entity == "PERSON":
                tokens |= _name_tokens(normalize(text[s.start:s.end]).text)
    if not tokens:
        return [list(s) for s in spans]
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(sorted(map(re.escape, tokens), key=len, reverse=True))
                         + r")(?![\w])")
    out = []
    for text, found in zip(texts, spans):
        norm = normalize(text)
        moved = [norm.to_original(m.start(), m.end()) for m in pattern.finditer(norm.text)]
        extra = [Span(a, b, "PERSON", 0.7, "NamePropagation") for a, b in moved
                 if not any(s.start <= a and b <= s.end for s in found)]
        out.append(resolve(text, list(found) + extra) if extra else list(found))
    return out


def analyze_text(text: str, locale: str) -> list[Span]:
    """Spans of one text (names repeated within it included)."""
    spans = analyze_texts([(text, locale)], processes=1)
    return propagate_names([text], spans)[0]


def analyze_items(items: Iterable[dict], *, processes: int | None = None,
                  progress: Progress | None = None) -> dict[int, dict[str, list[Span]]]:
    """item id → field → spans, for dicts with id, locale and the FIELDS texts."""
    items = list(items)
    records, where = [], []
    for item in items:
        for f in FIELDS:
            text = item.get(f) or ""
            if text.strip():
                records.append((text, item["locale"]))
                where.append((item["id"], f))
    flat = analyze_texts(records, processes=processes, progress=progress)
    per_item: dict[int, dict[str, list[Span]]] = {item["id"]: {} for item in items}
    for (item_id, f), spans in zip(where, flat):
        per_item[item_id][f] = spans
    by_id = {item["id"]: item for item in items}
    for item_id, fields in per_item.items():
        names = list(fields)
        texts = [by_id[item_id][f] for f in names]
        for f, spans in zip(names, propagate_names(texts, [fields[f] for f in names])):
            fields[f] = spans
    return per_item
