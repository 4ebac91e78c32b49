"""The audit package opens without the app and its verification matches a fresh check."""

import hashlib
import json
import zipfile
from html.parser import HTMLParser

from tests.conftest import PASSWORD
from tests.store.helpers import signed_world
from workbench.core.audit_chain import verify_entries
from workbench.store.audit import verify_chain
from workbench.store.exports.audit_package import build_audit_package


def test_audit_package_is_self_contained_and_verifiable(project, tmp_path):
    train, frozen = signed_world(project, PASSWORD)
    report = tmp_path / "report.html"
    report.write_text("<html><body>report</body></html>", encoding="utf-8")
    result = build_audit_package(project, tmp_path / "pkg.zip", reports=[report], actor="cora")
    with zipfile.ZipFile(result["path"]) as zf:
        names = set(zf.namelist())
        assert {"index.html", "audit.jsonl", "verification.json", "signatures.json", "snapshots.json",
                "runs.json", "decisions.json", "SHA256SUMS", "reports/report.html"} <= names
        sums = dict(reversed(line.split("  ")) for line in zf.read("SHA256SUMS").decode().splitlines())
        for name, digest in sums.items():
            assert hashlib.sha256(zf.read(name)).hexdigest() == digest
        verification = json.loads(zf.read("verification.json"))
        # An auditor can re-walk the chain from the exported log alone (before/after back to
        # their stored canonical form), and gets the same head.
        entries = []
        for line in zf.read("audit.jsonl").decode().splitlines():
            e = json.loads(line)
            for k in ("before", "after"):
                if e[k] is not None:
                    e[k] = json.dumps(e[k], sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            entries.append(e)
        replay = verify_entries(entries)
        assert replay.ok and replay.head == verification["head"]
        sigs = json.loads(zf.read("signatures.json"))
        assert {s["meaning"] for s in sigs} >= {"approved as training data for fr-CH"}
        assert all(s["manifest_ok"] for s in sigs)
        snaps = {s["id"] for s in json.loads(zf.read("snapshots.json"))}
        assert snaps == {train["id"], frozen["id"]}
        HTMLParser().feed(zf.read("index.html").decode())
        assert "INTACT" in zf.read("index.html").decode()
    assert verification["ok"] and verify_chain(project).ok  # the export itself is audited
