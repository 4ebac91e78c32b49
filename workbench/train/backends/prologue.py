"""What both backends do before their first step, written once.

peft.py and mlx.py load, batch and train in their own frameworks; they agree on the rest:
which chat template is trained with (and written into every checkpoint), where the run
starts (step 0 or the checkpoint it resumes from), what the run's lineage records about its
data and device on the first start, and the line that announces the training.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..data import chat_template_text
from ..spec import JobSpec

if TYPE_CHECKING:
    from ..session import RunSession


@dataclass(frozen=True)
class Prologue:
    spec: JobSpec
    base: Path                  # the base model's folder
    template: str | None        # the chat template trained with, written into every checkpoint
    start_step: int             # 0, or the step of the checkpoint resumed from
    resume_dir: Path | None     # that checkpoint's folder


def prologue(session: "RunSession", tokenizer: Any) -> Prologue:
    """Settle the chat template on `tokenizer` (the spec's choice, else the model's own, else
    the Apertus template) and where the run starts."""
    spec, base = session.spec, Path(session.model_dir)
    template = chat_template_text(spec.chat_template, base)
    if template is None and not getattr(tokenizer, "chat_template", None):
        from ..tiny_model import apertus_chat_template

        template = apertus_chat_template()  # a base model without one: use the Apertus format
        session.log("the model has no chat template: using the Apertus template")
    # Written into every checkpoint, so evaluation and hand-off use the exact template trained on.
    template = template or tokenizer.chat_template
    tokenizer.chat_template = template  # full fine-tunes save the tokenizer with it
    step, resume_dir = session.resume_from or (0, None)
    return Prologue(spec, base, template, step, resume_dir)


def announce(session: "RunSession", start: Prologue, *, what: str, examples: int, total_steps: int,
             dataset: dict, device: dict) -> None:
    """Record data and device in the run's lineage on the first start (a resume trains on the
    same), then say what is about to happen: 'training {what}: N examples, M steps'."""
    if start.start_step == 0:
        session.add_lineage({"dataset": {**dataset, "steps": total_steps}, "device": device})
    session.log(f"training {what}: {examples} examples, {total_steps} steps", total_steps=total_steps)
