"""The audit trail is append-only and tamper-evident: every kind of tampering is caught."""

import pytest

from tests.store.helpers import add
from workbench.core.audit_chain import GENESIS, entry_hash
from workbench.store import audit


@pytest.fixture
def logged(project):
    for i in range(4):
        add(project, 1, start=i)
    report = audit.verify_chain(project)
    assert report.ok and report.entries >= 10
    return project


def _bypass_triggers(p):
    p.conn.execute("DROP TRIGGER audit_no_update")
    p.conn.execute("DROP TRIGGER audit_no_delete")


def test_triggers_refuse_update_and_delete(logged):
    with pytest.raises(Exception, match="append-only"):
        logged.conn.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 3")
    with pytest.raises(Exception, match="append-only"):
        logged.conn.execute("DELETE FROM audit WHERE seq = 3")


def test_edited_entry_is_named(logged):
    _bypass_triggers(logged)
    logged.conn.execute("UPDATE audit SET after = '{\"count\":999}' WHERE seq = 5")
    report = audit.verify_chain(logged)
    assert not report.ok and report.first_bad_seq == 5 and "altered" in report.problem


def test_deleted_entry_is_named(logged):
    _bypass_triggers(logged)
    logged.conn.execute("DELETE FROM audit WHERE seq = 4")
    report = audit.verify_chain(logged)
    assert not report.ok and report.first_bad_seq == 5 and "missing" in report.problem


def test_inserted_entry_is_caught_even_with_a_valid_looking_hash(logged):
    _bypass_triggers(logged)
    # Shift the tail up by one and forge an entry at seq 4 that hashes correctly over its
    # own predecessor: the entry after it no longer links.
    n = logged.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    for seq in range(n, 3, -1):
        logged.conn.execute("UPDATE audit SET seq = seq + 1 WHERE seq = ?", (seq,))
    prev = logged.conn.execute("SELECT hash FROM audit WHERE seq = 3").fetchone()[0]
    forged = {"seq": 4, "ts": "2026-01-01T00:00:00Z", "actor": "mallory", "action": "items.add",
              "object_type": "items", "object_id": "x", "before": None, "after": None}
    logged.conn.execute(
        "INSERT INTO audit (seq, ts, actor, action, object_type, object_id, before, after, prev_hash, hash) "
        "VALUES (:seq, :ts, :actor, :action, :object_type, :object_id, :before, :after, :prev, :hash)",
        {**forged, "prev": prev, "hash": entry_hash(prev, forged)})
    report = audit.verify_chain(logged)
    assert not report.ok and report.first_bad_seq == 5


def test_reordered_entries_are_caught(logged):
    _bypass_triggers(logged)
    logged.conn.execute("UPDATE audit SET seq = -1 WHERE seq = 3")
    logged.conn.execute("UPDATE audit SET seq = 3 WHERE seq = 4")
    logged.conn.execute("UPDATE audit SET seq = 4 WHERE seq = -1")
    report = audit.verify_chain(logged)
    assert not report.ok and report.first_bad_seq == 3


def test_truncation_is_caught_against_a_recorded_head(logged):
    _seq, recorded = audit.head(logged)
    add(logged, 1, start=99)
    assert audit.verify_chain(logged, expect_head=recorded).ok  # the log may grow
    _bypass_triggers(logged)
    n = logged.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    logged.conn.execute("DELETE FROM audit WHERE seq >= ?", (n - 1,))
    assert audit.verify_chain(logged).ok  # a cut tail alone looks intact…
    report = audit.verify_chain(logged, expect_head=recorded)
    assert not report.ok and "truncation" in report.problem  # …but not against the recorded head


def test_genesis_and_entry_hash_are_stable():
    e = {"seq": 1, "ts": "t", "actor": "a", "action": "x", "object_type": "o", "object_id": "1",
         "before": None, "after": '{"k":1}'}
    assert entry_hash(GENESIS, e) == entry_hash(GENESIS, dict(e))
    assert entry_hash(GENESIS, e) != entry_hash(GENESIS, {**e, "seq": 2})
