"""Erasing original texts on a data-protection request keeps every piece of evidence verifiable.

The attacks: an erasure that leaves the text somewhere in the file, one that breaks the audit
chain, a signature or a snapshot, one done by someone without the right, and one that erases
the de-identified text that was signed and trained on.
"""

from __future__ import annotations

import io
import json

import pytest

from tests.conftest import PASSWORD, deidentify, sign_in_cli
from workbench.cli import main
from workbench.core.errors import PermissionDenied, ValidationError
from workbench.core.items import ItemContent
from workbench.deid import review
from workbench.store import items, signoff, snapshots
from workbench.store.erasure import erasable, erase_originals
from workbench.store.evidence import verify_evidence
from workbench.store.users import get_user

NAME, IBAN = "Lucie Delacrétaz", "CH93 0076 2011 6238 5295 7"


def _signed_item_with_an_erasable_original(project):
    """An import holding a name and an IBAN, anonymized, signed and in a training snapshot."""
    max_ = get_user(project, "max")
    [item_id] = items.add_items(project, [ItemContent.create(
        kind="pair", locale="fr-CH", prompt=f"Je suis {NAME}, mon IBAN est {IBAN}.",
        response="Merci, nous avons bien noté vos coordonnées.")], actor=max_)
    from workbench.deid.pipeline import run_deid

    run_deid(project, actor=max_, item_ids=[item_id], processes=1)
    pending = review.list_findings(project, item_ids=[item_id], decision="pending", with_text=False)
    review.decide(project, [f["id"] for f in pending], "accepted", actor=max_)
    review.apply_reviewed(project, actor=max_)
    signoff.sign_off(project, signoff.on_screen(project, [item_id]), username="claire", password=PASSWORD)
    snap = snapshots.create_snapshot(project, kind="pairs", name="train v1", actor=get_user(project, "erik"))
    return item_id, snap


def _db_bytes(project) -> bytes:
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return b"".join(p.read_bytes() for p in project.root.glob("workbench.sqlite*"))


def test_erasure_blanks_the_originals_and_everything_still_verifies(project):
    item_id, snap = _signed_item_with_an_erasable_original(project)
    signed_rev = items.get_item(project, item_id)["rev"]
    assert NAME.encode() in _db_bytes(project)
    assert [(i, r) for i, r, _ in erasable(project, item_ids=[item_id])] == [(item_id, 1)]

    done = erase_originals(project, username="admin", password=PASSWORD, item_ids=[item_id])
    assert done["revisions"] == 1 and done["rejected"] == [] and done["purged"]
    first, current = items.revisions(project, item_id)[0], items.get_item(project, item_id)
    assert first["prompt"] == "" and current["rev"] == signed_rev and NAME not in current["prompt"]
    assert NAME.encode() not in _db_bytes(project) and b"6238 5295" not in _db_bytes(project)
    report = verify_evidence(project)
    assert report.ok, report.problems
    assert report.erased == 1
    assert snapshots.verify_snapshot(project, snap["id"])
    assert [i["id"] for i in snapshots.snapshot_items(project, snap["id"])] == [item_id]
    assert items.count_items(project, search="Delacrétaz") == 0   # gone from the search index too


def test_an_erased_text_that_is_altered_afterwards_is_still_caught(project):
    item_id, _ = _signed_item_with_an_erasable_original(project)
    erase_originals(project, username="admin", password=PASSWORD, item_ids=[item_id])
    with project.conn:   # an insider swaps the kept field hash of the erased revision
        project.conn.execute("DROP TRIGGER revisions_no_update")
        project.conn.execute("UPDATE revisions SET field_hashes = json_set(field_hashes, '$.prompt', ?) "
                             "WHERE item_id = ? AND rev = 1", ("0" * 64, item_id))
    assert "field hashes no longer match" in verify_evidence(project).problems[0]


def test_only_an_admin_erases_and_only_what_is_not_deidentified(project):
    item_id, _ = _signed_item_with_an_erasable_original(project)
    with pytest.raises(PermissionDenied):
        erase_originals(project, username="claire", password=PASSWORD, item_ids=[item_id])
    done = erase_originals(project, username="admin", password=PASSWORD, item_ids=[item_id])
    assert done["revisions"] == 1
    with pytest.raises(ValidationError, match="nothing to erase"):   # the signed text stays
        erase_originals(project, username="admin", password=PASSWORD, item_ids=[item_id])
    clean = deidentify(project, items.add_items(project, [ItemContent.create(
        kind="pair", locale="fr-CH", prompt="Quel est le délai de résiliation ?",
        response="Trois mois.")], actor=get_user(project, "max")))
    assert erasable(project, item_ids=clean) == []


