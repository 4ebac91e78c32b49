"""The promise to a bank or a canton, tested end to end: personal data reaches no log, no
export, no model artefact and no file, on every path by which text enters the project.

40 distinct Swiss identifiers and names (checksum-valid AHV numbers, IBANs and UIDs, phone
numbers, e-mail addresses, names, addresses) are planted through every way text gets in:
an import of many items, an import of one, a command-line edit, an edit in the window, an
edit undone in the window, and two items a hurried reviewer waves through (one corrected
after its sign-off, one after a model was trained on it). Every item is then walked to a
training export, two training runs, an evaluation, a report, an audit package and a
hand-off. Then every file under the project folder and every output is searched (the
database table by table, the revisions table excepted: it is where the originals live),
and none of the 40 may be found. After `erase-originals` not even the revisions table holds
them, and the audit chain, every signature and every snapshot still verify.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, sign_in_cli
from tests.gui.conftest import settle, sign_in
from workbench.deid import checksums
from workbench.deid import review
from workbench.deid.pipeline import run_deid
from workbench.store import items, signoff, snapshots
from workbench.store.users import get_user

pytestmark = pytest.mark.slow


def _ahv(n: int) -> str:
    first12 = f"756{n:09d}"
    d = first12 + str(checksums.ean13_check_digit(first12))
    return f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}"


def _iban(n: int) -> str:
    bban = f"00762{n:012d}"
    raw = "CH" + checksums.iban_check_digits("CH", bban) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _uid(n: int) -> str:
    while checksums.uid_check_digit(f"{n:08d}") is None:
        n += 1
    d = f"{n:08d}{checksums.uid_check_digit(f'{n:08d}')}"
    return f"CHE-{d[:3]}.{d[3:6]}.{d[6:]}"


AHV = [_ahv(n) for n in (123456789, 234567891, 345678912, 456789123, 567891234, 678912345)]
IBAN = [_iban(n) for n in (116238529, 220198455, 331477201, 442019873, 553310982, 664512703)]
UID = [_uid(n) for n in (11640787, 23457812, 34561290, 45672301, 56783412)]
PHONE = ["+41 79 512 38 04", "+41 33 225 47 90", "+41 44 318 62 11", "+41 76 204 91 55", "+41 21 617 80 42",
         "+41 91 923 14 68"]
EMAIL = ["beatrice.zuercher@bluewin.ch", "m.favre@gmx.ch", "luca.bernasconi@ticino.com", "r.imhof@sunrise.ch",
         "anna-lena.gerber@hispeed.ch", "jonas.caduff@rumantsch.ch"]
NAME = ["Beatrice Zürcher", "Mathieu Favre", "Luca Bernasconi", "Regula Imhof", "Anna-Lena Gerber",
        "Jonas Caduff"]
ADDRESS = ["Bahnhofstrasse 12, 8001 Zürich", "Rue du Lac 7, 1007 Lausanne", "Via Nassa 21, 6900 Lugano",
           "Marktgasse 3, 3011 Bern", "Spalenberg 40, 4051 Basel"]
PLANTED = AHV + IBAN + UID + PHONE + EMAIL + NAME + ADDRESS
ENTITY = {**dict.fromkeys(AHV, "CH_AHV"), **dict.fromkeys(IBAN, "IBAN_CODE"), **dict.fromkeys(UID, "CH_UID"),
          **dict.fromkeys(PHONE, "PHONE_NUMBER"), **dict.fromkeys(EMAIL, "EMAIL_ADDRESS"),
          **dict.fromkeys(NAME, "PERSON"), **dict.fromkeys(ADDRESS, "CH_ADDRESS")}
assert len(set(PLANTED)) == 40
assert all(checksums.is_valid_ahv(v) for v in AHV) and all(checksums.is_valid_iban(v) for v in IBAN)
assert all(checksums.is_valid_uid(v) for v in UID)

LONG_RATIONALE = ("test of the personal-data guarantee: the tiny random model is handed off to check "
                  "what the hand-off folder contains, not whether it is good")


def _many_rows() -> tuple[list[dict], list[dict]]:
    """12 pairs and 4 hold-out items carrying 24 identifiers, plus clean pairs to train on."""
    values = iter(AHV[:4] + IBAN[:4] + UID[:3] + PHONE[:3] + EMAIL[:3] + NAME[:3] + ADDRESS[:2] + [UID[3], PHONE[3]])
    pairs = []
    for n in range(12):
        a, b = next(values), next(values) if n < 12 else ""
        pairs.append({"prompt": f"Anfrage {n}: bitte Angaben prüfen, Referenz {a}.",
                      "response": f"Wir haben die Angaben zu {b} geprüft und melden uns.", "locale": "de-CH"})
    pairs += [{"prompt": f"Wie lange dauert die Kündigungsfrist für Konto Nummer {n}?",
               "response": "Drei Monate, schriftlich, auf Ende eines Monats.", "locale": "de-CH"} for n in range(6)]
    holdout = [{"prompt": f"Frage {n}: Kundin {NAME[3 + n % 2]} fragt nach dem Saldo.",
                "reference": "Der Saldo ist im Kundenportal ersichtlich.", "locale": "de-CH"} for n in range(2)]
    holdout += [{"prompt": f"Frage {n}: Bitte Konto {IBAN[4 + n - 2]} sperren.",
                 "reference": "Die Karte wird sofort gesperrt.", "locale": "de-CH"} for n in range(2, 4)]
    return pairs, holdout


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _found_in(blob: str) -> set[str]:
    return {v for v in PLANTED if v in blob}


def _search_files(folder: Path, *, skip_db: bool) -> dict[str, set[str]]:
    """Planted values found in any file under `folder` (zip members too). With `skip_db` the
    project database is searched table by table by `_search_db` instead."""
    hits: dict[str, set[str]] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if skip_db and path.name.startswith("workbench.sqlite"):
            continue
        data = path.read_bytes()
        blobs = [data.decode("utf-8", errors="ignore")]
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as z:
                blobs += [z.read(n).decode("utf-8", errors="ignore") for n in z.namelist()]
        found = set().union(*(_found_in(b) for b in blobs))
        if found:
            hits[str(path)] = found
    return hits


def _search_db(db: Path) -> dict[str, set[str]]:
    """Every table but the revisions (and their full-text index), value by value."""
    hits: dict[str, set[str]] = {}
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            if table == "revisions" or table.startswith("revisions_fts"):
                continue
            blob = "\n".join(str(v) for row in conn.execute(f'SELECT * FROM "{table}"') for v in row)
            if _found_in(blob):
                hits[table] = _found_in(blob)
    finally:
        conn.close()
    return hits


def _left_in_revisions(project) -> dict[tuple[int, int], dict]:
    """Revisions that still hold a planted value, with what the store knows of them (so that a
    failure says which revision survived the erasure, and why it was kept)."""
    out = {}
    for row in project.conn.execute("SELECT item_id, rev, origin, prompt, response, system, erased_at FROM revisions"):
        found = _found_in(" ".join(str(v) for v in row[3:6]))
        if found:
            out[(row[0], row[1])] = {
                "values": found, "origin": row[2], "erased_at": row[6],
                "analyses": project.conn.execute("SELECT findings, analysed_by FROM deid_analyses WHERE item_id = ? "
                                                 "AND rev = ?", row[:2]).fetchall(),
                "findings": project.conn.execute("SELECT entity, decision FROM findings WHERE item_id = ? AND rev = ?",
                                                 row[:2]).fetchall()}
    return out


def _holding_the_file_open(project) -> str:
    """Who in this process still has the project's database open (for a failure message)."""
    import threading

    from workbench.store import project as project_module

    return (f"{project_module._OPEN[project.path.resolve()]} connection(s) open in this process; threads: "
            f"{sorted(t.name for t in threading.enumerate())}")


