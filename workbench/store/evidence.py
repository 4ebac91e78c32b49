"""Verify the record from what is stored, trusting no stored hash: the audit chain, every
revision's content hash recomputed from its text, every signature's and snapshot's manifest
recomputed from their items, every digital signature checked against its public key, and
every signed audit head found in the chain.

`verify_evidence` is what `workbench audit verify` and the Audit page run; the audit
package's standalone `verify.py` repeats the same checks on the exported files. The report
names the first thing that fails, so an auditor knows where to look.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from ..core.hashing import manifest_hash, sha256_hex
from ..core.items import content_hash_of_fields, field_hashes, stored_content_hash
from . import keys
from .audit import verify_chain
from .sql import iter_query, query

if TYPE_CHECKING:
    from .project import Project


@dataclass
class EvidenceReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    entries: int = 0
    head: str = ""
    revisions: int = 0
    signatures: int = 0
    digitally_signed: int = 0
    password_only: int = 0
    snapshots: int = 0
    decisions: int = 0
    first_bad_seq: int | None = None
    #: revisions whose original text was erased: checked through their field hashes, or (written
    #: before hash scheme 2) not recomputable
    erased: int = 0
    erased_unrecomputable: int = 0

    @property
    def first_problem(self) -> str | None:
        return self.problems[0] if self.problems else None

    def as_dict(self) -> dict:
        return {"ok": self.ok, "problems": self.problems, "entries": self.entries, "head": self.head,
                "revisions": self.revisions, "signatures": self.signatures,
                "digitally_signed": self.digitally_signed, "password_only": self.password_only,
                "snapshots": self.snapshots, "decisions": self.decisions, "first_bad_seq": self.first_bad_seq,
                "erased": self.erased, "erased_unrecomputable": self.erased_unrecomputable}


def verify_evidence(project: "Project", *, expect_head: str | None = None, limit: int = 50) -> EvidenceReport:
    """Every check, in order: chain, revisions, signatures and their proofs, snapshots, decisions."""
    chain = verify_chain(project, expect_head=expect_head)
    problems: list[str] = []
    if not chain.ok:
        problems.append(chain.problem)
    report = EvidenceReport(ok=False, entries=chain.entries, head=chain.head, first_bad_seq=chain.first_bad_seq)
    proofs = _Proofs.read(project)  # keys, proofs and chain hashes, read once for both checks below
    checks = (_revisions(project, report), _signatures(project, report, proofs), _snapshots(project, report),
              _decisions(project, report, proofs), _scopes_and_reports(project))
    for problem in (problem for check in checks for problem in check):
        problems.append(problem)
        if len(problems) >= limit:
            break
    report.problems = problems
    report.ok = not problems
    return report


def revision_hash_problems(project: "Project", rows: list[dict], report: "EvidenceReport | None" = None) -> list[str]:
    """Rows with item_id, rev, kind, locale, prompt, response, system, checks, content_hash (and,
    from schema v7, hash_scheme, field_hashes, erased_at): those whose stored text no longer
    hashes to their content hash. Export, training and evaluation read revisions through
    `snapshots.snapshot_items`, which calls this.

    Scheme 2 hashes each field, then the field hashes: a revision whose text was erased (a
    data-protection request) is checked through the field hashes it kept. A scheme-1 revision
    (written before v7) that was erased cannot be recomputed; it is counted, not failed."""
    out = []
    for r in rows:
        scheme, erased = r.get("hash_scheme") or 1, r.get("erased_at")
        where = f"item {r['item_id']} revision {r['rev']}"
        if scheme == 1:
            if erased:
                if report is not None:
                    report.erased_unrecomputable += 1
                continue
            checks = r["checks"] if isinstance(r["checks"], dict) else json.loads(r["checks"] or "{}")
            if stored_content_hash(r["kind"], r["locale"], r["prompt"], r["response"], r["system"], checks,
                                   scheme=1) != r["content_hash"]:
                out.append(f"{where}: its text no longer matches its content hash")
            continue
        try:
            kept = json.loads(r.get("field_hashes") or "null")
        except ValueError:
            kept = None
        if not isinstance(kept, dict):
            out.append(f"{where}: its field hashes are missing or unreadable")
            continue
        if not erased:
            checks = r["checks"] if isinstance(r["checks"], dict) else json.loads(r["checks"] or "{}")
            if field_hashes(r["prompt"], r["response"], r["system"], checks) != kept:
                out.append(f"{where}: its text no longer matches its content hash")
                continue
        elif report is not None:
            report.erased += 1
        if content_hash_of_fields(r["kind"], r["locale"], kept) != r["content_hash"]:
            out.append(f"{where}: its field hashes no longer match its content hash")
    return out


def _columns(project: "Project", table: str) -> set[str]:
    """What an older, unmigrated project (opened read-only) has of a table."""
    return {r[1] for r in project.conn.execute(f"PRAGMA table_info({table})")}


def _proofs(project: "Project") -> dict:
    if not _columns(project, "digital_signatures"):  # a project from before signing keys
        return {}
    return {(p["kind"], p["ref"]): p for p in query(project, "SELECT * FROM digital_signatures")}


def _revisions(project: "Project", report: EvidenceReport) -> Iterator[str]:
    columns = _columns(project, "revisions")
    locale = "coalesce(r.locale, i.locale)" if "locale" in columns else "i.locale"
    known = "r.locale IS NULL AND " if "locale" in columns else ""
    v7 = ", r.hash_scheme, r.field_hashes, r.erased_at" if "hash_scheme" in columns else ""
    rows = iter_query(project, f"SELECT r.item_id, r.rev, i.kind, {locale} AS locale, "
                               f"r.prompt, r.response, r.system, r.checks, r.content_hash{v7}, "
                               f"({known}r.rev != i.current_rev) AS unknowable "
                               "FROM revisions r JOIN items i ON i.id = r.item_id ORDER BY r.item_id, r.rev")
    for r in rows:
        report.revisions += 1
        if r["unknowable"]:  # written before revisions recorded their locale, and not current
            continue
        yield from revision_hash_problems(project, [r], report)


@dataclass
class _Proofs:
    """What checking digital signatures needs: public keys, proofs, every hash of the chain."""
    public: dict
    by_ref: dict
    chain_hashes: set[str]

    @classmethod
    def read(cls, project: "Project") -> "_Proofs":
        public = keys.public_keys(project) if _columns(project, "user_keys") else {}
        return cls(public, _proofs(project), _chain_hashes(project))


def _signatures(project: "Project", report: EvidenceReport, proofs: _Proofs) -> Iterator[str]:
    for sig in query(project, "SELECT * FROM signatures ORDER BY id"):
        report.signatures += 1
        if proofs.by_ref.get(("signature", sig["id"])) is None:
            report.password_only += 1
        else:
            report.digitally_signed += 1
        yield from _signature_problems(project, sig, proofs)


def _signature_problems(project: "Project", sig: dict, proofs: _Proofs) -> Iterator[str]:
    entries = [tuple(e) for e in project.conn.execute(
        "SELECT item_id, rev, content_hash FROM signature_items WHERE signature_id = ?", (sig["id"],))]
    if manifest_hash(entries) != sig["manifest_hash"] or len(entries) != sig["item_count"]:
        yield f"signature {sig['id']}: its items no longer match its manifest"
    proof = proofs.by_ref.get(("signature", sig["id"]))
    if proof is None:
        yield from _unproven(project, f"signature {sig['id']}", sig["signed_at"])
        return
    yield from _proof_problems(f"signature {sig['id']}", proof, proofs.public, proofs.chain_hashes, {
        "digest": sig["manifest_hash"], "meaning": sig["meaning"], "signer": sig["signer"],
        "signed_at": sig["signed_at"]})


def signature_checks(project: "Project") -> dict[int, dict]:
    """Each signature's verification, for a list of them (the Audit page's Signatures view):
    id → {"digital": has a digital signature, "problems": what fails (empty: it verifies)}.
    The same checks verify_evidence runs over all of them."""
    proofs = _Proofs.read(project)
    return {sig["id"]: {"digital": ("signature", sig["id"]) in proofs.by_ref,
                        "problems": list(_signature_problems(project, sig, proofs))}
            for sig in query(project, "SELECT * FROM signatures ORDER BY id")}


def _decisions(project: "Project", report: EvidenceReport, proofs: _Proofs) -> Iterator[str]:
    decided = {json.loads(e["after"] or "{}").get("decision_id") for e in query(
        project, "SELECT after FROM audit WHERE action = 'eval.decision'")}
    for d in query(project, "SELECT * FROM eval_decisions ORDER BY id"):
        report.decisions += 1
        name = f"decision {d['id']}"
        if sha256_hex(json.loads(d["payload"])) != d["payload_hash"]:
            yield f"{name}: its payload no longer matches its hash"
        if d["id"] not in decided:
            yield f"{name}: it is not in the audit trail"
        proof = proofs.by_ref.get(("decision", d["id"]))
        if proof is None:
            report.password_only += 1
            yield from _unproven(project, name, d["signed_at"])
            continue
        yield from _proof_problems(name, proof, proofs.public, proofs.chain_hashes, {
            "digest": d["payload_hash"], "meaning": d["meaning"], "signer": d["signer"], "signed_at": d["signed_at"]})


def _unproven(project: "Project", name: str, signed_at: str) -> Iterator[str]:
    """A password-only e-signature is valid only if it is older than signing keys: one made
    since has lost its digital signature (removed to hide a change)."""
    first_key = project.conn.execute("SELECT min(created_at) FROM user_keys").fetchone()[0] \
        if _columns(project, "user_keys") else None
    if first_key and signed_at >= first_key:
        yield (f"{name} has no digital signature although it was made after signing keys existed: "
               "its proof was removed")


def _proof_problems(name: str, proof: dict, public: dict, chain_hashes: set[str], row: dict) -> Iterator[str]:
    for key, value in row.items():
        if proof[key] != value:
            yield f"{name}: its {key.replace('_', ' ')} differs from what was digitally signed"
            return
    why = keys.verify_proof(proof, public)
    if why:
        yield f"{name}: {why}"
    elif proof["audit_head"] not in chain_hashes:
        yield (f"{name}: the audit head it signed ({proof['audit_head'][:16]}…) is not in the chain: "
               "the audit trail was rewritten")


def _snapshots(project: "Project", report: EvidenceReport) -> Iterator[str]:
    from ..core.items import Kind
    from .snapshots import snapshot_id

    use_case = ", use_case" if "use_case" in _columns(project, "snapshots") else ", NULL AS use_case"
    for snap in query(project, f"SELECT id, kind, manifest_hash, item_count{use_case} FROM snapshots "
                               "ORDER BY created_at"):
        report.snapshots += 1
        entries = [tuple(e) for e in project.conn.execute(
            "SELECT item_id, rev, content_hash FROM snapshot_items WHERE snapshot_id = ?", (snap["id"],))]
        if manifest_hash(entries) != snap["manifest_hash"] or len(entries) != snap["item_count"] \
                or snapshot_id(Kind(snap["kind"]), snap["manifest_hash"], snap["use_case"]) != snap["id"]:
            yield f"snapshot {snap['id']}: its items no longer match its manifest"


def _scopes_and_reports(project: "Project") -> Iterator[str]:
    """A use case's scope versions and the signed baseline and re-check reports: each stored
    text still hashes to its hash, and each signature over it names that hash in its meaning
    (the meaning is what the digital signature covers, checked with the signatures above)."""
    if not _columns(project, "use_case_scopes"):
        return
    for r in query(project, "SELECT s.use_case_id, s.version, s.scope, s.scope_hash, sg.id AS sig, sg.meaning "
                            "FROM use_case_scopes s LEFT JOIN scope_signatures ss ON ss.use_case_id = s.use_case_id "
                            "AND ss.version = s.version LEFT JOIN signatures sg ON sg.id = ss.signature_id "
                            "ORDER BY s.use_case_id, s.version"):
        name = f"scope v{r['version']} of use case {r['use_case_id']}"
        if sha256_hex(json.loads(r["scope"])) != r["scope_hash"]:
            yield f"{name}: its text no longer matches its hash"
        if r["sig"] is not None and r["scope_hash"] not in r["meaning"]:
            yield f"{name}: signature {r['sig']} does not name this scope"
    for r in query(project, "SELECT r.id, r.kind, r.payload, r.payload_hash, sg.meaning FROM signed_reports r "
                            "JOIN signatures sg ON sg.id = r.signature_id ORDER BY r.id"):
        name = f"{r['kind']} report {r['id']}"
        if sha256_hex(json.loads(r["payload"])) != r["payload_hash"]:
            yield f"{name}: its payload no longer matches its hash"
        if r["payload_hash"] not in r["meaning"]:
            yield f"{name}: its signature does not name this report"


def _chain_hashes(project: "Project") -> set[str]:
    return {r[0] for r in project.conn.execute("SELECT hash FROM audit")}
