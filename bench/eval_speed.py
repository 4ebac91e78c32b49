"""Evaluation speed: hold-out items scored per second, batched vs one-at-a-time generation,
and the cost of swapping LoRA adapters on a loaded base versus reloading the model.

    .venv/bin/python bench/eval_speed.py                 # tiny Apertus, peft + mlx
    .venv/bin/python bench/eval_speed.py --size medium   # a 8-layer, 512-wide random Apertus
    .venv/bin/python bench/eval_speed.py --backend peft --new-tokens 64 --batch 16
    .venv/bin/python bench/eval_speed.py --threads 1      # what the evaluation worker uses

Prompts are the demo hold-out (resources/demo/holdout, all locales). The model is random,
so answers are gibberish; what is measured is the machinery: generation throughput, scoring
(sacrebleu + checks + fidelity, 1000 bootstrap resamples) and model-state switching.
Nothing is downloaded. Prints a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.evaluate.generation import DecodingSettings, conversation  # noqa: E402
from workbench.evaluate.generators import open_generator  # noqa: E402
from workbench.paths import demo_dir  # noqa: E402

SIZES = {
    "tiny": {},
    "medium": {"hidden_size": 512, "num_layers": 8, "num_heads": 8, "num_kv_heads": 4},
}


def holdout_items(limit: int | None) -> list[dict]:
    items = []
    for path in sorted((demo_dir() / "holdout").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                row = json.loads(line)
                items.append({"id": len(items) + 1, "rev": 1, "content_hash": f"{path.stem}-{n}",
                              "locale": path.stem, "prompt": row["prompt"], "response": row["reference"],
                              "checks": row.get("checks") or {}})
    return items[:limit] if limit else items


def make_adapters(backend: str, base: Path, out: Path) -> list[Path]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from evaluate.helpers import make_mlx_checkpoint, make_peft_checkpoint  # the tests' builders

    maker = make_peft_checkpoint if backend == "peft" else make_mlx_checkpoint
    return [maker(base, out / f"{backend}-{k}", seed=k) for k in (1, 2)]


def timed(fn, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def bench_backend(backend: str, base: Path, items: list[dict], args, tmp: Path) -> list[tuple[str, str]]:
    rows = []
    convs = [conversation(i) for i in items]
    adapters = make_adapters(backend, base, tmp)
    batched = open_generator(backend, base, DecodingSettings(max_new_tokens=args.new_tokens, batch_size=args.batch))
    single = open_generator(backend, base, DecodingSettings(max_new_tokens=args.new_tokens, batch_size=1))
    batched.generate(convs[:2])  # warm-up: first-call allocations and kernel selection
    single.generate(convs[:1])
    t_batch = timed(lambda: batched.generate(convs))
    t_single = timed(lambda: single.generate(convs))
    rows.append((f"{backend}: generation, batch {args.batch}", f"{len(items) / t_batch:.1f} items/s"))
    rows.append((f"{backend}: generation, one at a time", f"{len(items) / t_single:.1f} items/s "
                 f"(batched is {t_single / t_batch:.1f}x faster)"))

    batched.use(adapters[0])
    swap = timed(lambda: (batched.use(adapters[1]), batched.use(adapters[0])), repeat=3) / 2

    def reload():
        g = open_generator(backend, base, DecodingSettings(max_new_tokens=args.new_tokens, batch_size=args.batch))
        g.use(adapters[1])
        g.close()

    reload_t = timed(reload, repeat=2)
    rows.append((f"{backend}: switch checkpoint by adapter swap", f"{swap * 1000:.0f} ms"))
    rows.append((f"{backend}: switch checkpoint by reloading base + adapter", f"{reload_t * 1000:.0f} ms "
                 f"({reload_t / swap:.0f}x the swap)"))
    return rows


def bench_scoring(items: list[dict]) -> list[tuple[str, str]]:
    from workbench.evaluate.scoring import answer_rows, locale_scores

    # Stand-in answers of realistic length and closeness: the reference with every fifth word
    # dropped (a paraphrase-like answer), and for the base its first half.
    answers = {i["id"]: {"answer": " ".join(w for k, w in enumerate(i["response"].split()) if k % 5 != 4),
                         "new_tokens": 50} for i in items}
    base = answer_rows(items, {k: {"answer": v["answer"][: len(v["answer"]) // 2], "new_tokens": 25}
                               for k, v in answers.items()})
    start = time.perf_counter()
    locale_scores(items, base)  # what the base evaluation does (no delta)
    t_base = time.perf_counter() - start
    start = time.perf_counter()
    rows = answer_rows(items, answers)
    locale_scores(items, rows, base)  # a checkpoint: its own scores plus paired deltas to the base
    t_ckpt = time.perf_counter() - start
    what = "checks, fidelity, BLEU/chrF++/TER, 1000 resamples"
    return [(f"scoring the base ({what})", f"{len(items) / t_base:.0f} items/s"),
            ("scoring a checkpoint with paired deltas to the base", f"{len(items) / t_ckpt:.0f} items/s")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=sorted(SIZES), default="tiny")
    parser.add_argument("--backend", choices=["peft", "mlx", "both"], default="both")
    parser.add_argument("--items", type=int, default=None, help="limit the number of hold-out items")
    parser.add_argument("--new-tokens", type=int, default=32)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--threads", type=int, default=0, help="torch CPU threads (0: torch's default)")
    args = parser.parse_args()
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)

    from workbench.train.tiny_model import build_tiny_apertus

    items = holdout_items(args.items)
    if not items:
        print("no demo hold-out items in resources/demo/holdout", file=sys.stderr)
        return 1
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = build_tiny_apertus(tmp / "base", **SIZES[args.size])
        backends = ["peft", "mlx"] if args.backend == "both" else [args.backend]
        for backend in backends:
            if backend == "mlx":
                try:
                    import mlx_lm  # noqa: F401
                except ImportError:
                    rows.append(("mlx", "not installed"))
                    continue
            rows += bench_backend(backend, base, items, args, tmp)
    rows += bench_scoring(items)
    import torch

    print(f"\n{len(items)} hold-out items, {args.size} random Apertus, {args.new_tokens} new tokens, "
          f"{os.cpu_count()} CPU cores, torch threads {torch.get_num_threads()}\n")
    print("| measure | result |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
