"""README.md of a hand-off: a Hugging Face model card that carries the record with the weights.

The YAML front matter is what the Hub and internal model registries index (base_model,
license, languages, tags); the body is for the people who must defend the model: what it
was trained on, who signed the data and the decision, how it compares with the base in each
language, what it must not be used for, and how to check that none of it was altered.
"""

from __future__ import annotations

import yaml

from ..core.locales import LOCALES
from ..evaluate.policy import decision_label

METRIC_NAMES = {"chrf": "chrF++", "bleu": "BLEU", "ter": "TER (lower is better)",
                "checks": "regression checks passed (%)", "fidelity": "answers in the right language (%)"}
METRIC_ORDER = ("chrf", "bleu", "ter", "checks", "fidelity")


def _num(value, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _signed(value, digits: int = 1) -> str:
    return "–" if value is None else f"{value:+.{digits}f}"


def _cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def front_matter(facts: dict, *, base_model_id: str, has_adapter: bool) -> str:
    run = facts["run"]
    tags = ["apertus", "apertus-workbench", "swiss", run["method"],
            "peft" if has_adapter else "merged", run["backend"], "text-generation"]
    data = {
        "base_model": base_model_id,
        "license": "apache-2.0",
        "language": facts["languages"],
        "library_name": "peft" if has_adapter else "transformers",
        "pipeline_tag": "text-generation",
        "tags": list(dict.fromkeys(tags)),
    }
    return "---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True) + "---\n"


def _locale_rows(facts: dict) -> list[list]:
    train = facts["snapshots"]["train"]["locale_counts"]
    hold = facts["snapshots"]["holdout"]["locale_counts"]
    return [[f"{LOCALES[loc].name if loc in LOCALES else loc} (`{loc}`)", train.get(loc, 0), hold.get(loc, 0)]
            for loc in sorted({*train, *hold})]


def _metric_rows(facts: dict) -> list[list]:
    rows = sorted(facts["metrics"]["rows"],
                  key=lambda r: (r["locale"], METRIC_ORDER.index(r["metric"]) if r["metric"] in METRIC_ORDER else 99))
    out = []
    for r in rows:
        ci = ("–" if r["delta_low"] is None or r["delta_high"] is None
              else f"[{r['delta_low']:+.1f}, {r['delta_high']:+.1f}]")
        out.append([r["locale"], METRIC_NAMES.get(r["metric"], r["metric"]), _num(r["base_score"]),
                    _num(r["score"]), _signed(r["delta"]), ci, _num(r["p_value"], 3), r["n"]])
    return out


def _deid_section(deid: dict) -> str:
    if not deid["total"]:
        return ("No de-identification findings are recorded for the items of these snapshots (either "
                "none were detected, or the data was de-identified before import).")
    decisions = list(deid["by_decision"])
    rows = [[entity, *(counts.get(d, 0) for d in decisions), sum(counts.values())]
            for entity, counts in sorted(deid["by_entity"].items())]
    return (f"{deid['total']} finding(s) on {deid['items_with_findings']} item(s), by entity and "
            "reviewer decision:\n\n" + _table(["entity", *decisions, "total"], rows))


def render(facts: dict, *, base_model_id: str, name: str, files: dict, adapter: dict | None,
           serving_notes: list[str]) -> str:
    run, ck, d = facts["run"], facts["checkpoint"], facts["decision"]
    train, hold = facts["snapshots"]["train"], facts["snapshots"]["holdout"]
    m = facts["metrics"]
    parts = [front_matter(facts, base_model_id=base_model_id, has_adapter=adapter is not None)]
    parts.append(f"# {name}\n\nA fine-tune of **{base_model_id}** prepared with Apertus Workbench "
                 f"{facts['workbench_version']} in project *{facts['project']}*: run `{run['id']}`, "
                 f"checkpoint **{ck['label']}**, handed off after a signed **{d['decision'].upper()}** decision.\n")
    contents = []
    if files.get("adapter"):
        contents.append("`adapter/` — the LoRA adapter in PEFT format (vLLM `--lora-modules`, TGI "
                        "`LORA_ADAPTERS`), with the tokenizer")
    if files.get("merged"):
        contents.append("`merged/` — full weights with the adapter merged in "
                        f"(safetensors, {files.get('merged_dtype') or 'model dtype'}), "
                        "tokenizer and chat template: a plain Hugging Face model folder")
    contents += ["`chat_template.jinja` — the chat template used in training and evaluation",
                 "`serve_vllm.sh`, `serve_tgi.sh` — the serving commands",
                 "`evaluation-report.html` — the full evaluation report" if files.get("report") else None,
                 "`audit-package.zip` — the compliance officer's audit package (JSON + HTML)",
                 "`handoff.json` — everything on this card, machine-readable",
                 "`SHA256SUMS` — a checksum of every file (`sha256sum -c SHA256SUMS`)"]
    parts.append("Contents:\n\n" + "\n".join(f"- {c}" for c in contents if c) + "\n")

    parts.append(f"## Base model\n\n`{base_model_id}` (Apertus, by the Swiss AI Initiative; Apache-2.0). "
                 f"Trained against `{run['base_model']}`.\n")

    hp = facts["hyperparameters"]
    hp_rows = [[k, ", ".join(map(str, v)) if isinstance(v, list) else v] for k, v in hp.items()]
    method = {"lora": "LoRA", "qlora": "QLoRA (LoRA on the 4-bit NF4-quantized base)",
              "full": "full fine-tune"}.get(run["method"], run["method"])
    section = (f"## Method and hyper-parameters\n\n{method} with the `{run['backend']}` backend, seed "
               f"{run['seed']}; checkpoint {ck['label']} (step {ck['step']}, training loss "
               f"{_num(ck['train_loss'], 4)}).")
    if adapter:
        section += (f" Adapter: rank {adapter['rank']}, alpha {adapter['alpha']}, targets "
                    f"{', '.join(adapter['target_modules'])}.")
    parts.append(section + "\n\n" + _table(["parameter", "value"], hp_rows) + "\n")

    parts.append(
        "## Data\n\nTraining and evaluation read only these immutable, content-addressed snapshots "
        "(the id is derived from the manifest of item revisions and content hashes):\n\n"
        + _table(["snapshot", "id", "manifest SHA-256", "items", "verified"], [
            [f"training: {train['name']}", f"`{train['id']}`", f"`{train['manifest_hash']}`", train["item_count"],
             "yes" if train["verified"] else "**NO**"],
            [f"hold-out (frozen): {hold['name']}", f"`{hold['id']}`", f"`{hold['manifest_hash']}`",
             hold["item_count"], "yes" if hold["verified"] else "**NO**"]])
        + "\n\n### Locale counts\n\n" + _table(["locale", "training pairs", "hold-out items"], _locale_rows(facts))
        + "\n\nSwiss German (`gsw`) is curated, signed off and scored separately from standard German (`de-CH`).\n")

    parts.append("## De-identification summary\n\n" + _deid_section(facts["deid"]) + "\n")

    sig_rows = [[s["id"], f"{s['signer_name']} (`{s['signer']}`)", s["signed_at"][:19] + "Z", s["meaning"],
                 s["covered"]] for s in facts["signers"]]
    parts.append("## Who signed the data\n\nElectronic signatures (password re-entered at signing) over "
                 "the exact revisions used:\n\n"
                 + _table(["#", "signer", "signed at (UTC)", "meaning", "revisions used"], sig_rows) + "\n")

    overrule = "" if d["decision"] == d["recommendation"] else (
        f" The policy recommended **{d['recommendation'].upper()}**; the signer overruled it with the "
        f"rationale: “{d['rationale']}”.")
    parts.append(
        f"## Decision\n\n**{decision_label(d)}** for {d['checkpoint']}, signed by {d['signer_name']} "
        f"(`{d['signer']}`) at {d['signed_at'][:19]}Z. Signed statement: “{d['meaning']}”.{overrule} "
        f"Decision record #{d['signature_id']}, payload SHA-256 `{d['payload_hash']}`.\n")

    if m["rows"]:
        settings = m["settings"].get("decoding", {})
        decoding = ", ".join(f"{k}={v}" for k, v in settings.items() if k != "system_prompt") or "recorded"
        parts.append(
            "## Evaluation: per-locale results against the base\n\nTuned versus base on the frozen "
            f"hold-out under identical decoding settings ({decoding}); Δ is tuned minus base with its "
            "bootstrap 95% interval and p-value. Each language is reported on its own, so a gain in one "
            "never hides a regression in another.\n\n"
            + _table(["locale", "metric", "base", "tuned", "Δ", "95% CI of Δ", "p", "n"], _metric_rows(facts))
            + f"\n\nEvaluation `{m['evaluation']['id']}` (answers SHA-256 `{m['evaluation']['answers_hash']}`).\n")
    else:
        parts.append("## Evaluation\n\nNo completed evaluation of this checkpoint is stored under the "
                     "settings of the run's newest evaluation; see the decision record.\n")

    limits = [
        "Evaluated only on the languages and tasks of the hold-out above; other uses are untested.",
        "Scores come from a hold-out of "
        f"{hold['item_count']} item(s); the intervals above show how uncertain each delta is.",
        "Like its base model, it can produce fluent but wrong statements: keep a person in the loop for "
        "decisions with legal or financial effect.",
        "Decoding at serving time (temperature, top-p) differs from the recorded evaluation settings unless "
        "configured to match; results under other settings were not measured.",
    ]
    if run["method"] == "qlora":
        limits.append("QLoRA: the adapter was evaluated on the 4-bit NF4 base. Serving it on the "
                      "bf16 base, or the merged bf16 weights, is close but not bit-identical to what was evaluated.")
    if run["backend"] == "mlx":
        limits.append("Trained with mlx-lm: the adapter was converted to PEFT format (exact: transposed "
                      "matrices, alpha = scale × rank) and the merged weights come from `mlx_lm fuse --dequantize`.")
    thin = volume_limitation(facts["snapshots"]["train"]["locale_counts"], run["method"],
                             str((run.get("spec") or {}).get("model_size", "")))
    if thin:
        limits.append(thin)
    limits += serving_notes
    for which, sup in sorted(facts.get("superseded", {}).items()):
        limits.insert(0, f"**Superseded {which} data.** After this run, personal data was found in "
                         f"{len(sup['items'])} item(s) of its {which} snapshot (items "
                         f"{', '.join(map(str, sup['items'][:20]))}; {sup['reasons'][0]}; recorded by "
                         f"{', '.join(sup['by'])} on {sup['at'][:10]}). The corrected items are in no "
                         "snapshot this model saw: retrain on a new snapshot before serving it.")
    parts.append("## Limitations\n\n" + "\n".join(f"- {limit}" for limit in limits) + "\n")

    a = facts["audit"]
    parts.append(
        f"## Audit trail\n\nAt export the project's hash-chained audit trail was "
        f"{'intact' if a['intact'] else '**BROKEN**'} with {a['entries']} entries; head "
        f"(entry {a['seq']}) `{a['head']}`. The export itself is recorded as the next entry "
        f"(`handoff.export`). To check later that this history was not rewritten:\n\n"
        f"```\nworkbench --project PROJECT audit verify --expect-head {a['head']}\n```\n")

    parts.append(
        "## Licence chain\n\n"
        "- Base model: Apertus, Apache License 2.0 (Swiss AI Initiative). Its licence and notices "
        "continue to apply to these weights.\n"
        "- These weights (adapter and merged): a derivative of Apertus, released under Apache-2.0 "
        "with the modifications described on this card.\n"
        "- Training data: the client's own, curated and signed off in the project above; it is not "
        "included here and stays under the client's terms.\n"
        "- Tools: transformers, peft (Apache-2.0), mlx-lm (MIT), Apertus Workbench (Apache-2.0).\n")
    return "\n".join(parts)


def volume_limitation(locale_counts: dict[str, int], method: str, size: str) -> str | None:
    """The model card's line when the training pairs were fewer than the method's rule of thumb."""
    from ..train.volume import METHOD_NAMES, advise

    advice = advise(locale_counts, method, size)
    if advice is None or advice.enough:
        return None
    name = METHOD_NAMES.get(method, method)
    return (f"**Little training data.** Trained on {advice.pairs:,} signed pairs; {name} on the "
            f"{size.upper()} class starts to move with about {advice.wanted:,} pairs per use case (the method's "
            "rule of thumb), so expect small changes from the base.")


HISTORY_HEADING = "## History"


def history_section(rechecks: list[dict]) -> str:
    """The card's History: every signed drift re-check of this hand-off (evaluate/recheck.py),
    oldest first, with the hold-out version, the finding per locale and who signed it."""
    rows = []
    for r in rechecks:
        p = r["payload"]
        hold = p["holdout"]
        per_locale = "; ".join(
            f"{f['locale']}: {f['finding']}" + ("" if f.get("chrf_delta") is None else f" (Δ chrF++ "
                                                 f"{f['chrf_delta']:+.1f})") for f in p["locales"])
        rows.append([r["signed_at"][:10], f"{hold['name']} (`{hold['id']}`)", f"**{p['finding']}**", per_locale,
                     f"{r['signer_name']} (`{r['signer']}`)", f"`{r['payload_hash'][:16]}…`"])
    return (f"{HISTORY_HEADING}\n\nDrift re-checks since the hand-off: the checkpoint and the base evaluated on a "
            "newer frozen hold-out under the decoding of the evaluation that justified the GO, judged by the "
            "go/no-go policy locale by locale (*still fit*, *re-tune* or *inconclusive*). Each finding is "
            "e-signed; the signed report is in the project (`workbench recheck`).\n\n"
            + _table(["date (UTC)", "hold-out", "finding", "per locale", "signed by", "report SHA-256"], rows)
            + "\n")


def with_history(card: str, section: str) -> str:
    """The card with its History section replaced (or added before the Licence chain)."""
    start = card.find(HISTORY_HEADING + "\n")
    if start >= 0:
        end = card.find("\n## ", start + len(HISTORY_HEADING))
        return card[:start] + section + (card[end + 1:] if end >= 0 else "")
    anchor = card.find("## Licence chain")
    if anchor < 0:
        return card.rstrip("\n") + "\n\n" + section
    return card[:anchor] + section + "\n" + card[anchor:]
