"""The audit package: one zip a compliance officer can read without the app.

Contents (all JSON or HTML, UTF-8):
- `index.html` — a readable summary: project, chain verification, signatures, snapshots,
  runs and decisions, with links to the files below;
- `audit.jsonl` — every audit entry, before/after decoded; `verification.json` — the result
  of `verify_evidence` when the package was made (chain, revisions, signatures, snapshots,
  decisions), with the head hash;
- `signatures.json` — every e-signature with the exact (item, revision, content hash) list;
- `snapshots.json` — every snapshot with its manifest and items; `runs.json` — the run
  registry with lineage and checkpoints; `decisions.json` — go/no-go decisions with their
  payload as stored;
- `keys.json` — every public key (never a sealed private key); `digital_signatures.json` —
  every Ed25519 signature over an e-signature or a decision;
- `reports/` — any evaluation reports given;
- `verify.py` and `FORMAT.md` (from resources/audit_package/) — a standalone verifier
  (standard library + `cryptography`) and the specification of every file and hash, so a
  third party checks the package without the workbench;
- `SHA256SUMS` — a checksum of every other file, so the package itself is tamper-evident.

The package holds ids, revisions and hashes of items, never their text.
"""

from __future__ import annotations

import hashlib
import html
import json
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from ...core.errors import ValidationError
from .. import audit
from ..destinations import check_file
from ..clock import os_actor
from ..evidence import verify_evidence
from ..signoff import signature_entries, signatures, verify_signature
from ..snapshots import list_snapshots
from ..sql import query
from ..users import relaxations

if TYPE_CHECKING:
    from ..project import Project


def _table_exists(project: "Project", name: str) -> bool:
    return project.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                                (name,)).fetchone() is not None


def collect(project: "Project") -> dict:
    """Everything the package holds, as plain data (also used by the GUI's audit view)."""
    from ..runs import list_checkpoints, list_runs
    from ..settings import get_value

    sigs = []
    for s in signatures(project):
        s = dict(s)
        s["items"] = [list(e) for e in signature_entries(project, s["id"])]
        s["manifest_ok"] = verify_signature(project, s["id"])
        sigs.append(s)
    runs = []
    for r in list_runs(project):
        r = dict(r)
        r["checkpoints"] = list_checkpoints(project, r["id"])
        runs.append(r)
    # The signed go/no-go decisions live in eval_decisions (schema v3).
    decisions = next((query(project, f"SELECT * FROM {t} ORDER BY rowid") for t in ("eval_decisions", "decisions")
                      if _table_exists(project, t)), [])
    snaps = [{**s, "items": _snapshot_entries(project, s["id"])} for s in list_snapshots(project)]
    evidence = verify_evidence(project)
    return {
        "project": get_value(project, "project_name", project.root.name),
        # The chain report's keys (ok, entries, head, first_bad_seq, problem) stay for readers
        # of packages made before the whole evidence was verified here.
        "verification": {**evidence.as_dict(), "problem": evidence.first_problem or ""},
        "signatures": sigs,
        "snapshots": snaps,
        "runs": runs,
        "decisions": decisions,
        "keys": query(project, "SELECT key_id, username, public_key, created_at FROM user_keys ORDER BY rowid"),
        # Safeguards the project relaxed (a demo's password policy, separation of duties):
        # never silent, so on the package's first page too.
        "relaxations": relaxations(project),
        "digital_signatures": query(project, "SELECT * FROM digital_signatures ORDER BY id"),
    }


def _snapshot_entries(project: "Project", sid: str) -> list[list]:
    return [list(r) for r in project.conn.execute(
        "SELECT item_id, rev, content_hash FROM snapshot_items WHERE snapshot_id = ? ORDER BY item_id", (sid,))]


