"""Exports never overwrite what is there unless told to, and an export that fails leaves no
audit entry behind (an entry says a complete file left the system)."""

from __future__ import annotations

import errno
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.store.helpers import signed_world
from workbench.core.errors import ValidationError
from workbench.store.audit import count_entries
from workbench.store.exports import export_snapshot
from workbench.store.users import get_user


def test_an_export_into_a_folder_with_files_needs_force_and_keeps_the_others(project, tmp_path):
    signed_world(project, PASSWORD, n_pairs=3, n_holdout=1)
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    (out / "data.jsonl").write_text("old rows\n")
    entries = count_entries(project)
    with pytest.raises(ValidationError, match="not empty.*--force"):
        export_snapshot(project, out, fmt="chat-jsonl", actor=get_user(project, "erik"))
    assert (out / "data.jsonl").read_text() == "old rows\n" and count_entries(project) == entries
    export_snapshot(project, out, fmt="chat-jsonl", actor=get_user(project, "erik"), force=True)
    assert len((out / "data.jsonl").read_text().splitlines()) == 3
    assert (out / "notes.txt").read_text() == "mine"
    assert count_entries(project, action="dataset.export") == 1


def test_an_audit_package_replaces_an_existing_zip_only_with_force(project, tmp_path):
    from workbench.evaluate.report import write_audit_package

    cora = get_user(project, "cora")
    out = tmp_path / "audit.zip"
    out.write_bytes(b"an older package")
    with pytest.raises(ValidationError, match="already exists.*--force"):
        write_audit_package(project, out, actor=cora)
    assert out.read_bytes() == b"an older package"
    assert count_entries(project, action="audit.export") == 0
    write_audit_package(project, out, actor=cora, force=True)
    assert zipfile.is_zipfile(out) and count_entries(project, action="audit.export") == 1


def test_a_failed_audit_export_writes_no_entry_and_no_partial_zip(project, tmp_path, monkeypatch):
    from tests.evaluate.helpers import FR, register_run
    from tests.evaluate.helpers import signed_world as evaluated_world
    from tests.evaluate.test_eval_evaluator import ScriptedGenerator
    from workbench.evaluate.evaluator import evaluate
    from workbench.evaluate.report import write_audit_package
    from workbench.store.runs import add_checkpoint

    train, frozen = evaluated_world(project, {"fr-CH": FR})
    run = register_run(project, tmp_path / "no-model", train, frozen)
    folder = Path(run["run_dir"]) / "checkpoints" / "step-000010"
    folder.mkdir(parents=True)
    add_checkpoint(project, run["id"], step=10, path=str(folder), train_loss=1.0, actor="erik")
    evaluate(project, run["id"], "10", generator=ScriptedGenerator(), actor=get_user(project, "erik"), n_bootstrap=20)
    entries = count_entries(project)

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "audit.zip.tmp"))

    monkeypatch.setattr(zipfile.ZipFile, "writestr", disk_full)
    with pytest.raises(OSError):
        write_audit_package(project, tmp_path / "audit.zip", actor=get_user(project, "cora"))
    # Neither the package nor the evaluation report written for it is on record.
    assert count_entries(project) == entries
    assert not list(tmp_path.glob("audit.zip*"))
    monkeypatch.undo()
    result = write_audit_package(project, tmp_path / "audit.zip", actor=get_user(project, "cora"))
    assert count_entries(project) == entries + 1
    with zipfile.ZipFile(result["path"]) as zf:
        assert f"reports/report-{run['id']}.html" in zf.namelist()
