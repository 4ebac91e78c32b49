"""Every hostile input ends the same way: exit code 2, one line on stderr that says what to
do, no traceback, no "unexpected error", and a project exactly as it was.

Bad files for every import format, bad databases, bad destinations, bad options and ids,
huge, deep and odd inputs. Each case runs the real command line — `workbench.cli.main`, what
`python -m workbench.cli` runs — in this process (a separate process only where the case
needs one: arguments that are not UTF-8), and compares what `workbench items list --json`
and `workbench audit verify` print before and after.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Callable

import pytest

from tests.conftest import PASSWORD
from tests.store.helpers import signed_world
from workbench.cli import main

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args, stdin: str = "") -> tuple[int, str, str]:
    """Exit code, stdout and stderr of one command, run in this process."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = main([str(a) for a in args])
    finally:
        sys.stdin = saved
    return rc, out.getvalue(), err.getvalue()


def run_process(*args: str | bytes) -> tuple[int, str, str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-m", "workbench.cli", *args], capture_output=True, env=env,
                          timeout=300)
    return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


def observed(root: Path) -> tuple:
    """What a user (or an auditor) sees of a project: its items and its audit chain, and,
    for a database we refuse, the very bytes of the file."""
    db = root / "workbench.sqlite"
    raw = hashlib.sha256(db.read_bytes()).hexdigest() if db.is_file() else None
    return (run_cli("-p", root, "items", "list", "--json"), run_cli("-p", root, "audit", "verify"), raw)


@pytest.fixture(scope="module")
def world(_project_template, tmp_path_factory):
    """A project with signed-off fr-CH pairs and a frozen hold-out (signed by claire, the
    real way), a training snapshot, and admin signed in: every command reaches its checks."""
    from workbench.store import open_project
    from workbench.store.sessions import login

    base = tmp_path_factory.mktemp("hostile")
    root = base / "proj"
    shutil.copytree(_project_template, root)
    p = open_project(root)
    signed_world(p, PASSWORD, n_pairs=4, n_holdout=2)
    login(p, "admin", PASSWORD)
    p.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    p.close()
    return SimpleNamespace(root=root)


@dataclass
class Case:
    id: str
    #: (world, tmp folder) → (arguments, folder of the project to compare before/after)
    build: Callable
    stdin: str = ""
    process: bool = False
    marks: list = field(default_factory=list)


def _write(tmp: Path, name: str, content: str | bytes) -> Path:
    path = tmp / name
    if isinstance(content, str):
        content = content.encode("utf-8", "surrogatepass")
    path.write_bytes(content)
    return path


def import_file(name: str, content: str | bytes, *extra: str) -> Callable:
    def build(w, tmp):
        return ["-p", w.root, "import", _write(tmp, name, content), "--locale", "en", *extra], w.root
    return build


def command(*args, target: Callable | None = None) -> Callable:
    """Arguments with `{root}` and `{tmp}` filled in; `target` prepares something in tmp first."""
    def build(w, tmp):
        if target:
            target(w, tmp)
        return [str(a).format(root=w.root, tmp=tmp) for a in args], w.root
    return build


def given_file(name: str, content: str | bytes, *args: str) -> Callable:
    """Arguments naming a file written first: `{file}` is its path, `{root}` the project."""
    def build(w, tmp):
        path = _write(tmp, name, content)
        return [str(a).format(root=w.root, file=path) for a in args], w.root
    return build


def bad_database(make: Callable[[Path, Path], None], *args: str) -> Callable:
    """A project folder whose workbench.sqlite `make(db, good_db)` spoils; run `args` on it."""
    def build(w, tmp):
        folder = tmp / "bad"
        folder.mkdir()
        make(folder / "workbench.sqlite", w.root / "workbench.sqlite")
        return ["-p", folder, *args], folder
    return build


def deep(n: int = 100_000) -> str:
    return "[" * n + "]" * n


def _foreign(db, good):
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.commit()
    con.close()


