"""The whole method on the demo project, as the demo users would walk it.

    prepare_demo(project)        de-identify, review, sign off per locale as its owner,
                                 freeze the hold-out, take the training snapshot, put the
                                 demo base (the tiny Apertus, taught the demo corpus for a
                                 few hundred steps: train/demo_model.py) into the project,
                                 set the demo's decoding and policy
    run_demo_loop(folder)        the above, then the two demo runs (DEMO_RUNS), each a LoRA
                                 run on the CPU evaluated against the base per locale, each
                                 decision signed by the de-CH owner, not the engineer who
                                 launched the run

The two runs are judged by the project's policy (the default one) with numbers from real
training and evaluation: one trains on every locale's pairs at a moderate learning rate and
learns the back office's house style (each answer opens with the office's greeting line in
the customer's language, as every demo answer and reference does), one is pushed too far
(English pairs only, learning rate 0.08) and answers every locale in English. Nothing is
planted: whatever the policy says about the real scores is printed and signed as it says.

`workbench demo --headless` prints what run_demo_loop returns; the desktop demo opens a
project that prepare_demo made ready to train (a few drafts left for the review screens).
Every step goes through the same functions the CLI and the GUI call, with the same audit
entries: the demo proves the product, it does not imitate it.
"""

from __future__ import annotations

import random

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..store.demo import DEMO_PASSWORD, OWNER_OF, create_demo_project
from ..store.project import Project

#: Who signs the demo's go/no-go: not erik, who launches the run (separation of duties).
DEMO_DECIDER = "anna"

#: Where prepare_demo writes the tiny Apertus inside the project folder.
TINY_MODEL = Path("models") / "tiny-apertus"

#: The demo's balanced LoRA run on every locale's pairs (also what the desktop demo's
#: training page proposes): short enough for a laptop CPU.
DEMO_TRAINING = {"method": "lora", "max_steps": 120, "batch_size": 8, "learning_rate": 3e-2,
                 "checkpoint_every": 120, "seed": 7, "name": "demo LoRA — every locale"}
#: Apertus' own sampling (temperature 0.8, top-p 0.9) over 3 fixed seeds, the same for the
#: base and the checkpoints, every hold-out item in one batch; short answers, since the
#: comparison needs only the same settings.
DEMO_DECODING = {"max_new_tokens": 32, "batch_size": 120, "temperature": 0.8, "top_p": 0.9, "samples": 3}


@dataclass(frozen=True)
class DemoRun:
    """One of the headless demo's runs: which pairs it trains on and how hard."""
    key: str
    title: str
    training: dict
    locales: tuple[str, ...] | None = None   # None: the full training snapshot


DEMO_RUNS = (
    DemoRun("balanced", "every locale's pairs, moderate learning rate", DEMO_TRAINING),
    DemoRun("pushed", "pushed too far: English pairs only, learning rate 0.08",
            {**DEMO_TRAINING, "learning_rate": 8e-2, "max_steps": 80, "checkpoint_every": 80,
             "name": "demo LoRA — English only, pushed too far"}, locales=("en",)),
)


Say = Callable[[str], None]


@dataclass
class DemoOutcome:
    demo_run: DemoRun
    run: dict
    assessment: object            # evaluate.decision.Assessment
    decision: dict


@dataclass
class DemoResult:
    project: Project
    outcomes: list[DemoOutcome]

    @property
    def run(self) -> dict:        # the first run (what the desktop demo trains)
        return self.outcomes[0].run

    @property
    def decision(self) -> dict:
        return self.outcomes[0].decision

    @property
    def assessment(self):
        return self.outcomes[0].assessment


def tiny_model_path(project: Project) -> Path:
    return project.root / TINY_MODEL


