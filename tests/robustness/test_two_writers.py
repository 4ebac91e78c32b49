"""Two processes doing the same work at the same moment do it once: the same file imported
twice, two `deid run`s, two evaluations of one checkpoint.

Each test starts two real processes together and checks the database afterwards. They are
written to be repeated (`for i in $(seq 20); do pytest tests/robustness/test_two_writers.py;
done`): every run builds its own project and asserts only what must hold whatever the timing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from workbench.store import open_project
from workbench.store.audit import verify_chain

REPO = Path(__file__).resolve().parents[2]


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}


def start_together(*commands: list[str]) -> list[subprocess.CompletedProcess]:
    """Start every command at once, wait for all; their exit codes and output."""
    procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
             for c in commands]
    outs = [p.communicate(timeout=900) for p in procs]
    return [subprocess.CompletedProcess(c, p.returncode, o, e) for c, p, (o, e) in zip(commands, procs, outs)]


def cli(*args) -> list[str]:
    return [sys.executable, "-m", "workbench.cli", *map(str, args)]


@pytest.fixture
def signed_in(project):
    """The project with admin signed in on this OS account (what write commands need)."""
    from workbench.store.sessions import login

    login(project, "admin", PASSWORD)
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return project


def write_pairs(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"prompt": f"Frage {i}: wie saldiere ich das Konto {i % 977}?",
                                 "response": f"Antwort {i}: per Monatsende, Referenz {i}."},
                                ensure_ascii=False) + "\n")
    return path


def _import_twice(project, data: Path, n: int) -> None:
    root = project.root
    results = start_together(*[cli("-p", root, "import", data, "--locale", "de-CH", "--json")] * 2)
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    reports = sorted((json.loads(r.stdout) for r in results), key=lambda r: r["added"])
    # One import added every row; the other, which waited for it, found them all present.
    assert [r["added"] for r in reports] == [0, n]
    assert len(reports[0]["duplicates"]) == n and reports[0]["import_id"] is None
    p = open_project(root, readonly=True)
    try:
        assert p.conn.execute("SELECT count(*), count(DISTINCT dedup_key) FROM items").fetchone() == (n, n)
        assert p.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 1
        assert p.conn.execute("SELECT count(*) FROM audit WHERE action = 'items.add'").fetchone()[0] == 1
        assert verify_chain(p).ok
    finally:
        p.close()


def test_the_same_file_imported_twice_at_once_is_imported_once(signed_in, tmp_path):
    _import_twice(signed_in, write_pairs(tmp_path / "pairs.jsonl", 5_000), 5_000)


@pytest.mark.slow
def test_the_same_100k_row_file_imported_twice_at_once_is_imported_once(signed_in, tmp_path):
    _import_twice(signed_in, write_pairs(tmp_path / "pairs.jsonl", 100_000), 100_000)


# A `deid run` whose claims are small, so that two runs started together interleave their
# batches instead of one of them taking everything in its first claim.
DEID_RUN = """
import sys
from workbench.deid import pipeline
pipeline.CLAIM_BATCH = int(sys.argv[1])
from workbench.cli import main
sys.exit(main(sys.argv[2:]))
"""

PEOPLE = ["Anna Meier", "Luca Rossi", "Claire Favre", "Reto Caduff", "Sara Keller", "Marco Bernasconi"]


def test_two_deid_runs_at_once_split_the_items_and_find_each_thing_once(signed_in):
    from workbench.core.items import ItemContent
    from workbench.store.items import add_items
    from workbench.store.users import get_user

    n = 240
    contents = [ItemContent.create(
        kind="pair", locale="de-CH",
        prompt=f"Guten Tag, ich bin {PEOPLE[i % len(PEOPLE)]} und wohne an der Bahnhofstrasse {i}.",
        response=f"Danke, Frau {PEOPLE[(i + 1) % len(PEOPLE)].split()[1]}: Ihre Anfrage {i} ist erfasst.")
        for i in range(n)]
    add_items(signed_in, contents, actor=get_user(signed_in, "max"))
    root = signed_in.root
    run = [sys.executable, "-c", DEID_RUN, "20", "-p", str(root), "deid", "run", "--json", "-j", "1"]
    results = start_together(run, run)
    assert [r.returncode for r in results] == [0, 0], [r.stderr[-2000:] for r in results]
    summaries = [json.loads(r.stdout.strip().splitlines()[-1]) for r in results]
    assert sum(s["analysed"] for s in summaries) == n  # split between them, nothing twice
    p = open_project(root, readonly=True)
    try:
        spans = p.conn.execute(
            "SELECT count(*), count(DISTINCT item_id || ':' || rev || ':' || field || ':' || start || ':' || "
            "end || ':' || entity) FROM findings").fetchone()
        assert spans[0] == spans[1] > 0
        assert sum(s["findings"] for s in summaries) == spans[0]
        analysed = [i for (after,) in p.conn.execute(
            "SELECT after FROM audit WHERE action = 'deid.findings'") for i in json.loads(after)["items"]]
        assert len(analysed) == len(set(analysed))
        assert p.conn.execute("SELECT count(*) FROM leases").fetchone()[0] == 0  # all given back
        assert verify_chain(p).ok
    finally:
        p.close()


# Evaluates a registered run's checkpoint with a stand-in model that takes its time, so the
# second process starts while the first is still generating.
EVALUATE = """
import sys, time
from pathlib import Path
from workbench.evaluate.evaluator import evaluate
from workbench.evaluate.generation import Generated, Generator
from workbench.store import open_project
from workbench.store.users import get_user

