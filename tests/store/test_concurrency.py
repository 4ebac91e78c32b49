"""Two writers on one project, and a crash in the middle of a large import."""

import json
import os
import signal
import subprocess
import sys
import time

from workbench.store import open_project
from workbench.store.audit import verify_chain

WRITER = """
import sys
from workbench.core.items import ItemContent
from workbench.store import open_project
from workbench.store.items import add_items
from workbench.store.users import get_user
p = open_project(sys.argv[1])
for i in range(int(sys.argv[3])):
    add_items(p, [ItemContent.create(kind="pair", locale="en", prompt=f"{sys.argv[2]} question {i}",
                                     response="answer")], actor=get_user(p, sys.argv[2]))
"""


def test_two_processes_writing_lose_nothing(project):
    root = str(project.root)
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, root, name, "60"])
             for name in ("max", "claire")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    p = open_project(root)
    assert p.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 120
    by_actor = p.conn.execute("SELECT actor, count(*) FROM audit WHERE action = 'items.add' GROUP BY actor")
    assert {r[0]: r[1] for r in by_actor} == {"max": 60, "claire": 60}
    assert verify_chain(p).ok


IMPORTER = """
import sys
from workbench.store import open_project
from workbench.store.imports import import_file
from workbench.store.users import get_user
p = open_project(sys.argv[1])
import_file(p, sys.argv[2], locale="de-CH", actor=get_user(p, "max"))
"""


def test_kill_9_during_a_large_import_leaves_the_database_consistent(project, tmp_path):
    n = 60_000
    data = tmp_path / "big.jsonl"
    with data.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"prompt": f"Frage {i} zur Steuererklärung im Kanton Zürich",
                                 "response": f"Antwort {i}: bitte Formular {i % 97} einreichen."}) + "\n")
    wal = project.root / "workbench.sqlite-wal"
    start_size = wal.stat().st_size if wal.exists() else 0
    proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(project.root), str(data)])
    deadline = time.time() + 120
    # Kill once the write transaction is under way (the WAL grows), before it commits.
    while time.time() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > start_size + 2_000_000:
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the import finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    p = open_project(project.root)
    assert p.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    count = p.conn.execute("SELECT count(*) FROM items").fetchone()[0]
    revs = p.conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
    assert count == revs == 0  # all or nothing: the killed transaction left no rows
    assert verify_chain(p).ok
    assert p.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0
