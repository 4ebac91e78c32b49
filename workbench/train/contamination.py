"""Overlap between training pairs and hold-out items (contamination).

A hold-out item that is also in the training data measures memory, not skill, and the
go/no-go decision built on it would be wrong. Texts are compared after normalising case,
Unicode form, punctuation and whitespace, as word sequences, in three ways:

- **exact**: a hold-out prompt or reference equals a training prompt or answer (any field
  against any field: a reference used as a training prompt leaks as surely as a copied one);
- **contained**: one text appears word for word inside the other, in either direction and
  across fields — a hold-out prompt pasted into a longer training prompt, a training answer
  that quotes the hold-out reference, a hold-out prompt built around a training answer;
- **near**: word 2-gram (shingle) sets whose Jaccard similarity is at least `threshold` %,
  found with MinHash signatures and LSH banding and then verified on the exact sets (a copied
  ticket with another date or name still leaks the answer).

Every overlap names both items, both fields and the overlapping span (the contained text, or
the longest common run of words of a near-duplicate), so the engineer sees what leaked.
Very short texts ("Ja.", "42") only count when they are equal prompts: on a handful of words
similarity means nothing, and a two-word reference is contained in half the corpus.

Scale: 100,000 pairs × 10,000 hold-out items in well under a minute on 2 cores
(bench/contamination_speed.py). Everything after normalisation is vectorised numpy over one
flat array of word ids: MinHash (48 permutations in 24 bands of 2 rows: a pair at Jaccard
0.5 becomes a candidate with probability 0.999, at 0.2 with 0.62 and at 0.1 with 0.21; every
candidate is then verified on its exact 2-gram sets) and the word 5-gram index that finds
containment candidates. datasketch's per-object MinHash (`MinHash.bulk`) took 7.8 s for
20,000 texts here, well over a minute for the benchmark's 220,000 before any query: too slow.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import asdict, dataclass, field

import numpy as np

from ..core.errors import StateError

#: Near-duplicate threshold: Jaccard similarity of word 2-gram sets, in percent. Two words
#: changed in a 14-word prompt leave about 53 %, in a 30-word one about 75 %; unrelated texts
#: of one domain share under 20 %.
DEFAULT_THRESHOLD = 50.0
#: A text is compared for near-duplicates only from this many characters …
MIN_NEAR_CHARS = 20
#: … and contained in another only from this many words and characters.
MIN_CONTAIN_WORDS = 5
MIN_CONTAIN_CHARS = 20
#: Answers (references, training responses) count as exact copies only from this length.
MIN_ANSWER_CHARS = 30
SHINGLE = 2
NUM_PERM, BANDS = 48, 24
SPAN_CHARS = 160
_PUNCT = re.compile(r"[^\w\s]", flags=re.UNICODE)
_MERSENNE = np.uint64((1 << 61) - 1)
_MASK32 = np.uint64(0xFFFFFFFF)
FIELDS = ("prompt", "answer")


@dataclass(frozen=True)
class Overlap:
    train_item: int
    holdout_item: int
    field: str          # "prompt", "answer", or "<hold-out field> ~ <training field>" across fields
    score: float        # 100 = identical after normalisation; near: Jaccard of word 2-grams in %
    exact: bool
    kind: str = "exact"             # "exact", "contained" or "near"
    holdout_field: str = "prompt"
    train_field: str = "prompt"
    span: str = ""                  # the overlapping words (normalised), shortened for display
    direction: str = ""             # contained: "hold-out in training" or "training in hold-out"

    def describe(self) -> str:
        where = (f"hold-out {self.holdout_item} {self.holdout_field} / training pair {self.train_item} "
                 f"{self.train_field}")
        if self.kind == "exact":
            what = "identical"
        elif self.kind == "contained":
            what = f"contained ({self.direction})"
        else:
            what = f"near-duplicate, {self.score:.0f} % shared word pairs"
        return f"{where}: {what}: “{self.span}”"


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

    def counts(self) -> dict[str, int]:
        out = {"exact": 0, "contained": 0, "near": 0}
        for o in self.overlaps:
            out[o.kind] += 1
        return out

    def summary(self, limit: int = 5) -> str:
        if self.clean:
            return (f"no overlap between {self.pairs_checked} training pairs and "
                    f"{self.holdout_checked} hold-out items")
        c = self.counts()
        shown = "; ".join(o.describe() for o in self.overlaps[:limit])
        more = f"; … {len(self.overlaps) - limit} more" if len(self.overlaps) > limit else ""
        return (f"{len(self.train_items)} training pair(s) overlap the hold-out ({c['exact']} exact, "
                f"{c['contained']} contained, {c['near']} near-duplicate): {shown}{more}")

    def as_dict(self, limit: int = 200) -> dict:
        return {"pairs_checked": self.pairs_checked, "holdout_checked": self.holdout_checked,
                "threshold": self.threshold, "overlap_count": len(self.overlaps), "counts": self.counts(),
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


class _Texts:
    """One side's texts (every field of every item) as word ids in one flat array."""

    def __init__(self, items: list[dict]):
        self.item_ids: list[int] = []
        self.fields: list[str] = []
        self.norm: list[str] = []
        for item in items:
            for fld, text in (("prompt", item.get("prompt")), ("answer", item.get("response"))):
                self.item_ids.append(item["id"])
                self.fields.append(fld)
                self.norm.append(normalise(text or ""))
        self.split = [t.split() for t in self.norm]
        self.lengths = np.fromiter(map(len, self.split), dtype=np.int64, count=len(self.split))
        self.starts = np.concatenate([[0], np.cumsum(self.lengths)[:-1]]).astype(np.int64) if len(self.split) \
            else np.zeros(0, dtype=np.int64)
        self.owner = np.repeat(np.arange(len(self.split), dtype=np.int64), self.lengths)
        self.words = np.zeros(0, dtype=np.uint64)

    def encode(self, vocab: dict[str, int]) -> None:
        flat = itertools.chain.from_iterable(self.split)
        self.words = np.fromiter(map(vocab.__getitem__, flat), dtype=np.uint64, count=int(self.lengths.sum()))

    def __len__(self) -> int:
        return len(self.norm)

    def words_of(self, k: int) -> np.ndarray:
        return self.words[self.starts[k]:self.starts[k] + self.lengths[k]]


