"""People, roles and password checks.

Passwords are hashed with Argon2id (argon2-cffi): memory-hard, salted, and the parameters
travel inside the hash, so they can be raised later without breaking old accounts.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..core.errors import AuthenticationFailed, NotFound, ValidationError, WorkbenchError
from ..core.locales import parse_locale
from ..core.roles import Action, Grant, Role, User, require
from . import audit

if TYPE_CHECKING:
    from .project import Project

_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 4


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
    from .project import os_actor, utc_now

    username = username.strip()
    if not username or not username.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise ValidationError("a user name is letters, digits, '.', '_' or '-'")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
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
        audit.append(project, actor=actor.username if actor else os_actor(), action="user.create",
                     object_type="user", object_id=username,
                     after={"display_name": display_name or username,
                            "roles": [[g.role.value, g.locale] for g in grants]})
    return get_user(project, username)


def authenticate(project: "Project", username: str, password: str) -> User:
    """Check a password; the message never says whether the user or the password was wrong."""
    row = project.conn.execute(
        "SELECT password_hash FROM users WHERE username = ? AND active = 1", (username,)).fetchone()
    try:
        if row is None:
            # Spend the same time as a real check so user names cannot be probed by timing.
            _hasher.verify(_dummy_hash(), password + "x")
        _hasher.verify(row[0], password)
    except (VerificationError, InvalidHashError, TypeError):
        raise AuthenticationFailed("user name or password is wrong") from None
    return get_user(project, username)


@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash("not a real password")
