"""People's roles and what each may do.

Sign-off is per locale: only a domain owner *of that locale* may approve its items, because
the signature asserts domain and language competence (a French-speaking owner cannot vouch
for Romansh banking phrasing).

Who acts (`Actor`) is a `User` who signed in, or a `SystemActor`: a process (a training or
evaluation worker, the workbench tidying up after a crash, the command line run without
--user) that acts in the name of a user or of nobody. `actor_name` is the name the audit
trail records for either; `check` is the role check of every user action.

The rule for system actors: a worker acts in the name of the user who started it, so it is
checked as that user (`on_behalf_of`). A system actor in nobody's name is *anonymous*, and
so is a bare string (the OS login, a script's label): an anonymous actor passes no check at
all, so every change is made by a signed-in user, in the window and on the command line
alike (`workbench login`). Signed steps (sign-off, freezing the hold-out, go/no-go
decisions) authenticate a user with the password first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Union

from .errors import PermissionDenied, ValidationError
from .locales import parse_locale


class Role(str, Enum):
    ANNOTATOR = "annotator"
    DOMAIN_OWNER = "domain_owner"
    ENGINEER = "engineer"
    COMPLIANCE = "compliance"
    ADMIN = "admin"

    @classmethod
    def parse(cls, value: str) -> "Role":
        v = value.strip().lower().replace("-", "_").replace(" ", "_")
        v = {"owner": "domain_owner", "compliance_officer": "compliance"}.get(v, v)
        try:
            return cls(v)
        except ValueError:
            raise ValidationError(
                f"unknown role '{value}': use one of " + ", ".join(r.value for r in cls)) from None


class Action(str, Enum):
    EDIT_ITEMS = "edit items"           # import, edit, tag
    REVIEW_DEID = "review de-identification findings"
    SIGN_OFF = "sign off items"
    FREEZE_HOLDOUT = "freeze the hold-out"
    SNAPSHOT = "create training snapshots"
    TRAIN = "launch training runs"
    EVALUATE = "run evaluations"
    DECIDE = "record go/no-go decisions"
    READ_AUDIT = "read and export the audit trail"
    MANAGE_USERS = "manage users"
    HANDOFF = "hand a checkpoint off to serving"
    ERASE = "erase original texts on a data-protection request"
    DEFINE_SCOPE = "define use cases and change their scope"


# Which roles may take each action (locale-scoped actions are checked again per locale).
PERMISSIONS: dict[Action, set[Role]] = {
    Action.EDIT_ITEMS: {Role.ANNOTATOR, Role.DOMAIN_OWNER, Role.ADMIN},
    Action.REVIEW_DEID: {Role.ANNOTATOR, Role.DOMAIN_OWNER, Role.ADMIN},
    Action.SIGN_OFF: {Role.DOMAIN_OWNER},
    Action.FREEZE_HOLDOUT: {Role.DOMAIN_OWNER, Role.ADMIN},
    Action.SNAPSHOT: {Role.ENGINEER, Role.DOMAIN_OWNER, Role.ADMIN},
    Action.TRAIN: {Role.ENGINEER, Role.ADMIN},
    Action.EVALUATE: {Role.ENGINEER, Role.ADMIN},
    Action.DECIDE: {Role.DOMAIN_OWNER, Role.ENGINEER, Role.ADMIN},
    Action.READ_AUDIT: {Role.COMPLIANCE, Role.ADMIN, Role.ENGINEER, Role.DOMAIN_OWNER},
    Action.MANAGE_USERS: {Role.ADMIN},
    Action.HANDOFF: {Role.ENGINEER, Role.ADMIN},
    Action.ERASE: {Role.ADMIN},
    Action.DEFINE_SCOPE: {Role.DOMAIN_OWNER, Role.ADMIN},
}

LOCALE_SCOPED = {Action.SIGN_OFF}

#: What an anonymous actor may do (see the module docstring): nothing.
ANONYMOUS_ACTIONS: frozenset = frozenset()


@dataclass(frozen=True)
class Grant:
    role: Role
    locale: str | None = None  # only for domain owners


@dataclass(frozen=True)
class User:
    username: str
    display_name: str
    grants: tuple[Grant, ...] = field(default_factory=tuple)

    @property
    def roles(self) -> set[Role]:
        return {g.role for g in self.grants}

    def owned_locales(self) -> set[str]:
        return {g.locale for g in self.grants if g.role is Role.DOMAIN_OWNER and g.locale}

    def describe_roles(self) -> str:
        parts = []
        for g in self.grants:
            parts.append(f"{g.role.value} ({g.locale})" if g.locale else g.role.value)
        return ", ".join(parts) or "no role"


def may(user: User, action: Action, locale: str | None = None) -> bool:
    if not user.roles & PERMISSIONS[action]:
        return False
    if action in LOCALE_SCOPED and locale is not None:
        return parse_locale(locale) in user.owned_locales()
    return True


def require(user: User, action: Action, locale: str | None = None) -> None:
    """Raise PermissionDenied with a message that says who could do it instead."""
    if may(user, action, locale):
        return
    allowed = ", ".join(sorted(r.value for r in PERMISSIONS[action]))
    if action in LOCALE_SCOPED and locale is not None and user.roles & PERMISSIONS[action]:
        raise PermissionDenied(
            f"{user.username} may not {action.value} for {locale}: only a domain owner of "
            f"{locale} may (you own: {', '.join(sorted(user.owned_locales())) or 'none'})")
    scope = f" for {locale}" if locale and action in LOCALE_SCOPED else ""
    raise PermissionDenied(
        f"{user.username} ({user.describe_roles()}) may not {action.value}{scope}: "
        f"this needs the role {allowed}")


@dataclass(frozen=True)
class SystemActor:
    """A process acting in the name of a user (a worker the user started) or of nobody
    (anonymous: the OS login at the command line). `name` is what the audit trail records."""

    name: str
    on_behalf_of: User | None = None


#: Who takes an action. A plain string is an anonymous actor of that name (module docstring).
Actor = Union[User, SystemActor, str]


def actor_name(actor: Actor) -> str:
    """The name the audit trail records for the actor."""
    if isinstance(actor, User):
        return actor.username
    if isinstance(actor, SystemActor):
        return actor.name
    return str(actor)


def acting_user(actor: Actor) -> User | None:
    """The user whose roles count for the actor; None for an anonymous actor."""
    if isinstance(actor, User):
        return actor
    if isinstance(actor, SystemActor):
        return actor.on_behalf_of
    return None


def check(actor: Actor, action: Action, locale: str | None = None) -> str:
    """The role check of every user action; returns the name to record in the audit trail.

    A user is checked with `require`, a system actor as the user it acts for; an anonymous
    actor (a bare string, a system actor in nobody's name) is refused."""
    user = acting_user(actor)
    if user is not None:
        require(user, action, locale)
    elif action not in ANONYMOUS_ACTIONS:
        who = f"'{actor_name(actor)}' is not a signed-in user" if actor else "nobody is signed in"
        allowed = ", ".join(sorted(r.value for r in PERMISSIONS[action]))
        raise PermissionDenied(f"to {action.value}, {who}: sign in as a user with the role {allowed} "
                               "('workbench login --user NAME' on the command line)")
    return actor_name(actor)