def _no_tables(db, good):
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (x)")
    con.execute("DROP TABLE t")
    con.commit()
    con.close()


def _copy_with(sql: str):
    def make(db, good):
        shutil.copy(good, db)
        con = sqlite3.connect(db)
        con.execute(sql)
        con.commit()
        con.close()
    return make


def _truncated(keep_fraction: float, odd: bool = False):
    def make(db, good):
        data = good.read_bytes()
        cut = int(len(data) * keep_fraction) // 4096 * 4096 + (123 if odd else 0)
        db.write_bytes(data[:cut])
    return make


def _folder(db, good):
    db.mkdir()


def _non_empty_folder(w, tmp):
    (tmp / "out").mkdir()
    (tmp / "out" / "notes.txt").write_text("someone's notes")


def _existing_zip(w, tmp):
    (tmp / "audit.zip").write_bytes(b"PK\x05\x06" + b"\x00" * 18)


def _a_file(w, tmp):
    (tmp / "file.txt").write_text("not a folder")


def _a_folder(w, tmp):
    (tmp / "dir.zip").mkdir()
    (tmp / "empty").mkdir()


def _symlink_loop(w, tmp):
    os.symlink(tmp / "loop-b.jsonl", tmp / "loop-a.jsonl")
    os.symlink(tmp / "loop-a.jsonl", tmp / "loop-b.jsonl")


SUR = "\\ud800"  # a JSON escape for a lone surrogate

