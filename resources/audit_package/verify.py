#!/usr/bin/env python3
"""Verify an Apertus Workbench audit package without the workbench.

    python3 -m venv v && v/bin/pip install cryptography
    v/bin/python verify.py audit-package.zip          (or the unzipped folder)
    v/bin/python verify.py audit-package.zip --expect-head <head hash published earlier>

Needs the Python standard library and `cryptography` (for Ed25519) only. Every hash and
signed payload recomputed here is specified in FORMAT.md, so this script can be read
against it, or replaced by one of the auditor's own. It prints one line per group of
checks and exits 0 when everything verifies, 1 when something does not (the first thing
that fails is named), 2 when the package cannot be read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import zipfile
from pathlib import Path

GENESIS = "0" * 64
ENTRY_FIELDS = ("seq", "ts", "actor", "action", "object_type", "object_id", "before", "after")
#: What a digital signature of each kind covers: the file of the signed rows, and the row's hash.
SIGNED_ROWS = {"signature": ("signatures.json", "manifest_hash"), "decision": ("decisions.json", "payload_hash")}


class Failed(Exception):
    """A check that does not hold; the message names the first thing that fails."""


class Unreadable(Exception):
    """The package (or one of its files) cannot be read at all."""


def canonical(value) -> str:
    """Canonical JSON: sorted keys, no insignificant whitespace, UTF-8 kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256(value) -> str:
    """SHA-256 (hex) of bytes, of a string's UTF-8, or of any other value's canonical JSON."""
    data = value if isinstance(value, bytes) else (value if isinstance(value, str) else canonical(value)).encode()
    return hashlib.sha256(data).hexdigest()


def manifest_hash(items) -> str:
    """The hash of a list of [item id, revision, content hash], independent of its order."""
    return sha256(sorted(list(i) for i in items))


class Package:
    def __init__(self, path: Path):
        try:
            if path.is_dir() and (path / "SHA256SUMS").is_file():
                # Only the files SHA256SUMS lists: the folder may also hold the auditor's own.
                sums = (path / "SHA256SUMS").read_text(encoding="utf-8", errors="replace")
                names = ["SHA256SUMS", *(line.partition("  ")[2] for line in sums.splitlines())]
                self.files = {n: (path / n).read_bytes() for n in names if (path / n).is_file()}
            elif path.is_dir():
                self.files = {}
            else:
                with zipfile.ZipFile(path) as zf:
                    self.files = {n: zf.read(n) for n in zf.namelist() if not n.endswith("/")}
        except (OSError, zipfile.BadZipFile) as e:
            raise Unreadable(f"{path} is neither an audit package zip nor its unzipped folder ({e})") from None
        if "SHA256SUMS" not in self.files:
            raise Unreadable(f"{path} has no SHA256SUMS: it is not an audit package")
        self._cache: dict = {}

    def json(self, name: str):
        if name not in self._cache:
            if name not in self.files:
                raise Failed(f"{name} is missing from the package")
            try:
                text = self.files[name].decode("utf-8")
                self._cache[name] = ([json.loads(line) for line in text.splitlines() if line.strip()]
                                     if name.endswith(".jsonl") else json.loads(text))
            except ValueError as e:
                raise Unreadable(f"{name} is not valid UTF-8 JSON ({e})") from None
        return self._cache[name]

    def chain_hashes(self) -> set[str]:
        return {e["hash"] for e in self.json("audit.jsonl")}


def check_checksums(pkg: Package, args) -> str:
    listed = {}
    for line in pkg.files["SHA256SUMS"].decode("utf-8").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    for name, digest in sorted(listed.items()):
        if name not in pkg.files:
            raise Failed(f"{name} is listed in SHA256SUMS but missing")
        if hashlib.sha256(pkg.files[name]).hexdigest() != digest:
            raise Failed(f"{name} does not match its SHA256SUMS line (changed after the package was made)")
    extra = sorted(set(pkg.files) - set(listed) - {"SHA256SUMS"})
    if extra:
        raise Failed(f"{extra[0]} is in the package but not in SHA256SUMS")
    return f"{len(listed)} files match SHA256SUMS"


