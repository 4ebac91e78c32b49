"""Export one checkpoint for the client's serving stack, with its record.

    export_handoff(project, "run-2026…", checkpoint=20, out="handoff/", merged=True)

Folder written (atomically: built beside `out` and renamed into place, so a crash never
leaves a half hand-off that looks complete):

    README.md               model card (Hugging Face format) with the lineage
    adapter/                PEFT adapter + tokenizer   (LoRA / QLoRA / MLX runs)
    merged/                 full safetensors + tokenizer (--merged, and always for full runs)
    chat_template.jinja     the template used in training and evaluation
    serve_vllm.sh serve_tgi.sh
    evaluation-report.html  the run's evaluation report
    audit-package.zip       the audit package, report included
    handoff.json            the card's facts, machine-readable
    SHA256SUMS              every file above

Refused without a signed "go" for exactly this checkpoint (gate.py).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..core.errors import ValidationError, WorkbenchError
from ..core.hashing import sha256_hex
from ..store import audit
from ..store.runs import get_run
from . import checksums, gate, modelcard, serving
from .facts import collect

if TYPE_CHECKING:
    from ..store.project import Project

HANDOFF_JSON = "handoff.json"


def default_base_model_id(base_model: str) -> str:
    """What the card and the serving scripts call the base: the run's hub id, or for a local
    folder named like a release (…/Apertus-8B-Instruct-2509) the matching swiss-ai id."""
    path = Path(base_model).expanduser()
    if not path.exists():
        return base_model
    if path.name.lower().startswith("apertus-"):
        return f"swiss-ai/{path.name}"
    return str(path)


def _prepare(out: Path) -> Path:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ValidationError(f"{out} already exists and is not empty: choose a new folder for the hand-off")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{out.name}.partial-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    return tmp


def _write(path: Path, text: str, executable: bool = False) -> None:
    path.write_text(text, encoding="utf-8")
    if executable:
        path.chmod(0o755)


def export_handoff(project: "Project", run_id: str, *, out: Path | str, checkpoint=None, merged: bool = False,
                   base_model_id: str | None = None, name: str | None = None, actor=None,
                   progress: Callable[[str], None] | None = None) -> dict:
    """Write the hand-off folder; returns what was written (paths, hashes, decision)."""
    from ..store.exports.audit_package import build_audit_package
    from ..core.roles import Action, check
    from . import weights

    say = progress or (lambda message: None)
    who = check(actor, Action.HANDOFF)
    run = get_run(project, run_id)
    cleared = gate.require_go(project, run, checkpoint)  # refuses before anything is written
    out = Path(out).expanduser().resolve()
    base_id = base_model_id or default_base_model_id(run["base_model"])
    # A run of a use case serves as that use case's adapter (its name, by default).
    served = serving.served_name(run["id"], cleared.label, name or run.get("use_case"))
    serving.check_values(base_model_id=base_id, name=served)  # they go into the serving scripts
    full = run["method"] == "full"
    want_merged = merged or full
    tmp = _prepare(out)
    try:
        files: dict = {}
        adapter = None
        template = weights.trained_chat_template(cleared.path)
        if not full:
            say("writing the adapter")
            if run["backend"] == "mlx":
                from . import mlx_weights

                adapter = mlx_weights.convert_adapter(cleared.path, tmp / "adapter", base_model_id=base_id)
            else:
                adapter = weights.write_adapter(cleared.path, tmp / "adapter", base_model_id=base_id)
            template = weights.write_tokenizer(run["base_model"], tmp / "adapter", chat_template=template)
            files["adapter"] = "adapter/"
        if want_merged:
            say("writing merged weights (this loads the full base model)")
            if full:
                info = weights.copy_full(cleared.path, tmp / "merged")
                source = cleared.path
            elif run["backend"] == "mlx":
                from . import mlx_weights

                info = mlx_weights.fuse(run["base_model"], cleared.path, tmp / "merged")
                source = run["base_model"]
            else:
                info = weights.write_merged(run["base_model"], tmp / "adapter", tmp / "merged")
                source = run["base_model"]
            template = weights.write_tokenizer(source, tmp / "merged", chat_template=template)
            files.update(merged="merged/", merged_dtype=info.get("dtype"))
        _write(tmp / weights.CHAT_TEMPLATE, template)

        say("writing the evaluation report and the audit package")
        from ..evaluate.report import write_report

        report = tmp / "evaluation-report.html"
        notes: list[str] = []
        try:
            write_report(project, run["id"], report, checkpoint=cleared.label, actor=actor, record=False)
            files["report"] = report.name
        except WorkbenchError as exc:
            # A decision recorded without stored evaluations (imported, or made by hand)
            # still hands off; the card says the report is missing and why.
            report.unlink(missing_ok=True)
            notes.append(f"No evaluation report is included: {exc}")
        # No entries yet for the report and the package: the one handoff.export entry below
        # names both, once the folder is complete (a hand-off that fails leaves no entry).
        package = build_audit_package(project, tmp / "audit-package.zip",
                                      reports=[report] if files.get("report") else [], actor=who, record=False)

        facts = collect(project, run, cleared)  # the head the audit package ends with
        notes += list(adapter["vllm_notes"]) if adapter else []
        has_adapter, has_merged = adapter is not None, want_merged
        _write(tmp / "serve_vllm.sh", serving.vllm_script(
            base_model_id=base_id, name=served, max_lora_rank=adapter["vllm_max_lora_rank"] if adapter else None,
            has_adapter=has_adapter, has_merged=has_merged, qlora=run["method"] == "qlora"), executable=True)
        _write(tmp / "serve_tgi.sh", serving.tgi_script(
            base_model_id=base_id, name=served, has_adapter=has_adapter, has_merged=has_merged), executable=True)
        _write(tmp / "README.md", modelcard.render(facts, base_model_id=base_id, name=served, files=files,
                                                   adapter=adapter, serving_notes=notes))
        manifest = {"format": "apertus-workbench-handoff/1", "served_name": served, "base_model_id": base_id,
                    "mode": "adapter+merged" if has_adapter and has_merged else "merged" if has_merged else "adapter",
                    "adapter": adapter, "files": files,
                    "audit_package": {"sha256": package["sha256"], "verification": package["verification"]},
                    **facts}
        _write(tmp / HANDOFF_JSON, json.dumps(manifest, indent=2, ensure_ascii=False, default=str) + "\n")
        sums_path, sums = checksums.write_sums(tmp)
        sums_digest = checksums.file_sha256(sums_path)
        if out.exists():
            out.rmdir()  # empty (checked above); rename cannot replace a folder
        tmp.rename(out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    record = {"run": run["id"], "use_case": run.get("use_case"), "checkpoint": cleared.label,
              "decision_id": cleared.decision["signature_id"],
              "out": str(out), "mode": manifest["mode"], "served_name": served, "base_model_id": base_id,
              "sha256sums": sums_digest, "files": len(sums), "checkpoint_sha256": cleared.checkpoint.get("sha256"),
              "weights_sha256": {k: v for k, v in sums.items() if k.endswith(".safetensors")},
              "report": files.get("report"), "audit_package_sha256": package["sha256"]}
    with project.transaction():
        audit.append(project, actor=who, action="handoff.export", object_type="run", object_id=run["id"],
                     after=record)
    return {**record, "manifest_sha256": sha256_hex((out / HANDOFF_JSON).read_bytes()),
            "audit_head_in_card": facts["audit"]["head"]}


def verify_handoff(folder: Path | str) -> checksums.VerifyReport:
    """The receiving side's check: every file present, unchanged, and nothing added."""
    return checksums.verify_folder(Path(folder))
