"""Use cases and their scope: what a fine-tune is for, in which languages, touching which data.

An engagement starts by locking the scope with the business owners: the tasks the fine-tune
handles, the locales it covers, the regulator-bound data classes it may touch, and who owns
it. The method ships one adapter per use case. Plain data and rules here (no database): the
store (store/usecases.py) versions, signs and applies them.

A *data class* groups the entity types the de-identification detects (deid/entities.py)
under the name a regulator uses. The defaults are Swiss; a project may replace the list.
An item whose findings include an entity no declared class covers touched data the scope
did not declare: it is flagged for the use case's owners.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import ValidationError
from .hashing import sha256_hex
from .locales import parse_locale


@dataclass(frozen=True)
class DataClass:
    id: str
    label: str          # the name the owners and a regulator use
    basis: str          # the rule that makes it regulator-bound
    entities: tuple[str, ...]

    def as_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "basis": self.basis, "entities": list(self.entities)}


#: Swiss defaults. Entities may sit in several classes (an AHV number is both social-security
#: and client-identifying data at a bank).
DEFAULT_DATA_CLASSES: tuple[DataClass, ...] = (
    DataClass("client-identifying", "client-identifying data",
              "banking secrecy (Art. 47 BankG), FINMA Circular 2008/21 annex 3",
              ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CH_ADDRESS", "DATE_OF_BIRTH", "ID_DOCUMENT",
               "IBAN_CODE", "CH_AHV", "CH_CAR_PLATE")),
    DataClass("contact", "contact data of employees and counterparties", "nFADP (personal data)",
              ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CH_ADDRESS")),
    DataClass("account", "account and payment data", "banking secrecy (Art. 47 BankG)",
              ("IBAN_CODE",)),
    DataClass("health", "health and social-insurance data",
              "sensitive personal data (nFADP Art. 5 c), insurance supervision (VAG)",
              ("PERSON", "CH_AHV", "DATE_OF_BIRTH", "CH_ADDRESS")),
    DataClass("tax", "tax data", "tax secrecy (Art. 110 DBG, cantonal tax laws)",
              ("PERSON", "CH_AHV", "CH_UID", "CH_ADDRESS", "IBAN_CODE")),
    DataClass("company", "company identifiers", "commercial register (UID, public)",
              ("CH_UID",)),
)

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


def parse_use_case_id(value: str) -> str:
    v = (value or "").strip().lower()
    if not _ID.match(v):
        raise ValidationError(
            f"'{value}' is not a use-case id: use up to 40 lower-case letters, digits and dashes, "
            "e.g. back-office")
    return v


def data_classes_from(raw: list[dict] | None) -> dict[str, DataClass]:
    """id → DataClass, from a project's configured list (the defaults when none)."""
    if not raw:
        return {d.id: d for d in DEFAULT_DATA_CLASSES}
    out = {}
    for d in raw:
        try:
            dc = DataClass(parse_use_case_id(d["id"]), str(d["label"]).strip(), str(d.get("basis", "")).strip(),
                           tuple(str(e).strip().upper() for e in d["entities"]))
        except (KeyError, TypeError) as exc:
            raise ValidationError(f"a data class needs id, label and entities: {exc} is missing") from None
        if not dc.label or not dc.entities:
            raise ValidationError(f"data class '{dc.id}' needs a label and at least one entity type")
        out[dc.id] = dc
    return out


@dataclass(frozen=True)
class Scope:
    """One version of a use case's scope, as its owners sign it."""
    name: str
    tasks: tuple[str, ...]
    locales: tuple[str, ...]
    data_classes: tuple[str, ...]
    owners: tuple[str, ...]
    description: str = ""
    extra: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"name": self.name, "tasks": list(self.tasks), "locales": list(self.locales),
                "data_classes": list(self.data_classes), "owners": list(self.owners),
                "description": self.description}

    @property
    def hash(self) -> str:
        return sha256_hex(self.as_dict())

    @classmethod
    def from_dict(cls, d: dict) -> "Scope":
        return cls(name=d["name"], tasks=tuple(d["tasks"]), locales=tuple(d["locales"]),
                   data_classes=tuple(d["data_classes"]), owners=tuple(d["owners"]),
                   description=d.get("description", ""))


def _words(values, what: str) -> tuple[str, ...]:
    if isinstance(values, str):
        values = values.split(",")
    out = []
    for v in values or ():
        v = " ".join(str(v).split())
        if v and v not in out:
            out.append(v)
    if not out:
        raise ValidationError(f"a scope needs at least one {what}")
    return tuple(out)


def make_scope(*, name: str, tasks, locales, data_classes, owners, description: str = "",
               known_classes: dict[str, DataClass] | None = None) -> Scope:
    """Validate a scope as typed (lists, or comma-separated text). Owners are user names;
    the store checks they exist and own a locale."""
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("a use case needs a name, e.g. 'Back-office advisor'")
    locs = tuple(sorted({parse_locale(loc) for loc in _words(locales, "locale")}))
    classes = tuple(sorted({c.strip().lower() for c in _words(data_classes, "data class")}))
    known = known_classes if known_classes is not None else data_classes_from(None)
    unknown = [c for c in classes if c not in known]
    if unknown:
        raise ValidationError(f"unknown data class {', '.join(unknown)}: use one of {', '.join(sorted(known))}")
    return Scope(name=name, tasks=_words(tasks, "task"), locales=locs, data_classes=classes,
                 owners=tuple(sorted({o.strip() for o in _words(owners, "owner")})),
                 description=" ".join((description or "").split()))


def covered_entities(scope: Scope, classes: dict[str, DataClass]) -> set[str]:
    return {e for c in scope.data_classes if c in classes for e in classes[c].entities}


def scope_meaning(use_case: str, version: int, scope: Scope) -> str:
    """The sentence a scope signature records (shown verbatim before signing). It names the
    scope's hash, so the signature covers exactly the scope that was shown."""
    return (f"scope v{version} of use case '{use_case}' ({scope.name}) approved: tasks "
            f"{'; '.join(scope.tasks)}; locales {', '.join(scope.locales)}; data classes "
            f"{', '.join(scope.data_classes)} (scope sha256 {scope.hash})")
