"""A project with two use cases whose adapters were handed off, and a newer hold-out (v2) of
"back-office" on which its adapter does worse than the base — built the real way.

How v2 is made so that the adapter fails it, honestly: the new fr-CH items' reference answers
are what the *base* model itself says to their prompts (generated here with the evaluator's own
generator and decoding). The items are then imported, de-identified and signed off like any
other, and the hold-out v2 is frozen by its owners. On those items the base scores near 100
chrF++ and the tuned checkpoint (its LoRA weights perturbed) answers differently, so the real
evaluation and the real policy find that fr-CH lost its gain: nothing in the finding is planted.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import PASSWORD
from tests.handoff.conftest import make_lora_checkpoint, register_checkpoint
from tests.usecases.conftest import add_signed, make_two_use_cases

DECODING = {"max_new_tokens": 4, "batch_size": 8}
N_BOOTSTRAP = 50
V2_PROMPTS = ["Comment ouvrir un compte épargne ?", "Quels sont les frais d'un virement à l'étranger ?",
              "Comment changer mon code PIN ?", "Où trouver mon relevé de compte annuel ?",
              "Comment annoncer un changement d'adresse ?", "Quel est le taux d'intérêt du compte jeunesse ?",
              "Comment résilier une carte de crédit ?", "Combien de temps dure un virement SEPA ?"]


@dataclass
class RecheckWorld:
    root: Path
    tiny: Path
    runs: dict            # use case → run
    handoffs: dict        # use case → export result
    holdout_v1: str
    holdout_v2: str

    def open(self):
        from workbench.store import open_project

        return open_project(self.root)

    def copy(self, dest: Path) -> Path:
        """A private copy of the project (the hand-off folders stay shared, read-only in use)."""
        shutil.copytree(self.root, dest)
        return dest


def _run(project, tiny: Path, use_case: str, snaps: dict, seed: int) -> dict:
    from workbench.store.runs import create_run
    from workbench.store.users import get_user

    spec = {"base_model": str(tiny), "backend": "peft", "method": "lora", "lora_rank": 4, "lora_alpha": 8,
            "target_modules": ["q_proj", "v_proj"], "learning_rate": 2e-4, "epochs": 1, "seed": seed}
    train, hold = snaps[use_case]["train"], snaps[use_case]["holdout"]
    run = create_run(project, spec=spec, backend="peft", method="lora", base_model=str(tiny),
                     train_snapshot=train["id"], holdout_snapshot=hold["id"], seed=seed,
                     actor=get_user(project, "erik"), lineage={"train_manifest": train["manifest_hash"]},
                     use_case=use_case)
    folder = make_lora_checkpoint(tiny, Path(run["run_dir"]) / "checkpoints" / "step-000010", seed=seed)
    register_checkpoint(project, run, folder)
    return run


def _go_and_handoff(project, run: dict, out: Path) -> dict:
    from workbench.evaluate.decision import decide
    from workbench.evaluate.evaluator import evaluate
    from workbench.handoff.export import export_handoff
    from workbench.store.users import get_user

    erik = get_user(project, "erik")
    evaluate(project, run["id"], checkpoint=10, actor=erik, n_bootstrap=N_BOOTSTRAP, decoding=DECODING)
    # The tiny random model may not pass the policy on v1: the GO overrules it with a rationale.
    decide(project, run["id"], username="claire", password=PASSWORD, decision="go", checkpoint="step-000010",
           rationale="test fixture: the tiny random model cannot pass the policy, go anyway")
    return export_handoff(project, run["id"], out=out, checkpoint=10, actor=erik)


def base_answers(tiny: Path, prompts: list[str]) -> list[str]:
    """What the base model answers to these prompts under the re-check's decoding."""
    from workbench.evaluate.generation import DecodingSettings, conversation
    from workbench.evaluate.generators import open_generator

    gen = open_generator("peft", str(tiny), DecodingSettings.from_dict(DECODING), method="lora")
    try:
        gen.use(None)
        return [g.answer for g in gen.generate([conversation({"prompt": p}) for p in prompts])]
    finally:
        gen.close()


def build(base: Path, template: Path, tiny: Path) -> RecheckWorld:
    from workbench.store import open_project
    from workbench.store.snapshots import create_snapshot
    from workbench.store.users import get_user

    root = base / "proj"
    shutil.copytree(template, root)
    project = open_project(root)
    try:
        snaps = make_two_use_cases(project)
        # The fixture's hold-outs hold one to three items per locale: the project's policy
        # judges locales from two items on (a signed policy change), so the rules decide.
        from workbench.evaluate.decision import set_policy

        set_policy(project, {"min_items": 2}, username="admin", password=PASSWORD)
        runs = {uc: _run(project, Path(tiny), uc, snaps, seed) for uc, seed in (("back-office", 3),
                                                                                ("contracts", 5))}
        handoffs = {uc: _go_and_handoff(project, run, base / f"handoff-{uc}") for uc, run in runs.items()}
        answers = base_answers(Path(tiny), V2_PROMPTS)
        rows = [("fr-CH", p, a) for p, a in zip(V2_PROMPTS, answers) if a.strip()]
        assert len(rows) >= 5, f"the tiny base answered too few prompts: {answers}"
        add_signed(project, "back-office", "holdout", rows)
        v2 = None
        for owner in ("claire", "giulia"):
            v2 = create_snapshot(project, kind="holdout", name="back-office hold-out v2",
                                 actor=get_user(project, owner), password=PASSWORD, use_case="back-office")
        project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        project.close()
    return RecheckWorld(root=root, tiny=Path(tiny), runs=runs, handoffs=handoffs,
                        holdout_v1=snaps["back-office"]["holdout"]["id"], holdout_v2=v2["id"])
