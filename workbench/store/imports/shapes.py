"""Mapping the common dataset shapes onto our item fields.

Recognised shapes, checked in this order:
- chat `messages`: [{"role": "system"?}, {"role": "user"}, {"role": "assistant"}]
- `instruction` / `input` / `output` (Alpaca)
- `prompt` / `response`, `prompt` / `completion`, `question` / `answer`
- hold-out items: `prompt` / `reference` (also `answer`, `expected`, `response`, `output`)
"""

from __future__ import annotations

from ...core.errors import ValidationError
from ...core.items import Kind

ANSWER_KEYS = {
    Kind.PAIR: ("response", "completion", "answer", "output", "chosen"),
    Kind.HOLDOUT: ("reference", "answer", "expected", "response", "completion", "output"),
}
PROMPT_KEYS = ("prompt", "question", "query", "input_text")
LOCALE_KEYS = ("locale", "lang", "language")


def _messages(value) -> dict:
    if not isinstance(value, list) or not value:
        raise ValidationError("'messages' must be a non-empty list of {role, content}")
    system, user, assistant = None, None, None
    for m in value:
        if not isinstance(m, dict) or not isinstance(m.get("role"), str):
            raise ValidationError("each message needs a 'role' and a 'content'")
        role, content = m["role"].lower(), m.get("content")
        if role == "system":
            if system is not None or user is not None:
                raise ValidationError("'messages' may hold one system message, first")
            system = content
        elif role == "user":
            if user is not None:
                raise ValidationError("multi-turn conversations are not supported: give one user "
                                      "and one assistant message per row")
            user = content
        elif role == "assistant":
            if user is None or assistant is not None:
                raise ValidationError("'messages' must be user then assistant (one each)")
            assistant = content
        else:
            raise ValidationError(f"unknown message role '{m['role']}' (use system, user, assistant)")
    if user is None or assistant is None:
        raise ValidationError("'messages' needs a user and an assistant message")
    return {"prompt": user, "response": assistant, "system": system}


def to_fields(record: dict, kind: Kind) -> dict:
    """Return prompt/response/system/tags/source/checks/locale from one record, or raise."""
    out: dict = {}
    if "messages" in record and record["messages"] is not None:
        out.update(_messages(record["messages"]))
    elif "instruction" in record:
        instr, inp = record.get("instruction"), record.get("input")
        if inp is not None and not isinstance(inp, str):
            raise ValidationError("'input' must be text")
        out["prompt"] = f"{instr}\n\n{inp}" if isinstance(instr, str) and inp and inp.strip() else instr
        out["response"] = record.get("output")
        if "output" not in record:
            raise ValidationError("'output' is missing (instruction/input/output shape)")
    else:
        key = next((k for k in PROMPT_KEYS if k in record), None)
        if key is None:
            raise ValidationError("no prompt found: expected 'prompt', 'messages', 'instruction' or 'question'")
        out["prompt"] = record[key]
        akey = next((k for k in ANSWER_KEYS[kind] if k in record), None)
        if akey is None:
            name = "response" if kind is Kind.PAIR else "reference"
            raise ValidationError(f"'{name}' is missing (also accepted: {', '.join(ANSWER_KEYS[kind][1:])})")
        out["response"] = record[akey]
    if out.get("system") is None and record.get("system") is not None:
        out["system"] = record["system"]
    out["tags"] = record.get("tags")
    src = record.get("source")
    if src is not None and not isinstance(src, str):
        src = str(src)
    out["source"] = src
    out["checks"] = record.get("checks")
    out["locale"] = next((record[k] for k in LOCALE_KEYS if record.get(k) is not None), None)
    return out
