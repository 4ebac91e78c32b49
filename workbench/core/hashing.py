"""Canonical JSON and SHA-256: the one way the project turns content into a hash.

Signatures, snapshots and the audit chain all hash through here, so a hash computed by the
app, by an auditor's script or by a later version of the app agrees byte for byte.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_json(value: Any) -> str:
    """Sorted keys, no insignificant whitespace, UTF-8 kept as is (NFC is the importer's job)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def sha256_hex(value: Any) -> str:
    data = value if isinstance(value, bytes) else (
        value.encode("utf-8") if isinstance(value, str) else canonical_json(value).encode("utf-8"))
    return hashlib.sha256(data).hexdigest()


def manifest_hash(entries: list[tuple]) -> str:
    """Hash of an ordered list of (id, revision, content hash) tuples, order-independent."""
    return sha256_hex(sorted([list(e) for e in entries]))