def entry_hash(prev_hash: str, entry: dict) -> str:
    content = {k: entry.get(k) for k in ENTRY_FIELDS}
    for k in ("before", "after"):  # stored as canonical JSON text; audit.jsonl shows them decoded
        content[k] = None if content[k] is None else canonical(content[k])
    return sha256(prev_hash + "\n" + sha256(content))


def check_chain(pkg: Package, args) -> str:
    prev, entries = GENESIS, pkg.json("audit.jsonl")
    for n, e in enumerate(entries, start=1):
        if e["seq"] != n:
            raise Failed(f"audit entry {n} is missing or out of order (found entry {e['seq']} in its place)")
        if e["prev_hash"] != prev:
            raise Failed(f"audit entry {n} does not link to entry {n - 1}")
        if entry_hash(prev, e) != e["hash"]:
            raise Failed(f"audit entry {n} was altered after it was written (its hash does not match its content)")
        prev = e["hash"]
    stated = pkg.json("verification.json").get("head")
    if stated != prev:
        raise Failed(f"verification.json states head {stated} but audit.jsonl ends at {prev}")
    if args.expect_head and args.expect_head not in pkg.chain_hashes():
        raise Failed(f"the expected head {args.expect_head} is not in the audit chain "
                     "(entries were removed or rewritten, or it belongs to another project)")
    return f"{len(entries)} entries linked, head {prev}"


def announced_keys(pkg: Package) -> dict[str, dict]:
    """Key id → the audit entry that announced it (`user.create` with `after.key`, or `user.key`)."""
    out = {}
    for e in pkg.json("audit.jsonl"):
        key = (e["after"] or {}).get("key") if e["action"] == "user.create" else e["after"]
        if e["action"] in ("user.create", "user.key") and key:
            out[key["key_id"]] = {"username": e["object_id"], "public_key": key["public_key"], "ts": e["ts"]}
    return out


def check_keys(pkg: Package, args) -> str:
    announced = announced_keys(pkg)
    for k in pkg.json("keys.json"):
        if k["key_id"] != "ed25519:" + sha256(bytes.fromhex(k["public_key"]))[:16]:
            raise Failed(f"key {k['key_id']} of {k['username']}: its id does not match its public key")
        a = announced.get(k["key_id"], {})
        if (a.get("username"), a.get("public_key")) != (k["username"], k["public_key"]):
            raise Failed(f"key {k['key_id']} of {k['username']} is not announced in the audit trail as it is")
    return f"{len(pkg.json('keys.json'))} public keys, each announced in the audit trail"


def check_signatures(pkg: Package, args) -> str:
    for s in pkg.json("signatures.json"):
        if manifest_hash(s["items"]) != s["manifest_hash"] or len(s["items"]) != s["item_count"]:
            raise Failed(f"signature {s['id']}: its items no longer match its manifest hash")
    return f"{len(pkg.json('signatures.json'))} e-signatures match their manifests"


def check_snapshots(pkg: Package, args) -> str:
    for s in pkg.json("snapshots.json"):
        mh = s["manifest_hash"]
        if manifest_hash(s["items"]) != mh or len(s["items"]) != s["item_count"]:
            raise Failed(f"snapshot {s['id']}: its items no longer match its manifest hash")
        use_case = ":" + s["use_case"] if s.get("use_case") else ""
        if s["id"] != f"{s['kind']}-{sha256(s['kind'] + mh + use_case)[:12]}":
            raise Failed(f"snapshot {s['id']}: its id does not derive from its manifest")
    return f"{len(pkg.json('snapshots.json'))} snapshots match their manifests and ids"


def check_decisions(pkg: Package, args) -> str:
    recorded = {(e["after"] or {}).get("decision_id") for e in pkg.json("audit.jsonl")
                if e["action"] == "eval.decision"}
    for d in pkg.json("decisions.json"):
        if sha256(json.loads(d["payload"])) != d["payload_hash"]:
            raise Failed(f"decision {d['id']}: its payload no longer matches its payload hash")
        if d["id"] not in recorded:
            raise Failed(f"decision {d['id']}: it is not in the audit trail")
    return f"{len(pkg.json('decisions.json'))} go/no-go decisions match their payload hashes and are in the trail"


