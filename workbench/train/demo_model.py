"""The demo's base model: the tiny Apertus, taught the demo corpus for a few hundred steps.

A randomly initialised tiny model answers every prompt with byte soup, so a fine-tune can
only ever look worse or better than noise, and the demo could never show the two things the
go/no-go gate exists for: a real gain in the languages trained, and a regression caught in a
language that was not. So the demo's base first learns `resources/demo/corpus/<locale>.txt`
(short back-office texts written for this purpose, one file per locale; none of it is demo
hold-out or training data, and a test checks that with the contamination check) in the
Apertus chat format: a user turn and the assistant turn that follows, both in the same
locale. The result is a tiny "instruct" model that answers in the prompt's language with
generic back-office sentences, which is what a LoRA run on the demo pairs then specialises.

The build is deterministic for one machine and library set (seeded init, seeded batches,
one thread) and takes a few seconds; it is cached by the hash of everything that goes into
it (corpus, sizes, steps, this module's recipe version), so tests and repeated demos build
it once per machine. `demo_base_model(dest)` copies the cached folder to `dest`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from ..core.hashing import sha256_hex
from .tiny_model import DEMO_DIR, build_tiny_apertus, demo_corpus

CORPUS_DIR = DEMO_DIR / "corpus"

#: Bump when the recipe changes in a way the hash of the inputs below does not show.
RECIPE_VERSION = 1

#: Sizes of the demo base (the test model stays at build_tiny_apertus' defaults).
DEMO_SIZES = {"hidden_size": 64, "num_layers": 2, "num_heads": 4, "num_kv_heads": 2, "intermediate_size": 256}
#: documents: the share of each batch that is plain text of the demo training pairs.
PRETRAIN = {"steps": 600, "batch_size": 16, "learning_rate": 1e-2, "seed": 0, "max_length": 128,
            "documents": 0.3}


def corpus_texts(corpus_dir: Path = CORPUS_DIR) -> dict[str, list[str]]:
    """locale → lines of resources/demo/corpus/<locale>.txt (blank lines skipped)."""
    out: dict[str, list[str]] = {}
    for path in sorted(corpus_dir.glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        if lines:
            out[path.stem] = lines
    return out


def sample_conversation(corpus: dict[str, list[str]], rng) -> list[dict]:
    """A user turn of one locale answered by another line of the same locale, both drawn at
    random: with every line following every other, the one thing to learn is to answer in
    the language one is addressed in (not which line comes next)."""
    locale = sorted(corpus)[int(rng.integers(len(corpus)))]
    lines = corpus[locale]
    i, j = rng.choice(len(lines), size=2, replace=False)
    return [{"role": "user", "content": lines[int(i)]}, {"role": "assistant", "content": lines[int(j)]}]


def pair_documents(demo_dir: Path = DEMO_DIR) -> list[str]:
    """The demo *training* pairs as plain text (prompt, blank line, response), never the
    hold-out: the base reads the back office's language the way a pretrained model has read
    the web, without its chat format; the LoRA runs then teach it to answer."""
    import json

    docs = []
    for path in sorted((demo_dir / "pairs").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                docs.append(f"{row['prompt']}\n\n{row['response']}")
    return docs


def recipe_hash(corpus: dict[str, list[str]] | None = None) -> str:
    corpus = corpus if corpus is not None else corpus_texts()
    return sha256_hex({"v": RECIPE_VERSION, "corpus": corpus, "sizes": DEMO_SIZES, "pretrain": PRETRAIN,
                       "documents": pair_documents(), "tokenizer_corpus": sha256_hex(demo_corpus())})[:16]


def cache_root() -> Path:
    env = os.environ.get("WORKBENCH_MODEL_CACHE")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("apertus-workbench")) / "models"


def demo_base_model(dest: Path | None = None, *, say=lambda _: None) -> Path:
    """The pretrained demo base: built once per recipe into the cache, copied to `dest`
    (when given). Concurrent builders (parallel tests) wait for each other."""
    corpus = corpus_texts()
    cached = cache_root() / f"tiny-apertus-demo-{recipe_hash(corpus)}"
    if not (cached / "model.safetensors").exists():
        cached.parent.mkdir(parents=True, exist_ok=True)
        with _lock(cached.parent / (cached.name + ".lock")):
            if not (cached / "model.safetensors").exists():
                say("teaching the tiny Apertus the demo corpus (once per machine) …")
                tmp = cached.parent / (cached.name + f".tmp{os.getpid()}")
                shutil.rmtree(tmp, ignore_errors=True)
                build_pretrained(tmp, corpus)
                os.replace(tmp, cached)
    if dest is None:
        return cached
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    for f in cached.iterdir():
        if f.is_file():
            shutil.copy2(f, dest / f.name)
    return dest


@contextlib.contextmanager
def _lock(path: Path):
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no cross-process lock
        yield
        return
    with open(path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def build_pretrained(out_dir: Path, corpus: dict[str, list[str]] | None = None) -> dict:
    """Write the tiny Apertus to `out_dir` and train all its weights on the corpus
    conversations. Returns {"first_loss", "last_loss", "steps"}."""
    import torch
    from safetensors.torch import save_file
    from transformers import AutoModelForCausalLM, AutoTokenizer

    corpus = corpus if corpus is not None else corpus_texts()
    texts = [t for lines in corpus.values() for t in lines]
    out_dir = Path(out_dir)
    build_tiny_apertus(out_dir, demo_corpus() + texts, **DEMO_SIZES)
    tok = AutoTokenizer.from_pretrained(str(out_dir))
    p = PRETRAIN
    import numpy as np

    rng = np.random.default_rng(p["seed"])

    documents = pair_documents() if p["documents"] else []

    def encode(conv):
        enc = tok.apply_chat_template(conv, tokenize=True, return_dict=True, return_assistant_tokens_mask=True)
        return enc["input_ids"][:p["max_length"]], enc["assistant_masks"][:p["max_length"]]

    def example():
        if documents and rng.random() < p["documents"]:
            ids = tok(documents[int(rng.integers(len(documents)))])["input_ids"][:p["max_length"]]
            return ids, [1] * len(ids)
        return encode(sample_conversation(corpus, rng))
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # the same numbers on every machine with these libraries
    try:
        torch.manual_seed(p["seed"])
        model = AutoModelForCausalLM.from_pretrained(str(out_dir), dtype=torch.float32)
        model.train()
        opt = torch.optim.AdamW(model.parameters(), lr=p["learning_rate"], weight_decay=0.0)
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda s: min(1.0, (s + 1) / 20) * max(0.05, 1 - s / p["steps"]))
        pad = tok.pad_token_id
        first = last = None
        for step in range(p["steps"]):
            batch = [example() for _ in range(p["batch_size"])]
            width = max(len(b[0]) for b in batch)
            ids = torch.full((len(batch), width), pad, dtype=torch.long)
            labels = torch.full((len(batch), width), -100, dtype=torch.long)
            att = torch.zeros((len(batch), width), dtype=torch.long)
            for row, (seq, m) in enumerate(batch):
                ids[row, :len(seq)] = torch.tensor(seq)
                att[row, :len(seq)] = 1
                labels[row, :len(seq)] = torch.tensor([t if k else -100 for t, k in zip(seq, m)])
            loss = model(input_ids=ids, attention_mask=att, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            last = float(loss.detach())
            first = last if first is None else first
        # Same tensor names as the untrained file (xIELU's beta/eps included, which mlx-lm's
        # strict loader needs), with the trained values.
        from safetensors.torch import load_file

        trained = model.state_dict()
        state = {k: (trained[k] if k in trained else v).detach().to(v.dtype).contiguous()
                 for k, v in load_file(str(out_dir / "model.safetensors")).items()}
        save_file(state, str(out_dir / "model.safetensors"), metadata={"format": "pt"})
    finally:
        torch.set_num_threads(threads)
    return {"first_loss": first, "last_loss": last, "steps": p["steps"]}
