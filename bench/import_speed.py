"""How fast a large import is: N synthetic pairs through the real all-or-nothing import path
(read, validate, duplicate check, one transaction, FTS index, audit entry).

    .venv/bin/python bench/import_speed.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from workbench.store import init_project
from workbench.store.imports import import_file
from workbench.store.users import create_user
from workbench.store.items import count_items, list_items


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = tmp / "pairs.jsonl"
        with data.open("w", encoding="utf-8") as fh:
            for i in range(args.rows):
                fh.write(json.dumps({
                    "prompt": f"Ticket {i}: Kunde möchte das Sparkonto saldieren und den Saldo von CHF "
                              f"{i % 9000}.50 überweisen.",
                    "response": f"Guten Tag, wir saldieren das Konto per Monatsende und überweisen den Saldo "
                                f"(Ref. {i}).",
                    "locale": ["de-CH", "gsw", "fr-CH", "it-CH", "rm", "en"][i % 6], "tags": ["banking"]},
                    ensure_ascii=False) + "\n")
        project = init_project(tmp / "proj")
        annotator = create_user(project, "bench", "bench-password-2026", roles=["annotator"])
        t0 = time.perf_counter()
        result = import_file(project, data, actor=annotator)
        elapsed = time.perf_counter() - t0
        t1 = time.perf_counter()
        n = count_items(project, locale="gsw", search="saldieren")
        page = list_items(project, locale="fr-CH", status="draft", limit=200, offset=5000)
        query = time.perf_counter() - t1
        size = sum((tmp / "proj" / name).stat().st_size for name in ("workbench.sqlite", "workbench.sqlite-wal"))
    print(f"imported {result.added:,} pairs in {elapsed:.2f} s ({result.added / elapsed:,.0f} rows/s)")
    print(f"filtered full-text count + one 200-row page: {query * 1000:.0f} ms ({n:,} matches, {len(page)} rows)")
    print(f"database size: {size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
