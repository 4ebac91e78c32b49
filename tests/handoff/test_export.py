"""The exported adapter and merged weights are the evaluated model: they load back with
transformers and peft and generate the same tokens as the checkpoint did."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow

PROMPT = [{"role": "user", "content": "Qui contacter en cas de perte de la carte ?"}]


def _greedy(model, ids, n=12):
    import torch

    x = torch.tensor([ids])
    with torch.inference_mode():
        out = model.generate(input_ids=x, attention_mask=torch.ones_like(x), max_new_tokens=n, do_sample=False,
                             eos_token_id=None, pad_token_id=3)
    return out[0, len(ids):].tolist()


@pytest.fixture(scope="module")
def tokens(handoff_world):
    """Greedy token ids of: the base, the registered checkpoint, the exported adapter, the
    exported merged weights (prompt encoded by the exported tokenizer's chat template)."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    w = handoff_world

    def base():
        return AutoModelForCausalLM.from_pretrained(str(w.tiny), dtype=torch.float32).eval()

    tok = AutoTokenizer.from_pretrained(str(w.merged / "merged"))
    ids = tok.apply_chat_template(PROMPT, add_generation_prompt=True, tokenize=True, return_dict=True)["input_ids"]
    base_tok = AutoTokenizer.from_pretrained(str(w.tiny))
    base_ids = base_tok.apply_chat_template(PROMPT, add_generation_prompt=True, tokenize=True,
                                            return_dict=True)["input_ids"]
    return {
        "prompt_matches_base_tokenizer": ids == base_ids,
        "base": _greedy(base(), ids),
        "checkpoint": _greedy(PeftModel.from_pretrained(base(), str(w.checkpoint)).eval(), ids),
        "adapter": _greedy(PeftModel.from_pretrained(base(), str(w.adapter_only / "adapter")).eval(), ids),
        "adapter_in_merged_export": _greedy(PeftModel.from_pretrained(base(), str(w.merged / "adapter")).eval(), ids),
        "merged": _greedy(AutoModelForCausalLM.from_pretrained(str(w.merged / "merged")).eval(), ids),
    }


def test_the_adapter_changes_what_the_model_says(tokens):
    # Otherwise "same tokens" below would prove nothing.
    assert tokens["checkpoint"] != tokens["base"]


def test_exported_adapter_generates_the_checkpoints_tokens(tokens):
    assert tokens["adapter"] == tokens["checkpoint"]
    assert tokens["adapter_in_merged_export"] == tokens["checkpoint"]


def test_merged_weights_generate_the_checkpoints_tokens(tokens):
    assert tokens["merged"] == tokens["checkpoint"]


def test_exported_tokenizer_encodes_prompts_like_the_base(tokens):
    assert tokens["prompt_matches_base_tokenizer"]


def test_merged_export_answers_the_holdout_exactly_as_the_evaluation_recorded(handoff_world):
    """The evaluation's own generator, its recorded decoding settings, the merged folder as
    the model: every stored answer of the evaluated checkpoint comes out again."""
    from workbench.evaluate.evaluator import decoding_for, holdout_items
    from workbench.evaluate.generation import conversation
    from workbench.evaluate.gen_peft import PeftGenerator
    from workbench.store import evaluations as evals

    w = handoff_world
    project = w.open()
    try:
        stored = {a["item_id"]: a["answer"] for a in evals.answers(project, w.evaluation["id"])}
        settings = decoding_for(project, w.run, w.evaluation["settings"]["decoding"])
        _, items = holdout_items(project, w.run)
    finally:
        project.close()
    gen = PeftGenerator(w.merged / "merged", settings)
    try:
        got = gen.generate([conversation(i, settings.system_prompt) for i in items])
    finally:
        gen.close()
    assert {i["id"]: g.answer for i, g in zip(items, got)} == stored


def test_adapter_files_are_the_evaluated_bytes_and_point_at_the_base(handoff_world):
    from workbench.handoff.checksums import file_sha256

    w = handoff_world
    exported = w.adapter_only / "adapter"
    assert file_sha256(exported / "adapter_model.safetensors") == \
        file_sha256(w.checkpoint / "adapter_model.safetensors")
    config = json.loads((exported / "adapter_config.json").read_text())
    assert config["base_model_name_or_path"] == str(w.tiny)  # a local folder not named Apertus-*
    assert config["r"] == 4 and sorted(config["target_modules"]) == ["q_proj", "v_proj"]
    for name in ("tokenizer.json", "tokenizer_config.json", "chat_template.jinja"):
        assert (exported / name).exists()
    assert not (w.adapter_only / "merged").exists()
    merged = w.merged / "merged"
    assert (merged / "config.json").exists() and list(merged.glob("*.safetensors"))
    assert not list(merged.glob("adapter_*"))  # merged means no adapter left in the model folder


def test_serving_scripts_name_the_adapter_and_are_valid_bash(handoff_world):
    import subprocess

    w = handoff_world
    vllm = (w.merged / "serve_vllm.sh").read_text()
    tgi = (w.merged / "serve_tgi.sh").read_text()
    name = w.result_merged["served_name"]
    assert "vllm serve" in vllm and "--enable-lora" in vllm and '--lora-modules "$NAME=$HERE/adapter"' in vllm
    assert "--max-lora-rank 8" in vllm  # rank 4 rounds up to vLLM's smallest size
    assert 'LORA_ADAPTERS="$NAME=/handoff/adapter"' in tgi and "--model-id /handoff/merged" in tgi
    assert f'NAME="${{NAME:-{name}}}"' in vllm and f'NAME="${{NAME:-{name}}}"' in tgi
    for script in ("serve_vllm.sh", "serve_tgi.sh"):
        path = w.merged / script
        assert path.stat().st_mode & 0o111
        assert subprocess.run(["bash", "-n", str(path)]).returncode == 0
    # adapter-only export: asking for the merged weights fails with a clear message, not vllm
    out = subprocess.run(["bash", str(w.adapter_only / "serve_vllm.sh")],
                         env={"MODE": "merged", "PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
    assert out.returncode == 2 and "--merged" in out.stderr


def test_export_is_recorded_in_the_audit_trail(handoff_world):
    from workbench.handoff.checksums import file_sha256
    from workbench.store import audit

    w = handoff_world
    project = w.open()
    try:
        entries = [audit.decoded(e) for e in audit.entries(project, action="handoff.export")]
        assert audit.verify_chain(project).ok
    finally:
        project.close()
    # Other tests may export from the same project too: pick the fixture's two exports.
    mine = {e["after"]["out"]: e["after"] for e in entries}
    assert mine[str(w.adapter_only)]["mode"] == "adapter"
    last = mine[str(w.merged)]
    assert last["mode"] == "adapter+merged"
    assert last["sha256sums"] == file_sha256(w.merged / "SHA256SUMS")
    assert last["decision_id"] == w.decision["id"] and last["checkpoint"] == "step-000010"


def test_a_handoff_that_fails_late_leaves_no_entry_and_no_folder(handoff_world, tmp_path, monkeypatch):
    """Report and audit package are written, then the model card fails: nothing is recorded
    as exported, nothing is left on disk; the entry of a complete hand-off names both."""
    import shutil

    from workbench.handoff import export as handoff_export
    from workbench.handoff.export import export_handoff
    from workbench.store import audit, open_project
    from workbench.store.users import get_user

    root = tmp_path / "proj"
    shutil.copytree(handoff_world.root, root, ignore=shutil.ignore_patterns("*.lock"))
    project = open_project(root)
    try:
        before = audit.head(project)

        def broken(*args, **kwargs):
            raise OSError("disk full")

        monkeypatch.setattr(handoff_export.modelcard, "render", broken)
        with pytest.raises(OSError):
            export_handoff(project, handoff_world.run["id"], out=tmp_path / "late", actor=get_user(project, "erik"))
        assert audit.head(project) == before and not (tmp_path / "late").exists()
        monkeypatch.undo()
        done = export_handoff(project, handoff_world.run["id"], out=tmp_path / "ok", actor=get_user(project, "erik"))
        [entry] = [audit.decoded(e) for e in audit.entries(project) if e["seq"] > before[0]]
        assert entry["action"] == "handoff.export" and entry["after"]["report"] == "evaluation-report.html"
        assert entry["after"]["audit_package_sha256"] and done["out"] == str(tmp_path / "ok")
    finally:
        project.close()
