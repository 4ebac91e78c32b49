"""The tiny Apertus: a few-MB, randomly initialised stand-in for swiss-ai/Apertus-*.

Why this exists: the real checkpoints are 16 GB (8B) to 140 GB (70B) and the tests, the
demo and CI machines have no internet. Everything between "pick a base model" and "hand
the checkpoint over" (the peft and mlx-lm backends, the runner, generation, evaluation,
the report) must still run for real. So we build, offline and deterministically, a
checkpoint folder that has the *real* Apertus shape in every way that code can notice:

- architecture ``apertus`` / ``ApertusForCausalLM``, loadable by transformers and mlx-lm;
- the real config keys, xIELU without gate, QK-norm, GQA, llama3-scaled RoPE, untied
  embeddings, the real tensor names (including xIELU's ``alpha_p``/``alpha_n``/``beta``/
  ``eps``, which LoRA target lists and mlx's strict loader meet on real checkpoints);
- a byte-level BPE tokenizer with the Apertus special tokens and chat template.

Only the sizes are tiny and the weights random: it produces gibberish, and that is fine.

The chat template lives in ``resources/chat_templates/apertus.jinja`` and is also what
real-model runs fall back to when a model folder has no template of its own
(:func:`apertus_chat_template`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parents[2]
DEMO_DIR = _REPO_ROOT / "resources" / "demo"
CHAT_TEMPLATE_PATH = _REPO_ROOT / "resources" / "chat_templates" / "apertus.jinja"

# Special tokens, in id order. Same strings as the real Apertus tokenizer; ids 0-3 match it
# (<unk>, <s>, </s>, <pad>), the role tokens are packed right after instead of at the real
# ids 61-72, so they do not cost 57 reserved rows of a 1024-row vocabulary. Never hardcode
# ids: ask the tokenizer (convert_tokens_to_ids).
SPECIAL_TOKENS = (
    "<unk>",
    "<s>",
    "</s>",
    "<pad>",
    "<|system_start|>",
    "<|system_end|>",
    "<|developer_start|>",
    "<|developer_end|>",
    "<|user_start|>",
    "<|user_end|>",
    "<|assistant_start|>",
    "<|assistant_end|>",
    "<|inner_prefix|>",
    "<|inner_suffix|>",
    "<|tools_prefix|>",
    "<|tools_suffix|>",
)
UNK, BOS, EOS, PAD = "<unk>", "<s>", "</s>", "<pad>"
# The instruct models stop on <|assistant_end|>; </s> ends pretraining documents.
END_OF_TURN = "<|assistant_end|>"

# Used only when there is no demo data to train the tokenizer on.
FALLBACK_CORPUS = (
    "Grüezi mitenand! Chönd Sie mer bitte hälfe, mini Adrässe im Kundeportal z ändere?",
    "Mir händ Ihri Aafrag übercho und mälded eus bis morn.",
    "Guten Tag. Bitte senden Sie uns die unterschriebene Vollmacht bis Ende Monat zurück.",
    "Die Hypothekarzinsen werden per 1. Juli angepasst; Ihr Kundenberater informiert Sie.",
    "Die Jahresrechnung der Treuhand wurde geprüft und ohne Einschränkung genehmigt.",
    "Bonjour, votre demande de remboursement a été transmise au service des sinistres.",
    "La police d'assurance ménage couvre les dégâts d'eau jusqu'à CHF 10'000.",
    "Buongiorno, il conto di risparmio è stato aperto e la carta arriverà per posta.",
    "L'ufficio cantonale delle imposte conferma la ricezione della dichiarazione.",
    "Bun di! Nus avain retschavì Vossa dumonda e respundain enfin venderdi.",
    "La vischnanca infurmescha davart las novas reglas da parcar.",
    "Hello, the audit notes for the third quarter are attached for your review.",
    "Please confirm the IBAN CH93 0076 2011 6238 5295 7 before we release the payment.",
    "Q: What is 12 + 30? A: 42. Q: Wie viel ist 7 mal 6? A: 42.",
)

DEFAULT_SYSTEM_PROMPT = (
    "You are Apertus, a helpful assistant created by the SwissAI initiative.\n"
    "Knowledge cutoff: 2024-04"
)


def apertus_chat_template() -> str:
    """The Apertus chat template (Jinja) the Workbench uses when a model has none."""
    return CHAT_TEMPLATE_PATH.read_text(encoding="utf-8")


def demo_corpus(demo_dir: Path = DEMO_DIR) -> list[str]:
    """Every string value of every JSON line in ``demo_dir/**/*.jsonl``, in a stable order."""
    texts: list[str] = []
    for path in sorted(demo_dir.rglob("*.jsonl"), key=lambda p: p.relative_to(demo_dir).as_posix()):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.extend(_strings(json.loads(line)))
    return texts


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key in sorted(value):
            yield from _strings(value[key])
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def build_tiny_apertus(
    out_dir: Path,
    corpus: Iterable[str] | None = None,
    *,
    seed: int = 0,
    vocab_size: int = 1024,
    hidden_size: int = 64,
    num_layers: int = 2,
    num_heads: int = 4,
    num_kv_heads: int = 2,
    intermediate_size: int | None = None,
    dtype: str = "float32",
) -> Path:
    """Write a tiny Apertus checkpoint folder to ``out_dir`` and return it.

    Same inputs give byte-identical files. ``corpus`` trains the tokenizer; by default the
    demo data (or a built-in multilingual text when there is none). ``intermediate_size``
    defaults to the real 8B ratio (21504 / 4096). ``dtype`` is "float32" (default: exact
    on CPU) or "bfloat16" (what the real checkpoints ship).
    """
    if dtype not in ("float32", "bfloat16"):
        raise ValueError(f"dtype must be 'float32' or 'bfloat16', not {dtype!r}")
    if hidden_size % num_heads or num_heads % num_kv_heads:
        raise ValueError("hidden_size must divide by num_heads, and num_heads by num_kv_heads")
    if vocab_size < 256 + len(SPECIAL_TOKENS):
        raise ValueError(f"vocab_size must be at least {256 + len(SPECIAL_TOKENS)} (bytes + special tokens)")
    if intermediate_size is None:
        intermediate_size = hidden_size * 21504 // 4096

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    texts = list(corpus) if corpus is not None else (demo_corpus() or list(FALLBACK_CORPUS))

    _write_tokenizer(out_dir, texts, vocab_size)
    config = _config(vocab_size, hidden_size, num_layers, num_heads, num_kv_heads, intermediate_size, dtype)
    _write_json(out_dir / "config.json", config)
    _write_json(
        out_dir / "generation_config.json",
        {
            "bos_token_id": SPECIAL_TOKENS.index(BOS),
            # mlx-lm and transformers both take their stop ids from here.
            "eos_token_id": [SPECIAL_TOKENS.index(END_OF_TURN), SPECIAL_TOKENS.index(EOS)],
            "pad_token_id": SPECIAL_TOKENS.index(PAD),
            # The sampling Apertus suggests; evaluation always sets its own, recorded settings.
            "do_sample": True,
            "temperature": 0.8,
            "top_p": 0.9,
        },
    )
    _write_weights(out_dir / "model.safetensors", config, seed, dtype)
    return out_dir


def _config(vocab_size, hidden_size, num_layers, num_heads, num_kv_heads, intermediate_size, dtype) -> dict:
    rope_theta = 12_000_000.0
    rope_scaling = {
        "rope_type": "llama3",
        "factor": 8.0,
        "original_max_position_embeddings": 8192,
        "low_freq_factor": 1.0,
        "high_freq_factor": 4.0,
    }
    return {
        "architectures": ["ApertusForCausalLM"],
        "model_type": "apertus",
        "vocab_size": vocab_size,
        "hidden_size": hidden_size,
        "intermediate_size": intermediate_size,
        "num_hidden_layers": num_layers,
        "num_attention_heads": num_heads,
        "num_key_value_heads": num_kv_heads,
        # No "head_dim" key: mlx-lm always uses hidden_size // num_attention_heads, so a
        # head_dim that differed would load in transformers and break in mlx-lm.
        "hidden_act": "xielu",
        "max_position_embeddings": 65536,
        "initializer_range": 0.02,
        "rms_norm_eps": 1e-5,
        "use_cache": True,
        "bos_token_id": SPECIAL_TOKENS.index(BOS),
        "eos_token_id": SPECIAL_TOKENS.index(EOS),
        "pad_token_id": SPECIAL_TOKENS.index(PAD),
        "tie_word_embeddings": False,
        # RoPE is spelled three ways on purpose. mlx-lm (and transformers 4.x, vLLM) read
        # the legacy pair rope_theta + rope_scaling; mlx-lm requires rope_theta. transformers
        # 5 reads rope_parameters, and also folds the legacy pair into it (rope_scaling wins
        # when both exist), so all three must agree.
        "rope_theta": rope_theta,
        "rope_scaling": dict(rope_scaling),
        "rope_parameters": {**rope_scaling, "rope_theta": rope_theta},
        # mlx-lm's Apertus has no attention biases at all and transformers' has no MLP
        # biases at all: both must be false or one of them ignores tensors the other needs.
        "attention_bias": False,
        "mlp_bias": False,
        "attention_dropout": 0.0,
        # Required by mlx-lm's ModelArgs (it always applies QK-norm and pre-norm);
        # transformers keeps them as plain attributes. The real checkpoints carry them.
        "qk_norm": True,
        "post_norm": False,
        # transformers 5 reads "dtype", 4.x reads "torch_dtype".
        "dtype": dtype,
        "torch_dtype": dtype,
    }


def _write_weights(path: Path, config: dict, seed: int, dtype: str) -> None:
    """Seeded weights, drawn with numpy in a fixed order so they do not depend on torch's
    or transformers' init code (which change between versions)."""
    import numpy as np
    import torch
    from safetensors.torch import save_file

    rng = np.random.default_rng(seed)
    h, v = config["hidden_size"], config["vocab_size"]
    heads, kv_heads = config["num_attention_heads"], config["num_key_value_heads"]
    head_dim = h // heads
    inter = config["intermediate_size"]

    # Scaled 1/sqrt(fan_in), not the real 0.02: logits then spread over a few units instead
    # of being nearly uniform, so a transformers-vs-mlx comparison actually discriminates.
    def linear(out_features: int, in_features: int) -> np.ndarray:
        return rng.standard_normal((out_features, in_features)) / np.sqrt(in_features)

    # Norm weights near 1 but not 1, so a norm that is skipped or applied as (1 + w) shows.
    def norm(size: int) -> np.ndarray:
        return 1.0 + 0.1 * rng.standard_normal(size)

    # xIELU stores softplus-inverse parameters of shape [1]; transformers initialises
    # alpha_p = 0.8 and alpha_n = beta + 0.3. Perturbed per layer for the same reason.
    def inv_softplus(x: float) -> float:
        return float(np.log(np.expm1(x)))

    tensors: dict[str, np.ndarray] = {"model.embed_tokens.weight": rng.standard_normal((v, h))}
    for i in range(config["num_hidden_layers"]):
        p = f"model.layers.{i}."
        tensors[p + "self_attn.q_proj.weight"] = linear(heads * head_dim, h)
        tensors[p + "self_attn.k_proj.weight"] = linear(kv_heads * head_dim, h)
        tensors[p + "self_attn.v_proj.weight"] = linear(kv_heads * head_dim, h)
        tensors[p + "self_attn.o_proj.weight"] = linear(h, heads * head_dim)
        tensors[p + "self_attn.q_norm.weight"] = norm(head_dim)
        tensors[p + "self_attn.k_norm.weight"] = norm(head_dim)
        tensors[p + "attention_layernorm.weight"] = norm(h)
        tensors[p + "mlp.up_proj.weight"] = linear(inter, h)
        tensors[p + "mlp.down_proj.weight"] = linear(h, inter)
        tensors[p + "mlp.act_fn.alpha_p"] = np.array([inv_softplus(0.8) + 0.1 * rng.standard_normal()])
        tensors[p + "mlp.act_fn.alpha_n"] = np.array([inv_softplus(0.8 - 0.5) + 0.1 * rng.standard_normal()])
        # beta and eps are buffers in transformers but parameters in mlx-lm, whose strict
        # loader fails without them; the real checkpoints carry them as 0-d tensors.
        tensors[p + "mlp.act_fn.beta"] = np.array(0.5)
        tensors[p + "mlp.act_fn.eps"] = np.array(-1e-6)
        tensors[p + "feedforward_layernorm.weight"] = norm(h)
    tensors["model.norm.weight"] = norm(h)
    tensors["lm_head.weight"] = linear(v, h)

    torch_dtype = {"float32": torch.float32, "bfloat16": torch.bfloat16}[dtype]
    save_file(
        {name: torch.from_numpy(array.astype(np.float32)).to(torch_dtype).contiguous()
         for name, array in tensors.items()},
        str(path),
        metadata={"format": "pt"},
    )