def _index_html(data: dict, reports: list[str]) -> str:
    e = html.escape
    v = data["verification"]
    status = ("<b style='color:#1a7f37'>INTACT</b>" if v["ok"] else
              f"<b style='color:#cf222e'>BROKEN</b> — {e(v['problem'])}")
    relaxed = "".join(f"<p style='color:#b45309'><b>Relaxed safeguard:</b> {e(r)}</p>" for r in data["relaxations"])
    rows_sig = "".join(
        f"<tr><td>{s['id']}</td><td>{e(s['signer_name'])} ({e(s['signer'])})</td><td>{e(s['signed_at'])}</td>"
        f"<td>{e(s['meaning'])}</td><td>{s['item_count']}</td><td><code>{e(s['manifest_hash'][:16])}…</code>"
        f"{'' if s['manifest_ok'] else ' <b>mismatch</b>'}</td></tr>" for s in data["signatures"])
    rows_snap = "".join(
        f"<tr><td><code>{e(s['id'])}</code></td><td>{e(s['name'])}</td><td>{'frozen' if s['frozen'] else ''}</td>"
        f"<td>{s['item_count']}</td><td>{e(json.dumps(s['locale_counts']))}</td><td>{e(s['created_by'])}</td>"
        f"<td>{e(s['created_at'])}</td></tr>" for s in data["snapshots"])
    rows_run = "".join(
        f"<tr><td><code>{e(r['id'])}</code></td><td>{e(r['status'])}</td><td>{e(r['backend'])}/{e(r['method'])}</td>"
        f"<td>{e(r['base_model'])}</td><td><code>{e(r['train_snapshot'])}</code></td><td><code>{e(r['holdout_snapshot'])}</code></td>"
        f"<td>{len(r['checkpoints'])}</td></tr>" for r in data["runs"])
    rows_dec = "".join(
        "<tr>" + "".join(f"<td>{e(str(v))}</td>" for v in d.values()) + "</tr>" for d in data["decisions"])
    links = "".join(f"<li><a href='{e(r)}'>{e(r)}</a></li>" for r in reports) or "<li>none included</li>"
    return f"""<!doctype html><html lang="en"><meta charset="utf-8">
<title>Audit package — {e(data['project'])}</title>
<style>body{{font-family:system-ui,sans-serif;margin:2em;max-width:72em}}table{{border-collapse:collapse;width:100%;margin-bottom:2em}}
td,th{{border:1px solid #ccc;padding:.3em .5em;text-align:left;font-size:.9em}}\
th{{background:#f3f3f3}}code{{font-size:.9em}}</style>
<h1>Audit package — {e(data['project'])}</h1>
<p>Audit trail and signatures: {status}; {v['entries']} entries; head hash <code>{e(v['head'])}</code>.
Re-check later with <code>workbench audit verify --expect-head {e(v['head'])}</code>.</p>
<p>Verify without the workbench (see <a href="FORMAT.md">FORMAT.md</a>): <code>python3 -m venv v &amp;&amp;
v/bin/pip install cryptography &amp;&amp; v/bin/python verify.py audit-package.zip</code></p>
<p>Files: <a href="audit.jsonl">audit.jsonl</a>, <a href="verification.json">verification.json</a>,
<a href="signatures.json">signatures.json</a>, <a href="snapshots.json">snapshots.json</a>,
<a href="runs.json">runs.json</a>, <a href="decisions.json">decisions.json</a>, <a href="keys.json">keys.json</a>,
<a href="digital_signatures.json">digital_signatures.json</a>, <a href="verify.py">verify.py</a>,
<a href="FORMAT.md">FORMAT.md</a>, <a href="SHA256SUMS">SHA256SUMS</a>.</p>
{relaxed}<h2>Electronic signatures</h2><table><tr><th>#</th><th>signer</th><th>signed at (UTC)</th><th>meaning</th>\
<th>items</th><th>manifest</th></tr>{rows_sig}</table>
<h2>Snapshots</h2><table><tr><th>id</th><th>name</th><th></th><th>items</th><th>locales</th><th>by</th><th>at</th></tr>{rows_snap}</table>
<h2>Training runs</h2><table><tr><th>id</th><th>status</th><th>method</th><th>base model</th>\
<th>training snapshot</th><th>hold-out</th><th>checkpoints</th></tr>{rows_run}</table>
<h2>Go/no-go decisions</h2><table>{rows_dec or '<tr><td>none recorded</td></tr>'}</table>
<h2>Evaluation reports</h2><ul>{links}</ul>
</html>"""


def build_audit_package(project: "Project", out: Path | str, *, reports: Iterable[Path] = (),
                        actor: str = "", force: bool = False, record: bool = True) -> dict:
    """Write the zip; returns the verification result and the zip's own SHA-256. An existing
    file is replaced only with `force`; the audit entry is written once the zip is complete
    (a failed export leaves no entry and no partial zip)."""
    from ...core.roles import actor_name
    from ...paths import resources_dir

    out = Path(out)
    if out.suffix != ".zip":
        out = out.with_suffix(".zip")
    reports = [Path(r) for r in reports]
    for r in reports:
        if not r.is_file():
            raise ValidationError(f"the report {r} is not a file: give the path of an evaluation report")
    out = check_file(out, force=force, what="the audit package")
    data = collect(project)
    files: dict[str, bytes] = {}
    files["audit.jsonl"] = "".join(
        json.dumps(audit.decoded(e), ensure_ascii=False) + "\n" for e in audit.entries(project)).encode()
    for name in ("verification", "signatures", "snapshots", "runs", "decisions", "keys", "digital_signatures"):
        files[f"{name}.json"] = json.dumps(data[name], indent=2, ensure_ascii=False, default=str).encode()
    for name in ("verify.py", "FORMAT.md"):
        files[name] = (resources_dir() / "audit_package" / name).read_bytes()
    report_names = []
    for r in reports:
        r = Path(r)
        name = f"reports/{r.name}"
        files[name] = r.read_bytes()
        report_names.append(name)
    files["index.html"] = _index_html(data, report_names).encode()
    files["SHA256SUMS"] = "".join(f"{hashlib.sha256(b).hexdigest()}  {n}\n" for n, b in sorted(files.items())).encode()
    tmp = out.with_suffix(".zip.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, blob in files.items():
                zf.writestr(name, blob)
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    if not record:  # part of something larger (a hand-off) whose own entry names it
        return {"path": str(out), "sha256": digest, "verification": data["verification"]}
    with project.transaction():
        audit.append(project, actor=actor_name(actor) if actor else os_actor(), action="audit.export",
                     object_type="audit", object_id=data["verification"]["head"],
                     after={"file": out.name, "sha256": digest, "verification": data["verification"],
                            "reports": report_names})
    return {"path": str(out), "sha256": digest, "verification": data["verification"]}