def signing_payload(p: dict) -> bytes:
    fields = ("kind", "ref", "digest", "meaning", "signer", "signed_at", "audit_head")
    return canonical({k: p[k] for k in fields}).encode("utf-8")


def check_digital_signatures(pkg: Package, args) -> str:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    keys = {k["key_id"]: k for k in pkg.json("keys.json")}
    rows = {kind: {r["id"]: r for r in pkg.json(file)} for kind, (file, _) in SIGNED_ROWS.items()}
    heads = pkg.chain_hashes()
    proven = set()
    for p in pkg.json("digital_signatures.json"):
        name = f"{p['kind']} {p['ref']}"
        row, key = rows.get(p["kind"], {}).get(p["ref"]), keys.get(p["key_id"])
        if row is None:
            raise Failed(f"digital signature {p['id']} signs {name}, which is not in the package")
        signed = {"digest": row[SIGNED_ROWS[p["kind"]][1]], "meaning": row["meaning"], "signer": row["signer"],
                  "signed_at": row["signed_at"]}
        for field, value in signed.items():
            if p[field] != value:
                raise Failed(f"{name}: its {field.replace('_', ' ')} differs from what was digitally signed")
        if key is None or key["username"] != p["signer"]:
            raise Failed(f"{name}: signed with key {p['key_id']}, which is not a key of {p['signer']}")
        try:
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(key["public_key"])).verify(
                bytes.fromhex(p["signature"]), signing_payload(p))
        except (InvalidSignature, ValueError):
            raise Failed(f"{name}: the Ed25519 signature does not match what it claims to sign") from None
        if p["audit_head"] not in heads:
            raise Failed(f"{name}: the audit head it signed ({p['audit_head']}) is not in the chain: "
                         "the audit trail was rewritten")
        proven.add((p["kind"], p["ref"]))
    # Since digital signatures exist, every signature gets one: one without must be older
    # than the first key announced in the trail.
    first_key = min((a["ts"] for a in announced_keys(pkg).values()), default=None)
    unproven = [(kind, r) for kind, by_id in rows.items() for r in by_id.values() if (kind, r["id"]) not in proven]
    for kind, r in unproven:
        if first_key is not None and r["signed_at"] >= first_key:
            raise Failed(f"{kind} {r['id']}: it has no digital signature although it was made after the first key")
    return (f"{len(proven)} Ed25519 signatures valid, every signed audit head in the chain; "
            f"{len(unproven)} password-only e-signatures from before digital signatures")


def check_recorded_verification(pkg: Package, args) -> str:
    v = pkg.json("verification.json")
    if not v.get("ok"):
        raise Failed(f"the workbench's own verification failed when the package was made: {v.get('problem')}")
    return (f"the workbench's own verification passed when the package was made "
            f"({v.get('revisions', '?')} revision texts re-hashed)")


CHECKS = [("checksums", check_checksums), ("audit chain", check_chain), ("public keys", check_keys),
          ("e-signatures", check_signatures), ("snapshots", check_snapshots), ("decisions", check_decisions),
          ("digital signatures", check_digital_signatures), ("recorded verification", check_recorded_verification)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Verify an Apertus Workbench audit package (see FORMAT.md).")
    parser.add_argument("package", type=Path, help="audit-package.zip, or the folder it was unzipped to")
    parser.add_argument("--expect-head", help="a head hash published earlier: it must be in the audit chain")
    args = parser.parse_args(argv)
    try:
        import cryptography  # noqa: F401
    except ImportError:
        print("verify.py needs the 'cryptography' package: pip install cryptography", file=sys.stderr)
        return 2
    try:
        pkg = Package(args.package)
        failures = []
        for label, check in CHECKS:
            try:
                print(f"ok      {label}: {check(pkg, args)}")
            except (Failed, KeyError, TypeError, AttributeError, ValueError) as e:
                why = str(e) if isinstance(e, Failed) else f"a file is malformed ({type(e).__name__}: {e})"
                print(f"FAILED  {label}: {why}")
                failures.append(f"{label}: {why}")
    except Unreadable as e:
        print(f"UNREADABLE: {e}", file=sys.stderr)
        return 2
    print(f"NOT VERIFIED — first failure: {failures[0]}" if failures else "VERIFIED")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
