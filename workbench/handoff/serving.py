"""serve_vllm.sh and serve_tgi.sh: the commands that put the hand-off behind the client's
existing serving stack, written next to the weights so the operator runs exactly them.

Both scripts find their files relative to themselves (the folder can be copied anywhere),
take the base model from $BASE_MODEL (the on-prem path, or the hub id when the cluster has
it cached), and serve the adapter by default or the merged weights with MODE=merged.
Nothing in them downloads: on an offline cluster HF_HUB_OFFLINE=1 is set for you.
"""

from __future__ import annotations

import re
import shlex

from ..core.identifiers import check_model_id, check_name, comment_text

TGI_IMAGE = "ghcr.io/huggingface/text-generation-inference"


def served_name(run_id: str, label: str, name: str | None = None) -> str:
    """The model name clients put in their requests ("model": "…"); vLLM and TGI accept
    letters, digits, '-', '_', '.' safely."""
    raw = name or f"apertus-{run_id.removeprefix('run-')}-{label}"
    return re.sub(r"[^A-Za-z0-9._-]+", "-", raw).strip("-") or "apertus-handoff"


def check_values(*, base_model_id: str, name: str) -> None:
    """Refuse a base model id or served name that does not fit its pattern (ValidationError),
    before anything is written."""
    check_model_id(base_model_id, "base model id")
    check_name(name, "served model name")


def env_default(var: str, value: str, env: str | None = None) -> str:
    """`VAR="${ENV:-value}"` with the value quoted. bash keeps quotes inside "${ENV:-'…'}"
    literally, so a value that needs quoting (a local path with a space) gets its default
    from an if-statement instead."""
    env = env or var
    quoted = shlex.quote(value)
    if quoted == value:
        return f'{var}="${{{env}:-{value}}}"'
    return f'{var}="${{{env}:-}}"\nif [ -z "${var}" ]; then {var}={quoted}; fi'


def _header(title: str, *, base_model_id: str, name: str, has_adapter: bool, has_merged: bool) -> str:
    check_values(base_model_id=base_model_id, name=name)
    default_mode = "adapter" if has_adapter else "merged"
    available = ", ".join(m for m, ok in (("adapter", has_adapter), ("merged", has_merged)) if ok)
    return f"""#!/usr/bin/env bash
# {title}
# Written by Apertus Workbench with the hand-off; check the folder first:
#   sha256sum -c SHA256SUMS
# Environment:
#   BASE_MODEL  base model path or hub id (default: {comment_text(base_model_id)})
#   MODE        adapter | merged (default: {default_mode}; available: {available})
#   NAME        model name for API requests (default: {comment_text(name)})
#   PORT        HTTP port
set -euo pipefail
HERE="$(cd "$(dirname "${{BASH_SOURCE[0]}}")" && pwd)"
{env_default("BASE_MODEL", base_model_id)}
MODE="${{MODE:-{default_mode}}}"
{env_default("NAME", name)}
export HF_HUB_OFFLINE="${{HF_HUB_OFFLINE:-1}}"
if [ "$MODE" = adapter ] && [ ! -d "$HERE/adapter" ]; then
  echo "this hand-off has no adapter folder: use MODE=merged" >&2; exit 2
fi
if [ "$MODE" = merged ] && [ ! -d "$HERE/merged" ]; then
  echo "this hand-off has no merged weights: re-export with 'workbench handoff … --merged'" >&2; exit 2
fi
"""


def vllm_script(*, base_model_id: str, name: str, max_lora_rank: int | None, has_adapter: bool,
                has_merged: bool, qlora: bool) -> str:
    quant = ""
    if qlora:
        quant = """# The adapter was trained and evaluated on the 4-bit NF4 base (QLoRA). To serve it under
# the same conditions, add: --quantization bitsandbytes
"""
    rank = f" --max-lora-rank {int(max_lora_rank)}" if max_lora_rank else ""
    return _header("Serve the hand-off with vLLM (OpenAI-compatible API).", base_model_id=base_model_id,
                   name=name, has_adapter=has_adapter, has_merged=has_merged) + f"""PORT="${{PORT:-8000}}"
{quant}# The chat template is the one used in training and evaluation; passing it keeps a base
# model folder with another template from changing the prompt format.
if [ "$MODE" = adapter ]; then
  exec vllm serve "$BASE_MODEL" --port "$PORT" \\
    --enable-lora --lora-modules "$NAME=$HERE/adapter"{rank} \\
    --chat-template "$HERE/chat_template.jinja" "$@"
else
  exec vllm serve "$HERE/merged" --port "$PORT" --served-model-name "$NAME" \\
    --chat-template "$HERE/chat_template.jinja" "$@"
fi
"""


def tgi_script(*, base_model_id: str, name: str, has_adapter: bool, has_merged: bool,
               tgi_version: str = "latest") -> str:
    check_name(tgi_version, "TGI image tag")
    return _header("Serve the hand-off with Hugging Face TGI (text-generation-inference) in Docker.",
                   base_model_id=base_model_id, name=name, has_adapter=has_adapter,
                   has_merged=has_merged) + f"""PORT="${{PORT:-8080}}"
{env_default("IMAGE", f"{TGI_IMAGE}:{tgi_version}", env="TGI_IMAGE")}
# The hand-off folder is mounted read-only at /handoff; a local base model folder at /base.
MOUNTS=(-v "$HERE:/handoff:ro")
MODEL_ID="$BASE_MODEL"
if [ -d "$BASE_MODEL" ]; then
  MOUNTS+=(-v "$(cd "$BASE_MODEL" && pwd):/base:ro"); MODEL_ID=/base
else
  # A hub id: TGI reads it from its cache volume (mount yours with DATA=/path/to/hf-cache).
  MOUNTS+=(-v "${{DATA:-$HOME/.cache/huggingface}}:/data")
fi
if [ "$MODE" = adapter ]; then
  # TGI loads local LoRA adapters from LORA_ADAPTERS=name=/path; requests select it with
  # "adapter_id": "$NAME" (or "model": "$NAME" on the OpenAI route).
  exec docker run --rm --gpus all --shm-size 1g -p "$PORT:80" "${{MOUNTS[@]}}" \\
    -e HF_HUB_OFFLINE=1 -e LORA_ADAPTERS="$NAME=/handoff/adapter" \\
    "$IMAGE" --model-id "$MODEL_ID" "$@"
else
  exec docker run --rm --gpus all --shm-size 1g -p "$PORT:80" "${{MOUNTS[@]}}" \\
    -e HF_HUB_OFFLINE=1 "$IMAGE" --model-id /handoff/merged "$@"
fi
"""
