"""`workbench handoff` and `workbench handoff-verify` as an operator runs them: a real
process, exit codes, one clear line instead of a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import sign_in_cli

pytestmark = pytest.mark.slow


def wb(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("WORKBENCH_PASSWORD", "WORKBENCH_USER")}
    return subprocess.run([sys.executable, "-m", "workbench.cli", *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=300)


def test_export_then_verify_then_tamper(handoff_world, tmp_path):
    w = handoff_world
    sign_in_cli(w.root, "erik")
    out = tmp_path / "to-cluster"
    done = wb("-p", w.root, "-u", "erik", "handoff", w.run["id"], "--checkpoint", "10", "--out", out,
              "--adapter-only", "--name", "treuhand-fr", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["mode"] == "adapter" and result["served_name"] == "treuhand-fr"
    assert 'NAME="${NAME:-treuhand-fr}"' in (out / "serve_vllm.sh").read_text()
    ok = wb("handoff-verify", out)
    assert ok.returncode == 0 and "unchanged" in ok.stdout
    (out / "chat_template.jinja").write_text("{{ messages }}")  # someone "fixes" the template
    bad = wb("handoff-verify", out)
    assert bad.returncode == 1 and "chat_template.jinja" in bad.stderr and "Traceback" not in bad.stderr


def test_refusal_is_one_clear_line(handoff_world, tmp_path):
    w = handoff_world
    sign_in_cli(w.root, "erik")
    out = tmp_path / "nope"
    done = wb("-p", w.root, "handoff", w.run["id"], "--checkpoint", "step-000020", "--out", out)
    assert done.returncode == 2
    assert "covers step-000010, not step-000020" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()