def test_a_draft_whose_original_is_erased_is_rejected(project):
    [item_id] = items.add_items(project, [ItemContent.create(
        kind="pair", locale="fr-CH", prompt=f"Rappeler {NAME}", response="D'accord.")], actor=get_user(project, "max"))
    done = erase_originals(project, username="admin", password=PASSWORD, before="2999-12-31")
    assert done["rejected"] == [item_id]
    assert items.get_item(project, item_id)["status"] == "rejected"


def test_command_line_erasure_is_signed_and_bad_input_changes_nothing(project, capsys, monkeypatch):
    item_id, _ = _signed_item_with_an_erasable_original(project)
    root = str(project.root)
    sign_in_cli(project.root, "admin")
    for bad in (["erase-originals"], ["erase-originals", "--before", "last week"],
                ["erase-originals", "--item", "999"]):
        assert main(["--project", root, *bad, "--yes", "--password-stdin"]) == 2
        assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert items.revisions(project, item_id)[0]["prompt"].startswith("Je suis")
    assert main(["--project", root, "erase-originals", "--item", str(item_id), "--dry-run"]) == 0
    assert "1 original revision(s) of 1 item(s)" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--project", root, "erase-originals", "--item", str(item_id), "--yes", "--password-stdin",
                 "--json"]) == 0
    done = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert done["revisions"] == 1 and done["subject_type"] == "erasure"
    assert items.revisions(project, item_id)[0]["prompt"] == ""


def test_a_return_comment_naming_the_person_is_erased_with_the_item(project):
    from workbench.store import returns

    [item_id] = deidentify(project, items.add_items(project, [ItemContent.create(
        kind="pair", locale="fr-CH", prompt="Quel est le délai de résiliation ?", response="Trois mois.")],
        actor=get_user(project, "max")))
    returns.return_to_annotator(project, item_id, actor=get_user(project, "claire"),
                                comment=f"Ce cas vient de {NAME}: reformulez sans son nom.")
    items.edit_item(project, item_id, actor=get_user(project, "max"), prompt=f"{NAME}: délai de résiliation ?")
    done = erase_originals(project, username="admin", password=PASSWORD, item_ids=[item_id])
    assert done["comments"] == 1
    assert returns.comments(project, item_id)[0]["comment"] == ""
    assert NAME.encode() not in _db_bytes(project)


def test_an_erasure_does_not_claim_a_purge_another_program_holds_back(project):
    """Another program reading the project keeps the old pages in the file: the erasure says so
    (purged false, and the window and the command line tell the user) instead of claiming them gone."""
    import sqlite3

    item_id, _ = _signed_item_with_an_erasable_original(project)
    reader = sqlite3.connect(project.path)   # e.g. a DB browser left open on the file
    held = reader.execute("SELECT prompt FROM revisions")
    held.fetchone()                           # its read transaction stays open
    project.conn.execute("PRAGMA busy_timeout = 200")
    try:
        done = erase_originals(project, username="admin", password=PASSWORD, item_ids=[item_id])
        assert done["revisions"] == 1 and done["purged"] is False
    finally:
        held.close()
        reader.close()
    assert items.revisions(project, item_id)[0]["prompt"] == ""   # the erasure itself happened


def test_an_edit_analysed_and_overwritten_before_review_is_erased(project):
    """The editor's detector found an IBAN in a saved edit; the annotator undid the edit before
    anyone reviewed the findings, which are then superseded. That revision still holds the
    IBAN: an erasure must blank it, not keep it as if it were de-identified text."""
    from workbench.deid.pipeline import run_deid

    max_ = get_user(project, "max")
    [item_id] = items.add_items(project, [ItemContent.create(
        kind="pair", locale="de-CH", prompt="Wie lange dauert die Kündigungsfrist?",
        response="Drei Monate, schriftlich.")], actor=max_)
    items.edit_item(project, item_id, actor=max_, response=f"Zahlung an {IBAN}.")    # the edit, rev 2
    run_deid(project, actor=max_, item_ids=[item_id], processes=1)                   # analysed: found
    assert {f["decision"] for f in review.list_findings(project, item_ids=[item_id], with_text=False)} == {"pending"}
    items.edit_item(project, item_id, actor=max_, response="Drei Monate, schriftlich.")   # undone, rev 3
    run_deid(project, actor=max_, item_ids=[item_id], processes=1)                   # rev 2's findings superseded
    assert {f["decision"] for f in review.list_findings(project, item_ids=[item_id], current_only=False,
                                                        with_text=False) if f["rev"] == 2} == {"superseded"}

    assert (item_id, 2) in [(i, r) for i, r, _ in erasable(project, item_ids=[item_id])]
    erase_originals(project, username="admin", password=PASSWORD, item_ids=[item_id])
    assert IBAN.encode() not in _db_bytes(project) and b"6238 5295" not in _db_bytes(project)
