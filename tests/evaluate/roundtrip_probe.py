"""Run in a fresh process by test_demo_loop.py: load a hand-off folder the way a client would
(the adapter with peft on the base model, the merged weights with plain transformers) and
answer hold-out prompts with the decoding settings the evaluation recorded (greedy, or sampled
with the first of its fixed seeds, set before each batch), batched and left-padded as the
evaluation batched them. Prints {"adapter": {item: answer}, "merged": {...}, "longest": id}.

    python roundtrip_probe.py HANDOFF_DIR BASE_MODEL_DIR REQUEST.json

REQUEST.json: {"decoding": {...stored settings...}, "items": [{"id", "prompt", "system"}]}.
Imports nothing from the workbench: what it proves holds for any serving code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def batches(lengths, size):
    order = sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))
    return [order[i:i + size] for i in range(0, len(order), size)]


def answer(model, tok, items, decoding):
    import torch

    convs = []
    for it in items:
        msgs = []
        system = it.get("system") or decoding.get("system_prompt")
        if system:
            msgs.append({"role": "system", "content": system})
        msgs.append({"role": "user", "content": it["prompt"]})
        convs.append(msgs)
    enc = [tok.apply_chat_template(c, add_generation_prompt=True, tokenize=True, return_dict=True)["input_ids"]
           for c in convs]
    from transformers import GenerationConfig

    eos = model.generation_config.eos_token_id
    eos = list(eos) if isinstance(eos, (list, tuple)) else [eos]
    if tok.eos_token_id not in eos:
        eos.append(tok.eos_token_id)
    sampled = bool(decoding.get("temperature"))
    config = GenerationConfig(max_new_tokens=decoding["max_new_tokens"], do_sample=sampled, eos_token_id=eos,
                              pad_token_id=tok.pad_token_id, bos_token_id=tok.bos_token_id,
                              repetition_penalty=decoding.get("repetition_penalty", 1.0),
                              **({"temperature": decoding["temperature"], "top_p": decoding["top_p"]}
                                 if sampled else {}))
    out = {"longest": str(items[batches([len(e) for e in enc], 1)[0][0]]["id"])}
    with torch.inference_mode():
        for batch in batches([len(e) for e in enc], decoding["batch_size"]):
            torch.manual_seed(decoding.get("seed", 0))
            width = max(len(enc[i]) for i in batch)
            ids = torch.full((len(batch), width), tok.pad_token_id, dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            for row, i in enumerate(batch):
                ids[row, width - len(enc[i]):] = torch.tensor(enc[i])
                mask[row, width - len(enc[i]):] = 1
            gen = model.generate(input_ids=ids, attention_mask=mask, generation_config=config)
            for row, i in enumerate(batch):
                new = gen[row, width:].tolist()
                cut = next((k for k, t in enumerate(new) if t in eos), None)
                new = new if cut is None else new[:cut]
                out[str(items[i]["id"])] = tok.decode(new, skip_special_tokens=True).strip()
    return out


def main() -> None:
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    handoff, base_dir, request = Path(sys.argv[1]), sys.argv[2], json.loads(Path(sys.argv[3]).read_text())
    results = {}
    tok = AutoTokenizer.from_pretrained(str(handoff / "adapter"))
    tok.padding_side = "left"
    base = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32).eval()
    model = PeftModel.from_pretrained(base, str(handoff / "adapter")).eval()
    results["adapter"] = answer(model, tok, request["items"], request["decoding"])
    tok = AutoTokenizer.from_pretrained(str(handoff / "merged"))
    tok.padding_side = "left"
    merged = AutoModelForCausalLM.from_pretrained(str(handoff / "merged"), dtype=torch.float32).eval()
    results["merged"] = answer(merged, tok, request["items"], request["decoding"])
    results["longest"] = results["merged"].pop("longest")
    results["adapter"].pop("longest")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