def _write_tokenizer(out_dir: Path, texts: list[str], vocab_size: int) -> None:
    from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers, processors, trainers

    tokenizer = Tokenizer(models.BPE())
    # Byte-level, no prefix space: like the real tokenizer, any UTF-8 text (Romansh,
    # Swiss German, CHF amounts) encodes without <unk>.
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=2,
        special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(texts, trainer=trainer)
    # A small corpus runs out of merges before vocab_size. Fill the rest with reserved
    # special tokens (the real tokenizer has <SPECIAL_n> ones too) so the tokenizer covers
    # every row of the embedding: a random model samples any id, and decoding an id the
    # tokenizer does not know gives garbage in transformers and mlx-lm alike.
    trained = tokenizer.get_vocab_size(with_added_tokens=True)
    tokenizer.add_special_tokens(
        [AddedToken(f"<SPECIAL_{i}>", special=True, normalized=False) for i in range(trained, vocab_size)]
    )
    bos_id = SPECIAL_TOKENS.index(BOS)
    # The same post-processor transformers builds from add_bos_token=true, so both agree:
    # plain text gets <s> in front; apply_chat_template's own {{ bos_token }} is not doubled
    # because it tokenizes with add_special_tokens=False.
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{BOS}:0 $A:0", pair=f"{BOS}:0 $A:0 {BOS}:1 $B:1", special_tokens=[(BOS, bos_id)]
    )
    (out_dir / "tokenizer.json").write_text(tokenizer.to_str(pretty=True) + "\n", encoding="utf-8")

    _write_json(
        out_dir / "tokenizer_config.json",
        {
            "tokenizer_class": "PreTrainedTokenizerFast",
            "bos_token": BOS,
            "eos_token": END_OF_TURN,
            "pad_token": PAD,
            "unk_token": UNK,
            "add_bos_token": True,
            "add_eos_token": False,
            "clean_up_tokenization_spaces": False,
            "model_max_length": 65536,
            "padding_side": "right",
            "added_tokens_decoder": {
                str(i): {
                    "content": token,
                    "lstrip": False,
                    "normalized": False,
                    "rstrip": False,
                    "single_word": False,
                    "special": True,
                }
                for i, token in enumerate(SPECIAL_TOKENS)
            },
            "chat_template": apertus_chat_template(),
        },
    )


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
