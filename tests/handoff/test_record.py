"""The record that travels with the weights: the model card, handoff.json and the audit
package agree with the project, and the audit package verifies on its own."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest
import yaml

from workbench.core.audit_chain import verify_entries

pytestmark = pytest.mark.slow  # uses the exported hand-off of the tiny model (handoff_world)



def _card(world):
    text = (world.merged / "README.md").read_text(encoding="utf-8")
    assert text.startswith("---\n")
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def test_card_front_matter_is_hugging_face_metadata(handoff_world):
    meta, _ = _card(handoff_world)
    assert meta["base_model"] == str(handoff_world.tiny)
    assert meta["license"] == "apache-2.0"
    assert meta["language"] == ["fr", "it"]
    assert {"apertus", "lora", "peft", "text-generation"} <= set(meta["tags"])
    assert meta["library_name"] == "peft" and meta["pipeline_tag"] == "text-generation"


def manifest_deid(world):
    """The de-identification facts the card is written from (anonymizer replacements aside)."""
    from workbench.handoff.facts import deid_summary
    from workbench.store import open_project

    with open_project(world.root) as p:
        return deid_summary(p, [world.run["train_snapshot"], world.run["holdout_snapshot"]])


def test_card_states_lineage_people_and_numbers(handoff_world):
    _, body = _card(handoff_world)
    manifest = json.loads((handoff_world.merged / "handoff.json").read_text())
    for section in ("## Base model", "## Method and hyper-parameters", "## Data", "### Locale counts",
                    "## De-identification summary", "## Who signed the data", "## Decision",
                    "## Evaluation: per-locale results against the base", "## Limitations", "## Audit trail",
                    "## Licence chain"):
        assert section in body
    snaps = manifest["snapshots"]
    for snap in (snaps["train"], snaps["holdout"]):
        assert snap["id"] in body and snap["manifest_hash"] in body and snap["verified"]
    assert "| French (Switzerland) (`fr-CH`) | 3 | 2 |" in body
    deid = manifest_deid(handoff_world)
    assert deid["by_entity"]["PERSON"].get("missed") == 1  # the name the reviewer marked
    decisions = sorted(deid["by_decision"])
    for entity, counts in deid["by_entity"].items():
        row = " | ".join([entity, *(str(counts.get(d, 0)) for d in decisions), str(sum(counts.values()))])
        assert f"| {row} |" in body
    assert "Claire Rochat (`claire`)" in body and "Giulia Bernasconi (`giulia`)" in body
    assert "signed by Claire Rochat (`claire`)" in body and "overruled" in body
    assert manifest["decision"]["payload_hash"] in body
    chrf = [r for r in manifest["metrics"]["rows"] if r["metric"] == "chrf"]
    assert {r["locale"] for r in chrf} == {"fr-CH", "it-CH"}
    for r in chrf:
        assert f"| {r['locale']} | chrF++ | {r['base_score']:.1f} | {r['score']:.1f} | {r['delta']:+.1f} |" in body
    assert "Apache" in body and "rank 4, alpha 8" in body


def test_card_audit_head_is_in_the_project_chain(handoff_world):
    from workbench.store.audit import verify_chain

    manifest = json.loads((handoff_world.merged / "handoff.json").read_text())
    head = manifest["audit"]["head"]
    assert head in _card(handoff_world)[1] and manifest["audit"]["intact"]
    project = handoff_world.open()
    try:
        assert verify_chain(project, expect_head=head).ok
    finally:
        project.close()


def test_audit_package_opens_and_its_verification_matches(handoff_world):
    """Readable without the app: checksums inside, the chain re-walked from audit.jsonl
    alone reaches the head verification.json states, and that head is in the project."""
    from workbench.store.audit import verify_chain

    path = handoff_world.merged / "audit-package.zip"
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        assert {"index.html", "audit.jsonl", "verification.json", "decisions.json",
                "reports/evaluation-report.html"} <= names
        for line in zf.read("SHA256SUMS").decode().splitlines():
            digest, name = line.split("  ", 1)
            assert hashlib.sha256(zf.read(name)).hexdigest() == digest
        verification = json.loads(zf.read("verification.json"))
        entries = []
        for line in zf.read("audit.jsonl").decode().splitlines():
            e = json.loads(line)
            for k in ("before", "after"):
                if e[k] is not None:
                    e[k] = json.dumps(e[k], sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            entries.append(e)
        decisions = json.loads(zf.read("decisions.json"))
    replay = verify_entries(entries)
    assert verification["ok"] and replay.ok and replay.head == verification["head"]
    assert [d["decision"] for d in decisions] == ["go"] and decisions[0]["id"] == handoff_world.decision["id"]
    manifest = json.loads((handoff_world.merged / "handoff.json").read_text())
    assert manifest["audit_package"]["verification"]["head"] == verification["head"]
    project = handoff_world.open()
    try:
        assert verify_chain(project, expect_head=verification["head"]).ok
    finally:
        project.close()


@pytest.mark.parametrize("folder", ["adapter_only", "merged"])
def test_handoff_json_names_mode_and_files(handoff_world, folder):
    out = getattr(handoff_world, folder)
    manifest = json.loads((out / "handoff.json").read_text())
    assert manifest["mode"] == {"adapter_only": "adapter", "merged": "adapter+merged"}[folder]
    assert manifest["checkpoint"]["sha256"]  # the registered hash of the evaluated checkpoint
    assert manifest["adapter"]["vllm_max_lora_rank"] == 8


def test_audit_export_includes_every_evaluated_runs_report_by_default(handoff_world, tmp_path):
    """`workbench audit export OUT` without --report: the compliance officer still gets the
    per-locale report of each evaluated run, and the export itself is on the record."""
    import shutil

    from workbench.cli import main
    from workbench.store import open_project
    from workbench.store.audit import decoded as audit_decoded
    from workbench.store.audit import entries

    root = tmp_path / "proj"
    shutil.copytree(handoff_world.root, root, ignore=shutil.ignore_patterns("*.lock"))
    out = tmp_path / "audit.zip"
    from tests.conftest import sign_in_cli

    sign_in_cli(root, "cora")
    assert main(["--project", str(root), "audit", "export", str(out)]) == 0
    name = f"reports/report-{handoff_world.run['id']}.html"
    with zipfile.ZipFile(out) as zf:
        assert name in zf.namelist()
        html = zf.read(name).decode()
        assert handoff_world.run["id"] in html and "fr-CH" in html
        assert name in zf.read("index.html").decode()
    p = open_project(root)
    try:
        # the package export is on the record, naming the reports it carries
        [export] = [audit_decoded(e) for e in entries(p, action="audit.export")]
        assert name in export["after"]["reports"]
    finally:
        p.close()
