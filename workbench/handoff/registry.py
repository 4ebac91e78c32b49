"""The adapters handed off from a project, by name and version, and the command that serves
all current ones on one base (vLLM multi-LoRA, or TGI's LORA_ADAPTERS).

The registry is read from the audit trail's `handoff.export` entries: every hand-off is
recorded there (run, checkpoint, signed decision, base, folder, SHA256SUMS digest) in the
hash-chained log, so there is no second table to keep in step with it. A name's versions are
its hand-offs in order; its current version is the newest whose folder is still intact
(every file matches its SHA256SUMS, and the SHA256SUMS is the one recorded). Only hand-offs
with an adapter folder can be swapped at serving time; merged weights are served on their own.
Each hand-off carries its run's use case (one adapter per use case, named after it by default).
A signed drift re-check (evaluate/recheck.py) adds a History section to the hand-off's model
card and rewrites its SHA256SUMS; its `handoff.recheck` entry records the new digest, which is
then the one the folder must match.
"""

from __future__ import annotations

import json
import shlex
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..store import audit
from .checksums import file_sha256, verify_folder
from .serving import TGI_IMAGE

if TYPE_CHECKING:
    from ..store.project import Project


@dataclass(frozen=True)
class Adapter:
    name: str
    version: int
    run: str
    checkpoint: str
    decision_id: int | None
    base_model_id: str
    folder: str
    mode: str
    exported_by: str
    exported_at: str
    intact: bool
    problem: str
    max_lora_rank: int | None
    use_case: str | None = None

    @property
    def servable(self) -> bool:
        return self.intact and "adapter" in self.mode.split("+")

    def as_dict(self) -> dict:
        return {**asdict(self), "servable": self.servable}


def _check(folder: Path, sums_digest: str) -> tuple[bool, str, int | None]:
    """(intact, why not, the vLLM max LoRA rank the hand-off asks for)."""
    sums = folder / "SHA256SUMS"
    if not sums.is_file():
        return False, f"{folder} is gone or has no SHA256SUMS", None
    if file_sha256(sums) != sums_digest:
        return False, f"{folder}/SHA256SUMS is not the one recorded at export", None
    report = verify_folder(folder)
    if not report.ok:
        return False, f"{folder}: {report.problem}", None
    try:
        adapter = json.loads((folder / "handoff.json").read_text(encoding="utf-8")).get("adapter") or {}
    except (OSError, ValueError):
        adapter = {}
    return True, "", adapter.get("vllm_max_lora_rank")


def _records(project: "Project") -> list[tuple[str, int, dict, dict]]:
    """(name, version, export record, audit entry) of every hand-off, oldest first. A record's
    `sha256sums` is the newest one recorded for its folder (a signed re-check rewrites it)."""
    card_sums = {}
    for entry in audit.entries(project, action="handoff.recheck"):
        card = json.loads(entry["after"] or "{}").get("card") or {}
        if card.get("folder") and card.get("sha256sums"):
            card_sums[card["folder"]] = card["sha256sums"]
    out, versions = [], {}
    for entry in audit.entries(project, action="handoff.export"):
        rec = json.loads(entry["after"] or "{}")
        if rec.get("out") in card_sums:
            rec["sha256sums"] = card_sums[rec["out"]]
        name = rec.get("served_name") or f"apertus-{rec.get('run')}"
        versions[name] = versions.get(name, 0) + 1
        out.append((name, versions[name], rec, entry))
    return out


def _adapter(name: str, version: int, rec: dict, entry: dict) -> Adapter:
    """One hand-off, checked on disk (every file re-hashed)."""
    intact, problem, rank = _check(Path(rec["out"]), rec.get("sha256sums", ""))
    return Adapter(name=name, version=version, run=rec.get("run", ""), checkpoint=rec.get("checkpoint", ""),
                   decision_id=rec.get("decision_id"), base_model_id=rec.get("base_model_id", ""),
                   folder=rec["out"], mode=rec.get("mode", ""), exported_by=entry["actor"],
                   exported_at=entry["ts"], intact=intact, problem=problem, max_lora_rank=rank,
                   use_case=rec.get("use_case"))


