"""The locales our users curate for.

Swiss German (`gsw`) is a language of its own here, never an alias of `de-CH`: it is
curated, signed off and scored separately, because a model that answers a Zürich customer
in standard German has failed that customer.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ValidationError


@dataclass(frozen=True)
class Locale:
    code: str
    name: str
    #: ISO 639-1 language used for spaCy pipelines and sacrebleu tokenization.
    language: str


LOCALES: dict[str, Locale] = {
    loc.code: loc
    for loc in (
        Locale("de-CH", "German (Switzerland)", "de"),
        Locale("gsw", "Swiss German", "de"),
        Locale("fr-CH", "French (Switzerland)", "fr"),
        Locale("it-CH", "Italian (Switzerland)", "it"),
        Locale("rm", "Romansh", "rm"),
        Locale("en", "English", "en"),
    )
}

LOCALE_CODES: tuple[str, ...] = tuple(LOCALES)

# Spellings people type that mean exactly one of our locales. Plain "de" is deliberately
# absent: it could be de-CH or gsw, and guessing would merge them.
_ALIASES = {
    "de-ch": "de-CH", "de_ch": "de-CH",
    "gsw": "gsw", "gsw-ch": "gsw", "gsw_ch": "gsw", "de-ch-gsw": "gsw",
    "fr-ch": "fr-CH", "fr_ch": "fr-CH",
    "it-ch": "it-CH", "it_ch": "it-CH",
    "rm": "rm", "rm-ch": "rm", "rm_ch": "rm", "roh": "rm",
    "en": "en", "en-gb": "en", "en-us": "en", "en_gb": "en", "en_us": "en", "en-ch": "en",
}


def parse_locale(value: str) -> str:
    """Return the canonical locale code for `value`, or raise a ValidationError saying why."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError("locale is missing: use one of " + ", ".join(LOCALE_CODES))
    key = value.strip().lower()
    if key in _ALIASES:
        return _ALIASES[key]
    hint = ""
    if key in {"de", "deu", "ger", "german"}:
        hint = " ('de' is ambiguous: use de-CH for standard German or gsw for Swiss German)"
    raise ValidationError(f"unknown locale '{value}'{hint}: use one of " + ", ".join(LOCALE_CODES))


def is_locale(value: str) -> bool:
    try:
        parse_locale(value)
    except ValidationError:
        return False
    return True
