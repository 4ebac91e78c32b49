"""Shared fixtures: real projects (a real SQLite file in a temporary folder), the tiny
Apertus, and an offline, offscreen environment for every test."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

# Nothing in the tests may reach the network (CI and our users' machines are offline), and
# Qt widgets render offscreen.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Command-line sessions (`workbench login`) live in the user's config folder: the tests keep
# theirs in a folder of their own (inherited by the processes they start).
if "WORKBENCH_CONFIG_DIR" not in os.environ:
    import tempfile

    os.environ["WORKBENCH_CONFIG_DIR"] = tempfile.mkdtemp(prefix="workbench-config-")

import pytest  # noqa: E402

PASSWORD = "secret-pw-2026"


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory):
    """A tiny Apertus checkpoint folder (config, safetensors, tokenizer, chat template)."""
    from workbench.train.tiny_model import build_tiny_apertus

    return build_tiny_apertus(tmp_path_factory.mktemp("tiny_apertus"))


@pytest.fixture(scope="session")
def _project_template(tmp_path_factory):
    from workbench.store import init_project
    from workbench.store.users import create_user

    root = tmp_path_factory.mktemp("project_template") / "proj"
    p = init_project(root)
    admin = create_user(p, "admin", PASSWORD, display_name="Ada Admin", roles=["admin"])
    create_user(p, "max", PASSWORD, display_name="Max Frei", roles=["annotator"], actor=admin)
    create_user(p, "erik", PASSWORD, display_name="Erik Steiner", roles=["engineer"], actor=admin)
    create_user(p, "cora", PASSWORD, display_name="Cora Keller", roles=["compliance"], actor=admin)
    create_user(p, "claire", PASSWORD, display_name="Claire Rochat", roles=["domain_owner:fr-CH"], actor=admin)
    create_user(p, "giulia", PASSWORD, display_name="Giulia Bernasconi", roles=["domain_owner:it-CH"], actor=admin)
    # Fold the WAL into the main file so a plain folder copy is a complete project.
    p.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    p.close()
    return root


@pytest.fixture
def project(_project_template, tmp_path):
    """An empty project with an admin, an annotator (max), an engineer (erik), a compliance
    officer (cora) and domain owners claire (fr-CH) and giulia (it-CH), password PASSWORD.
    Built once per session and copied, since Argon2 hashing is slow on purpose."""
    from workbench.store import open_project

    root = tmp_path / "proj"
    shutil.copytree(_project_template, root)
    p = open_project(root)
    yield p
    p.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory):
    from workbench.store.demo import create_demo_project

    root = tmp_path_factory.mktemp("demo_template") / "demo"
    p = create_demo_project(root)
    p.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    p.close()
    return root


@pytest.fixture
def demo_project(_demo_template, tmp_path):
    """A fresh copy of the demo project (users with password 'demo', all demo items as drafts)."""
    from workbench.store import open_project

    root = tmp_path / "demo"
    shutil.copytree(_demo_template, root)
    p = open_project(root)
    yield p
    p.close()


def sign_in_cli(root, username: str, password: str = PASSWORD) -> None:
    """`workbench login` for tests that then drive the command line: the same store function
    the command calls, so the session is checked exactly as a user's would be."""
    from workbench.store import open_project
    from workbench.store.sessions import login

    with open_project(root) as p:
        login(p, username, password)


def deidentify(project, ids, user: str = "max"):
    """Take drafts through de-identification the real way: the detector analyses each
    revision (real Presidio), and the reviewer `user` rejects what it finds as false alarms
    (the fixtures' texts are invented: nothing in them is personal data), after which the
    analysed revisions become de-identified. Returns the ids."""
    from workbench.deid import review
    from workbench.deid.pipeline import run_deid
    from workbench.store.users import get_user

    actor = get_user(project, user)
    ids = [int(i) for i in ids]
    run_deid(project, actor=actor, item_ids=ids, processes=1)
    pending = [f["id"] for f in review.list_findings(project, item_ids=ids, decision="pending", with_text=False)]
    if pending:
        review.decide(project, pending, "rejected", actor=actor)
        run_deid(project, actor=actor, item_ids=ids, processes=1)
    return ids


@pytest.fixture(scope="session")
def partition() -> str:
    """The default partition of a Slurm cluster that answers, or skip (fail in CI)."""
    if shutil.which("sbatch") is None:
        if os.environ.get("WORKBENCH_REQUIRE_SLURM"):
            pytest.fail("WORKBENCH_REQUIRE_SLURM is set but sbatch is not installed: run .ci/slurm-cluster.sh start")
        pytest.skip("no Slurm on this machine (sbatch not found): 'sudo .ci/slurm-cluster.sh start' installs "
                    "and starts a one-node cluster")
    done = subprocess.run(["sinfo", "--noheader", "--format=%P %T"], capture_output=True, text=True, timeout=30)
    ready = [line.split() for line in done.stdout.splitlines() if re.search(r" (idle|mixed|allocated)", line)]
    if done.returncode != 0 or not ready:
        pytest.fail(f"sbatch is installed but no Slurm node is up ({(done.stderr or done.stdout).strip()!r}): "
                    "start the local cluster with 'sudo .ci/slurm-cluster.sh start'")
    default = [p for p, _ in ready if p.endswith("*")]
    return (default or [ready[0][0]])[0].rstrip("*")
