"""How fast, and how complete, the contamination check is at scale: N training pairs against M
hold-out items (default 100,000 × 10,000), with planted copies of every kind.

    .venv/bin/python bench/contamination_speed.py [--pairs 100000] [--holdout 10000] [--limit 60]

Texts are random sequences of the words of the demo data (all six locales), 12–40 words a
prompt and 20–70 an answer, so word frequencies look like the real thing. Planted, 40 each:
an exact copy of a hold-out prompt; a hold-out prompt pasted inside a longer training prompt;
a hold-out reference used as a training prompt; a training answer that quotes a hold-out
reference; a training prompt contained in a hold-out prompt (the other direction); and a
near-duplicate (two words of a hold-out prompt of 20 words or more changed). The bench prints the time and how
many plants were found, and exits 1 when the time exceeds --limit seconds or a plant is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.train.contamination import check_overlap  # noqa: E402
from workbench.train.tiny_model import demo_corpus  # noqa: E402

KINDS = ("exact", "prompt_in_prompt", "reference_as_prompt", "answer_quotes_reference", "train_in_holdout",
         "near")


def vocabulary() -> list[str]:
    words = sorted({w for text in demo_corpus() for w in text.split() if w.isalpha()})
    return words or [f"w{i}" for i in range(5000)]


def make(n_pairs: int, n_holdout: int, per_kind: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    vocab = np.array(vocabulary())

    pool = rng.integers(0, len(vocab), size=(n_pairs + n_holdout) * 2 * 70 + 100_000)
    cursor = [0]

    def text(lo: int, hi: int) -> str:
        n = int(rng.integers(lo, hi))
        at = cursor[0]
        cursor[0] += n
        return " ".join(vocab[pool[at:at + n]].tolist())

    holdout = [{"id": 1_000_000 + j, "prompt": text(12, 40), "response": text(20, 70)} for j in range(n_holdout)]
    train = [{"id": i, "prompt": text(12, 40), "response": text(20, 70)} for i in range(n_pairs)]
    planted: dict[int, tuple[str, int]] = {}
    slot = iter(rng.permutation(n_pairs).tolist())
    victims = iter(rng.permutation(n_holdout).tolist())
    for kind in KINDS:
        for _ in range(per_kind):
            i, h = next(slot), holdout[next(victims)]
            while kind == "near" and len(h["prompt"].split()) < 20:
                h = holdout[next(victims)]
            t = train[i]
            if kind == "exact":
                t["prompt"] = h["prompt"].upper() + " ?"
            elif kind == "prompt_in_prompt":
                t["prompt"] = f"{text(5, 15)} {h['prompt']} {text(5, 15)}"
            elif kind == "reference_as_prompt":
                t["prompt"] = h["response"]
            elif kind == "answer_quotes_reference":
                t["response"] = f"{text(5, 15)} «{h['response']}» {text(3, 8)}"
            elif kind == "train_in_holdout":
                h["prompt"] = f"{text(4, 10)} {t['prompt']} {text(4, 10)}"
            else:
                words = h["prompt"].split()
                for k in rng.choice(len(words), size=2, replace=False):
                    words[k] = str(vocab[rng.integers(0, len(vocab))])
                t["prompt"] = " ".join(words)
            planted[t["id"]] = (kind, h["id"])
    return train, holdout, planted


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=100_000)
    ap.add_argument("--holdout", type=int, default=10_000)
    ap.add_argument("--per-kind", type=int, default=40)
    ap.add_argument("--limit", type=float, default=60.0, help="seconds allowed (exit 1 when slower)")
    args = ap.parse_args()
    train, holdout, planted = make(args.pairs, args.holdout, args.per_kind)
    t0 = time.perf_counter()
    report = check_overlap(train, holdout)
    seconds = time.perf_counter() - t0
    hits = {(o.train_item, o.holdout_item) for o in report.overlaps}
    found = {kind: 0 for kind in KINDS}
    for t_id, (kind, h_id) in planted.items():
        found[kind] += (t_id, h_id) in hits
    missed = sum(args.per_kind - v for v in found.values())
    result = {"pairs": args.pairs, "holdout": args.holdout, "cores": os.cpu_count(),
              "seconds": round(seconds, 1), "overlaps": len(report.overlaps), "counts": report.counts(),
              "planted_found": found, "planted_missed": missed}
    print(json.dumps(result, indent=2))
    print(f"{args.pairs} pairs x {args.holdout} hold-out items: {seconds:.1f} s on {os.cpu_count()} cores; "
          f"{len(planted) - missed}/{len(planted)} planted overlaps found")
    if report.overlaps:
        print("e.g. " + report.overlaps[0].describe())
    return 0 if seconds <= args.limit and not missed else 1


if __name__ == "__main__":
    sys.exit(main())
