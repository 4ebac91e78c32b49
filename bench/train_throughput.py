"""Training throughput: our PEFT backend against a plain transformers Trainer + peft.

Same model (random weights, Apertus architecture), same tokenized chat pairs (answer-only
labels on both sides), same LoRA config, batch size, optimizer and precision, in one run.
Tokens/s counts real tokens (no padding) per second of training steps, after warm-up.

    python bench/train_throughput.py                   # CPU, a small Apertus config
    python bench/train_throughput.py --shape 8b        # GPU: the Apertus-8B shape
    python bench/train_throughput.py --json            # machine-readable

What differs is only how the batches are built and the loss computed: ours packs each
micro-batch padding-free and projects to the vocabulary only where the loss is; the
baseline pads each batch to its longest example (DataCollatorForSeq2Seq) and computes the
logits of every position, as a stock Trainer does. `--ablation` adds our trainer with
padded batches, to show which part of the gain comes from where.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import math
import os
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

# The small shape keeps the vocabulary projection at ~7 % of the FLOPs per token, as in the
# real 8B (131,072 x 4,096 against ~7B in the blocks), so the CPU figure is not dominated by
# a giant embedding the way a small model with the full vocabulary would be.
SHAPES = {
    "small": {"hidden_size": 256, "num_hidden_layers": 4, "num_attention_heads": 4, "num_key_value_heads": 2,
              "intermediate_size": 1344, "vocab_size": 2048},
    "8b": {"hidden_size": 4096, "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 8,
           "intermediate_size": 21504, "vocab_size": 131072},
}
# Dense bf16 peak (TFLOP/s) for model-FLOPs utilisation.
PEAK_TFLOPS = {"H100": 989.4, "H200": 989.4, "A100": 312.0, "L40S": 362.1, "L4": 121.0, "A10": 125.0}


def peak_flops(name: str) -> float | None:
    for key, tflops in PEAK_TFLOPS.items():
        if key in name:
            return tflops * 1e12
    return None


# -- model and data -----------------------------------------------------------------------

def model_folder(shape: str, tmp: Path) -> Path:
    """Tokenizer and config of the tiny Apertus, with the benchmark's sizes (no weights file:
    the weights are drawn in memory, which for 8B is faster than writing 16 GB)."""
    from workbench.train.tiny_model import build_tiny_apertus

    folder = build_tiny_apertus(tmp / "model")
    config = json.loads((folder / "config.json").read_text())
    config.update(SHAPES[shape])
    (folder / "config.json").write_text(json.dumps(config, indent=2))
    return folder


def build_model(folder: Path, device: str, seed: int):
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    config = AutoConfig.from_pretrained(folder)
    dtype = torch.bfloat16 if device == "cuda" else torch.float32
    torch.manual_seed(seed)
    with torch.device(device):
        model = AutoModelForCausalLM.from_config(config, dtype=dtype, attn_implementation=_attention(device))
    return model


def _attention(device: str) -> str:
    from workbench.train.backends.peft import attention_implementation

    return attention_implementation(device)


def chat_pairs(n: int, seed: int, prompt_median: int, answer_median: int) -> list[dict]:
    """Pairs with the spread of real back-office data: lognormal lengths, a system prompt on
    a third of them. Text is drawn from the demo sentences (content does not matter here)."""
    from workbench.train.tiny_model import FALLBACK_CORPUS, demo_corpus

    words = " ".join(demo_corpus() or FALLBACK_CORPUS).split()
    rng = random.Random(seed)

    def text(median_tokens: int) -> str:
        n_words = max(3, int(rng.lognormvariate(math.log(median_tokens * 0.6), 0.8)))
        start = rng.randrange(len(words))
        return " ".join(words[(start + i) % len(words)] for i in range(n_words))

    return [{"id": i, "prompt": text(prompt_median), "response": text(answer_median),
             "system": text(40) if rng.random() < 0.33 else ""} for i in range(n)]


# -- the two trainers ---------------------------------------------------------------------

def _now(device: str) -> tuple[float, float]:
    """Wall-clock and this process's CPU time. On a shared CPU machine other jobs steal wall
    time unevenly, so the CPU figures compare the two trainers more fairly there."""
    if device == "cuda":
        import torch

        torch.cuda.synchronize()
    return time.perf_counter(), time.process_time()


class Recorder:
    """TrainingHooks for our trainer: the end time and the real tokens of every step."""

    last_checkpoint_step = 0

    def __init__(self, device: str) -> None:
        self.device = device
        self.marks: list[tuple[float, float]] = []
        self.tokens: list[int] = []

    def emit(self, type_, **f):
        if type_ == "step":
            self.marks.append(_now(self.device))
            self.tokens.append(f["tokens"])

    def log(self, message, **f): pass
    def check_cancel(self, step): pass
    def check_loss(self, step, loss, lr): pass
    def checkpoint(self, *a, **k): pass


def run_ours(spec, folder, tokenizer, examples, device, seed, warmup) -> dict:
    import torch

    from workbench.train.backends.peft import PeftTrainer

    rec = Recorder(device)
    base = build_model(folder, device, seed)
    if device == "cuda":
        torch.cuda.reset_peak_memory_stats()
    PeftTrainer(spec, folder, tokenizer, examples, [], device, rec).run(base_model=base)
    return _result(rec.tokens, rec.marks, warmup, device)


def run_baseline(spec, folder, tokenizer, examples, device, seed, warmup, steps) -> dict:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import DataCollatorForSeq2Seq, Trainer, TrainerCallback, TrainingArguments

    base = build_model(folder, device, seed)
    if spec.gradient_checkpointing:
        base.gradient_checkpointing_enable({"use_reentrant": False})
    model = get_peft_model(base, LoraConfig(r=spec.lora_rank, lora_alpha=spec.lora_alpha,
                                            lora_dropout=spec.lora_dropout,
                                            target_modules=list(spec.target_modules), task_type="CAUSAL_LM"))
    rows = [{"input_ids": e.input_ids, "labels": e.labels, "attention_mask": [1] * len(e.input_ids)} for e in examples]
    pad = DataCollatorForSeq2Seq(tokenizer, padding="longest", label_pad_token_id=-100)
    real_tokens: list[int] = []

    def collate(features):
        real_tokens.append(sum(len(f["input_ids"]) for f in features))
        return pad(features)

    marks: list[tuple[float, float]] = []

    class Clock(TrainerCallback):
        def on_step_end(self, args, state, control, **kw):
            marks.append(_now(device))

    with tempfile.TemporaryDirectory() as out:
        args = TrainingArguments(
            output_dir=out, per_device_train_batch_size=spec.batch_size, gradient_accumulation_steps=1,
            max_steps=steps, learning_rate=spec.learning_rate, lr_scheduler_type="constant",
            max_grad_norm=spec.max_grad_norm, bf16=device == "cuda", use_cpu=device == "cpu",
            optim="adamw_torch_fused" if device == "cuda" else "adamw_torch", logging_strategy="no",
            save_strategy="no", report_to=[], dataloader_num_workers=0, remove_unused_columns=False,
            seed=seed, disable_tqdm=True)
        if device == "cuda":
            torch.cuda.reset_peak_memory_stats()
        with contextlib.redirect_stdout(sys.stderr):  # Trainer prints its metrics; keep --json clean
            Trainer(model=model, args=args, train_dataset=rows, data_collator=collate, callbacks=[Clock()]).train()
    # The i-th collated batch is step i's (the loader may fetch one ahead: ignore the extra).
    return _result(real_tokens[:steps], marks, warmup, device)


def _result(tokens: list[int], marks: list[tuple[float, float]], warmup: int, device: str) -> dict:
    """Rates over the steps after warm-up: from the end of step `warmup` to the last step's end."""
    import torch

    counted = sum(tokens[warmup + 1:len(marks)])
    wall = marks[-1][0] - marks[warmup][0]
    cpu = marks[-1][1] - marks[warmup][1]
    out = {"tokens": counted, "seconds": round(wall, 3), "tokens_per_s": round(counted / wall, 1)}
    if device == "cpu":
        out["tokens_per_cpu_s"] = round(counted / cpu, 1)
    if device == "cuda":
        out["peak_memory_gb"] = round(torch.cuda.max_memory_allocated() / 2 ** 30, 2)
    return out


