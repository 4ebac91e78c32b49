"""Evaluate a run: the base model and each checkpoint on the run's frozen hold-out snapshot.

    evaluate(project, run_id)                  # base + every registered checkpoint
    evaluate(project, run_id, checkpoint=20)   # base (if not yet) + step 20

The base is evaluated once per run and settings and reused for every checkpoint's deltas (when
a baseline evaluation of the base model alone on the same hold-out under the same settings
exists, evaluate/baseline.py, the run's base is recorded from its answers, not generated); a
model state already evaluated under the same settings is skipped (the worker spawned after
each checkpoint may run twice; the result would be the same). Two evaluations of one run
never run at once: a lock file in the run folder makes the second wait, then find the base
done. Progress goes to `runs/<run>/eval_events.jsonl` (the run's event log format, see
train/events.py) and to a callback, which gets each event as written.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..core.errors import StateError, ValidationError, WorkbenchError
from ..core.hashing import sha256_hex
from ..core.roles import Action, check
from ..store import evaluations as store
from ..store.project import Project
from ..store.runs import get_run, list_checkpoints
from ..store.signoff import is_signed
from ..store.snapshots import get_snapshot, snapshot_items, verify_snapshot
from ..train.events import EventLog
from .generation import Conversation, DecodingSettings, Generator, conversation
from .generators import open_generator
from .metrics import BOOTSTRAP_SEED, N_BOOTSTRAP, cli_arguments
from .scoring import answer_rows, locale_scores

EVENTS_FILE = "eval_events.jsonl"
Progress = Callable[[dict], None]


def parse_checkpoint(value) -> int | str | None:
    """None (all), 'base', 'latest', or a step number from 20, '20' or 'step-000020'."""
    if value is None or value == "all":
        return None
    if isinstance(value, int):
        return value
    v = str(value).strip().lower()
    if v in ("base", "latest"):
        return v
    v = v.removeprefix("step-").removeprefix("step")
    if v.isdigit():
        return int(v)
    raise ValidationError(f"unknown checkpoint '{value}': give a step (20 or step-000020), 'base', "
                          "'latest' or 'all'")


def decoding_for(project: Project, run: dict, decoding: DecodingSettings | dict | None) -> DecodingSettings:
    """Explicit settings, else the project's, else the defaults; the run's system prompt
    applies to items without their own (the model was trained with it)."""
    if isinstance(decoding, DecodingSettings):
        settings = decoding
    else:
        settings = DecodingSettings.from_dict(decoding if decoding is not None
                                              else store.get_json_setting(project, store.DECODING_KEY))
    spec_system = (run.get("spec") or {}).get("system_prompt")
    if settings.system_prompt is None and isinstance(spec_system, str) and spec_system.strip():
        settings = DecodingSettings.from_dict({**settings.as_dict(), "system_prompt": spec_system})
    return settings


def holdout_items(project: Project, run: dict, holdout: str | None = None) -> tuple[dict, list[dict]]:
    """The run's frozen hold-out (or `holdout`: a newer frozen hold-out of the run's use
    case, for a drift re-check), checked: manifest intact and every revision signed."""
    snap = get_snapshot(project, holdout or run["holdout_snapshot"])
    if snap["id"] != run["holdout_snapshot"]:
        if snap["kind"] != "holdout":
            raise ValidationError(f"snapshot {snap['id']} is a {snap['kind']} snapshot, not a hold-out")
        if snap.get("use_case") != run.get("use_case"):
            raise ValidationError(
                f"hold-out {snap['id']} belongs to {snap.get('use_case') or 'no use case'}, run {run['id']} to "
                f"{run.get('use_case') or 'no use case'}: a run is only judged on its own use case's hold-outs")
    if not snap["frozen"]:
        raise StateError(f"snapshot {snap['id']} is not a frozen hold-out: a run is evaluated on its frozen hold-out")
    if not verify_snapshot(project, snap["id"]):
        raise StateError(f"hold-out {snap['id']} does not match its manifest hash: the database was altered")
    items = snapshot_items(project, snap["id"])
    unsigned = [i["id"] for i in items if not is_signed(project, i["id"], i["rev"], i["content_hash"])]
    if unsigned:
        raise StateError(f"hold-out {snap['id']} names unsigned revisions (items {unsigned[:5]})")
    if not items:
        raise StateError(f"hold-out {snap['id']} is empty")
    return snap, items


def _targets(project: Project, run: dict, which) -> list[dict]:
    ckpts = list_checkpoints(project, run["id"])
    if which == "base":
        return []
    if which is None:
        return ckpts
    if not ckpts:
        raise StateError(f"run {run['id']} has no checkpoints yet")
    if which == "latest":
        return [ckpts[-1]]
    found = [c for c in ckpts if c["step"] == which]
    if not found:
        raise ValidationError(f"run {run['id']} has no checkpoint at step {which}: it has "
                              + ", ".join(str(c["step"]) for c in ckpts))
    return found


def checkpoint_path(project: Project, ckpt: dict) -> Path:
    path = Path(ckpt["path"])
    path = path if path.is_absolute() else project.root / path
    if not path.is_dir():
        raise StateError(f"checkpoint folder {path} of step {ckpt['step']} is missing")
    return path


@contextlib.contextmanager
def run_lock(run_dir: Path):
    """Serialise evaluations of one run across processes (POSIX advisory lock; where fcntl
    is missing, e.g. Windows, evaluations are simply not serialised)."""
    run_dir.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with open(run_dir / "eval.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def package_versions(backend: str) -> dict[str, str | None]:
    """Versions of what generates and scores, read without importing them: an upgrade of
    transformers between the base and a checkpoint would make the comparison unfair, so the
    versions are part of what makes two evaluations comparable."""
    from importlib.metadata import PackageNotFoundError, version

    names = ["sacrebleu"] + (["torch", "transformers", "peft", "bitsandbytes"] if backend == "peft"
                             else ["mlx", "mlx-lm"])
    out: dict[str, str | None] = {}
    for name in names:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    return out


def comparable_settings(run: dict, settings: DecodingSettings, items: list[dict], n_bootstrap: int) -> dict:
    """What must be equal for two evaluations of a run to be compared (hashed into settings_hash)."""
    return {
        "decoding": settings.as_dict(), "backend": run["backend"], "method": run["method"],
        "base_model": run["base_model"], "bootstrap": {"n": n_bootstrap, "seed": BOOTSTRAP_SEED},
        "sacrebleu": {loc: " ".join(cli_arguments(loc)) for loc in sorted({i["locale"] for i in items})},
        "packages": package_versions(run["backend"]),
    }


@dataclass(frozen=True)
class EvalJob:
    """What the evaluations of one call share: the run and its hold-out, the loaded model,
    the settings that make them comparable, who asked, and where progress goes."""

    project: Project
    run: dict
    snapshot: dict
    items: list[dict]
    conversations: list[Conversation]
    generator: Generator
    comparable: dict
    settings_hash: str
    software: dict          # library versions and device: recorded, not compared
    actor: str
    n_bootstrap: int
    events: EventLog


def evaluate(project: Project, run_id: str, checkpoint=None, *, decoding=None, actor=None,
             force: bool = False, n_bootstrap: int = N_BOOTSTRAP, progress: Progress | None = None,
             generator: Generator | None = None, holdout: str | None = None) -> list[dict]:
    """Evaluate base and checkpoint(s) of a run; return their completed evaluations (base first).
    `holdout`: another frozen hold-out of the run's use case (default: the run's own)."""
    check(actor, Action.EVALUATE)
    run = get_run(project, run_id)
    which = parse_checkpoint(checkpoint)
    snap, items = holdout_items(project, run, holdout)
    settings = decoding_for(project, run, decoding)
    comparable = comparable_settings(run, settings, items, n_bootstrap)
    s_hash = sha256_hex(comparable)
    run_dir = Path(run["run_dir"])
    with run_lock(run_dir), EventLog(run_dir, name=EVENTS_FILE, on_event=progress) as events:
        targets = _targets(project, run, which)
        done = {c: store.find_completed(project, run["id"], c, settings_hash=s_hash, snapshot_id=snap["id"])
                for c in ["base", *(store.checkpoint_label(t["step"]) for t in targets)]}
        base_todo = force or done["base"] is None
        todo = [t for t in targets if force or done[store.checkpoint_label(t["step"])] is None]
        results = [] if base_todo else [dict(done["base"], reused=True)]
        if not base_todo and not todo:
            events.emit("eval.skipped", run=run["id"], reason="already evaluated under these settings")
            return results + [dict(done[store.checkpoint_label(t["step"])], reused=True) for t in targets]
        paths = {t["step"]: checkpoint_path(project, t) for t in todo}
        baseline = None if force or not base_todo else store.find_baseline(project, snap["id"], s_hash)
        if baseline is not None:
            # The base model was evaluated alone on this hold-out under these settings before
            # the run: the run is compared against that same evaluation, not a regenerated one.
            done["base"] = store.adopt_baseline(project, run["id"], baseline, actor=actor)
            events.emit("eval.baseline_reused", run=run["id"], checkpoint="base", evaluation=done["base"]["id"],
                        baseline=baseline["id"])
            results.append(dict(done["base"], reused=True))
            base_todo = False
            if not todo:
                return results + [dict(done[store.checkpoint_label(t["step"])], reused=True) for t in targets]
        gen = generator or open_base_generator(run, settings)
        try:
            job = EvalJob(project=project, run=run, snapshot=snap, items=items,
                          conversations=[conversation(i, settings.system_prompt) for i in items],
                          generator=gen, comparable=comparable, settings_hash=s_hash,
                          software=gen.describe(), actor=actor, n_bootstrap=n_bootstrap, events=events)
            if base_todo:
                gen.use(None)
                base = _evaluate_one(job, None, base_rows=None)
                results.append(base)
            else:
                base = done["base"]
            base_rows = store.answers(project, base["id"])
            for t in targets:
                label = store.checkpoint_label(t["step"])
                if t not in todo:
                    results.append(dict(done[label], reused=True))
                    continue
                gen.use(paths[t["step"]])
                results.append(_evaluate_one(job, t["step"], base_rows=base_rows,
                                             checkpoint={"path": str(paths[t["step"]]), "sha256": t["sha256"]}))
            gen.use(None)
        finally:
            if generator is None:
                gen.close()
    return results


def open_base_generator(run: dict, settings: DecodingSettings) -> Generator:
    try:
        return open_generator(run["backend"], run["base_model"], settings, method=run["method"])
    except OSError as exc:
        raise WorkbenchError(
            f"cannot load the base model '{run['base_model']}': {exc}. Check the path, or that the "
            "model is in the local Hugging Face cache (nothing is downloaded during evaluation)") from exc


def _generate(job: EvalJob, tick) -> dict[int, dict]:
    """item id → {"answer", "new_tokens"} (greedy), plus "samples" — one answer per fixed seed,
    the same seeds for every model state — under sampled decoding."""
    decoding = DecodingSettings.from_dict(job.comparable["decoding"])
    if decoding.samples == 1:
        generated = job.generator.generate(job.conversations, progress=tick)
        return {i["id"]: {"answer": g.answer, "new_tokens": g.new_tokens} for i, g in zip(job.items, generated)}
    per_seed = [job.generator.generate(job.conversations, progress=tick, seed=seed) for seed in decoding.seeds]
    out = {}
    for k, item in enumerate(job.items):
        samples = [{"seed": seed, "answer": gen[k].answer, "new_tokens": gen[k].new_tokens}
                   for seed, gen in zip(decoding.seeds, per_seed)]
        out[item["id"]] = {"answer": samples[0]["answer"], "new_tokens": samples[0]["new_tokens"],
                           "samples": samples}
    return out


def _evaluate_one(job: EvalJob, step: int | None, *, base_rows: list[dict] | None,
                  checkpoint: dict | None = None) -> dict:
    """Generate, score and record the model state the generator is on (the base when step is None)."""
    label, run, items, events = store.checkpoint_label(step), job.run, job.items, job.events
    # Software and the checkpoint's folder are recorded for lineage but are not part of what
    # makes two evaluations comparable (settings_hash).
    ev = store.start_evaluation(job.project, run_id=run["id"], step=step, snapshot_id=job.snapshot["id"],
                                backend=run["backend"],
                                settings={**job.comparable, "software": job.software, "checkpoint": checkpoint},
                                settings_hash=job.settings_hash, actor=job.actor, use_case=run.get("use_case"))
    events.emit("eval.started", run=run["id"], checkpoint=label, evaluation=ev["id"],
                total=len(items) * job.comparable["decoding"].get("samples", 1))
    started = time.perf_counter()
    try:
        count = {"done": 0}
        seeds = job.comparable["decoding"].get("samples", 1)
        total = len(items) * seeds

        def tick(n: int) -> None:
            count["done"] += n
            events.emit("eval.progress", run=run["id"], checkpoint=label, done=count["done"], total=total)

        answers = answer_rows(items, _generate(job, tick))
        scores = locale_scores(items, answers, base_rows, n_bootstrap=job.n_bootstrap)
        ev = store.finish_evaluation(job.project, ev["id"], answers=answers, scores=scores, actor=job.actor,
                                     duration_s=round(time.perf_counter() - started, 3))
    except BaseException as exc:
        store.fail_evaluation(job.project, ev["id"], error=f"{type(exc).__name__}: {exc}", actor=job.actor)
        events.emit("eval.failed", run=run["id"], checkpoint=label, evaluation=ev["id"], error=str(exc))
        raise
    chrf = {s["locale"]: round(s["score"], 2) for s in scores if s["metric"] == "chrf"}
    events.emit("eval.completed", run=run["id"], checkpoint=label, evaluation=ev["id"], chrf=chrf,
                seconds=ev["duration_s"])
    return dict(ev, reused=False)
