"""The `deid analyze FILE.jsonl` contract: lines with id, text, locale in; one line of spans out.

Every line is validated before anything is analysed, so a bad line 9,000 fails in a second
with its line number instead of after the analysis.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..core.errors import ImportRejected, RowProblem, ValidationError
from ..core.items import check_unicode
from ..core.locales import parse_locale


def read_records(path: Path) -> list[dict]:
    """[{id, text, locale}] from a JSONL file; other fields are ignored."""
    try:
        raw = Path(path).read_text("utf-8")
    except FileNotFoundError:
        raise ValidationError(f"no file {path}") from None
    except UnicodeDecodeError:
        raise ValidationError(f"{path} is not UTF-8 text: save it as UTF-8 JSON lines") from None
    except OSError as exc:  # a folder, a device, no permission
        raise ValidationError(f"cannot read {path} ({exc.strerror or exc}): give a JSON lines file") from None
    records, problems = [], []
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(RowProblem(n, f"not JSON ({exc.msg})"))
            continue
        except (RecursionError, ValueError):  # nested too deeply, or an over-long number
            problems.append(RowProblem(n, "not readable JSON (nested too deeply, or a number too long)"))
            continue
        if not isinstance(obj, dict):
            problems.append(RowProblem(n, "not a JSON object"))
            continue
        if "id" not in obj:
            problems.append(RowProblem(n, "missing", "id"))
        if not isinstance(obj.get("text"), str):
            problems.append(RowProblem(n, "missing or not a string", "text"))
        else:
            try:
                check_unicode("text", obj["text"])
            except ValidationError as exc:
                problems.append(RowProblem(n, str(exc), "text"))
        try:
            locale = parse_locale(obj.get("locale"))
        except ValidationError as exc:
            problems.append(RowProblem(n, str(exc), "locale"))
            continue
        records.append({"id": obj.get("id"), "text": obj.get("text") or "", "locale": locale})
    if problems:
        raise ImportRejected(f"{path}: {len(problems)} line(s) cannot be analysed, so nothing was: fix them "
                             "and run it again", problems)
    return records


def analyze_records(records: list[dict], *, processes: int | None = None, progress=None) -> list[dict]:
    """One output object per record: {"id": …, "spans": [{start, end, entity, score}]}."""
    from .analyze import analyze_texts, propagate_names

    spans = analyze_texts([(r["text"], r["locale"]) for r in records], processes=processes,
                          progress=progress)
    out = []
    for rec, found in zip(records, spans):
        found = propagate_names([rec["text"]], [found])[0]
        out.append({"id": rec["id"], "spans": [s.as_dict() for s in found]})
    return out
