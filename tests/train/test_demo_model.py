"""The demo base: the tiny Apertus taught a corpus written for it, in six locales, that is
neither hold-out nor training data (the contamination check says so), built once per recipe
and cached."""

from __future__ import annotations

import json

import pytest

from workbench.core.locales import LOCALE_CODES
from workbench.train import demo_model
from workbench.train.contamination import check_overlap
from workbench.train.tiny_model import DEMO_DIR


def _demo_items(kind: str) -> list[dict]:
    items = []
    for path in sorted((DEMO_DIR / kind).glob("*.jsonl")):
        for k, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                row = json.loads(line)
                items.append({"id": len(items) + 1, "prompt": row["prompt"],
                              "response": row.get("reference") or row.get("response")})
    return items


def test_corpus_has_every_locale_and_overlaps_neither_holdout_nor_pairs():
    corpus = demo_model.corpus_texts()
    assert sorted(corpus) == sorted(LOCALE_CODES)
    assert all(len(lines) >= 20 for lines in corpus.values())
    as_items = [{"id": k + 1, "prompt": line, "response": ""}
                for k, line in enumerate(line for lines in corpus.values() for line in lines)]
    for kind in ("holdout", "pairs"):
        report = check_overlap(as_items, _demo_items(kind))
        assert report.clean, report.summary()


def test_pretraining_documents_are_training_pairs_never_the_holdout():
    docs = demo_model.pair_documents()
    assert len(docs) == len(_demo_items("pairs"))
    holdout = _demo_items("holdout")
    report = check_overlap([{"id": k + 1, "prompt": d, "response": ""} for k, d in enumerate(docs)], holdout)
    assert report.clean, report.summary()


def test_conversations_answer_in_the_language_they_are_addressed_in():
    import numpy as np

    corpus = demo_model.corpus_texts()
    rng = np.random.default_rng(0)
    for _ in range(50):
        user, assistant = demo_model.sample_conversation(corpus, rng)
        locale = next(loc for loc, lines in corpus.items() if user["content"] in lines)
        assert assistant["content"] in corpus[locale] and assistant["content"] != user["content"]


@pytest.mark.slow
def test_demo_base_is_built_once_and_copied(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_MODEL_CACHE", str(tmp_path / "cache"))
    monkeypatch.setitem(demo_model.PRETRAIN, "steps", 3)  # the recipe, not the learning, is under test
    first = demo_model.demo_base_model(tmp_path / "a")
    cached = demo_model.cache_root() / f"tiny-apertus-demo-{demo_model.recipe_hash()}"
    stamp = (cached / "model.safetensors").stat().st_mtime_ns
    second = demo_model.demo_base_model(tmp_path / "b")
    assert (cached / "model.safetensors").stat().st_mtime_ns == stamp
    assert (first / "model.safetensors").read_bytes() == (second / "model.safetensors").read_bytes()
    from transformers import AutoConfig

    assert AutoConfig.from_pretrained(str(second)).model_type == "apertus"
