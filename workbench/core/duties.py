"""Separation of duties: the four-eyes rules a regulator expects, as pure functions.

On by default (a project setting an admin may relax, signed and audited, and shown wherever
the project's status is):

- nobody signs off a revision whose text they wrote: an item they imported or edited
  (revisions of origin `import`, `manual` or `edit` by them). Revisions written by anonymisation
  (origin `deid`) replace detected spans with placeholders and are not authorship;
- the GO for a run is signed by someone other than the person who launched it;
- a GO is refused while the go/no-go policy changed after the evaluations it rests on;
- each locale's hold-out is frozen by that locale's owner: a freeze covers the locales its
  signer owns, and a hold-out is frozen once every one of its locales is covered;
- a search with no word characters (e.g. '!!!', which matches everything) cannot select
  what is signed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import PermissionDenied, StateError, ValidationError

#: Revision origins that make their author the author of the text.
AUTHORING_ORIGINS = frozenset({"import", "manual", "edit"})


@dataclass(frozen=True)
class DutiesPolicy:
    enforced: bool = True

    def as_dict(self) -> dict:
        return {"enforced": self.enforced}

    @classmethod
    def from_dict(cls, value: dict | None) -> "DutiesPolicy":
        return cls(enforced=bool((value or {}).get("enforced", True)))


def check_not_own_work(policy: DutiesPolicy, signer: str, authors: dict[int, set[str]]) -> None:
    """Refuse a sign-off over items whose text the signer wrote (`authors`: item → authors
    of its import and edit revisions)."""
    if not policy.enforced:
        return
    own = sorted(i for i, who in authors.items() if signer in who)
    if own:
        raise PermissionDenied(
            f"{signer} wrote or edited {len(own)} of these item(s) (e.g. item {own[0]}): separation of "
            "duties asks another owner of the locale to sign them off")


def check_not_launcher(policy: DutiesPolicy, signer: str, launched_by: str, decision: str) -> None:
    if policy.enforced and decision == "go" and signer == launched_by:
        raise PermissionDenied(
            f"{signer} launched this run: separation of duties asks someone else to sign its GO")


def check_policy_unchanged(policy: DutiesPolicy, policy_changed_at: str | None,
                           evaluated_at: list[str], decision: str) -> None:
    """A GO rests on evaluations judged under the policy in force when they were made."""
    if not (policy.enforced and decision == "go" and policy_changed_at and evaluated_at):
        return
    if policy_changed_at > min(evaluated_at):
        raise StateError(
            "the go/no-go policy changed after the evaluations this decision rests on: "
            "re-evaluate the checkpoint and the base under the current policy before a GO")


def freeze_covers(policy: DutiesPolicy, signer: str, owned: set[str], locales: list[str]) -> list[str]:
    """The locales of a hold-out that a freeze by `signer` vouches for: the ones they own.
    The hold-out is frozen once every one of its locales is covered by its owner's freeze.
    With duties relaxed, one freeze covers every locale."""
    if not policy.enforced:
        return sorted(locales)
    covers = sorted(owned & set(locales))
    if not covers:
        raise PermissionDenied(
            f"{signer} owns none of this hold-out's locales ({', '.join(sorted(locales))}): each locale's "
            "hold-out is frozen by that locale's owner")
    return covers


def check_search_selects(search: str | None) -> None:
    """A signing filter must say something: '!!!' or '*' would select every item."""
    if search is not None and not re.search(r"\w", search):
        raise ValidationError(
            f"the search '{search}' has no letters or digits and would select every item: "
            "search for a word, or list the items to sign")
