"""Password policy and sign-in lockout: pure rules, no I/O.

The defaults follow what Swiss banks' and cantons' IT policies ask of an application that
records e-signatures: passwords of at least 12 characters, and an account locked for 15
minutes after 5 failed sign-ins in a row (each failure is audited by the store). A project
may relax the length (the demo project does, so its documented password `demo` works); the
relaxation is recorded in the project and shown wherever the project's status is.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from .errors import ValidationError

DEFAULT_MIN_LENGTH = 12
#: The floor below which not even a relaxed (demo) policy goes.
RELAXED_MIN_LENGTH = 4
MAX_FAILED_SIGN_INS = 5
LOCKOUT = timedelta(minutes=15)


@dataclass(frozen=True)
class PasswordPolicy:
    min_length: int = DEFAULT_MIN_LENGTH

    @property
    def relaxed(self) -> bool:
        return self.min_length < DEFAULT_MIN_LENGTH

    def as_dict(self) -> dict:
        return {**asdict(self), "relaxed": self.relaxed}

    @classmethod
    def from_dict(cls, value: dict | None) -> "PasswordPolicy":
        if not value:
            return cls()
        return cls(min_length=max(RELAXED_MIN_LENGTH, int(value.get("min_length", DEFAULT_MIN_LENGTH))))

    def check(self, password: str) -> None:
        """Refuse a password the policy does not allow, saying what would be allowed."""
        if not password or not password.strip():
            raise ValidationError("a password cannot be empty or only spaces")
        if len(password) < self.min_length:
            raise ValidationError(
                f"the password must have at least {self.min_length} characters (it has {len(password)})")


def lockout_until(recent: list[tuple[str, str]], now: datetime) -> datetime | None:
    """When the account unlocks, or None when it is not locked.

    `recent` is the user's latest sign-in events, newest first, as (outcome, ISO time) with
    outcome 'failed' or 'ok'. Locked when the last MAX_FAILED_SIGN_INS events are all
    failures and the newest of them is younger than LOCKOUT.
    """
    last = recent[:MAX_FAILED_SIGN_INS]
    if len(last) < MAX_FAILED_SIGN_INS or any(outcome != "failed" for outcome, _ in last):
        return None
    until = _parse(last[0][1]) + LOCKOUT
    return until if until > now else None


def _parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))
