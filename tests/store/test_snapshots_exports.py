"""Snapshots are immutable and content-addressed; exports carry provenance and load in the
tools that will read them (datasets, mlx-lm)."""

import json

import pytest

from tests.conftest import PASSWORD
from tests.store.helpers import add, ready, signed_world
from workbench.core.errors import PermissionDenied, StateError
from workbench.store import items, snapshots
from workbench.store.exports import export_snapshot
from workbench.store.users import get_user


def test_snapshot_is_content_addressed_and_immutable(project):
    train, frozen = signed_world(project, PASSWORD)
    assert frozen["frozen"] and frozen["signature_id"] and not train["frozen"]
    assert train["locale_counts"] == {"fr-CH": 12}
    again = snapshots.create_snapshot(project, kind="pairs", name="same content", actor=get_user(project, "erik"))
    assert again["id"] == train["id"]  # same approved content, same id
    assert snapshots.verify_snapshot(project, train["id"])
    with pytest.raises(Exception, match="append-only"):
        project.conn.execute("DELETE FROM snapshot_items WHERE snapshot_id = ?", (train["id"],))
    # Editing an item later does not change what the snapshot names.
    first = snapshots.snapshot_items(project, train["id"])[0]
    items.edit_item(project, first["id"], actor=get_user(project, "max"), response="changed")
    assert snapshots.snapshot_items(project, train["id"])[0]["response"] == first["response"]


def test_holdout_freeze_is_signed_and_role_checked(project):
    hold = ready(project, add(project, 2, kind="holdout"))
    from workbench.store import signoff
    signoff.sign_off(project, signoff.on_screen(project, hold), username="claire", password=PASSWORD)
    with pytest.raises(PermissionDenied, match="re-enter"):
        snapshots.create_snapshot(project, kind="holdout", name="h", actor=get_user(project, "claire"))
    with pytest.raises(PermissionDenied):
        snapshots.create_snapshot(project, kind="holdout", name="h", actor=get_user(project, "erik"),
                                  password=PASSWORD)
    snap = snapshots.create_snapshot(project, kind="holdout", name="h", actor=get_user(project, "claire"),
                                     password=PASSWORD)
    assert snap["frozen"]


def test_only_signed_off_items_get_into_a_snapshot(project):
    ready(project, add(project, 3))  # de-identified but not signed
    with pytest.raises(StateError, match="no signed-off"):
        snapshots.create_snapshot(project, kind="pairs", name="t", actor=get_user(project, "erik"))


def test_chat_jsonl_loads_with_datasets(project, tmp_path):
    import datasets

    train, frozen = signed_world(project, PASSWORD)
    prov = export_snapshot(project, tmp_path / "out", fmt="chat-jsonl", actor=get_user(project, "erik"))
    ds = datasets.load_dataset("json", data_files=str(tmp_path / "out" / "data.jsonl"), split="train")
    assert len(ds) == 12
    assert ds[0]["messages"][-1]["role"] == "assistant"
    provenance = json.loads((tmp_path / "out" / "provenance.json").read_text())
    assert provenance["snapshot"]["manifest_hash"] == train["manifest_hash"] == prov["snapshot"]["manifest_hash"]
    assert len(provenance["rows"]) == 12


def test_mlx_layout_loads_with_mlx_lm(project, tmp_path, tiny_model_dir):
    from types import SimpleNamespace

    from mlx_lm.tuner.datasets import load_local_dataset
    from transformers import AutoTokenizer

    signed_world(project, PASSWORD)
    export_snapshot(project, tmp_path / "mlx", fmt="mlx", actor=get_user(project, "erik"))
    names = sorted(p.name for p in (tmp_path / "mlx").iterdir())
    assert names == ["provenance.json", "test.jsonl", "train.jsonl", "valid.jsonl"]
    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    train, valid, test = load_local_dataset(tmp_path / "mlx", tok, SimpleNamespace(mask_prompt=False))
    assert len(train) + len(valid) == 12 and len(test) == 4 and len(valid) >= 1
    tokens, offset = train.process(train[0])
    assert len(tokens) > 5


def test_hf_export_is_a_datasets_folder(project, tmp_path):
    import datasets

    signed_world(project, PASSWORD)
    export_snapshot(project, tmp_path / "hf", fmt="hf", actor=get_user(project, "erik"))
    dd = datasets.load_from_disk(str(tmp_path / "hf" / "dataset"))
    assert set(dd) == {"train", "validation", "test"}
    assert len(dd["train"]) + len(dd["validation"]) == 12
