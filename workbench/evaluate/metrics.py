"""Corpus metrics per locale (sacrebleu BLEU, chrF++, TER) and paired bootstrap against the base.

Why sacrebleu, configured here and nowhere else: a score is only defensible when anyone can
recompute it. Every score is stored with sacrebleu's signature string, and the defaults are
chosen so that `sacrebleu REF -i HYP -m bleu chrf ter -tok <tok> --chrf-word-order 2
--ter-normalized` on the same files prints the same numbers (the tests check exactly that).

Confidence intervals and the significance of the delta to the base use paired bootstrap
resampling the way sacrebleu's own `--confidence` / `--paired-bs` do (same resampling
indices from numpy's default_rng(12345), same float32 sufficient statistics, same p-value
formula), so our intervals and p-values match sacrebleu's, not a look-alike.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Callable, Sequence

import numpy as np

#: sacrebleu tokenization per language. 13a (mteval-v13a) is the WMT standard for English.
#: For German, Swiss German, French, Italian and Romansh we use "intl" (mteval-v14), which
#: splits on *Unicode* punctuation and symbols: with 13a, French «guillemets», the German
#: „…“ quotes and the typographic apostrophe of "l’assurance" or "CHF 10’000" stay glued to
#: the neighbouring word, so a correct answer typed with other quotes would lose n-grams.
TOKENIZE_BY_LANGUAGE = {"en": "13a"}
DEFAULT_TOKENIZE = "intl"

TEXT_METRICS = ("bleu", "chrf", "ter")
#: Which direction is better, for deltas and charts. TER counts edits: lower is better.
HIGHER_IS_BETTER = {"bleu": True, "chrf": True, "ter": False}

#: sacrebleu's defaults, so intervals and p-values agree with its command line.
N_BOOTSTRAP = 1000
BOOTSTRAP_SEED = 12345
SIGNIFICANCE_LEVEL = 0.05


def language_of(locale: str) -> str:
    from ..core.locales import LOCALES, parse_locale

    return LOCALES[parse_locale(locale)].language


def tokenizer_for(locale: str) -> str:
    return TOKENIZE_BY_LANGUAGE.get(language_of(locale), DEFAULT_TOKENIZE)


def make_metric(name: str, locale: str):
    """The sacrebleu metric object for `name` in `locale`'s language."""
    from sacrebleu.metrics import BLEU, CHRF, TER

    if name == "bleu":
        return BLEU(tokenize=tokenizer_for(locale))
    if name == "chrf":
        return CHRF(word_order=2)  # chrF++: character 6-grams plus word uni- and bigrams
    if name == "ter":
        # normalized: tercom's tokenisation of punctuation, so "Bonjour," and "Bonjour" are
        # the same word; case-insensitive as in TERCOM.
        return TER(normalized=True)
    raise ValueError(f"unknown metric {name!r}")


def cli_arguments(locale: str) -> list[str]:
    """The sacrebleu command-line options that reproduce our scores for this locale."""
    return ["-m", "bleu", "chrf", "ter", "-tok", tokenizer_for(locale), "--chrf-word-order", "2",
            "--ter-normalized"]


@dataclass(frozen=True)
class MetricResult:
    """One metric of one model state in one locale. Deltas are model minus base (for TER a
    negative delta is an improvement); the interval bounds are bootstrap percentiles."""

    metric: str
    score: float
    n: int
    ci_low: float | None = None
    ci_high: float | None = None
    base_score: float | None = None
    delta: float | None = None
    delta_low: float | None = None
    delta_high: float | None = None
    p_value: float | None = None
    signature: str = ""

    def as_row(self, locale: str) -> dict:
        return {"locale": locale, **asdict(self)}

    @property
    def significant(self) -> bool:
        return self.p_value is not None and self.p_value < SIGNIFICANCE_LEVEL


def bootstrap_indices(n_items: int, n_samples: int = N_BOOTSTRAP, seed: int = BOOTSTRAP_SEED) -> np.ndarray:
    # Exactly sacrebleu's draw (significance._bootstrap_resample / _paired_bs_test).
    return np.random.default_rng(seed).choice(n_items, size=(n_samples, n_items), replace=True)


def _interval(samples: np.ndarray) -> tuple[float, float]:
    # sacrebleu's estimate_ci: the sorted sample at 1/40 from each end (a 95% interval).
    s = np.sort(samples)
    lower = len(s) // 40
    return float(s[lower]), float(s[len(s) - lower - 1])


