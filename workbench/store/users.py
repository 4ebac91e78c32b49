"""People, roles and password checks.

Passwords are hashed with Argon2id (argon2-cffi): memory-hard, salted, and the parameters
travel inside the hash, so they can be raised later without breaking old accounts.

Every failed sign-in is an audit entry, and so is a lockout (core/credentials.py: 5 failures
in a row lock the name for 15 minutes, whether or not such a user exists, so a lockout does
not reveal who has an account). Deactivating a user and revoking a role are signed steps of
an admin; the signatures a user made before stay valid, since they never depend on the
account being active.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

import sqlite3
from datetime import datetime, timezone

from ..core.credentials import MAX_FAILED_SIGN_INS, PasswordPolicy, lockout_until
from ..core.duties import DutiesPolicy
from ..core.errors import AuthenticationFailed, NotFound, StateError, ValidationError, WorkbenchError
from ..core.locales import parse_locale
from ..core.roles import Action, Grant, Role, User, require
from . import audit, settings
from .clock import os_actor, utc_now

if TYPE_CHECKING:
    from .project import Project

_hasher = PasswordHasher()
POLICY_KEY = "password_policy"


def password_policy(project: "Project") -> PasswordPolicy:
    """The project's password policy (12 characters unless the project relaxed it)."""
    return PasswordPolicy.from_dict(settings.get_value(project, POLICY_KEY))


DUTIES_KEY = "separation_of_duties"


def duties_policy(project: "Project") -> DutiesPolicy:
    """Whether separation of duties is enforced (yes, unless an admin relaxed it, signed)."""
    return DutiesPolicy.from_dict(settings.get_value(project, DUTIES_KEY))


def set_duties(project: "Project", enforced: bool, *, admin: str, password: str, reason: str) -> DutiesPolicy:
    """Relax (or restore) separation of duties: an admin's signed, audited step."""
    signer = _admin_signer(project, admin, password)
    policy = DutiesPolicy(enforced=enforced)
    meaning = (f"{'Enforce' if enforced else 'Relax'} separation of duties for this project: "
               f"{_reason(reason)}")
    with project.transaction(durable=True):
        before = duties_policy(project).as_dict()
        settings.set_value(project, DUTIES_KEY, policy.as_dict())
        sig = _signature(project, signer, password, meaning)
        audit.append(project, actor=signer.username, action="settings.separation_of_duties",
                     object_type="settings", object_id=DUTIES_KEY, before=before,
                     after={**policy.as_dict(), "reason": reason.strip(), "signature": sig["id"], "meaning": meaning})
    return policy


def relaxations(project: "Project") -> list[str]:
    """The project's relaxed safeguards, one sentence each (empty: none relaxed). Shown
    wherever the project's status is: the status bar, `workbench status`, the audit package."""
    out = []
    pw = password_policy(project)
    if pw.relaxed:
        out.append(f"password policy relaxed: {pw.min_length} characters instead of 12")
    if not duties_policy(project).enforced:
        out.append("separation of duties relaxed: a person may sign their own work")
    return out


def relax_password_policy(project: "Project", min_length: int, *, reason: str) -> PasswordPolicy:
    """Lower the minimum length before the first user exists (the demo project's `demo`).

    Only a project without users may do this unsigned: afterwards nobody could have agreed
    to it. The relaxation is an audit entry and part of the project's status everywhere.
    """
    policy = PasswordPolicy(min_length=min_length)
    with project.transaction():
        if project.conn.execute("SELECT count(*) FROM users").fetchone()[0]:
            raise StateError("the password policy can only be relaxed before the first user is created")
        settings.set_value(project, POLICY_KEY, policy.as_dict())
        audit.append(project, actor=os_actor(), action="settings.password_policy", object_type="settings",
                     object_id=POLICY_KEY, after={**policy.as_dict(), "reason": reason})
    return password_policy(project)


def _load(project: "Project", username: str) -> User | None:
    row = project.conn.execute(
        "SELECT username, display_name, active FROM users WHERE username = ?", (username,)).fetchone()
    if row is None or not row[2]:
        return None
    grants = tuple(
        Grant(Role(r), loc or None) for r, loc in project.conn.execute(
            "SELECT role, locale FROM user_roles WHERE username = ? ORDER BY role, locale",
            (username,)))
    return User(row[0], row[1], grants)