def _current_values(project, item_id: int) -> set[str]:
    item = items.get_item(project, item_id)
    return _found_in(" ".join([item["prompt"], item["response"], item["system"]]))


def _mark_every_planted_value(project, item_id: int, actor) -> None:
    """The diligent reviewer: marks each planted value still in the item as missed."""
    for value in sorted(_current_values(project, item_id), key=len, reverse=True):
        item = items.get_item(project, item_id)
        for field in ("prompt", "response", "system"):
            start = item[field].find(value)
            if start >= 0:
                review.mark_missed(project, item_id, field, start, start + len(value), ENTITY[value], actor=actor)
                break


def _review_everything(project, ids, reviewer, *, wave_through=()) -> None:
    """Accept what the detector found, mark what it missed; the hurried reviewer rejects every
    finding on the items in `wave_through` instead."""
    run_deid(project, actor=reviewer, item_ids=ids, processes=1)
    for _ in range(3):
        pending = review.list_findings(project, item_ids=ids, decision="pending", with_text=False)
        for decision, chosen in (("rejected", [f["id"] for f in pending if f["item_id"] in wave_through]),
                                 ("accepted", [f["id"] for f in pending if f["item_id"] not in wave_through])):
            if chosen:
                review.decide(project, chosen, decision, actor=reviewer)
        for item_id in ids:
            if item_id not in wave_through and items.get_item(project, item_id)["status"] == "draft":
                _mark_every_planted_value(project, item_id, reviewer)
        review.apply_reviewed(project, actor=reviewer, item_ids=ids)
        run_deid(project, actor=reviewer, item_ids=ids, processes=1)
    for item_id in ids:
        if item_id not in wave_through and _current_values(project, item_id):
            _mark_every_planted_value(project, item_id, reviewer)   # on a de-identified revision
    assert {items.get_item(project, i)["status"] for i in ids} == {"deidentified"}


