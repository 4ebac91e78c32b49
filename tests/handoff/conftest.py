"""A project that reached the hand-off, built once per session through the real layers:
signed fr-CH and it-CH data (with reviewed de-identification findings), a frozen hold-out, a
registered peft run with a hand-made LoRA checkpoint on the tiny Apertus, a real evaluation
of base and checkpoint, a signed "go" — and the hand-off exported both ways."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PASSWORD

PAIRS = {
    "fr-CH": [("Comment bloquer ma carte ?", "Appelez la centrale de blocage, 24 heures sur 24."),
              ("Quel est le délai de résiliation ?", "Trois mois, par écrit, pour la fin d'un mois."),
              ("Mme Rochat peut-elle changer d'adresse en ligne ?", "Oui, dans le portail clients sous Profil.")],
    "it-CH": [("Come annuncio un sinistro?", "Online o per telefono entro 30 giorni."),
              ("Quando arriva l'estratto conto?", "All'inizio di ogni mese, nel portale clienti.")],
}
HOLDOUT = {
    "fr-CH": [("Qui contacter en cas de perte de la carte ?", "La centrale de blocage.", {"required": ["blocage"]}),
              ("Combien coûte le compte privé ?", "5 francs par mois.", None)],
    "it-CH": [("Come si richiede un estratto conto?", "Dal portale clienti in PDF.", {"required": ["PDF"]})],
}
OWNERS = {"fr-CH": "claire", "it-CH": "giulia"}
STEP = 10


def _add_signed(project, kind, rows, locale, *, findings: bool = False):
    from workbench.core.items import ItemContent
    from workbench.store.items import add_items
    from workbench.store.signoff import on_screen, sign_off
    from workbench.store.users import get_user

    from tests.conftest import deidentify

    contents = [ItemContent.create(kind=kind, locale=locale, prompt=p, response=r, checks=(c[0] if c else None))
                for p, r, *c in rows]
    ids = add_items(project, contents, actor=get_user(project, "max"))
    if findings:
        # A reviewer marks the client's name the detector may miss ("Mme Rochat …" is the last
        # row): it joins the review and is anonymized with whatever the detector finds.
        from workbench.deid.review import mark_missed

        last = [r for r in rows][-1][0]
        start = last.index("Rochat")
        mark_missed(project, ids[-1], "prompt", start, start + len("Rochat"), "PERSON", actor=get_user(project, "max"))
    deidentify(project, ids)
    sign_off(project, on_screen(project, ids), username=OWNERS[locale], password=PASSWORD)
    return ids


def make_lora_checkpoint(base_dir: Path, folder: Path, *, seed: int = 0, scale: float = 0.12) -> Path:
    """A LoRA checkpoint in the trainer's layout (checkpoints.py): peft files plus
    trainer_state.json. Every LoRA matrix is perturbed, moderately: the tuned model answers
    differently from the base without collapsing into one repeated token."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(str(base_dir), dtype=torch.float32)
    peft_model = get_peft_model(model, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"],
                                                  task_type="CAUSAL_LM"))
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in peft_model.named_parameters():
            if "lora_" in name:
                p.copy_(torch.randn(p.shape, generator=gen) * scale)
    folder.mkdir(parents=True, exist_ok=True)
    peft_model.save_pretrained(str(folder))
    (folder / "trainer_state.json").write_text(json.dumps({"step": STEP, "loss": 1.5}), encoding="utf-8")
    return folder


def register_run(project, base_dir: Path, *, backend="peft", method="lora", spec_extra=None) -> dict:
    from workbench.store.runs import create_run
    from workbench.store.snapshots import latest_snapshot
    from workbench.store.users import get_user

    train, hold = latest_snapshot(project, "pair"), latest_snapshot(project, "holdout")
    spec = {"base_model": str(base_dir), "backend": backend, "method": method, "lora_rank": 4, "lora_alpha": 8,
            "target_modules": ["q_proj", "v_proj"], "learning_rate": 2e-4, "epochs": 1, "seed": 7,
            **(spec_extra or {})}
    return create_run(project, spec=spec, backend=backend, method=method, base_model=str(base_dir),
                      train_snapshot=train["id"], holdout_snapshot=hold["id"], seed=7,
                      actor=get_user(project, "erik"), lineage={"train_manifest": train["manifest_hash"]})


