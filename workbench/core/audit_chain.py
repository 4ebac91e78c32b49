"""The hash chain of the audit trail, as pure functions.

Each entry's hash covers the previous entry's hash and the entry's own canonical content
(its sequence number included), so editing, deleting, inserting or reordering any entry
breaks every hash after it. Truncating the tail keeps the rest valid, which is why the head
hash is published (`workbench audit head`) and checked later with `--expect-head`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .hashing import sha256_hex

GENESIS = "0" * 64
FIELDS = ("seq", "ts", "actor", "action", "object_type", "object_id", "before", "after")


def entry_content(entry: dict) -> dict:
    """The part of an entry its hash covers (before/after are stored as canonical JSON text)."""
    return {k: entry.get(k) for k in FIELDS}


def entry_hash(prev_hash: str, entry: dict) -> str:
    return sha256_hex(prev_hash + "\n" + sha256_hex(entry_content(entry)))


@dataclass
class ChainReport:
    ok: bool
    entries: int
    head: str
    first_bad_seq: int | None = None
    problem: str = ""

    def as_dict(self) -> dict:
        return {"ok": self.ok, "entries": self.entries, "head": self.head,
                "first_bad_seq": self.first_bad_seq, "problem": self.problem}


def verify_entries(entries, expect_head: str | None = None) -> ChainReport:
    """Walk entries in stored order; report the first one that breaks the chain."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    seen_expected_head = expect_head is None
    for e in entries:
        count += 1
        seq = e["seq"]
        if seq != expected_seq:
            kind = "missing (deleted)" if seq > expected_seq else "out of order"
            return ChainReport(False, count, prev, seq,
                               f"entry {expected_seq} is {kind}: found entry {seq} after entry {expected_seq - 1}")
        if e["prev_hash"] != prev:
            return ChainReport(False, count, prev, seq,
                               f"entry {seq} does not link to entry {seq - 1} (inserted, removed or reordered)")
        if entry_hash(prev, e) != e["hash"]:
            return ChainReport(False, count, prev, seq,
                               f"entry {seq} was altered after it was written (its hash does not match its content)")
        prev = e["hash"]
        expected_seq += 1
        if not seen_expected_head and prev == expect_head:
            seen_expected_head = True
    if not seen_expected_head:
        return ChainReport(False, count, prev, None,
                           f"the recorded head {expect_head[:16]}… is not in the log: entries after it "
                           "were removed (truncation) or it belongs to another project")
    return ChainReport(True, count, prev)