def paired_bootstrap(stats: np.ndarray, base_stats: np.ndarray | None,
                     score_of: Callable[[np.ndarray], float], *, point: float,
                     base_point: float | None, n_samples: int, seed: int) -> dict:
    """Interval of one model's score and, with a base, interval and p-value of the delta.

    `stats` holds per-item sufficient statistics (rows = items); `score_of` turns a column sum
    into a corpus score. Base and model are resampled with the same indices (paired).
    """
    out: dict = {}
    if base_point is not None:
        out["delta"] = float(point) - float(base_point)
    if n_samples <= 0 or len(stats) == 0:
        return out
    idxs = bootstrap_indices(len(stats), n_samples, seed)
    sys_samples = np.array([score_of(s.sum(0)) for s in stats[idxs]], dtype="float64")
    out["ci_low"], out["ci_high"] = _interval(sys_samples)
    if base_stats is not None and base_point is not None:
        base_samples = np.array([score_of(s.sum(0)) for s in base_stats[idxs]], dtype="float64")
        out.update(_delta_interval(sys_samples - base_samples, out["delta"]))
    return out


def _delta_interval(diffs, delta: float) -> dict:
    """The 95% interval of resampled deltas and the paired bootstrap p-value of `delta`."""
    low, high = _interval(diffs)
    if not np.any(diffs):
        # Identical on every resample (e.g. the same answers): no evidence of a difference.
        # sacrebleu's formula would give 1/(n+1) here, which reads as "significant".
        return {"delta_low": low, "delta_high": high, "p_value": 1.0}
    # sacrebleu's p-value (after Moses' bootstrap-hypothesis-difference-significance.pl):
    # how often a resampled absolute difference, centred on its mean, exceeds the real one.
    centred = np.abs(diffs) - np.abs(diffs).mean()
    return {"delta_low": low, "delta_high": high,
            "p_value": float((np.sum(centred > abs(delta)) + 1) / (len(centred) + 1))}


# Per-segment sufficient statistics depend only on (metric, tokenizer, hypothesis, reference).
# The base answers are compared with every checkpoint, and TER's shift search costs tens of
# milliseconds per long segment, so statistics are computed once per process and reused.
_STATS_CACHE: dict[tuple, list] = {}
_STATS_CACHE_MAX = 200_000


def _segment_stats(metric, name: str, locale: str, hyps: Sequence[str], refs: Sequence[str]) -> list:
    keys = [(name, tokenizer_for(locale), h, r) for h, r in zip(hyps, refs)]
    missing = [k for k, key in enumerate(keys) if key not in _STATS_CACHE]
    if missing:
        fresh = metric._extract_corpus_statistics([hyps[k] for k in missing], [[refs[k] for k in missing]])
        if len(_STATS_CACHE) + len(missing) > _STATS_CACHE_MAX:
            _STATS_CACHE.clear()
        for k, st in zip(missing, fresh):
            _STATS_CACHE[keys[k]] = st
        known = dict(zip(missing, fresh))
    else:
        known = {}
        # sacrebleu learns the reference count from its reference pass, which the cache
        # skipped; our hold-out items have exactly one reference each.
        metric.num_refs = 1
    return [known[k] if k in known else _STATS_CACHE[key] for k, key in enumerate(keys)]


def text_metric(name: str, locale: str, hyps: Sequence[str], refs: Sequence[str],
                base_hyps: Sequence[str] | None = None, *, n_samples: int = N_BOOTSTRAP,
                seed: int = BOOTSTRAP_SEED) -> MetricResult:
    """BLEU, chrF++ or TER of `hyps` against `refs` (one reference each)."""
    if len(hyps) != len(refs) or (base_hyps is not None and len(base_hyps) != len(refs)):
        raise ValueError("hypotheses, base hypotheses and references must align one to one")
    metric = make_metric(name, locale)
    stats_list = _segment_stats(metric, name, locale, hyps, refs)
    point = float(metric._aggregate_and_compute(stats_list).score)
    base_point, base_stats = None, None
    if base_hyps is not None:
        base_list = _segment_stats(metric, name, locale, base_hyps, refs)
        base_point = float(metric._aggregate_and_compute(base_list).score)
        base_stats = np.array(base_list, dtype="float32")
    extra = paired_bootstrap(np.array(stats_list, dtype="float32"), base_stats,
                             lambda s: metric._compute_score_from_stats(s).score,
                             point=point, base_point=base_point, n_samples=n_samples, seed=seed)
    sig = metric.get_signature()
    if n_samples > 0:
        sig.update("bs", n_samples)
        sig.update("seed", seed)
    return MetricResult(metric=name, score=point, n=len(hyps), base_score=base_point,
                        signature=sig.format(), **extra)


