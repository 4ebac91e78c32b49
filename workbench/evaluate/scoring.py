"""From generated answers to stored rows: per-answer checks and fidelity, per-locale scores.

Pure functions (no model, no database), so the policy and the report can be tested on
constructed answers, and a stored evaluation can be re-scored by an auditor's script.
"""

from __future__ import annotations

from collections import defaultdict

from .checks import CHECK_KINDS, pass_lists, run_checks
from .fidelity import check_fidelity
from .metrics import BOOTSTRAP_SEED, N_BOOTSTRAP, TEXT_METRICS, rate_metric, text_metric, text_metric_sampled

#: Metric names as stored, in display order.
CHECK_METRICS = ("checks", *(f"checks_{k}" for k in CHECK_KINDS))
ALL_METRICS = (*TEXT_METRICS, *CHECK_METRICS, "fidelity")


def answer_rows(items: list[dict], generated: dict[int, dict]) -> list[dict]:
    """One row per hold-out item: the answer, linked to the exact revision, with its checks
    and locale-fidelity result. `generated` maps item id → {"answer", "new_tokens"} and, for
    sampled decoding, "samples": [{"seed", "answer", "new_tokens"}, ...] (one per seed).

    With samples, each sample carries its own checks and fidelity; the row's checks hold, per
    kind, whether the majority of seeds passed (so "the base passed, the tuned model fails"
    compares typical behaviour, not one lucky draw), and its fidelity is the first seed's."""
    rows = []
    for item in items:
        g = generated[item["id"]]
        row = {
            "item_id": item["id"], "rev": item["rev"], "content_hash": item["content_hash"],
            "locale": item["locale"], "answer": g["answer"], "new_tokens": g.get("new_tokens"),
            "checks": run_checks(g["answer"], item.get("checks")),
            "fidelity": check_fidelity(g["answer"], item["locale"]),
        }
        if g.get("samples"):
            samples = [{**smp, "checks": run_checks(smp["answer"], item.get("checks")),
                        "fidelity": check_fidelity(smp["answer"], item["locale"])} for smp in g["samples"]]
            row["samples"] = samples
            row["checks"] = _majority([smp["checks"] for smp in samples])
            row["fidelity"] = samples[0]["fidelity"]
        rows.append(row)
    return rows


def _majority(results: list[dict]) -> dict:
    out: dict = {}
    for kind in CHECK_KINDS:
        votes = [r[kind] for r in results if kind in r]
        if votes:
            out[kind] = sum(votes) * 2 > len(votes)
    if out:
        out["seeds_passed"] = {k: sum(bool(r.get(k)) for r in results) for k in out}
        out["seeds"] = len(results)
    return out


def sample_answers(row: dict) -> list[str]:
    """Every answer of a row: one per seed for sampled decoding, else the one answer."""
    return [s["answer"] for s in row["samples"]] if row.get("samples") else [row["answer"]]


def locale_scores(items: list[dict], rows: list[dict], base_rows: list[dict] | None = None, *,
                  n_bootstrap: int = N_BOOTSTRAP, seed: int = BOOTSTRAP_SEED) -> list[dict]:
    """Per locale: BLEU, chrF++, TER, check pass rates and fidelity, each with its interval
    and, when `base_rows` are given, the paired delta to the base (same items, same order)."""
    by_id = {r["item_id"]: r for r in rows}
    base_by_id = {r["item_id"]: r for r in base_rows} if base_rows is not None else None
    per_locale: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        per_locale[item["locale"]].append(item)
    out: list[dict] = []
    for locale in sorted(per_locale):
        its = per_locale[locale]
        refs = [i["response"] for i in its]
        base = None if base_by_id is None else [base_by_id[i["id"]] for i in its]
        sampled = any(by_id[i["id"]].get("samples") for i in its)
        for name in TEXT_METRICS:
            if sampled:
                # k answers per item: the interval resamples items and, within each, seeds.
                res = text_metric_sampled(name, locale, [sample_answers(by_id[i["id"]]) for i in its], refs,
                                          None if base is None else [sample_answers(b) for b in base],
                                          n_samples=n_bootstrap, seed=seed)
            else:
                res = text_metric(name, locale, [by_id[i["id"]]["answer"] for i in its], refs,
                                  None if base is None else [b["answer"] for b in base],
                                  n_samples=n_bootstrap, seed=seed)
            out.append(res.as_row(locale))
        out += _check_rates(locale, [by_id[i["id"]] for i in its], base, n_bootstrap, seed)
        out += _fidelity_rate(locale, [by_id[i["id"]] for i in its], base, n_bootstrap, seed)
    return out


def _check_rates(locale, rows, base, n_bootstrap, seed) -> list[dict]:
    out = []
    mine = pass_lists(r["checks"] for r in rows)
    theirs = pass_lists(b["checks"] for b in base) if base is not None else None
    for kind in ("all", *CHECK_KINDS):
        if kind not in mine:
            continue
        name = "checks" if kind == "all" else f"checks_{kind}"
        # Both lists cover the same items: the checks are the item's, not the answer's.
        res = rate_metric(name, mine[kind], None if theirs is None else theirs[kind],
                          n_samples=n_bootstrap, seed=seed)
        out.append(res.as_row(locale))
    return out


def _fidelity_rate(locale, rows, base, n_bootstrap, seed) -> list[dict]:
    # Only answers long enough to judge count; paired with the base on the items where both
    # answers could be judged, so the delta compares like with like.
    if base is None:
        judged = [r["fidelity"]["ok"] for r in rows if r["fidelity"] is not None]
        base_judged = None
    else:
        pairs = [(r["fidelity"], b["fidelity"]) for r, b in zip(rows, base)
                 if r["fidelity"] is not None and b["fidelity"] is not None]
        judged = [p[0]["ok"] for p in pairs]
        base_judged = [p[1]["ok"] for p in pairs]
    if not judged:
        return []
    return [rate_metric("fidelity", judged, base_judged, n_samples=n_bootstrap, seed=seed).as_row(locale)]
