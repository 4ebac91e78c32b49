"""store/sql.py: rows as dicts, placeholders and id chunks, used everywhere instead of copies."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from workbench.core.items import ItemContent
from workbench.store import sql
from workbench.store.imports import existing_dedup_keys
from workbench.store.items import add_items, list_items
from workbench.store.users import get_user

ROOT = Path(__file__).resolve().parents[2]
WORKBENCH = ROOT / "workbench"


def _pairs(n):
    return [ItemContent.create(kind="pair", locale="de-CH", prompt=f"Frage {i}", response="Antwort")
            for i in range(n)]


def test_rows_come_back_as_dicts_from_a_project_or_a_connection(project):
    add_items(project, _pairs(2), actor=get_user(project, "max"))
    rows = sql.query(project, "SELECT id, locale FROM items ORDER BY id")
    assert rows == [{"id": 1, "locale": "de-CH"}, {"id": 2, "locale": "de-CH"}]
    assert sql.query(project.conn, "SELECT id FROM items WHERE id = ?", (2,)) == [{"id": 2}]
    assert sql.query_one(project, "SELECT count(*) AS n FROM items") == {"n": 2}
    assert sql.query_one(project, "SELECT id FROM items WHERE id = ?", (99,)) is None
    assert list(sql.iter_query(project, "SELECT id FROM items WHERE id > :after", {"after": 1})) == [{"id": 2}]


def test_placeholders_and_chunks():
    assert sql.placeholders(3) == "?,?,?"
    assert sql.placeholders(0) == ""
    assert list(sql.chunks([])) == []
    assert [len(c) for c in sql.chunks(range(2000))] == [900, 900, 200]
    assert list(sql.chunks(iter("abcde"), 2)) == [["a", "b"], ["c", "d"], ["e"]]


def test_more_ids_than_sqlite_binds_in_one_statement_are_read_in_chunks(project):
    ids = add_items(project, _pairs(2100), actor=get_user(project, "max"))
    assert len(list_items(project, ids=ids[:900])) == 900
    keys = [row["dedup_key"] for row in sql.query(project, "SELECT dedup_key FROM items")]
    assert len(existing_dedup_keys(project, keys + ["not-there"] * 10)) == 2100


def _sources():
    for path in sorted(WORKBENCH.rglob("*.py")):
        yield path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")


def test_column_names_are_read_into_dicts_only_in_store_sql():
    hand_made = [name for name, text in _sources()
                 if name != "workbench/store/sql.py" and re.search(r"\bcur(sor)?\.description\b", text)]
    assert hand_made == [], f"use workbench.store.sql.query instead of cur.description in {hand_made}"


def test_the_clock_is_imported_from_its_leaf_module():
    elsewhere = [name for name, text in _sources()
                 if re.search(r"from \.+(store\.)?project import .*\b(utc_now|os_actor)\b", text)]
    assert elsewhere == [], f"import utc_now and os_actor from workbench.store.clock in {elsewhere}"


def test_the_store_imports_neither_sqlite_utils_nor_pandas():
    # sqlite-utils imports pandas and numpy when they are installed: 0.6 s for nothing we use.
    probe = ("import json, sys, workbench.store, workbench.store.items, workbench.store.sql; "
             "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.splitlines()[-1]))
    assert not {"sqlite_utils", "pandas", "numpy"} & loaded, sorted({"sqlite_utils", "pandas", "numpy"} & loaded)
