"""What we detect: the entity types, their placeholder labels and default operators.

Plain data, no Presidio import, so the GUI and the CLI can list entities and operators
without loading spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.errors import ValidationError


@dataclass(frozen=True)
class EntityType:
    name: str          # the Presidio entity name stored in findings
    label: str         # placeholder label: <LABEL_1>
    description: str


ENTITY_TYPES: dict[str, EntityType] = {e.name: e for e in (
    EntityType("PERSON", "PERSON", "person names (titles, name lists, cues, NER where installed)"),
    EntityType("EMAIL_ADDRESS", "EMAIL", "e-mail addresses"),
    EntityType("PHONE_NUMBER", "PHONE", "phone numbers (+41, 0041, 0xx, mobiles, foreign)"),
    EntityType("CH_AHV", "AHV", "AHV/AVS social security numbers (EAN-13 check digit)"),
    EntityType("IBAN_CODE", "IBAN", "CH and LI IBANs (mod 97)"),
    EntityType("CH_UID", "UID", "UID/IDE/IDI company numbers (mod 11)"),
    EntityType("DATE_OF_BIRTH", "BIRTH_DATE", "dates the context marks as a date of birth"),
    EntityType("CH_ADDRESS", "ADDRESS", "street + number, and postcode + locality"),
    EntityType("CH_CAR_PLATE", "CAR_PLATE", "car plates (canton code + number)"),
    EntityType("ID_DOCUMENT", "ID_NUMBER", "passport and identity card numbers"),
)}

#: How a span is replaced. `placeholder`: <PERSON_1>; `surrogate`: a realistic Swiss value
#: that keeps check digits valid; `mask`: every letter and digit becomes '*'.
OPERATORS = ("placeholder", "surrogate", "mask")
DEFAULT_OPERATOR = "placeholder"


def check_entity(name: str) -> str:
    key = (name or "").strip().upper()
    if key not in ENTITY_TYPES:
        raise ValidationError(
            f"unknown entity '{name}': use one of " + ", ".join(ENTITY_TYPES))
    return key


def check_operators(mapping: dict[str, str]) -> dict[str, str]:
    """Validate an entity → operator mapping (keys may also be 'DEFAULT')."""
    out = {}
    for entity, op in mapping.items():
        key = "DEFAULT" if entity.strip().upper() == "DEFAULT" else check_entity(entity)
        value = (op or "").strip().lower()
        if value not in OPERATORS:
            raise ValidationError(
                f"unknown operator '{op}' for {key}: use one of " + ", ".join(OPERATORS))
        out[key] = value
    return out


def operator_for(entity: str, operators: dict[str, str] | None) -> str:
    ops = operators or {}
    return ops.get(entity) or ops.get("DEFAULT") or DEFAULT_OPERATOR
