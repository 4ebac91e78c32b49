"""From snapshot items to token batches: chat formatting, loss mask, batching.

- Every item is rendered with the chat template; only the assistant's answer (and its
  end-of-turn token) carries loss. The template marks the answer with {% generation %},
  so `return_assistant_tokens_mask` gives the mask; a template without those tags falls
  back to "everything after the rendered prompt", the way mlx-lm's mask_prompt does.
- Padding-free batches: a micro-batch of N examples is one row of their concatenated
  tokens, with position ids restarting at each example. transformers turns restarting
  positions into varlen kernels (flash attention) or a block-diagonal mask (sdpa/eager),
  so examples never see each other and no compute is spent on padding.
- Length-grouped batches: examples of similar length padded together, for attention
  kernels that need a dense mask (there a packed row would attend over its whole length).
- The order of examples is a pure function of (seed, epoch): a resumed run draws exactly the
  batches the interrupted one would have drawn next.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.errors import ValidationError
from ..store.exports import to_messages

IGNORE = -100


@dataclass(frozen=True)
class Example:
    input_ids: list[int]
    labels: list[int]          # IGNORE where no loss (prompt, system, template tokens)
    item_id: int = 0

    @property
    def trained_tokens(self) -> int:
        return sum(1 for label in self.labels[1:] if label != IGNORE)


@dataclass
class DataStats:
    examples: int = 0
    tokens: int = 0
    trained_tokens: int = 0
    truncated: int = 0
    dropped: int = 0
    mask_source: str = "generation tags"

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def chat_template_text(choice: str, model_dir: Path | None) -> str | None:
    """The template to use: None means the model's own."""
    if choice == "model":
        return None
    if choice == "apertus":
        from .tiny_model import apertus_chat_template

        return apertus_chat_template()
    path = Path(choice).expanduser()
    if not path.exists():
        raise ValidationError(f"chat template file {path} does not exist")
    return path.read_text(encoding="utf-8")


def messages_for(item: dict, system_prompt: str | None = None) -> list[dict]:
    msgs = to_messages(item)
    if system_prompt and msgs[0]["role"] != "system":
        msgs.insert(0, {"role": "system", "content": system_prompt})
    return msgs


def encode(tokenizer: Any, messages: list[dict], *, max_seq_length: int,
           chat_template: str | None = None) -> tuple[list[int], list[int], bool, str]:
    """Token ids and labels of one conversation; (ids, labels, truncated, mask source)."""
    kwargs = {"chat_template": chat_template} if chat_template else {}
    out = tokenizer.apply_chat_template(messages, tokenize=True, return_dict=True,
                                        return_assistant_tokens_mask=True, **kwargs)
    ids = list(out["input_ids"])
    mask = list(out.get("assistant_masks") or [])
    source = "generation tags"
    if not any(mask):
        # No {% generation %} in this template: train on what follows the rendered prompt.
        prefix = tokenizer.apply_chat_template(messages[:-1], tokenize=True, add_generation_prompt=True,
                                               return_dict=True, **kwargs)["input_ids"]
        if list(ids[:len(prefix)]) != list(prefix):
            raise ValidationError(
                "the chat template renders the prompt differently with and without the answer, so the "
                "answer tokens cannot be found: use --chat-template apertus or a template with "
                "{% generation %} tags")
        mask = [0] * len(prefix) + [1] * (len(ids) - len(prefix))
        source = "prompt prefix"
    truncated = len(ids) > max_seq_length
    ids, mask = ids[:max_seq_length], mask[:max_seq_length]
    labels = [t if m else IGNORE for t, m in zip(ids, mask)]
    return ids, labels, truncated, source


def build_examples(items: list[dict], tokenizer: Any, *, max_seq_length: int,
                   system_prompt: str | None = None,
                   chat_template: str | None = None) -> tuple[list[Example], DataStats]:
    stats = DataStats()
    examples = []
    for item in items:
        ids, labels, truncated, source = encode(tokenizer, messages_for(item, system_prompt),
                                                max_seq_length=max_seq_length, chat_template=chat_template)
        stats.truncated += truncated
        stats.mask_source = source
        example = Example(ids, labels, int(item.get("id", 0)))
        if example.trained_tokens == 0:  # the answer was cut off entirely: nothing to learn
            stats.dropped += 1
            continue
        examples.append(example)
        stats.tokens += len(ids)
        stats.trained_tokens += example.trained_tokens
    stats.examples = len(examples)
    return examples, stats


# -- order and batches --------------------------------------------------------------------