def get_user(project: "Project", username: str) -> User:
    user = _load(project, username)
    if user is None:
        raise NotFound(f"no active user '{username}': 'workbench users list' shows who exists")
    return user


def list_users(project: "Project") -> list[User]:
    names = [r[0] for r in project.conn.execute(
        "SELECT username FROM users WHERE active = 1 ORDER BY username")]
    return [u for u in (_load(project, n) for n in names) if u]


def _parse_grants(roles: list[str | tuple]) -> list[Grant]:
    grants = []
    for spec in roles:
        if isinstance(spec, Grant):
            grants.append(spec)
            continue
        if isinstance(spec, tuple):
            role, locale = spec
        else:  # "domain_owner:fr-CH"
            role, _, locale = spec.partition(":")
        role = Role.parse(role)
        if role is Role.DOMAIN_OWNER:
            if not locale:
                raise ValidationError("a domain owner needs a locale, e.g. domain_owner:fr-CH")
            locale = parse_locale(locale)
        elif locale:
            raise ValidationError(f"the role {role.value} is not per locale: drop ':{locale}'")
        grants.append(Grant(role, locale or None))
    return grants


def create_user(project: "Project", username: str, password: str, *, display_name: str = "",
                roles: list = (), actor: User | None = None) -> User:
    """Create a user. The very first user of a project may be created by nobody (bootstrap);
    after that only an admin may create users."""
    username = username.strip()
    if not username or not username.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise ValidationError("a user name is letters, digits, '.', '_' or '-'")
    password_policy(project).check(password)
    grants = _parse_grants(list(roles))
    with project.transaction():
        existing = project.conn.execute("SELECT count(*) FROM users").fetchone()[0]
        if existing and actor is None:
            raise WorkbenchError("only an admin may create users: sign in as one (--user ADMIN)")
        if actor is not None:
            require(actor, Action.MANAGE_USERS)
        if project.conn.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone():
            raise ValidationError(f"the user '{username}' exists already")
        project.conn.execute(
            "INSERT INTO users (username, display_name, password_hash, created_at) VALUES (?, ?, ?, ?)",
            (username, display_name or username, _hasher.hash(password), utc_now()))
        project.conn.executemany(
            "INSERT INTO user_roles (username, role, locale) VALUES (?, ?, ?)",
            [(username, g.role.value, g.locale or "") for g in grants])
        from .keys import create_key

        key = create_key(project, username, password, announce=False)
        audit.append(project, actor=actor.username if actor else os_actor(), action="user.create",
                     object_type="user", object_id=username,
                     after={"display_name": display_name or username,
                            "roles": [[g.role.value, g.locale] for g in grants], "key": key})
    return get_user(project, username)


def authenticate(project: "Project", username: str, password: str) -> User:
    """Check a password; the message never says whether the user or the password was wrong.

    Call it outside a write transaction: a failure is recorded in a transaction of its own,
    so the record survives the refusal it causes.
    """
    now = datetime.now(timezone.utc)
    locked = lockout_until(_recent_sign_ins(project, username), now)
    if locked is not None:
        _record_sign_in(project, username, "auth.locked", {"until": locked.isoformat()})
        raise AuthenticationFailed(
            f"'{username}' is locked after {MAX_FAILED_SIGN_INS} failed sign-ins: try again after "
            f"{locked:%H:%M} UTC, or ask an admin")
    row = project.conn.execute(
        "SELECT password_hash FROM users WHERE username = ? AND active = 1", (username,)).fetchone()
    try:
        if row is None:
            # Spend the same time as a real check so user names cannot be probed by timing.
            _hasher.verify(_dummy_hash(), password + "x")
        _hasher.verify(row[0], password)
    except (VerificationError, InvalidHashError, TypeError):
        _record_sign_in(project, username, "auth.failed", None)
        if lockout_until(_recent_sign_ins(project, username), now) is not None:
            _record_sign_in(project, username, "auth.lockout", {"minutes": 15})
        raise AuthenticationFailed("user name or password is wrong") from None
    if any(outcome == "failed" for outcome, _ in _recent_sign_ins(project, username)):
        _record_sign_in(project, username, "auth.ok", None)  # ends the run of failures
    return get_user(project, username)