def _sign(project, ids, owner="anna"):
    signoff.sign_off(project, signoff.on_screen(project, ids), username=owner, password=PASSWORD)


def _train(project, tiny_model_dir, erik):
    from workbench.train import runner, worker
    from workbench.train.spec import JobSpec

    spec = JobSpec(base_model=str(tiny_model_dir), method="lora", max_steps=4, batch_size=4, learning_rate=2e-2,
                   checkpoint_every=4, seed=1)
    run = runner.launch_run(project, spec, erik, launcher="manual")
    worker.main([run["run_dir"]])
    run = runner.get_run(project, run["id"])
    assert run["status"] == "completed", run["error"]
    return run


def test_forty_identifiers_reach_no_file_and_are_erasable(qtbot, window, project, tiny_model_dir, tmp_path):
    from workbench.cli import main
    from workbench.evaluate.decision import decide
    from workbench.evaluate.evaluator import evaluate
    from workbench.evaluate.report import write_audit_package, write_report
    from workbench.handoff.export import export_handoff
    from workbench.store.erasure import erase_originals
    from workbench.store.evidence import verify_evidence
    from workbench.store.exports import export_snapshot
    from workbench.store.imports import import_file
    from workbench.store.users import create_user
    from workbench.train.runner import get_run

    admin, max_, erik = (get_user(project, u) for u in ("admin", "max", "erik"))
    create_user(project, "anna", PASSWORD, display_name="Anna Meier", roles=["domain_owner:de-CH"], actor=admin)
    out = tmp_path / "outputs"
    out.mkdir()

    # -- 1. planted on every path -------------------------------------------------------
    pairs, holdout = _many_rows()
    many = import_file(project, _write_jsonl(tmp_path / "many.jsonl", pairs), kind="pairs", actor=max_).item_ids
    held = import_file(project, _write_jsonl(tmp_path / "hold.jsonl", holdout), kind="holdout", actor=max_).item_ids
    [single] = import_file(project, _write_jsonl(tmp_path / "one.jsonl", [
        {"prompt": f"Neue Kundin: {EMAIL[3]}", "response": f"Rückruf an {PHONE[4]} ist vorgemerkt.",
         "locale": "de-CH"}]), kind="pairs", actor=max_).item_ids
    sign_in_cli(project.root, "max")
    assert main(["--project", str(project.root), "items", "edit", str(many[12]),
                 "--response", f"Der Vertrag von {NAME[5]} (AHV {AHV[4]}) ist verlängert."]) == 0
    sign_in(qtbot, window, "max")
    window.show_view("editor", item_id=many[13])
    editor = window.views["editor"]
    settle(qtbot, window, timeout=60_000)
    editor.panes["response"].edit.setPlainText(f"Bitte {EMAIL[4]} und {ADDRESS[2]} anschreiben.")
    assert editor.save()
    window.show_view("editor", item_id=many[14])
    settle(qtbot, window, timeout=60_000)
    editor.panes["response"].edit.setPlainText(f"Zahlung an {IBAN[5]} von {UID[4]}.")   # then undone
    assert editor.save()
    window.ctx.undo.undo()
    settle(qtbot, window, timeout=60_000)
    assert not _current_values(project, many[14])
    hurried, later = many[15], many[16]   # waved through: corrected after sign-off, after a run
    for item_id, (a, b) in ((hurried, (NAME[0], ADDRESS[3])), (later, (PHONE[5], ADDRESS[4]))):
        items.edit_item(project, item_id, actor=max_, prompt=f"Meldung von {a}, wohnhaft {b}.")
    [spare] = items.add_items(project, [items.content_of({**items.get_item(project, many[17]),
                                                          "prompt": f"Kontakt {EMAIL[5]}, AHV {AHV[5]}"})],
                              actor=max_)
    window.session.close_project()   # the rest happens as other people, elsewhere
    planted_somewhere = _found_in(json.dumps([items.revisions(project, i) for i in [*many, *held, single, spare]],
                                             ensure_ascii=False))
    assert planted_somewhere == set(PLANTED)

    # -- 2. de-identified, signed, trained, corrected, trained again -----------------------
    all_pairs = [*many, single, spare]
    _review_everything(project, [*all_pairs, *held], max_, wave_through=(hurried, later))
    _sign(project, all_pairs)
    _sign(project, held)
    snapshots.create_snapshot(project, kind="holdout", name="hold-out v1", actor=get_user(project, "anna"),
                              password=PASSWORD)
    first = snapshots.create_snapshot(project, kind="pairs", name="train v1", actor=erik)
    _mark_every_planted_value(project, hurried, max_)          # a correction after sign-off
    assert snapshots.supersession(project, first["id"])["items"] == [hurried]
    _sign(project, [hurried])
    snapshots.create_snapshot(project, kind="pairs", name="train v2", actor=erik)
    run1 = _train(project, tiny_model_dir, erik)
    _mark_every_planted_value(project, later, max_)            # a correction after a run
    assert items.get_item(project, later)["status"] == "deidentified"
    assert get_run(project, run1["id"])["superseded"] == [run1["train_snapshot"]]   # flagged
    _sign(project, [later])
    train = snapshots.create_snapshot(project, kind="pairs", name="train v3", actor=erik)
    run2 = _train(project, tiny_model_dir, erik)
    assert run2["train_snapshot"] == train["id"]

    # -- 3. every output ----------------------------------------------------------------
    export_snapshot(project, out / "export", fmt="chat-jsonl", actor=erik)
    evaluate(project, run2["id"], checkpoint=4, actor=erik, n_bootstrap=20,
             decoding={"max_new_tokens": 8, "batch_size": 4})
    write_report(project, run2["id"], out / "report.html", actor=erik)
    write_audit_package(project, out / "audit.zip", actor=get_user(project, "cora"))
    decide(project, run2["id"], username="anna", password=PASSWORD, decision="go", checkpoint="step-000004",
           rationale=LONG_RATIONALE)
    export_handoff(project, run2["id"], out=out / "handoff", checkpoint=4, actor=erik)

    leaks = {**_search_files(project.root, skip_db=True), **_search_files(out, skip_db=False),
             **_search_db(project.root / "workbench.sqlite")}
    assert leaks == {}, leaks
    assert not _search_files(Path(tmp_path), skip_db=True).keys() - {str(tmp_path / n) for n in
                                                                      ("many.jsonl", "hold.jsonl", "one.jsonl")}

    # -- 4. erased, and the evidence still holds -----------------------------------------
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _search_files(project.root, skip_db=False)   # the originals are in the revisions table
    done = erase_originals(project, username="admin", password=PASSWORD, before="2999-01-01")
    assert done["revisions"] > 0
    assert done["purged"], f"the file was not compacted: {_holding_the_file_open(project)}"
    assert _left_in_revisions(project) == {}
    assert _search_files(project.root, skip_db=False) == {}
    report = verify_evidence(project)
    assert report.ok, report.problems
    assert report.erased == done["revisions"] and report.erased_unrecomputable == 0
    assert all(snapshots.verify_snapshot(project, s["id"]) for s in snapshots.list_snapshots(project))
    assert [i["id"] for i in snapshots.snapshot_items(project, train["id"])] == sorted(all_pairs)