def epoch_batches(lengths: list[int], batch_size: int, seed: int, epoch: int, *,
                  group_by_length: bool = False) -> list[list[int]]:
    """Indices of each micro-batch of one epoch, deterministic in (seed, epoch).

    group_by_length (for padded batches): shuffle, then sort within windows of 50 batches by
    length, so each batch holds similar lengths and little padding, like transformers'
    LengthGroupedSampler, while the epoch order stays random.
    """
    # A str seed is hashed with SHA-512 by random.Random: the same in every process,
    # whatever PYTHONHASHSEED says.
    rng = random.Random(f"workbench:{seed}:{epoch}")
    order = list(range(len(lengths)))
    rng.shuffle(order)
    if group_by_length:
        window = batch_size * 50
        grouped: list[int] = []
        for start in range(0, len(order), window):
            grouped += sorted(order[start:start + window], key=lambda i: -lengths[i])
        batches = [grouped[i:i + batch_size] for i in range(0, len(grouped), batch_size)]
        rng.shuffle(batches)
        return batches
    return [order[i:i + batch_size] for i in range(0, len(order), batch_size)]


class Schedule:
    """Which examples each micro-batch of each optimizer step of each rank uses."""

    def __init__(self, lengths: list[int], *, batch_size: int, grad_accum: int, seed: int,
                 world_size: int = 1, group_by_length: bool = False):
        if not lengths:
            raise ValidationError("no training examples left after tokenization")
        self.lengths, self.batch_size, self.grad_accum = lengths, batch_size, grad_accum
        self.seed, self.world_size, self.group_by_length = seed, world_size, group_by_length
        self.per_epoch = len(epoch_batches(lengths, batch_size, seed, 0))
        self._cache: dict[int, list[list[int]]] = {}

    @property
    def steps_per_epoch(self) -> int:
        per_step = self.grad_accum * self.world_size
        if self.world_size > 1:
            # Every rank needs a micro-batch in every step (a rank without one would leave
            # the others waiting in the gradient all-reduce): drop an epoch's ragged tail.
            return max(1, self.per_epoch // per_step)
        return max(1, -(-self.per_epoch // per_step))

    def _batches(self, epoch: int) -> list[list[int]]:
        if epoch not in self._cache:
            self._cache = {epoch: epoch_batches(self.lengths, self.batch_size, self.seed, epoch,
                                                group_by_length=self.group_by_length)}
        return self._cache[epoch]

    def micro_batches(self, step: int, rank: int = 0) -> list[list[int]]:
        """The grad_accum micro-batches of optimizer step `step` (0-based) for `rank`.

        Steps never straddle epochs: an epoch's last step may hold fewer micro-batches."""
        epoch, in_epoch = divmod(step, self.steps_per_epoch)
        batches = self._batches(epoch)
        per_step = self.grad_accum * self.world_size
        window = batches[in_epoch * per_step:(in_epoch + 1) * per_step]
        return window[rank::self.world_size]

    def all_micro_batches(self, step: int) -> list[list[int]]:
        """Every rank's micro-batches of a step (for the global token count)."""
        epoch, in_epoch = divmod(step, self.steps_per_epoch)
        per_step = self.grad_accum * self.world_size
        return self._batches(epoch)[in_epoch * per_step:(in_epoch + 1) * per_step]

    def epoch_of(self, step: int) -> float:
        return step / self.steps_per_epoch


def collate_padding_free(examples: list[Example]) -> dict:
    """One row: concatenated ids, restarting positions, labels; no attention mask."""
    import torch

    ids, pos, labels = [], [], []
    for ex in examples:
        ids += ex.input_ids
        pos += range(len(ex.input_ids))
        # The first token of each example must not be the target of the previous example's
        # last token (labels are shifted by one inside the loss).
        labels += [IGNORE] + ex.labels[1:]
    return {"input_ids": torch.tensor([ids]), "position_ids": torch.tensor([pos]),
            "labels": torch.tensor([labels])}


def collate_padded(examples: list[Example], pad_id: int) -> dict:
    import torch

    width = max(len(ex.input_ids) for ex in examples)
    ids = torch.full((len(examples), width), pad_id, dtype=torch.long)
    labels = torch.full((len(examples), width), IGNORE, dtype=torch.long)
    mask = torch.zeros((len(examples), width), dtype=torch.long)
    for row, ex in enumerate(examples):
        n = len(ex.input_ids)
        ids[row, :n] = torch.tensor(ex.input_ids)
        labels[row, :n] = torch.tensor(ex.labels)
        mask[row, :n] = 1
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}