def text_metric_sampled(name: str, locale: str, hyps: Sequence[Sequence[str]], refs: Sequence[str],
                        base_hyps: Sequence[Sequence[str]] | None = None, *, n_samples: int = N_BOOTSTRAP,
                        seed: int = BOOTSTRAP_SEED) -> MetricResult:
    """BLEU, chrF++ or TER when every item was answered k times (sampled decoding, one
    answer per fixed seed; `hyps[i][j]` is item i under seed j, the base likewise).

    The score is the corpus score over all n × k answers. The interval is a two-stage paired
    bootstrap over items *and* seeds: each replicate draws n items with replacement and, for
    each drawn item, k seeds with replacement; base and tuned use the same draws, so the
    delta stays paired by (item, seed). It is wider than an items-only interval by exactly the
    run-to-run variation that sampling adds."""
    n = len(refs)
    k = len(hyps[0]) if n else 0
    if len(hyps) != n or any(len(h) != k for h in hyps) or (
            base_hyps is not None and (len(base_hyps) != n or any(len(b) != k for b in base_hyps))):
        raise ValueError("every item needs the same number of answers (one per seed), for the base too")
    metric = make_metric(name, locale)
    flat_refs = [r for r in refs for _ in range(k)]
    stats = _segment_stats(metric, name, locale, [a for h in hyps for a in h], flat_refs)
    point = float(metric._aggregate_and_compute(stats).score)
    stats_arr = np.array(stats, dtype="float64").reshape(n, k, -1)
    base_point, base_arr = None, None
    if base_hyps is not None:
        base_stats = _segment_stats(metric, name, locale, [a for h in base_hyps for a in h], flat_refs)
        base_point = float(metric._aggregate_and_compute(base_stats).score)
        base_arr = np.array(base_stats, dtype="float64").reshape(n, k, -1)
    extra: dict = {}
    if base_point is not None:
        extra["delta"] = point - base_point
    if n_samples > 0 and n:
        rng = np.random.default_rng(seed)
        score_of = lambda s: metric._compute_score_from_stats(s).score  # noqa: E731
        sys_s, base_s = np.empty(n_samples), np.empty(n_samples)
        for b in range(n_samples):
            items = rng.integers(0, n, size=n)
            seeds = rng.integers(0, k, size=(n, k))
            sys_s[b] = score_of(stats_arr[items[:, None], seeds].reshape(-1, stats_arr.shape[-1]).sum(0))
            if base_arr is not None:
                base_s[b] = score_of(base_arr[items[:, None], seeds].reshape(-1, base_arr.shape[-1]).sum(0))
        extra["ci_low"], extra["ci_high"] = _interval(sys_s)
        if base_arr is not None:
            extra.update(_delta_interval(sys_s - base_s, extra["delta"]))
    sig = metric.get_signature()
    if n_samples > 0:
        sig.update("bs", n_samples)
        sig.update("seed", seed)
    return MetricResult(metric=name, score=point, n=n, base_score=base_point,
                        signature=sig.format() + f"|samples:{k}|bs:items+seeds", **extra)


def rate_metric(name: str, passed: Sequence[bool], base_passed: Sequence[bool] | None = None, *,
                n_samples: int = N_BOOTSTRAP, seed: int = BOOTSTRAP_SEED) -> MetricResult:
    """A pass rate in percent (regression checks, locale fidelity) with the same paired
    bootstrap as the text metrics, so every delta in the report reads the same way."""
    n = len(passed)
    stats = np.array([[1.0 if p else 0.0, 1.0] for p in passed], dtype="float32").reshape(n, 2)
    point = 100.0 * float(stats[:, 0].sum()) / n if n else 0.0
    base_stats, base_point = None, None
    if base_passed is not None:
        base_stats = np.array([[1.0 if p else 0.0, 1.0] for p in base_passed], dtype="float32").reshape(n, 2)
        base_point = 100.0 * float(base_stats[:, 0].sum()) / n if n else 0.0
    extra = paired_bootstrap(stats, base_stats, lambda s: 100.0 * float(s[0]) / float(s[1]) if s[1] else 0.0,
                             point=float(point), base_point=base_point, n_samples=n_samples, seed=seed)
    sig = f"rate|n:{n}" + (f"|bs:{n_samples}|seed:{seed}" if n_samples > 0 else "")
    return MetricResult(metric=name, score=float(point), n=n, base_score=base_point, signature=sig, **extra)