class Slow(Generator):
    backend = "scripted"
    def use(self, path):
        self.state = path
    def generate(self, conversations, progress=None):
        time.sleep(1.5)
        return [Generated("Vous avez 30 jours." if self.state else "Je ne sais pas.", 5) for _ in conversations]
    def describe(self):
        return {"backend": "scripted"}

project = open_project(sys.argv[1])
done = evaluate(project, sys.argv[2], "10", generator=Slow(), actor=get_user(project, "erik"), n_bootstrap=20)
print(",".join(f"{e['checkpoint']}:{e['reused']}" for e in done))
"""


def _evaluation_world(project, tmp_path):
    from tests.evaluate.helpers import FR, register_run, signed_world
    from workbench.store.runs import add_checkpoint

    train, frozen = signed_world(project, {"fr-CH": FR})
    run = register_run(project, tmp_path / "no-model", train, frozen)
    folder = Path(run["run_dir"]) / "checkpoints" / "step-000010"
    folder.mkdir(parents=True)
    add_checkpoint(project, run["id"], step=10, path=str(folder), train_loss=1.0, actor="erik")
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return run


def test_two_evaluations_of_one_checkpoint_at_once_evaluate_it_once(project, tmp_path):
    run = _evaluation_world(project, tmp_path)
    command = [sys.executable, "-c", EVALUATE, str(project.root), run["id"]]
    results = start_together(command, command)
    assert [r.returncode for r in results] == [0, 0], [r.stderr[-2000:] for r in results]
    # The second waited for the first and reused both of its evaluations.
    assert sorted(r.stdout.strip() for r in results) == [
        "base:False,step-000010:False", "base:True,step-000010:True"]
    p = open_project(project.root, readonly=True)
    try:
        rows = p.conn.execute("SELECT checkpoint, status, count(*) FROM evaluations GROUP BY checkpoint, status")
        assert sorted(rows) == [("base", "completed", 1), ("step-000010", "completed", 1)]
        answers = p.conn.execute("SELECT count(*), count(DISTINCT evaluation_id || ':' || item_id) "
                                 "FROM eval_answers").fetchone()
        held_out = p.conn.execute("SELECT item_count FROM snapshots WHERE id = ?",
                                  (run["holdout_snapshot"],)).fetchone()[0]
        assert answers[0] == answers[1] == 2 * held_out > 0
    finally:
        p.close()


def test_an_evaluation_already_running_refuses_a_second_one_of_the_same_checkpoint(project, tmp_path):
    from workbench.core.errors import StateError
    from workbench.store import evaluations as store

    run = _evaluation_world(project, tmp_path)
    args = dict(run_id=run["id"], step=10, snapshot_id=run["holdout_snapshot"], backend="scripted",
                settings={"decoding": "greedy"}, actor="erik")
    first = store.start_evaluation(project, **args)
    with pytest.raises(StateError, match="already being evaluated"):
        store.start_evaluation(project, **args)
    store.fail_evaluation(project, first["id"], error="stopped by the test", actor="erik")
    again = store.start_evaluation(project, **args)  # the claim was given back
    assert again["status"] == "running"
    assert project.conn.execute("SELECT count(*) FROM evaluations WHERE status = 'running'").fetchone()[0] == 1


def test_a_claim_of_a_process_that_died_is_free_again(project):
    from workbench.store import leases

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    owner = leases.new_owner().rsplit(":", 2)[0] + f":{int(dead.stdout)}:gone"
    assert leases.claim(project, ["deid:1:1"], owner=owner, ttl_s=3600) == ["deid:1:1"]
    assert leases.claim(project, ["deid:1:1"], owner=leases.new_owner(), ttl_s=3600) == ["deid:1:1"]
