"""Attacks on credentials, each of which must fail: weak passwords, guessing, a deactivated
or demoted user signing, a password in the environment reaching a worker."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD
from workbench.core.errors import AuthenticationFailed, PermissionDenied, ValidationError
from workbench.paths import child_environment, env_password
from workbench.store import audit
from workbench.store.users import (create_user, deactivate_user, get_user, password_policy, authenticate,
                                   revoke_role)


def _admin(project):
    return get_user(project, "admin")


@pytest.mark.parametrize("weak", ["    ", "            ", "short-pw", "eleven-char"])
def test_a_weak_password_is_refused_when_creating_a_user(project, weak):
    with pytest.raises(ValidationError):
        create_user(project, "weakling", weak, roles=["annotator"], actor=_admin(project))
    assert project.conn.execute("SELECT count(*) FROM users WHERE username = 'weakling'").fetchone()[0] == 0


def test_the_default_policy_asks_for_twelve_characters(project):
    assert password_policy(project).min_length == 12 and not password_policy(project).relaxed
    create_user(project, "longpw", "twelve-chars", roles=["annotator"], actor=_admin(project))


def test_every_failed_sign_in_is_in_the_audit_trail(project):
    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            authenticate(project, "claire", "wrong-password")
    failed = list(audit.entries(project, action="auth.failed"))
    assert [e["object_id"] for e in failed] == ["claire"] * 3


def test_six_wrong_passwords_then_the_right_one_is_still_locked(project):
    for _ in range(6):
        with pytest.raises(AuthenticationFailed):
            authenticate(project, "claire", "guess-" + "x" * 8)
    with pytest.raises(AuthenticationFailed, match="locked"):
        authenticate(project, "claire", PASSWORD)
    actions = [e["action"] for e in audit.entries(project, object_type="user", object_id="claire")]
    assert "auth.lockout" in actions and actions[-1] == "auth.locked"


def test_guessing_a_name_that_does_not_exist_locks_it_too(project):
    """A lockout must not tell an attacker which names have accounts."""
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            authenticate(project, "nobody", "guess-password")
    with pytest.raises(AuthenticationFailed, match="locked"):
        authenticate(project, "nobody", "guess-password")


def test_a_right_password_after_a_few_failures_resets_the_count(project):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            authenticate(project, "claire", "wrong-password")
    assert authenticate(project, "claire", PASSWORD).username == "claire"
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            authenticate(project, "claire", "wrong-password")
    assert authenticate(project, "claire", PASSWORD).username == "claire"


def test_a_deactivated_user_can_no_longer_sign_in_or_sign(project):
    deactivate_user(project, "claire", admin="admin", password=PASSWORD, reason="left the bank")
    with pytest.raises(AuthenticationFailed):
        authenticate(project, "claire", PASSWORD)
    sig = project.conn.execute("SELECT signer, meaning FROM signatures WHERE subject_type = 'user'").fetchone()
    assert sig[0] == "admin" and "Deactivate the account claire" in sig[1]


def test_deactivating_needs_an_admin_with_the_password(project):
    with pytest.raises(PermissionDenied):
        deactivate_user(project, "claire", admin="erik", password=PASSWORD, reason="no reason at all")
    with pytest.raises(AuthenticationFailed):
        deactivate_user(project, "claire", admin="admin", password="wrong-password", reason="left the bank")
    assert get_user(project, "claire").username == "claire"


def test_the_last_admin_cannot_be_removed(project):
    with pytest.raises(Exception, match="last active admin|own account"):
        revoke_role(project, "admin", "admin", admin="admin", password=PASSWORD, reason="tidying up")


def test_a_revoked_owner_may_no_longer_sign_off_their_locale(project):
    user = revoke_role(project, "claire", "domain_owner:fr-CH", admin="admin", password=PASSWORD,
                       reason="moved to another team")
    assert "fr-CH" not in user.owned_locales()
    entry = list(audit.entries(project, action="user.revoke"))[-1]
    assert entry["object_id"] == "claire"


def test_a_password_in_the_environment_counts_only_when_explicitly_allowed(monkeypatch):
    monkeypatch.setenv("WORKBENCH_PASSWORD", "leaked-password")
    monkeypatch.delenv("WORKBENCH_ALLOW_ENV_PASSWORD", raising=False)
    assert env_password() is None
    monkeypatch.setenv("WORKBENCH_ALLOW_ENV_PASSWORD", "1")
    assert env_password() == "leaked-password"


def test_a_password_in_the_environment_never_reaches_a_worker(monkeypatch):
    monkeypatch.setenv("WORKBENCH_PASSWORD", "leaked-password")
    monkeypatch.setenv("WORKBENCH_ALLOW_ENV_PASSWORD", "1")
    env = child_environment(WORKBENCH_RUN_ID="r1")
    assert "WORKBENCH_PASSWORD" not in env and "WORKBENCH_ALLOW_ENV_PASSWORD" not in env
    assert env["WORKBENCH_RUN_ID"] == "r1"


def test_the_demo_project_records_its_relaxed_policy(demo_project):
    policy = password_policy(demo_project)
    assert policy.relaxed and policy.min_length == 4
    assert list(audit.entries(demo_project, action="settings.password_policy"))
