"""Attacks on the use-case scope: nobody trains a use case whose scope its owners have not all
signed, nobody but an owner signs it, a signature covers exactly the version that was shown,
a change needs every signature again, and a rewritten scope is detected."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import PASSWORD
from tests.usecases.conftest import BACK_OFFICE, add_signed, create_scopes
from workbench.core.errors import NotFound, PermissionDenied, StateError, ValidationError


def test_a_scope_is_in_force_only_once_every_owner_signed(project):
    from workbench.store.usecases import get_use_case, require_in_force, sign_scope

    create_scopes(project, sign=False)
    with pytest.raises(StateError, match="claire, giulia still to sign"):
        require_in_force(project, "back-office")
    sign_scope(project, "back-office", username="claire", password=PASSWORD)
    with pytest.raises(StateError, match="giulia still to sign"):
        require_in_force(project, "back-office")
    sign_scope(project, "back-office", username="giulia", password=PASSWORD)
    uc = require_in_force(project, "back-office")
    assert uc["in_force"] and uc["signed_by"] == ["claire", "giulia"]
    assert get_use_case(project, "contracts")["in_force"] is False


def test_only_an_owner_signs_and_only_once_and_only_with_the_password(project):
    from workbench.core.errors import AuthenticationFailed
    from workbench.store.usecases import sign_scope

    create_scopes(project, sign=False)
    with pytest.raises(PermissionDenied, match="not an owner of use case 'contracts'"):
        sign_scope(project, "contracts", username="giulia", password=PASSWORD)
    with pytest.raises(AuthenticationFailed):
        sign_scope(project, "contracts", username="claire", password="wrong-password")
    sign_scope(project, "contracts", username="claire", password=PASSWORD)
    with pytest.raises(StateError, match="signed scope v1 of 'contracts' already"):
        sign_scope(project, "contracts", username="claire", password=PASSWORD)


def test_a_signature_covers_the_version_shown_and_a_change_needs_every_signature_again(project):
    from workbench.store.usecases import change_scope, get_use_case, scope_statement, sign_scope
    from workbench.store.users import get_user

    create_scopes(project)
    shown = scope_statement(project, "contracts")
    with pytest.raises(ValidationError, match="say why"):
        change_scope(project, "contracts", actor=get_user(project, "admin"), reason="",
                     data_classes=["company", "tax"])
    change_scope(project, "contracts", actor=get_user(project, "admin"), reason="tax clauses are in scope now",
                 data_classes=["company", "tax"])
    uc = get_use_case(project, "contracts")
    assert (uc["version"], uc["in_force"], uc["force_version"]) == (2, False, 1)
    # Claire looked at v1 and signs: refused, v2 is what is being approved now.
    with pytest.raises(StateError, match="changed since you looked"):
        sign_scope(project, "contracts", username="claire", password=PASSWORD, version=1)
    with pytest.raises(ValidationError, match="the meaning of this signature is"):
        sign_scope(project, "contracts", username="claire", password=PASSWORD, meaning=shown)
    sign_scope(project, "contracts", username="claire", password=PASSWORD, version=2,
               meaning=scope_statement(project, "contracts"))
    uc = get_use_case(project, "contracts")
    assert uc["in_force"] and "tax" in uc["scope"].data_classes
    assert uc["scope"].hash in scope_statement(project, "contracts")


def test_scope_owners_must_be_domain_owners_and_classes_must_exist(project):
    from workbench.store.usecases import create_use_case
    from workbench.store.users import get_user

    admin = get_user(project, "admin")
    with pytest.raises(ValidationError, match="'erik' is not a domain owner"):
        create_use_case(project, "x", actor=admin, name="X", tasks=["t"], locales=["fr-CH"],
                        data_classes=["company"], owners=["erik"])
    with pytest.raises(ValidationError, match="unknown data class banking"):
        create_use_case(project, "x", actor=admin, name="X", tasks=["t"], locales=["fr-CH"],
                        data_classes=["banking"], owners=["claire"])
    with pytest.raises(PermissionDenied):  # an engineer does not define what the business signs
        create_use_case(project, "x", actor=get_user(project, "erik"), name="X", tasks=["t"], locales=["fr-CH"],
                        data_classes=["company"], owners=["claire"])
    with pytest.raises(NotFound, match="no use case 'nope'"):
        from workbench.store.usecases import get_use_case

        get_use_case(project, "nope")


def test_a_signed_off_item_does_not_move_to_another_use_case(project):
    from workbench.store.usecases import assign_items
    from workbench.store.users import get_user

    create_scopes(project)
    ids = add_signed(project, "back-office", "pair", BACK_OFFICE["pair"][:1])
    with pytest.raises(StateError, match="return them to the annotator"):
        assign_items(project, "contracts", ids, actor=get_user(project, "max"))
    assert project.conn.execute("SELECT use_case FROM items WHERE id = ?", (ids[0],)).fetchone()[0] == "back-office"
    # Nor with the file and a sqlite3 shell.
    with pytest.raises(sqlite3.IntegrityError, match="keeps its use case"):
        project.conn.execute("UPDATE items SET use_case = 'contracts' WHERE id = ?", (ids[0],))


def test_each_snapshot_holds_one_use_case_and_says_which(two_use_cases):
    from workbench.store.snapshots import create_snapshot, snapshot_items
    from workbench.store.users import get_user

    project, snaps = two_use_cases
    for uc, s in snaps.items():
        assert s["train"]["use_case"] == uc and s["holdout"]["use_case"] == uc
        ids = [i["id"] for i in snapshot_items(project, s["train"]["id"])]
        owned = {r[0] for r in project.conn.execute("SELECT use_case FROM items WHERE id IN (%s)"
                                                     % ",".join(map(str, ids)))}
        assert owned == {uc}
    assert "of use case contracts" in project.conn.execute(
        "SELECT meaning FROM signatures WHERE id = ?", (snaps["contracts"]["holdout"]["signature_id"],)).fetchone()[0]
    # A snapshot of "everything" would mix two use cases' data: refused.
    with pytest.raises(ValidationError, match="several use cases"):
        create_snapshot(project, kind="pairs", name="all", actor=get_user(project, "erik"))


def test_a_run_needs_its_use_cases_scope_in_force_and_its_own_hold_out(two_use_cases, tiny_model_dir):
    from workbench.store.usecases import change_scope
    from workbench.store.users import get_user
    from workbench.train.preflight import check_data
    from workbench.train.spec import JobSpec

    project, snaps = two_use_cases
    spec = JobSpec(base_model=str(tiny_model_dir), use_case="back-office", model_size="8b")
    pre, problems = check_data(project, spec)
    assert problems == [] and pre.train["use_case"] == "back-office" and pre.holdout["use_case"] == "back-office"
    # Four signed pairs are far from what a LoRA run needs: the check says so, for this use case's data.
    (thin,) = [a for a in pre.advice if a.code == "thin_data"]
    assert thin.params["id"] == snaps["back-office"]["train"]["id"] and thin.params["pairs"] == 4
    # Trained on one use case's data, judged on another's hold-out: refused.
    mixed = JobSpec(base_model=str(tiny_model_dir), train_snapshot=snaps["back-office"]["train"]["id"],
                    holdout_snapshot=snaps["contracts"]["holdout"]["id"])
    assert [p.code for p in check_data(project, mixed)[1]] == ["use_case_scope"]
    # In a project with use cases, a run names one.
    with pytest.raises(ValidationError, match="this project has use cases"):
        from workbench.store.usecases import check_run_scope

        check_run_scope(project, {"use_case": None}, {"use_case": None})
    # The scope changes: until every owner signed again, no run for it starts.
    change_scope(project, "back-office", actor=get_user(project, "admin"), reason="Romansh clients are served too",
                 locales=["fr-CH", "it-CH", "rm"])
    problems = check_data(project, spec)[1]
    assert [p.code for p in problems] == ["use_case_scope"] and "giulia still to sign" in problems[0].message


def test_personal_data_outside_the_declared_classes_is_flagged_for_the_owner(project):
    from workbench.core.items import ItemContent
    from workbench.deid.pipeline import run_deid
    from workbench.store.items import add_items
    from workbench.store.usecases import out_of_scope
    from workbench.store.users import get_user

    create_scopes(project)
    max_ = get_user(project, "max")
    # Contract review declared company identifiers only; this clause names a client's IBAN.
    ids = add_items(project, [
        ItemContent.create(kind="pair", locale="fr-CH", prompt="Résume la clause de paiement.",
                           response="Le loyer est versé sur le compte CH93 0076 2011 6238 5295 7 de la société "
                                    "CHE-116.281.710."),
        ItemContent.create(kind="pair", locale="fr-CH", prompt="Qui est la bailleresse ?",
                           response="La bailleresse est la société CHE-116.281.710.")],
        actor=max_, use_case="contracts")
    run_deid(project, actor=max_, item_ids=ids, processes=1)
    flagged = out_of_scope(project, "contracts")
    assert [f["item_id"] for f in flagged] == [ids[0]] and flagged[0]["entities"] == ["IBAN_CODE"]


def test_a_rewritten_scope_is_detected(two_use_cases):
    from workbench.store.evidence import verify_evidence

    project, _ = two_use_cases
    assert verify_evidence(project).ok
    conn = sqlite3.connect(project.path)
    # An insider with the file and the code: drop the guard, widen what the owners signed.
    conn.executescript("DROP TRIGGER use_case_scopes_no_update;"
                       "UPDATE use_case_scopes SET scope = replace(scope, '\"company\"', '\"company\",\"health\"') "
                       "WHERE use_case_id = 'contracts';")
    conn.commit()
    conn.close()
    report = verify_evidence(project)
    assert not report.ok
    assert any("scope v1 of use case contracts: its text no longer matches its hash" in p for p in report.problems)


def test_a_run_on_data_outside_the_declared_classes_is_told_before_launch(two_use_cases, tiny_model_dir):
    """The IBAN in a contract clause was found, reviewed and anonymized: the data is clean now,
    but contract review never declared account data. The pre-launch check says so."""
    from workbench.core.items import ItemContent
    from workbench.deid.pipeline import run_deid
    from workbench.deid.review import apply_reviewed, decide, list_findings
    from workbench.store.items import add_items
    from workbench.store.signoff import on_screen, sign_off
    from workbench.store.snapshots import create_snapshot
    from workbench.store.users import get_user
    from workbench.train.preflight import check_data
    from workbench.train.spec import JobSpec

    project, _ = two_use_cases
    max_ = get_user(project, "max")
    (item,) = add_items(project, [ItemContent.create(
        kind="pair", locale="fr-CH", prompt="Examine la clause de paiement du contrat de bail.",
        response="Le loyer est versé sur le compte CH93 0076 2011 6238 5295 7 de la bailleresse.")],
        actor=max_, use_case="contracts")
    run_deid(project, actor=max_, item_ids=[item], processes=1)
    found = list_findings(project, item_ids=[item], decision="pending", with_text=False)
    assert {f["entity"] for f in found} == {"IBAN_CODE"}
    decide(project, [f["id"] for f in found], "accepted", actor=max_)
    apply_reviewed(project, actor=max_, item_ids=[item])
    sign_off(project, on_screen(project, [item]), username="claire", password=PASSWORD)
    create_snapshot(project, kind="pairs", name="contracts train v2", actor=get_user(project, "erik"),
                    use_case="contracts")
    pre, problems = check_data(project, JobSpec(base_model=str(tiny_model_dir), use_case="contracts"))
    assert problems == []
    (advice,) = [a for a in pre.advice if a.code == "out_of_scope_data"]
    assert advice.params["entities"] == "IBAN_CODE" and advice.params["item"] == item


def test_a_signature_over_something_else_does_not_approve_a_scope(project):
    """An insider with the file links giulia's sign-off signature to the back-office scope, to
    put it in force without her approving it: the scope stays unsigned by her, and the audit
    verification names the forged link."""
    from workbench.store.evidence import verify_evidence
    from workbench.store.usecases import require_in_force, sign_scope

    create_scopes(project, sign=False)
    sign_scope(project, "back-office", username="claire", password=PASSWORD)
    add_signed(project, "back-office", "pair", BACK_OFFICE["pair"][2:3])   # an it-CH sign-off by giulia
    other = project.conn.execute("SELECT max(id) FROM signatures WHERE signer = 'giulia'").fetchone()[0]
    conn = sqlite3.connect(project.path)
    conn.execute("INSERT INTO scope_signatures (use_case_id, version, signature_id) VALUES ('back-office', 1, ?)",
                 (other,))
    conn.commit()
    conn.close()
    with pytest.raises(StateError, match="giulia still to sign"):
        require_in_force(project, "back-office")
    assert any("does not name this scope" in p for p in verify_evidence(project).problems)