def register_checkpoint(project, run: dict, folder: Path, step: int = STEP) -> None:
    from workbench.store.runs import add_checkpoint
    from workbench.train.checkpoints import weights_sha256

    add_checkpoint(project, run["id"], step=step, path=str(folder), train_loss=1.5,
                   sha256=weights_sha256(folder), actor="erik")


@dataclass
class World:
    root: Path
    tiny: Path
    run: dict
    checkpoint: Path
    evaluation: dict
    decision: dict
    adapter_only: Path
    merged: Path
    result_adapter: dict
    result_merged: dict

    def open(self):
        from workbench.store import open_project

        return open_project(self.root)


@pytest.fixture(scope="session")
def handoff_world(_project_template, tiny_model_dir, tmp_path_factory) -> World:
    from workbench.evaluate.decision import decide
    from workbench.evaluate.evaluator import evaluate
    from workbench.handoff.export import export_handoff
    from workbench.store import open_project
    from workbench.store.snapshots import create_snapshot
    from workbench.store.users import get_user

    base = tmp_path_factory.mktemp("handoff_world")
    root = base / "proj"
    shutil.copytree(_project_template, root)
    project = open_project(root)
    try:
        for locale, rows in HOLDOUT.items():
            _add_signed(project, "holdout", rows, locale)
        for owner in sorted({OWNERS[loc] for loc in HOLDOUT}):  # each owner freezes their locale
            create_snapshot(project, kind="holdout", name="hold-out v1", actor=get_user(project, owner),
                            password=PASSWORD)
        for locale, rows in PAIRS.items():
            _add_signed(project, "pair", rows, locale, findings=locale == "fr-CH")
        create_snapshot(project, kind="pairs", name="train v1", actor=get_user(project, "erik"))
        run = register_run(project, tiny_model_dir)
        ckpt = make_lora_checkpoint(tiny_model_dir, Path(run["run_dir"]) / "checkpoints" / f"step-{STEP:06d}")
        register_checkpoint(project, run, ckpt)
        erik = get_user(project, "erik")
        evs = evaluate(project, run["id"], checkpoint=STEP, actor=erik, n_bootstrap=50,
                       decoding={"max_new_tokens": 8, "batch_size": 4})
        # The tiny model is random, so the policy may well say no-go: the decision overrules
        # it with a rationale, which the decision API allows and records.
        decision = decide(project, run["id"], username="claire", password=PASSWORD, decision="go",
                          checkpoint=f"step-{STEP:06d}",
                          rationale="test fixture: the tiny random model cannot pass the policy, go anyway")
        result_adapter = export_handoff(project, run["id"], out=base / "adapter-only", checkpoint=STEP, actor=erik)
        result_merged = export_handoff(project, run["id"], out=base / "merged", merged=True, actor=erik)
    finally:
        project.close()
    return World(root=root, tiny=Path(tiny_model_dir), run=run, checkpoint=ckpt, evaluation=evs[-1],
                 decision=decision, adapter_only=base / "adapter-only", merged=base / "merged",
                 result_adapter=result_adapter, result_merged=result_merged)


def record_decision(project, run, checkpoint="step-000010", decision="go", signer="claire"):
    """A signed decision resting on a stored evaluation of the checkpoint, written through the
    store's own API (what the evaluator and `decide` call). The assessment itself is not under
    test where this is used: the gate in front of a hand-off is."""
    from workbench.store import evaluations as evals
    from workbench.store.users import get_user

    step = int(checkpoint.removeprefix("step-"))
    erik = get_user(project, "erik")
    ev = evals.start_evaluation(project, run_id=run["id"], step=step, snapshot_id=run["holdout_snapshot"],
                                backend=run["backend"], settings={"fixture": True}, actor=erik)
    ev = evals.finish_evaluation(project, ev["id"], answers=[], scores=[], actor=erik)
    payload = {"run": run["id"], "checkpoint": checkpoint,
               "evaluations": {checkpoint: {"id": ev["id"], "answers_hash": ev["answers_hash"]}}}
    return evals.add_decision(project, run_id=run["id"], checkpoint=checkpoint, recommendation=decision,
                              decision=decision, rationale="", payload=payload, signer=get_user(project, signer),
                              password=PASSWORD, meaning=f"{decision.upper()} for {checkpoint}")
