"""Build tests/deid/data/labelled.jsonl from the hand-written sources labelled_<locale>.txt
(and unseen.jsonl from unseen_<locale>.txt, the check set written after the rules froze).

The sources are what people edit: texts with inline markup `{CODE|text}`, easy to read and
review. The JSONL holds the same texts with character spans, the form the recall test and
anyone else's tooling reads. A test checks that the two agree, so edit the source and run

    .venv/bin/python -m tests.deid.build_labelled
"""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).parent / "data"
OUT = DATA / "labelled.jsonl"
OUT_UNSEEN = DATA / "unseen.jsonl"
LOCALES = ("de-CH", "gsw", "fr-CH", "it-CH", "rm", "en")

CODES = {
    "P": "PERSON", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "AHV": "CH_AHV",
    "IBAN": "IBAN_CODE", "UID": "CH_UID", "DOB": "DATE_OF_BIRTH", "A": "CH_ADDRESS",
    "CAR": "CH_CAR_PLATE", "ID": "ID_DOCUMENT",
}
_MARK = re.compile(r"\{([A-Z]+)\|([^{}]+)\}")


def parse_block(marked: str) -> tuple[str, list[dict]]:
    """Strip the markup; return the plain text and its spans."""
    text, spans, pos = [], [], 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos:m.start()]
        text.append(before)
        length += len(before)
        code, value = m.group(1), m.group(2)
        if code not in CODES:
            raise ValueError(f"unknown code {code!r} in {marked[:60]!r}")
        spans.append({"start": length, "end": length + len(value), "entity": CODES[code]})
        text.append(value)
        length += len(value)
        pos = m.end()
    text.append(marked[pos:])
    plain = "".join(text)
    if "{" in plain or "}" in plain:
        raise ValueError(f"unbalanced markup in {marked[:60]!r}")
    return plain, spans


def parse_source(source: str, locale: str) -> list[dict]:
    records, current, lines = [], None, []

    def flush():
        if current is None:
            return
        text, spans = parse_block("\n".join(lines).strip("\n"))
        records.append({"id": current[0], "locale": locale, "note": current[1], "text": text,
                        "spans": spans})

    for line in source.splitlines():
        if line.startswith("## "):
            flush()
            head = line[3:].strip()
            ident, _, note = head.partition(" ")
            current, lines = (ident, note.strip()), []
        elif line.startswith("#") and current is None:
            continue  # the file's header comment
        else:
            lines.append(line)
    flush()
    return records


def build(prefix: str = "labelled") -> list[dict]:
    records = []
    for locale in LOCALES:
        records += parse_source((DATA / f"{prefix}_{locale}.txt").read_text("utf-8"), locale)
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate ids in the labelled set")
    return records


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


if __name__ == "__main__":
    for prefix, out in (("labelled", OUT), ("unseen", OUT_UNSEEN)):
        recs = build(prefix)
        out.write_text(render(recs), "utf-8")
        print(f"wrote {len(recs)} texts to {out}")