def prepare_demo(project: Project, *, leave_drafts: int = 0, say: Say = lambda _: None) -> dict:
    """Bring a fresh demo project to "ready to train". With `leave_drafts`, that many pairs
    per locale stay drafts (not in the training snapshot) so review screens have work."""
    from ..deid.pipeline import run_deid
    from ..deid.review import apply_reviewed, decide, list_findings
    from ..store.demo import DEMO_USE_CASES
    from ..store.items import list_items
    from ..store.signoff import on_screen, sign_off
    from ..store.snapshots import create_snapshot
    from ..store.usecases import sign_scope
    from ..store.users import get_user
    from ..train.demo_model import demo_base_model

    # Scope first: each use case's owners sign what it is for, in which languages, touching
    # which data classes.
    for use_case, scope in DEMO_USE_CASES.items():
        for owner in scope["owners"]:
            sign_scope(project, use_case, username=owner, password=DEMO_PASSWORD)
    say(f"  scopes signed by their owners: {', '.join(DEMO_USE_CASES)}")
    reviewer = get_user(project, "max")
    keep: set[int] = set()
    if leave_drafts:
        for locale in OWNER_OF:
            pairs = list_items(project, kind="pair", locale=locale, status="draft")
            keep |= {p["id"] for p in pairs[-leave_drafts:]}
    todo = [i["id"] for i in list_items(project, status="draft") if i["id"] not in keep]
    say(f"de-identifying {len(todo)} items …")
    summary = run_deid(project, actor=reviewer, item_ids=todo, processes=1)
    pending = [f["id"] for f in list_findings(project, item_ids=todo, decision="pending", with_text=False)]
    if pending:
        # The demo reviewer confirms every finding; a real reviewer decides one by one.
        decide(project, pending, "accepted", actor=reviewer)
        # Surrogates drawn from a seeded generator: every demo project holds the same texts, so
        # the numbers the README quotes come out again.
        apply_reviewed(project, actor=reviewer, item_ids=todo, rng=random.Random(0))
    say(f"  {summary.findings} personal-data findings reviewed and anonymized")
    signed = 0
    for locale, owner in OWNER_OF.items():
        for kind in ("holdout", "pair"):
            ids = [i["id"] for i in list_items(project, kind=kind, locale=locale)
                   if i["status"] in ("deidentified", "in_review") and i["id"] not in keep]
            if ids:
                sign_off(project, on_screen(project, ids), username=owner, password=DEMO_PASSWORD)
                signed += len(ids)
    say(f"  {signed} items signed off by their locale's domain owner")
    # Per use case, each locale's owner freezes their part of the use case's hold-out
    # (separation of duties); the back office's snapshots come last: they are the defaults.
    snaps = {}
    for use_case in ("contracts", "back-office"):
        owners = sorted({OWNER_OF[loc] for loc in DEMO_USE_CASES[use_case]["locales"]})
        for owner in owners:
            holdout = create_snapshot(project, kind="holdout", name=f"{use_case} hold-out v1",
                                      actor=get_user(project, owner), password=DEMO_PASSWORD, use_case=use_case)
        train = create_snapshot(project, kind="pairs", name=f"{use_case} training v1", actor=get_user(project, "erik"),
                                use_case=use_case)
        snaps[use_case] = (holdout, train)
        say(f"  {use_case}: hold-out frozen ({holdout['id']}), training snapshot {train['id']}")
    holdout, train = snaps["back-office"]
    model = tiny_model_path(project)
    if not (model / "config.json").exists():
        demo_base_model(model, say=say)
    # The project's decoding settings: what the evaluation after each checkpoint of a run
    # launched from the window uses, so the demo's runs are judged as the headless loop's.
    from ..store.evaluations import DECODING_KEY, set_json_setting

    set_json_setting(project, DECODING_KEY, DEMO_DECODING, actor=get_user(project, "erik"))
    return {"holdout": holdout, "train": train, "model": model, "findings": summary.findings}