CASES = [
    # --- import: JSON lines ---------------------------------------------------------------
    Case("jsonl-nested-100k-deep", import_file("deep.jsonl", '{"prompt": ' + deep() + ', "response": "x"}\n')),
    Case("jsonl-lone-surrogate", import_file("sur.jsonl", '{"prompt": "caf' + SUR + '", "response": "ok"}\n')),
    Case("jsonl-lone-surrogate-in-tags",
         import_file("tag.jsonl", '{"prompt": "a", "response": "b", "tags": ["' + SUR + '"]}\n')),
    Case("jsonl-integer-of-5000-digits",
         import_file("int.jsonl", '{"prompt": ' + "9" * 5000 + ', "response": "x"}\n')),
    Case("jsonl-binary-garbage", import_file("bin.jsonl", bytes(range(256)) * 16)),
    Case("jsonl-not-utf8", import_file("latin.jsonl", '{"prompt": "Zürich", "response": "ok"}\n'.encode("latin-1"))),
    Case("jsonl-empty-file", import_file("empty.jsonl", b"")),
    Case("jsonl-blank-lines-only", import_file("blank.jsonl", "\n\n   \n\t\n")),
    Case("jsonl-arrays-not-objects", import_file("arr.jsonl", "[1, 2]\n[3]\n")),
    Case("jsonl-null-row", import_file("null.jsonl", "null\n")),
    Case("jsonl-broken-after-bom", import_file("bom.jsonl", b"\xef\xbb\xbf{broken\n")),
    Case("jsonl-prompt-is-an-object", import_file("obj.jsonl", '{"prompt": {"a": 1}, "response": "x"}\n')),
    Case("jsonl-nan-prompt", import_file("nan.jsonl", '{"prompt": NaN, "response": "x"}\n')),
    Case("jsonl-missing-response", import_file("half.jsonl", '{"prompt": "only a question"}\n')),
    Case("jsonl-contradicting-locale",
         import_file("loc.jsonl", '{"prompt": "a", "response": "b", "locale": "xx-YY"}\n')),
    Case("jsonl-text-over-32k-characters",
         import_file("long.jsonl", json.dumps({"prompt": "x" * 40_000, "response": "y"}) + "\n")),
    Case("jsonl-40-tags",
         import_file("tags.jsonl", json.dumps({"prompt": "a", "response": "b",
                                               "tags": [f"t{i}" for i in range(40)]}) + "\n")),
    Case("jsonl-control-characters",
         import_file("ctl.jsonl", json.dumps({"prompt": "\x01\x02\x03\x04\x05 hi", "response": "b"}) + "\n")),
    Case("jsonl-checks-on-a-pair",
         import_file("chk.jsonl", '{"prompt": "a", "response": "b", "checks": {"required": ["x"]}}\n')),
    Case("jsonl-messages-not-a-list", import_file("msg.jsonl", '{"messages": "hello"}\n')),
    # --- import: JSON ---------------------------------------------------------------------
    Case("json-nested-100k-deep", import_file("deep.json", deep())),
    Case("json-lone-surrogate", import_file("sur.json", '[{"prompt": "' + SUR + '", "response": "ok"}]')),
    Case("json-integer-of-5000-digits", import_file("int.json", '[{"prompt": ' + "9" * 5000 + "}]")),
    Case("json-not-utf8", import_file("latin.json", '[{"prompt": "Zürich", "response": "ok"}]'.encode("latin-1"))),
    Case("json-a-scalar", import_file("scalar.json", "42")),
    Case("json-one-object-no-list", import_file("one.json", '{"prompt": "a", "response": "b"}')),
    Case("json-truncated", import_file("cut.json", '[{"prompt": "a", "respo')),
    # --- import: CSV / TSV ----------------------------------------------------------------
    Case("csv-field-over-128kb", import_file("big.csv", "prompt,response\n" + "x" * 200_000 + ",ok\n")),
    Case("tsv-field-over-128kb", import_file("big.tsv", "prompt\tresponse\n" + "y" * 200_000 + "\tok\n")),
    Case("csv-header-over-128kb", import_file("head.csv", "p" * 200_000 + ",response\n1,2\n")),
    Case("csv-nul-bytes", import_file("nul.csv", b"prompt,response\n\x00\x00,ok\n")),
    Case("csv-not-utf8", import_file("latin.csv", "prompt,response\nZürich,ok\n".encode("latin-1"))),
    Case("csv-header-only", import_file("head-only.csv", "prompt,response\n")),
    Case("csv-no-header", import_file("nohead.csv", "\n")),
    Case("csv-more-values-than-columns", import_file("wide.csv", "prompt,response\na,b,c\n")),
    Case("csv-deep-json-in-tags-column",
         import_file("tags.csv", 'prompt,response,tags\na,b,"' + deep(50_000) + '"\n')),
    # --- import: other formats and options ---------------------------------------------------
    Case("parquet-that-is-text", import_file("fake.parquet", "this is not parquet")),
    Case("unknown-extension", import_file("data.xlsx", "x")),
    Case("unknown-format-option", import_file("ok.jsonl", '{"prompt": "a", "response": "b"}\n', "--format", "xls")),
    Case("unknown-kind-option", import_file("ok.jsonl", '{"prompt": "a", "response": "b"}\n', "--kind", "sideways")),
    Case("holdout-check-regex-does-not-compile",
         import_file("re.jsonl", '{"prompt": "a", "reference": "b", "checks": {"regex": "("}}\n',
                     "--kind", "holdout")),
    Case("import-missing-file", command("-p", "{root}", "import", "{tmp}/nothing.jsonl", "--locale", "en")),
    Case("import-folder-without-data",
         command("-p", "{root}", "import", "{tmp}/empty", "--locale", "en", target=_a_folder)),
    Case("import-folder-as-jsonl",
         command("-p", "{root}", "import", "{tmp}/empty", "--format", "jsonl", target=_a_folder)),
    Case("import-dev-null", command("-p", "{root}", "import", "/dev/null", "--format", "jsonl", "--locale", "en")),
    Case("import-symlink-loop",
         command("-p", "{root}", "import", "{tmp}/loop-a.jsonl", "--locale", "en", target=_symlink_loop)),
    Case("import-unknown-locale-option",
         import_file("ok.jsonl", '{"prompt": "a", "response": "b"}\n', "--locale", "tlh")),
    # --- databases that are not (our) projects -----------------------------------------------
    Case("db-foreign-sqlite-status", bad_database(_foreign, "status")),
    Case("db-foreign-sqlite-import", bad_database(_foreign, "import", "/dev/null")),
    Case("db-empty-sqlite-status", bad_database(_no_tables, "status")),
    Case("db-zero-bytes-verify", bad_database(lambda db, good: db.write_bytes(b""), "audit", "verify")),
    Case("db-text-file-items-list", bad_database(lambda db, good: db.write_text("hello\n"), "items", "list")),
    Case("db-header-then-garbage-verify",
         bad_database(lambda db, good: db.write_bytes(b"SQLite format 3\x00" + os.urandom(8176)), "audit", "verify")),
    Case("db-truncated-at-a-page-verify", bad_database(_truncated(0.5), "audit", "verify")),
    Case("db-truncated-mid-page-status", bad_database(_truncated(0.5, odd=True), "status")),
    Case("db-newer-schema-items-list", bad_database(_copy_with("PRAGMA user_version = 99"), "items", "list")),
    Case("db-newer-schema-import", bad_database(_copy_with("PRAGMA user_version = 99"), "import", "/dev/null")),
    Case("db-other-application-id-verify",
         bad_database(_copy_with("PRAGMA application_id = 1234"), "audit", "verify")),
    Case("db-is-a-folder-status", bad_database(_folder, "status")),
    Case("project-folder-missing", command("-p", "{tmp}/nowhere", "items", "list")),
    # --- destinations ---------------------------------------------------------------------
    Case("export-into-a-non-empty-folder", command("-p", "{root}", "export", "{tmp}/out", target=_non_empty_folder)),
    Case("export-onto-a-file", command("-p", "{root}", "export", "{tmp}/file.txt", target=_a_file)),
    Case("export-under-a-file", command("-p", "{root}", "export", "{tmp}/file.txt/sub", target=_a_file)),
    Case("export-into-proc", command("-p", "{root}", "export", "/proc/self/wb-export")),
    Case("export-into-dev", command("-p", "{root}", "export", "/dev/wb-export")),
    Case("export-unknown-format", command("-p", "{root}", "export", "{tmp}/new", "--format", "xls")),
    Case("export-unknown-snapshot", command("-p", "{root}", "export", "{tmp}/new", "--snapshot", "snap-nope")),
    Case("audit-export-onto-an-existing-zip",
         command("-p", "{root}", "audit", "export", "{tmp}/audit.zip", target=_existing_zip)),
    Case("audit-export-onto-a-folder", command("-p", "{root}", "audit", "export", "{tmp}/dir.zip", target=_a_folder)),
    Case("audit-export-under-a-file",
         command("-p", "{root}", "audit", "export", "{tmp}/file.txt/a.zip", target=_a_file)),
    Case("audit-export-into-proc", command("-p", "{root}", "audit", "export", "/proc/self/status.zip")),
    Case("audit-export-onto-dev-full", command("-p", "{root}", "audit", "export", "/dev/full.zip")),
    Case("audit-export-missing-report",
         command("-p", "{root}", "audit", "export", "{tmp}/a.zip", "--report", "{tmp}/nope.html")),
    Case("init-in-proc", command("init", "/proc/wb-new-project")),
    Case("init-over-a-project", command("init", "{root}")),
    Case("init-on-a-file", command("init", "{tmp}/file.txt", target=_a_file)),
    # --- ids and options --------------------------------------------------------------------
    Case("items-show-unknown-id", command("-p", "{root}", "items", "show", "999999")),
    Case("items-show-negative-id", command("-p", "{root}", "items", "show", "-5")),
    Case("items-show-not-a-number", command("-p", "{root}", "items", "show", "abc")),
    Case("items-history-unknown-id", command("-p", "{root}", "items", "history", "424242")),
    Case("items-edit-unknown-id", command("-p", "{root}", "items", "edit", "999999", "--prompt", "x")),
    Case("items-edit-nothing-to-change", command("-p", "{root}", "items", "edit", "1")),
    Case("items-edit-blank-prompt", command("-p", "{root}", "items", "edit", "1", "--prompt", "   ")),
    Case("items-edit-prompt-over-32k", command("-p", "{root}", "items", "edit", "1", "--prompt", "x" * 40_000)),
    Case("items-edit-unknown-locale", command("-p", "{root}", "items", "edit", "1", "--locale", "tlh")),
    Case("items-edit-lone-surrogate", command("-p", "{root}", "items", "edit", "1", "--prompt", "caf\ud800")),
    Case("items-reject-unknown-id", command("-p", "{root}", "items", "reject", "999999", "--reason", "x")),
    Case("items-list-unknown-option", command("-p", "{root}", "items", "list", "--bogus")),
    Case("items-list-limit-not-a-number", command("-p", "{root}", "items", "list", "--limit", "many")),
    Case("items-list-unknown-kind", command("-p", "{root}", "items", "list", "--kind", "sideways")),
    Case("items-list-search-lone-surrogate", command("-p", "{root}", "items", "list", "--search", "\udcff")),
    Case("snapshot-show-unknown-id", command("-p", "{root}", "snapshot", "show", "snap-nope")),
    Case("signoff-unknown-item", command("-p", "{root}", "-u", "claire", "signoff", "999999", "--password-stdin"),
         stdin=PASSWORD + "\n"),
    Case("signoff-neither-ids-nor-filter", command("-p", "{root}", "signoff", "--yes")),
    Case("unknown-command", command("-p", "{root}", "frobnicate")),
    Case("runs-show-unknown-id", command("-p", "{root}", "runs", "show", "run-nope")),
    Case("handoff-unknown-run", command("-p", "{root}", "handoff", "run-nope", "--out", "{tmp}/h")),
    Case("handoff-verify-missing-folder", command("handoff-verify", "{tmp}/nothing-here")),
    Case("deid-analyze-nested-100k-deep",
         given_file("deep.jsonl", '{"id": 1, "locale": "en", "text": ' + deep() + "}\n", "deid", "analyze", "{file}")),
    Case("deid-analyze-lone-surrogate",
         given_file("s.jsonl", '{"id": 1, "locale": "en", "text": "' + SUR + '"}\n', "deid", "analyze", "{file}")),
    Case("deid-analyze-a-folder", command("deid", "analyze", "{tmp}")),
    Case("train-config-not-utf8",
         given_file("spec.json", '{"base_model": "Zürich"}'.encode("latin-1"),
                    "-p", "{root}", "train", "--config", "{file}")),
    Case("train-config-nested-100k-deep",
         given_file("spec.json", deep(), "-p", "{root}", "train", "--config", "{file}")),
    Case("train-config-is-a-folder", command("-p", "{root}", "train", "--config", "{tmp}")),
    Case("users-add-unknown-role",
         command("-p", "{root}", "users", "add", "zed", "--role", "emperor", "--password-stdin"),
         stdin="pw-zed-2026-long\n" + PASSWORD + "\n"),  # right passwords: a wrong one is recorded
    Case("argument-bytes-not-utf8",
         lambda w, tmp: (["-p", str(w.root).encode(), "items", "list", "--search", b"\xff\xfe"], w.root),
         process=True),
]


def test_there_are_at_least_60_hostile_cases():
    assert len(CASES) >= 60 and len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_input_gets_one_line_exit_2_and_changes_nothing(case, world, tmp_path):
    args, root = case.build(world, tmp_path)
    before = observed(root)
    if case.process:
        rc, out, err = run_process(*[a if isinstance(a, bytes) else str(a) for a in args])
    else:
        rc, out, err = run_cli(*args, stdin=case.stdin)
    lines = [line for line in err.splitlines() if line.strip()]
    assert rc == 2, f"exit {rc}\nstdout: {out[-2000:]}\nstderr: {err[-2000:]}"
    assert len(lines) == 1, err
    assert "Traceback" not in err + out and "unexpected error" not in err, err
    assert observed(root) == before