def _recent_sign_ins(project: "Project", username: str) -> list[tuple[str, str]]:
    """The name's latest sign-in outcomes, newest first ('failed' or 'ok')."""
    rows = project.conn.execute(
        "SELECT action, ts FROM audit WHERE object_type = 'user' AND object_id = ? "
        "AND action IN ('auth.failed', 'auth.ok') ORDER BY seq DESC LIMIT ?",
        (username, MAX_FAILED_SIGN_INS)).fetchall()
    return [(action.removeprefix("auth."), ts) for action, ts in rows]


def _record_sign_in(project: "Project", username: str, action: str, after: dict | None) -> None:
    try:
        with project.transaction():
            audit.append(project, actor=os_actor(), action=action, object_type="user",
                         object_id=username, after=after)
    except sqlite3.OperationalError as exc:  # a read-only copy (an auditor's) records nothing
        if "readonly" not in str(exc):
            raise


def deactivate_user(project: "Project", username: str, *, admin: str, password: str, reason: str) -> None:
    """Deactivate an account (signed by an admin). It can no longer sign in or sign."""
    signer = _admin_signer(project, admin, password)
    target = get_user(project, username)
    if target.username == signer.username:
        raise ValidationError("you cannot deactivate your own account: ask another admin")
    if Role.ADMIN in target.roles and len(_active_admins(project)) <= 1:
        raise StateError(f"{username} is the last active admin: make another admin first")
    meaning = f"Deactivate the account {username}: {_reason(reason)}"
    with project.transaction(durable=True):
        project.conn.execute("UPDATE users SET active = 0 WHERE username = ?", (username,))
        _signed_change(project, signer, password, meaning, "user.deactivate", username,
                       before={"active": True}, after={"active": False, "reason": reason.strip()})


def revoke_role(project: "Project", username: str, role: str, *, admin: str, password: str,
                reason: str) -> User:
    """Take one role (e.g. 'domain_owner:fr-CH') from a user (signed by an admin)."""
    signer = _admin_signer(project, admin, password)
    target = get_user(project, username)
    (grant,) = _parse_grants([role])
    if grant not in target.grants:
        raise ValidationError(f"{username} does not hold the role {role}: they hold {target.describe_roles()}")
    if grant.role is Role.ADMIN and len(_active_admins(project)) <= 1:
        raise StateError(f"{username} is the last active admin: make another admin first")
    meaning = f"Revoke the role {role} from {username}: {_reason(reason)}"
    with project.transaction(durable=True):
        project.conn.execute("DELETE FROM user_roles WHERE username = ? AND role = ? AND locale = ?",
                             (username, grant.role.value, grant.locale or ""))
        _signed_change(project, signer, password, meaning, "user.revoke", username,
                       before={"roles": [[g.role.value, g.locale] for g in target.grants]},
                       after={"revoked": [grant.role.value, grant.locale], "reason": reason.strip()})
    return get_user(project, username)


def _admin_signer(project: "Project", admin: str, password: str) -> User:
    signer = authenticate(project, admin, password)
    require(signer, Action.MANAGE_USERS)
    return signer


def _reason(reason: str) -> str:
    if len((reason or "").strip()) < 5:
        raise ValidationError("say why (a reason of a few words is recorded with the signature)")
    return reason.strip()


def _active_admins(project: "Project") -> list[str]:
    return [r[0] for r in project.conn.execute(
        "SELECT u.username FROM users u JOIN user_roles r ON r.username = u.username "
        "WHERE u.active = 1 AND r.role = 'admin'")]


def _signature(project: "Project", signer: User, password: str, meaning: str, subject: str = "settings") -> dict:
    from .signoff import record_signature

    return record_signature(project, signer, password=password, meaning=meaning, subject_type=subject, entries=[])


def _signed_change(project: "Project", signer: User, password: str, meaning: str, action: str, username: str, *,
                   before: dict, after: dict) -> None:
    sig = _signature(project, signer, password, meaning, "user")
    audit.append(project, actor=signer.username, action=action, object_type="user", object_id=username,
                 before=before, after={**after, "signature": sig["id"], "meaning": meaning})


@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash("not a real password")