def _median_result(runs: list[dict]) -> dict:
    """The run with the median tokens/s (its memory and CPU figures stay consistent with it)."""
    return sorted(runs, key=lambda r: r["tokens_per_s"])[len(runs) // 2]


def _free() -> None:
    import torch

    gc.collect()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shape", choices=sorted(SHAPES), default="small")
    parser.add_argument("--steps", type=int, default=None, help="measured steps per round (default 5 CPU, 40 GPU)")
    parser.add_argument("--warmup", type=int, default=2)
    # 8 is the LoRA preset's batch for the 8B class; the CPU run uses it too, so the padding a
    # stock Trainer pays is the one a real run pays.
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--max-seq-length", type=int, default=None)
    parser.add_argument("--gradient-checkpointing", action=argparse.BooleanOptionalAction, default=None)
    parser.add_argument("--ablation", action="store_true", help="also our trainer with the other batching")
    parser.add_argument("--rounds", type=int, default=None, help="alternating rounds (default 3 CPU, 1 GPU)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    import torch
    from transformers import AutoTokenizer

    from workbench.train.backends.peft import resolve_batching
    from workbench.train.data import build_examples
    from workbench.train.spec import JobSpec, estimate_parameters

    device = "cuda" if torch.cuda.is_available() else "cpu"
    if args.shape == "8b" and device != "cuda":
        raise SystemExit("--shape 8b needs a CUDA GPU (about 40 GB for LoRA at batch 8 x 2048 tokens)")
    gpu = args.shape == "8b"
    steps = args.steps or (40 if gpu else 5)
    max_len = args.max_seq_length or (4096 if gpu else 1024)
    checkpointing = args.gradient_checkpointing if args.gradient_checkpointing is not None else gpu
    with tempfile.TemporaryDirectory() as tmp:
        folder = model_folder(args.shape, Path(tmp))
        config = json.loads((folder / "config.json").read_text())
        tokenizer = AutoTokenizer.from_pretrained(folder)
        medians = (300, 200) if gpu else (120, 90)
        pairs = chat_pairs(args.batch_size * (steps + args.warmup) * 2, args.seed, *medians)
        examples, stats = build_examples(pairs, tokenizer, max_seq_length=max_len)
        total = steps + args.warmup
        spec = JobSpec(base_model=str(folder), method="lora", model_size="8b" if gpu else "tiny",
                       max_steps=total, batch_size=args.batch_size, grad_accum=1, learning_rate=1e-4,
                       lr_schedule="constant", warmup_ratio=0.0, max_seq_length=max_len, optimizer="adamw",
                       gradient_checkpointing=checkpointing, checkpoint_every=10 ** 6, eval_every=0,
                       seed=args.seed).resolve(config)
        trainers = {"ours": lambda: run_ours(spec, folder, tokenizer, examples, device, args.seed, args.warmup)}
        if args.ablation:
            other = "length_grouped" if resolve_batching(spec, device) == "padding_free" else "padding_free"
            trainers[f"ours_{other}"] = lambda: run_ours(spec.with_overrides(batching=other), folder, tokenizer,
                                                         examples, device, args.seed, args.warmup)
        trainers["baseline"] = lambda: run_baseline(spec, folder, tokenizer, examples, device, args.seed,
                                                    args.warmup, total)
        # Rounds in alternating order: on a machine shared with other jobs the load changes
        # from minute to minute, and a paired, alternating comparison cancels most of that.
        rounds: list[dict] = []
        for r in range(args.rounds or (1 if gpu else 3)):
            names = list(trainers) if r % 2 == 0 else list(reversed(trainers))
            rounds.append({})
            for name in names:
                rounds[-1][name] = trainers[name]()
                _free()
    results = {name: _median_result([rnd[name] for rnd in rounds]) for name in trainers}
    ratios = sorted(rnd["ours"]["tokens_per_s"] / rnd["baseline"]["tokens_per_s"] for rnd in rounds)
    n_params = estimate_parameters(config)
    report = {"shape": args.shape, "device": torch.cuda.get_device_name() if device == "cuda" else "cpu",
              "batching": resolve_batching(spec, device), "attention": _attention(device),
              "torch_threads": torch.get_num_threads(), "parameters": n_params, "batch_size": args.batch_size,
              "measured_steps": steps, "gradient_checkpointing": checkpointing,
              "mean_example_tokens": round(stats.tokens / max(stats.examples, 1), 1),
              "answer_token_share": round(stats.trained_tokens / max(stats.tokens, 1), 3),
              "rounds": len(rounds), "results": results,
              "speedup": round(ratios[len(ratios) // 2], 2), "speedup_per_round": [round(x, 2) for x in ratios]}
    peak = peak_flops(report["device"])
    if peak:
        # Model FLOPs per token: 6N (forward + backward) + causal attention, the usual MFU
        # convention (LoRA skips the frozen weights' gradients, so real utilisation is ~2/3 of it).
        h, layers = config["hidden_size"], config["num_hidden_layers"]
        per_token = 6 * n_params + 6 * layers * h * report["mean_example_tokens"]
        for r in results.values():
            r["mfu"] = round(r["tokens_per_s"] * per_token / peak, 4)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print(report)
    return report


def _print(report: dict) -> None:
    print(f"Apertus {report['shape']} shape ({report['parameters'] / 1e6:,.0f}M parameters) on {report['device']}, "
          f"LoRA, batch {report['batch_size']}, {report['measured_steps']} measured steps, "
          f"mean example {report['mean_example_tokens']:.0f} tokens, "
          f"answers {report['answer_token_share']:.0%} of tokens")
    for name, r in report["results"].items():
        extra = "".join(f", {k} {r[k]}" for k in ("tokens_per_cpu_s", "peak_memory_gb", "mfu") if k in r)
        print(f"  {name:<12} {r['tokens_per_s']:>12,.1f} tokens/s{extra}")
    print(f"  speed-up over the Trainer baseline: {report['speedup']:.2f}x (median of {report['rounds']} "
          f"alternating round(s): {', '.join(f'{x:.2f}x' for x in report['speedup_per_round'])})")


if __name__ == "__main__":
    main()
