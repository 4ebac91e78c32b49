"""Builders for evaluation tests: a signed, frozen hold-out, LoRA checkpoints made without
the training runner (tiny Apertus + peft/mlx-lm, perturbed adapter weights), a registered run."""

from __future__ import annotations

import json
import re
from pathlib import Path

from workbench.core.items import ItemContent
from workbench.store import items as store_items
from workbench.store import runs, signoff, snapshots
from workbench.store.users import get_user
from tests.conftest import deidentify

PASSWORD = "secret-pw-2026"
OWNERS = {"fr-CH": "claire", "it-CH": "giulia"}

FR = [
    ("Quel est le délai pour contester une facture?", "Vous avez 30 jours pour contester la facture par écrit.",
     {"required": ["30 jours"], "forbidden": ["10 jours"]}),
    ("Comment bloquer ma carte?", "Appelez le numéro de blocage 24 heures sur 24 ou bloquez-la dans l'e-banking.",
     {"required": ["e-banking"]}),
    ("La police ménage couvre-t-elle les dégâts d'eau?", "Oui, les dégâts d'eau sont couverts jusqu'à CHF 10'000.",
     {"regex": r"10[' ’]?000"}),
]
IT = [
    ("Quando posso prelevare il pilastro 3a?",
     "Al più presto cinque anni prima dell'età di riferimento AVS, cioè dai 60 anni.",
     {"required": ["60 anni"]}),
    ("Come annuncio un sinistro?", "Annunci il sinistro online o per telefono entro 30 giorni.",
     {"forbidden": ["per fax"]}),
    ("Quali documenti servono per aprire un conto?",
     "Servono un documento d'identità valido e un giustificativo di domicilio.",
     {}),
]


def distinctive_word(answer: str, other: str) -> str | None:
    """A word of `answer` that `other` lacks: planted as a required term, the base (which
    said it) passes the check and the tuned model (which did not) newly fails it."""
    for w in re.findall(r"[^\W\d_]{3,}", answer):
        if w.casefold() not in other.casefold():
            return w
    return None


def clean_for_reference(text: str) -> str:
    """A generated answer made acceptable as item text (no control bytes, no U+FFFD)."""
    text = re.sub(r"[\x00-\x1f\x7f\ufffd]", " ", text)
    return " ".join(text.split()) or "vuoto"


def add_holdout(project, locale: str, rows) -> list[int]:
    contents = [ItemContent.create(kind="holdout", locale=locale, prompt=p, response=r, checks=c or None)
                for p, r, c in rows]
    ids = store_items.add_items(project, contents, actor=get_user(project, "max"))
    deidentify(project, ids)
    signoff.sign_off(project, signoff.on_screen(project, ids), username=OWNERS[locale], password=PASSWORD)
    return ids


def signed_world(project, holdout: dict[str, list]) -> tuple[dict, dict]:
    """Hold-out items per locale signed by their owners and frozen; a small training snapshot."""
    for locale, rows in holdout.items():
        add_holdout(project, locale, rows)
    pairs = store_items.add_items(project, [
        ItemContent.create(kind="pair", locale="fr-CH", prompt=f"Question {i} sur mon compte",
                           response=f"Réponse {i}.")
        for i in range(3)], actor=get_user(project, "max"))
    deidentify(project, pairs)
    signoff.sign_off(project, signoff.on_screen(project, pairs), username="claire", password=PASSWORD)
    for locale in sorted(holdout):  # each locale's owner freezes their part of the hold-out
        frozen = snapshots.create_snapshot(project, kind="holdout", name="hold-out v1",
                                           actor=get_user(project, OWNERS[locale]), password=PASSWORD)
    train = snapshots.create_snapshot(project, kind="pairs", name="train v1", actor=get_user(project, "erik"))
    return train, frozen


def make_peft_checkpoint(base_dir: Path, out: Path, *, seed: int, scale: float = 0.5) -> Path:
    """A LoRA adapter in the training runner's layout, with random (not zero) B matrices so
    the tuned model really answers differently from the base."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(seed)  # lora_A is initialised from the global generator
    model = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32)
    peft_model = get_peft_model(model, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj", "up_proj"]))
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in peft_model.named_parameters():
            if "lora_B" in name:
                p.copy_(torch.randn(p.shape, generator=gen) * scale)
    out.mkdir(parents=True, exist_ok=True)
    peft_model.save_pretrained(str(out))
    return out


def make_mlx_checkpoint(base_dir: Path, out: Path, *, seed: int, scale: float = 0.5) -> Path:
    """An mlx-lm LoRA adapter (adapters.safetensors + adapter_config.json), B matrices perturbed."""
    import mlx.core as mx
    import mlx_lm
    from mlx.utils import tree_flatten
    from mlx_lm.tuner.utils import linear_to_lora_layers

    model, _ = mlx_lm.load(str(base_dir))
    config = {"fine_tune_type": "lora", "num_layers": 2,
              "lora_parameters": {"rank": 4, "scale": 2.0, "dropout": 0.0,
                                  "keys": ["self_attn.q_proj", "self_attn.v_proj"]}}
    linear_to_lora_layers(model, config["num_layers"], config["lora_parameters"])
    mx.random.seed(seed)
    perturbed = [(n, mx.random.normal(p.shape) * scale) for n, p in tree_flatten(model.parameters())
                 if n.endswith("lora_b")]
    model.load_weights(perturbed, strict=False)
    adapters = {n: p for n, p in tree_flatten(model.parameters()) if n.endswith(("lora_a", "lora_b"))}
    out.mkdir(parents=True, exist_ok=True)
    mx.save_safetensors(str(out / "adapters.safetensors"), adapters)
    (out / "adapter_config.json").write_text(json.dumps(config))
    return out


def register_run(project, base_dir: Path, train: dict, frozen: dict, *, backend: str = "peft",
                 method: str = "lora") -> dict:
    return runs.create_run(project, spec={"base_model": str(base_dir), "method": method, "backend": backend},
                           backend=backend, method=method, base_model=str(base_dir),
                           train_snapshot=train["id"], holdout_snapshot=frozen["id"], seed=0,
                           actor=get_user(project, "erik"), lineage={"train_manifest": train["manifest_hash"]})


def add_checkpoint(project, run: dict, step: int, maker, base_dir: Path, *, seed: int) -> Path:
    path = maker(base_dir, Path(run["run_dir"]) / "checkpoints" / f"step-{step:06d}", seed=seed)
    runs.add_checkpoint(project, run["id"], step=step, path=str(path), train_loss=2.0 - step / 100,
                        actor="erik")
    return path
