"""Signing keys: every e-signature is also an Ed25519 digital signature.

Each user gets a key pair when created (an account older than keys gets one at its next
signature: the password is at hand then). The private key is sealed with ChaCha20-Poly1305 under a key
derived from the password with Argon2id, so it is usable only while the signer types the
password; the public key is stored in `user_keys` (append-only) and announced in the audit
trail (`user.key`), so its history is part of the evidence.

A digital signature covers one canonical JSON payload: what was signed (a signature's
manifest hash, or a decision's payload hash), its meaning, the signer, the time, and the
audit head at that moment. Someone holding the database and the code can rewrite the audit
chain and recompute every hash, but cannot produce these signatures: a rewritten chain no
longer contains the signed heads, and a forged row has no valid signature.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ..core.errors import AuthenticationFailed
from ..core.hashing import canonical_json, sha256_hex
from ..core.roles import User
from . import audit
from .clock import utc_now

if TYPE_CHECKING:
    from .project import Project

# Argon2id parameters for sealing (RFC 9106's second recommended set, lighter on memory:
# sealing happens once per signature, on a laptop).
_KDF = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 1}


def _derive(password: str, salt: bytes, params: dict) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(password.encode("utf-8"), salt, hash_len=32, type=Type.ID, **params)


def seal(private_raw: bytes, password: str) -> dict:
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    salt, nonce = os.urandom(16), os.urandom(12)
    key = _derive(password, salt, _KDF)
    box = ChaCha20Poly1305(key).encrypt(nonce, private_raw, b"apertus-workbench signing key")
    return {"kdf": "argon2id", **_KDF, "salt": salt.hex(), "nonce": nonce.hex(), "box": box.hex()}


def unseal(sealed: dict, password: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    params = {k: sealed[k] for k in _KDF}
    key = _derive(password, bytes.fromhex(sealed["salt"]), params)
    try:
        return ChaCha20Poly1305(key).decrypt(bytes.fromhex(sealed["nonce"]), bytes.fromhex(sealed["box"]),
                                             b"apertus-workbench signing key")
    except InvalidTag:
        raise AuthenticationFailed("the signing key does not open with this password") from None


def create_key(project: "Project", username: str, password: str, *, announce: bool = True) -> dict:
    """A new key pair for the user (inside the caller's transaction); returns the key id,
    algorithm and public key, which the audit trail records: in a `user.key` entry, or, with
    announce=False, in the caller's own entry (`user.create`)."""
    import json

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    key_id = "ed25519:" + sha256_hex(bytes.fromhex(public))[:16]
    project.conn.execute(
        "INSERT INTO user_keys (key_id, username, public_key, sealed_private, created_at) VALUES (?, ?, ?, ?, ?)",
        (key_id, username, public, json.dumps(seal(raw, password)), utc_now()))
    announced = {"key_id": key_id, "algorithm": "Ed25519", "public_key": public}
    if announce:
        audit.append(project, actor=username, action="user.key", object_type="user", object_id=username,
                     after=announced)
    return announced


def current_key(project: "Project", username: str) -> dict | None:
    row = project.conn.execute(
        "SELECT key_id, public_key, sealed_private FROM user_keys WHERE username = ? ORDER BY rowid DESC LIMIT 1",
        (username,)).fetchone()
    return None if row is None else {"key_id": row[0], "public_key": row[1], "sealed_private": row[2]}


def public_keys(project: "Project") -> dict[str, dict]:
    """key id → username and public key (hex), for verification."""
    return {r[0]: {"username": r[1], "public_key": r[2]} for r in project.conn.execute(
        "SELECT key_id, username, public_key FROM user_keys ORDER BY rowid")}


def signing_payload(*, kind: str, ref: int, digest: str, meaning: str, signer: str, signed_at: str,
                    audit_head: str) -> bytes:
    """The exact bytes an Ed25519 signature covers (documented in the audit package's FORMAT.md)."""
    return canonical_json({"kind": kind, "ref": ref, "digest": digest, "meaning": meaning, "signer": signer,
                           "signed_at": signed_at, "audit_head": audit_head}).encode("utf-8")


def sign(project: "Project", signer: User, password: str, *, kind: str, ref: int, digest: str,
         meaning: str, signed_at: str) -> dict:
    """Digitally sign one e-signature or decision (inside its transaction) and store the proof."""
    import json

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    assert project.conn.in_transaction
    key = current_key(project, signer.username)
    if key is None:
        create_key(project, signer.username, password)
        key = current_key(project, signer.username)
    private = Ed25519PrivateKey.from_private_bytes(unseal(json.loads(key["sealed_private"]), password))
    head = audit.head(project)[1]
    payload = signing_payload(kind=kind, ref=ref, digest=digest, meaning=meaning, signer=signer.username,
                              signed_at=signed_at, audit_head=head)
    signature = private.sign(payload).hex()
    project.conn.execute(
        "INSERT INTO digital_signatures (kind, ref, key_id, signer, signed_at, digest, meaning, audit_head, "
        "signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (kind, ref, key["key_id"], signer.username, signed_at, digest, meaning, head, signature))
    return {"key_id": key["key_id"], "audit_head": head, "signature": signature}


def verify_proof(proof: dict, keys: dict[str, dict]) -> str | None:
    """None when the proof's signature is valid for its key and signer; otherwise why not."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    key = keys.get(proof["key_id"])
    if key is None:
        return f"unknown key {proof['key_id']}"
    if key["username"] != proof["signer"]:
        return f"key {proof['key_id']} belongs to {key['username']}, not {proof['signer']}"
    payload = signing_payload(kind=proof["kind"], ref=proof["ref"], digest=proof["digest"],
                              meaning=proof["meaning"], signer=proof["signer"], signed_at=proof["signed_at"],
                              audit_head=proof["audit_head"])
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(key["public_key"])).verify(
            bytes.fromhex(proof["signature"]), payload)
    except (InvalidSignature, ValueError):
        return "the digital signature does not match what it claims to sign"
    return None