def find_adapter(project: "Project", name: str, version: int | None = None) -> Adapter:
    """One hand-off by name, and version (default: the newest), checked on disk."""
    from ..core.errors import NotFound

    found = [r for r in _records(project) if r[0] == name]
    if not found:
        names = sorted({r[0] for r in _records(project)})
        raise NotFound(f"no adapter '{name}' was handed off" + (f": the project has {', '.join(names)}"
                                                               if names else ": export one with 'workbench handoff'"))
    chosen = found[-1] if version is None else next((r for r in found if r[1] == int(version)), None)
    if chosen is None:
        raise NotFound(f"adapter '{name}' has no version {version}: it has v1 to v{found[-1][1]}")
    return _adapter(*chosen)


def by_use_case(adapters: list[Adapter]) -> dict[str, list[Adapter]]:
    """Adapters grouped by use case ('' for hand-offs of runs without one), in listing order."""
    out: dict[str, list[Adapter]] = {}
    for a in adapters:
        out.setdefault(a.use_case or "", []).append(a)
    return dict(sorted(out.items()))


def list_adapters(project: "Project") -> list[Adapter]:
    """Every hand-off of the project, oldest first, each checked on disk."""
    return [_adapter(*r) for r in _records(project)]


def current_adapters(project: "Project", base_model_id: str | None = None) -> list[Adapter]:
    """The newest servable version of each name (on one base, when given), by name. Versions
    are checked newest first and only until one is intact: older weights are not re-hashed."""
    by_name: dict[str, list] = {}
    for r in _records(project):
        if base_model_id is None or r[2].get("base_model_id") == base_model_id:
            by_name.setdefault(r[0], []).append(r)
    out = []
    for name in sorted(by_name):
        newest = next((a for a in (_adapter(*r) for r in reversed(by_name[name])) if a.servable), None)
        if newest is not None:
            out.append(newest)
    return out


def _q(value: str) -> str:
    return shlex.quote(str(value))


def vllm_command(adapters: list[Adapter], *, port: int = 8000) -> str:
    """One vLLM server on the adapters' base, every adapter selectable by its name."""
    base = _one_base(adapters)
    rank = max([a.max_lora_rank for a in adapters if a.max_lora_rank] or [16])
    modules = " ".join(_q(f"{a.name}={Path(a.folder) / 'adapter'}") for a in adapters)
    return (f"vllm serve {_q(base)} --port {int(port)} --enable-lora --max-loras {len(adapters)} "
            f"--max-lora-rank {int(rank)} --chat-template {_q(Path(adapters[0].folder) / 'chat_template.jinja')} "
            f"--lora-modules {modules}")


def tgi_command(adapters: list[Adapter], *, port: int = 8080, image: str = f"{TGI_IMAGE}:latest") -> str:
    """One TGI container on the adapters' base (a hub id, or a local folder mounted at /base)."""
    base = _one_base(adapters)
    mounts = [f"-v {_q(f'{Path(a.folder).resolve()}:/adapters/{a.name}:ro')}" for a in adapters]
    model = base
    if Path(base).is_dir():
        mounts.append(f"-v {_q(f'{Path(base).resolve()}:/base:ro')}")
        model = "/base"
    lora = ",".join(f"{a.name}=/adapters/{a.name}/adapter" for a in adapters)
    return (f"docker run --rm --gpus all --shm-size 1g -p {int(port)}:80 {' '.join(mounts)} "
            f"-e HF_HUB_OFFLINE=1 -e {_q('LORA_ADAPTERS=' + lora)} {_q(image)} --model-id {_q(model)}")


ENGINES = ("vllm", "tgi")


def check_engine(engine: str) -> str:
    from ..core.errors import ValidationError

    if engine not in ENGINES:
        raise ValidationError(f"--serve takes vllm or tgi, not '{engine}'")
    return engine


def serving_command(engine: str, adapters: list[Adapter]) -> str:
    """The command that serves these adapters on their one base with vLLM or TGI."""
    return (vllm_command if check_engine(engine) == "vllm" else tgi_command)(adapters)


def _one_base(adapters: list[Adapter]) -> str:
    from ..core.errors import ValidationError

    bases = sorted({a.base_model_id for a in adapters})
    if not adapters:
        raise ValidationError("no intact adapter hand-off to serve: export one with 'workbench handoff RUN "
                              "--out DIR'")
    if len(bases) > 1:
        raise ValidationError(f"the adapters are on different bases ({', '.join(bases)}): serve one base at a "
                              "time (--base)")
    return bases[0]
