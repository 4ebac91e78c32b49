"""Who acts on the command line. Each test is an attack that must fail: writing without a
session, naming someone else, forging or reusing a session file, a password in the
environment. Real processes, a real project folder."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

ADA, MAX = "pw-ada-12345678", "pw-max-12345678"


def wb(*args, input=None, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    for secret in ("WORKBENCH_PASSWORD", "WORKBENCH_ALLOW_ENV_PASSWORD", "WORKBENCH_USER"):
        env.pop(secret, None)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "workbench.cli", *map(str, args)], input=input,
                          capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture
def proj(tmp_path):
    proj = tmp_path / "p"
    assert wb("init", proj).returncode == 0
    assert wb("-p", proj, "users", "add", "ada", "--role", "admin", "--password-stdin",
              input=ADA + "\n").returncode == 0
    assert wb("-p", proj, "-u", "ada", "users", "add", "max", "--role", "annotator", "--password-stdin",
              input=f"{MAX}\n{ADA}\n").returncode == 0
    data = tmp_path / "d.jsonl"
    data.write_text("".join(json.dumps({"prompt": f"Frage {i}", "response": f"Antwort {i}"}) + "\n"
                            for i in range(3)), encoding="utf-8")
    return proj


def _state(proj):
    return (wb("-p", proj, "items", "list", "--json").stdout, wb("-p", proj, "audit", "verify").stdout)


WRITES = [
    ("import", "{data}", "--locale", "de-CH"),
    ("items", "edit", "1", "--prompt", "new text"),
    ("items", "reject", "1", "--reason", "duplicate"),
    ("deid", "run"),
    ("snapshot", "create", "--kind", "pairs", "--name", "v1"),
    ("eval-policy", "--chrf-tolerance", "5"),
    ("audit", "export", "{out}"),
    ("audit", "log"),
]


@pytest.mark.parametrize("command", WRITES, ids=lambda c: " ".join(c[:2]))
def test_no_write_without_a_session(proj, tmp_path, command):
    before = _state(proj)
    args = [a.format(data=tmp_path / "d.jsonl", out=tmp_path / "audit.zip") for a in command]
    out = wb("-p", proj, *args)
    assert out.returncode == 2, out.stderr
    assert "workbench login" in out.stderr and "Traceback" not in out.stderr
    assert _state(proj) == before


def test_naming_another_user_is_not_being_them(proj, tmp_path):
    assert wb("-p", proj, "login", "--user", "max", "--password-stdin", input=MAX + "\n").returncode == 0
    out = wb("-p", proj, "-u", "ada", "import", tmp_path / "d.jsonl", "--locale", "de-CH")
    assert out.returncode == 2 and "signed in as max, not ada" in out.stderr
    ok = wb("-p", proj, "import", tmp_path / "d.jsonl", "--locale", "de-CH")
    assert ok.returncode == 0, ok.stderr
    assert "max" in wb("-p", proj, "whoami").stdout
    from workbench.store import audit, open_project

    with open_project(proj) as p:
        imports = [e for e in audit.entries(p) if e["action"] == "items.add"]
    assert imports and {e["actor"] for e in imports} == {"max"}


def test_a_session_file_edited_to_name_someone_else_is_refused(proj):
    assert wb("-p", proj, "login", "--user", "max", "--password-stdin", input=MAX + "\n").returncode == 0
    (path,) = [p for p in _session_files() if _for(p, proj)]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    record = json.loads(path.read_text())
    record["username"] = "ada"
    path.write_text(json.dumps(record))
    out = wb("-p", proj, "whoami")
    assert out.returncode == 2 and "workbench login" in out.stderr


def test_after_logout_writes_are_refused_again(proj, tmp_path):
    assert wb("-p", proj, "login", "--user", "max", "--password-stdin", input=MAX + "\n").returncode == 0
    assert wb("-p", proj, "logout").returncode == 0
    out = wb("-p", proj, "import", tmp_path / "d.jsonl", "--locale", "de-CH")
    assert out.returncode == 2 and "nobody is signed in" in out.stderr


def test_a_wrong_password_starts_no_session_and_is_audited(proj):
    out = wb("-p", proj, "login", "--user", "max", "--password-stdin", input="not-the-password\n")
    assert out.returncode == 2 and wb("-p", proj, "whoami").returncode == 2
    assert wb("-p", proj, "login", "--user", "ada", "--password-stdin", input=ADA + "\n").returncode == 0
    log = [json.loads(line)
           for line in wb("-p", proj, "audit", "log", "--json", "--action", "auth.*").stdout.splitlines()]
    assert any(e["action"] == "auth.failed" and e["object_id"] == "max" for e in log)


def test_a_password_in_the_environment_is_ignored_unless_allowed(proj):
    out = wb("-p", proj, "login", "--user", "max", env_extra={"WORKBENCH_PASSWORD": MAX})
    assert out.returncode == 2 and wb("-p", proj, "whoami").returncode == 2


def _session_files():
    from pathlib import Path

    return list((Path(os.environ["WORKBENCH_CONFIG_DIR"]) / "sessions").glob("*.json"))


def _for(path, proj):
    return json.loads(path.read_text()).get("project") == str(proj.resolve())
