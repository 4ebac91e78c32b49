"""The command line, run as a user would: a real process, real exit codes, no tracebacks."""

import json
import os
import subprocess
import sys

import pytest


def wb(*args, input=None, cwd=None, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    env.pop("WORKBENCH_PASSWORD", None)
    return subprocess.run([sys.executable, "-m", "workbench.cli", *map(str, args)], input=input,
                          capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def test_help_for_every_command():
    out = wb("--help")
    assert out.returncode == 0
    for cmd in ("init", "import", "export", "snapshot", "signoff", "audit", "items", "tiny-model"):
        assert cmd in out.stdout
        assert wb(*cmd.split(), "--help").returncode == 0


def test_a_mistyped_option_gets_the_usage_message_not_a_crash(tmp_path):
    out = wb("--project", tmp_path, "items", "list", "--bogus")
    assert out.returncode == 2
    assert "No such option: --bogus" in out.stderr and "unexpected error" not in out.stderr
    assert "Traceback" not in out.stderr


def test_full_foundation_flow(tmp_path):
    proj = tmp_path / "p"
    assert wb("init", proj).returncode == 0
    add = wb("-p", proj, "users", "add", "ada", "--role", "admin", "--password-stdin", input="pw-ada-12345678\n")
    assert add.returncode == 0, add.stderr
    add = wb("-p", proj, "-u", "ada", "users", "add", "claire", "--role", "domain_owner:fr-CH",
             "--name", "Claire Rochat", "--password-stdin", input="pw-claire-12345\npw-ada-12345678\n")
    assert add.returncode == 0, add.stderr
    data = tmp_path / "d.jsonl"
    data.write_text("".join(json.dumps({"prompt": f"Question {i}", "response": f"Réponse {i}"}) + "\n"
                            for i in range(4)), encoding="utf-8")
    assert wb("-p", proj, "login", "--user", "ada", "--password-stdin", input="pw-ada-12345678\n").returncode == 0
    imp = wb("-p", proj, "import", data, "--locale", "fr-CH")
    assert imp.returncode == 0 and "imported 4" in imp.stdout, imp.stderr

    listed = wb("-p", proj, "items", "list", "--json")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == 4 and {"id", "kind", "locale", "status"} <= set(rows[0])

    # Drafts cannot be signed: a clear message, exit 2, no traceback.
    sig = wb("-p", proj, "-u", "claire", "signoff", "1", "2", "--password-stdin", input="pw-claire-12345\n")
    assert sig.returncode == 2 and "de-identify" in sig.stderr + sig.stdout and "Traceback" not in sig.stderr

    head = wb("-p", proj, "audit", "head").stdout.strip()
    assert len(head) == 64
    assert wb("-p", proj, "audit", "verify").returncode == 0
    assert wb("-p", proj, "audit", "verify", "--expect-head", head).returncode == 0
    assert wb("-p", proj, "audit", "verify", "--expect-head", "f" * 64).returncode == 1


def test_bad_import_exits_2_with_row_reasons(tmp_path):
    proj = tmp_path / "p"
    wb("init", proj)
    wb("-p", proj, "users", "add", "ada", "--role", "admin", "--password-stdin", input="pw-ada-12345678\n")
    wb("-p", proj, "login", "--user", "ada", "--password-stdin", input="pw-ada-12345678\n")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"prompt": "ok", "response": "ok", "locale": "en"}\n{"prompt": "x"\n', encoding="utf-8")
    out = wb("-p", proj, "import", bad)
    assert out.returncode == 2
    assert "row 2" in out.stderr and "nothing was imported" in out.stderr
    assert "Traceback" not in out.stderr


def test_audit_verify_names_the_tampered_entry(tmp_path):
    import sqlite3

    proj = tmp_path / "p"
    wb("init", proj)
    wb("-p", proj, "users", "add", "ada", "--role", "admin", "--password-stdin", input="pw-ada-12345678\n")
    con = sqlite3.connect(proj / "workbench.sqlite")
    con.execute("DROP TRIGGER audit_no_update")
    con.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 2")
    con.commit()
    con.close()
    out = wb("-p", proj, "audit", "verify")
    assert out.returncode == 1 and "first bad entry: 2" in out.stderr


@pytest.mark.slow
def test_init_demo_and_list(tmp_path):
    out = wb("init", tmp_path / "demo", "--demo")
    assert out.returncode == 0, out.stderr
    listed = wb("-p", tmp_path / "demo", "items", "list", "--json", "--locale", "gsw").stdout
    rows = [json.loads(line) for line in listed.splitlines()]
    assert rows and all(r["locale"] == "gsw" for r in rows)