def create_prepared_demo(folder: Path | str, *, leave_drafts: int = 5, say: Say = lambda _: None) -> Project:
    """A new demo project, ready to train (what the desktop demo opens)."""
    project = create_demo_project(folder)
    prepare_demo(project, leave_drafts=leave_drafts, say=say)
    return project


def train_and_evaluate(project: Project, *, backend: str = "peft", say: Say = lambda _: None,
                       on_event: Callable[[dict], None] | None = None, wait: bool = True,
                       training: dict | None = None, train_snapshot: str | None = None) -> dict:
    """Train the demo base on a training snapshot (default: the latest) as the demo engineer
    and, with `wait`, follow it to the end and evaluate the base and every checkpoint.
    `training`: the run's settings (default DEMO_TRAINING). Returns the run."""
    from ..core.errors import WorkbenchError
    from ..store.users import get_user
    from ..train import runner
    from ..train.spec import JobSpec
    from .evaluator import evaluate

    model = tiny_model_path(project)
    if not (model / "config.json").exists():
        from ..train.demo_model import demo_base_model

        demo_base_model(model, say=say)
    engineer = get_user(project, "erik")
    spec = JobSpec.from_dict({"base_model": str(model), "backend": backend, **(training or DEMO_TRAINING),
                              "train_snapshot": train_snapshot})
    run = runner.launch_run(project, spec, engineer)
    say(f"training {run['id']} ({spec.name}: {spec.method} on {backend}, {spec.max_steps} steps, "
        f"learning rate {spec.learning_rate:g}) …")
    if not wait:
        return run
    for event in runner.follow(run["run_dir"]):
        if on_event:
            on_event(event)
        if event["type"] in ("error", "interrupted"):
            raise WorkbenchError(f"the demo training run failed: {event.get('message')} "
                                 f"(see {Path(run['run_dir']) / 'worker.log'})")
    say("evaluating the base model and every checkpoint on the frozen hold-out …")
    evaluate(project, run["id"], decoding=DEMO_DECODING, actor=engineer)
    return runner.get_run(project, run["id"])


def run_demo_loop(folder: Path | str, *, backend: str = "peft", say: Say = print,
                  on_event: Callable[[dict], None] | None = None,
                  runs: tuple[DemoRun, ...] = DEMO_RUNS) -> DemoResult:
    """Walk the whole loop on a fresh demo project in `folder`: every run of `runs` trained,
    evaluated against the base and decided as the policy recommends, signed by DEMO_DECIDER."""
    from ..store.snapshots import create_snapshot
    from ..store.users import get_user
    from .decision import assess, decide, decision_meaning

    project = create_demo_project(folder)
    say(f"demo project: {project.root}")
    prepared = prepare_demo(project, say=say)
    outcomes = []
    for number, demo_run in enumerate(runs, 1):
        say(f"run {number} of {len(runs)}: {demo_run.title}")
        snap = prepared["train"]
        if demo_run.locales:
            snap = create_snapshot(project, kind="pairs", name=f"training v1 ({', '.join(demo_run.locales)} only)",
                                   actor=get_user(project, "erik"), locales=list(demo_run.locales),
                                   use_case=prepared["train"]["use_case"])
        run = train_and_evaluate(project, backend=backend, say=say, on_event=on_event,
                                 training=demo_run.training, train_snapshot=snap["id"])
        a = assess(project, run["id"])
        rec = a.recommendation
        verdict = rec.verdict_for(rec.checkpoint)
        # erik launched the run, so separation of duties has someone else sign: the de-CH owner
        # signs what the policy recommends (overruling it would need a rationale).
        d = decide(project, run["id"], username=DEMO_DECIDER, password=DEMO_PASSWORD,
                   decision=rec.recommendation, checkpoint=rec.checkpoint,
                   meaning=decision_meaning(run["id"], rec.checkpoint, rec.recommendation, verdict.verdict))
        outcomes.append(DemoOutcome(demo_run, run, a, d))
    return DemoResult(project, outcomes)