def _encode(*sides: _Texts) -> None:
    """Word ids shared by both sides, in sorted word order (the same on every run)."""
    words: set[str] = set()
    for side in sides:
        for split in side.split:
            words.update(split)
    vocab = {w: i for i, w in enumerate(sorted(words))}
    for side in sides:
        side.encode(vocab)


def _ngram_hashes(t: _Texts, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(hash of the word n-gram starting at every flat position, whether it lies inside one
    text). Hashes of positions too near the end of the flat array are 0 and invalid."""
    total = len(t.words)
    h = np.zeros(total, dtype=np.uint64)
    valid = np.zeros(total, dtype=bool)
    m = total - n + 1
    if m <= 0:
        return h, valid
    acc = np.zeros(m, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(n):
            acc = acc * np.uint64(0x100000001B3) ^ (t.words[j:j + m] + np.uint64(0x9E3779B97F4A7C15))
            acc ^= acc >> np.uint64(29)
    h[:m] = acc
    valid[:m] = t.owner[:m] == t.owner[n - 1:]
    return h, valid


def _minhash(t: _Texts, eligible: np.ndarray):
    """MinHash signatures (len(t) × NUM_PERM, uint32) of word 2-gram sets, and a function
    giving the 2-gram hash set of a text (for exact Jaccard on the candidates)."""
    h_all, valid = _ngram_hashes(t, SHINGLE)
    pos = np.nonzero(valid & eligible[t.owner])[0] if len(valid) else np.zeros(0, dtype=np.int64)
    h, owner = h_all[pos] & _MASK32, t.owner[pos]
    sig = np.full((len(t), NUM_PERM), np.iinfo(np.uint32).max, dtype=np.uint64)
    bounds: dict[int, tuple[int, int]] = {}
    if len(h):
        texts, first = np.unique(owner, return_index=True)  # owner is sorted: positions ascend
        rng = np.random.default_rng(1)
        # a·h + b stays below 2^64 (h < 2^32, a and b < 2^31): no wrap-around before the modulus.
        a = rng.integers(1, (1 << 31) - 1, size=NUM_PERM, dtype=np.uint64)
        b = rng.integers(0, (1 << 31) - 1, size=NUM_PERM, dtype=np.uint64)
        for p in range(NUM_PERM):
            v = ((a[p] * h + b[p]) % _MERSENNE) & _MASK32
            sig[texts, p] = np.minimum.reduceat(v, first)
        ends = np.append(first[1:], len(h))
        bounds = dict(zip(texts.tolist(), zip(first.tolist(), ends.tolist())))

    def shingles(k: int) -> np.ndarray:
        lo, hi = bounds.get(k, (0, 0))
        return np.unique(h[lo:hi])

    return sig.astype(np.uint32), shingles


def _band_keys(sig: np.ndarray) -> np.ndarray:
    rows = NUM_PERM // BANDS
    s = sig.astype(np.uint64).reshape(len(sig), BANDS, rows)
    key = np.zeros((len(sig), BANDS), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for r in range(rows):
            key = key * np.uint64(0x100000001B3) ^ s[:, :, r]
    return key


def _join(left: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i, j) with left[i] == right[j] (sort-merge join, all matches)."""
    if not len(left) or not len(right):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    r_order = np.argsort(right, kind="stable")
    r_sorted = right[r_order]
    lo = np.searchsorted(r_sorted, left, side="left")
    hi = np.searchsorted(r_sorted, left, side="right")
    counts = hi - lo
    li = np.repeat(np.arange(len(left)), counts)
    offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    return li, r_order[np.repeat(lo, counts) + offsets]


def _contained(needles: _Texts, eligible: np.ndarray, hay: _Texts):
    """(needle text, haystack text) where the needle's words occur in the haystack in order.

    Candidates: a haystack window whose first n words hash like the needle's first n words
    *and* whose window len(needle) − n words further on hashes like the needle's last n
    words (vectorised, so a common opening such as "sehr geehrte damen und herren" costs
    nothing); the few left are compared word for word."""
    n = MIN_CONTAIN_WORDS
    idx = np.nonzero(eligible)[0]
    if not len(idx) or not len(hay.words):
        return
    n_h, _ = _ngram_hashes(needles, n)
    first_key = n_h[needles.starts[idx]]
    last_key = n_h[needles.starts[idx] + needles.lengths[idx] - n]
    h_h, h_valid = _ngram_hashes(hay, n)
    win = np.nonzero(h_valid)[0]
    wi, ki = _join(h_h[win], first_key)
    pos, k = win[wi], ki
    end = pos + needles.lengths[idx[k]] - n
    inside = end < len(hay.words)
    pos, k, end = pos[inside], k[inside], end[inside]
    same = (hay.owner[end] == hay.owner[pos]) & h_valid[end] & (h_h[end] == last_key[k])
    for p, kk in zip(pos[same].tolist(), k[same].tolist()):
        needle = int(idx[kk])
        nw = needles.words_of(needle)
        if np.array_equal(hay.words[p:p + len(nw)], nw):
            yield needle, int(hay.owner[p])


def _span(a: str, b: str) -> str:
    """The longest run of words the two (normalised) texts share, shortened for display."""
    from difflib import SequenceMatcher

    aw, bw = a.split(), b.split()
    m = SequenceMatcher(None, aw, bw, autojunk=False).find_longest_match(0, len(aw), 0, len(bw))
    return _short(" ".join(aw[m.a:m.a + m.size]))


def _short(text: str) -> str:
    return text if len(text) <= SPAN_CHARS else text[:SPAN_CHARS - 1].rstrip() + "…"


def _field_name(h_field: str, t_field: str) -> str:
    return h_field if h_field == t_field else f"{h_field} ~ {t_field}"


def check_overlap(train: list[dict], holdout: list[dict], *,
                  threshold: float = DEFAULT_THRESHOLD) -> ContaminationReport:
    """Compare snapshot items (dicts with id, prompt, response) of both sets."""
    report = ContaminationReport(len(train), len(holdout), threshold)
    if not train or not holdout:
        return report
    T, H = _Texts(train), _Texts(holdout)
    _encode(T, H)
    found: dict[tuple[int, int], Overlap] = {}
    rank = {"exact": 0, "contained": 1, "near": 2}

    def add(t: int, h: int, kind: str, score: float, span: str, direction: str = "") -> None:
        o = Overlap(T.item_ids[t], H.item_ids[h], _field_name(H.fields[h], T.fields[t]), score, kind == "exact",
                    kind, H.fields[h], T.fields[t], span, direction)
        prev = found.get((t, h))
        if prev is None or (rank[kind], -score) < (rank[prev.kind], -prev.score):
            found[(t, h)] = o

    def exact_ok(side: _Texts, k: int) -> bool:
        text = side.norm[k]
        return bool(text) and (len(text) >= MIN_ANSWER_CHARS or side.fields[k] == "prompt")

    # Exact: a dictionary lookup, any field against any field. Short texts only prompt = prompt.
    by_text: dict[str, list[int]] = {}
    for h in range(len(H)):
        if exact_ok(H, h):
            by_text.setdefault(H.norm[h], []).append(h)
    for t in range(len(T)):
        if not exact_ok(T, t):
            continue
        for h in by_text.get(T.norm[t], ()):
            short = len(T.norm[t]) < MIN_ANSWER_CHARS
            if short and not (T.fields[t] == H.fields[h] == "prompt"):
                continue
            add(t, h, "exact", 100.0, _short(T.norm[t]))

    # Contained, both directions, across fields.
    chars = np.array([len(s) for s in T.norm]), np.array([len(s) for s in H.norm])
    t_long = (T.lengths >= MIN_CONTAIN_WORDS) & (chars[0] >= MIN_CONTAIN_CHARS)
    h_long = (H.lengths >= MIN_CONTAIN_WORDS) & (chars[1] >= MIN_CONTAIN_CHARS)
    for h, t in _contained(H, h_long, T):
        if H.norm[h] != T.norm[t]:
            add(t, h, "contained", 100.0 * len(H.norm[h]) / max(1, len(T.norm[t])), _short(H.norm[h]),
                "hold-out in training")
    for t, h in _contained(T, t_long, H):
        if H.norm[h] != T.norm[t]:
            add(t, h, "contained", 100.0 * len(T.norm[t]) / max(1, len(H.norm[h])), _short(T.norm[t]),
                "training in hold-out")

    # Near-duplicates: MinHash + LSH banding for candidates, exact Jaccard to confirm.
    t_near = (chars[0] >= MIN_NEAR_CHARS) & (T.lengths >= SHINGLE)
    h_near = (chars[1] >= MIN_NEAR_CHARS) & (H.lengths >= SHINGLE)
    t_sig, t_sets = _minhash(T, t_near)
    h_sig, h_sets = _minhash(H, h_near)
    t_keys, h_keys = _band_keys(t_sig), _band_keys(h_sig)
    t_idx, h_idx = np.nonzero(t_near)[0], np.nonzero(h_near)[0]
    candidates: set[tuple[int, int]] = set()
    for band in range(BANDS):
        li, rj = _join(t_keys[t_idx, band], h_keys[h_idx, band])
        candidates.update(zip(t_idx[li].tolist(), h_idx[rj].tolist()))
    for t, h in sorted(candidates):
        if (t, h) in found:
            continue
        a, b = t_sets(t), h_sets(h)
        inter = len(np.intersect1d(a, b, assume_unique=True))
        union = len(a) + len(b) - inter
        score = 100.0 * inter / union if union else 0.0
        if score >= threshold:
            add(t, h, "near", round(score, 1), _span(T.norm[t], H.norm[h]))
    report.overlaps = sorted(found.values(), key=lambda o: (rank[o.kind], -o.score, o.train_item,
                                                            o.holdout_item, o.field))
    return report
