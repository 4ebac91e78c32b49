"""Items, revisions and their life cycle.

Two kinds of item: a training `pair` (prompt → response) and a `holdout` evaluation item
(prompt → reference answer, plus optional regression checks). Content is immutable once
written: an edit creates a new revision, and a sign-off names the exact revision by its
content hash, so an edit necessarily voids it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from enum import Enum

from .check_regex import check_pattern
from .errors import StateError, ValidationError
from .hashing import sha256_hex
from .locales import parse_locale

#: Longest text we accept in one field. Long enough for a contract clause with context,
#: short enough that a pasted binary or a whole PDF dump is refused rather than trained on.
MAX_TEXT_CHARS = 32_000
MAX_TAGS = 32


class Kind(str, Enum):
    PAIR = "pair"
    HOLDOUT = "holdout"

    @classmethod
    def parse(cls, value: str) -> "Kind":
        v = (value or "").strip().lower()
        if v in {"pair", "pairs", "train", "training"}:
            return cls.PAIR
        if v in {"holdout", "hold-out", "eval", "evaluation"}:
            return cls.HOLDOUT
        raise ValidationError(f"unknown item kind '{value}': use 'pairs' or 'holdout'")


class Status(str, Enum):
    DRAFT = "draft"
    DEIDENTIFIED = "deidentified"
    IN_REVIEW = "in_review"
    SIGNED_OFF = "signed_off"
    REJECTED = "rejected"


# Allowed moves of the life cycle. Every new revision (an edit, an anonymization, an undo)
# starts as DRAFT (store/items.py `new_revision`), so this table only lists forward moves.
TRANSITIONS: dict[Status, set[Status]] = {
    Status.DRAFT: {Status.DEIDENTIFIED, Status.REJECTED},
    Status.DEIDENTIFIED: {Status.IN_REVIEW, Status.SIGNED_OFF, Status.REJECTED},
    Status.IN_REVIEW: {Status.SIGNED_OFF, Status.REJECTED, Status.DEIDENTIFIED},
    Status.SIGNED_OFF: {Status.REJECTED},
    Status.REJECTED: {Status.DRAFT},
}

SIGNABLE = {Status.DEIDENTIFIED, Status.IN_REVIEW}


def check_transition(current: Status | str, target: Status | str) -> None:
    cur, tgt = Status(current), Status(target)
    if tgt not in TRANSITIONS[cur]:
        why = ""
        if tgt is Status.SIGNED_OFF and cur is Status.DRAFT:
            why = ": de-identify it first (workbench deid run)"
        raise StateError(f"cannot move an item from '{cur.value}' to '{tgt.value}'{why}")


@dataclass(frozen=True)
class Checks:
    """Regression checks of a hold-out item, evaluated on every generated answer."""

    required: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    regex: str | None = None
    exact: str | None = None

    @classmethod
    def from_dict(cls, data: dict | None) -> "Checks":
        if not data:
            return cls()
        if not isinstance(data, dict):
            raise ValidationError("'checks' must be an object with required/forbidden/regex/exact")
        unknown = set(data) - {"required", "forbidden", "regex", "exact"}
        if unknown:
            raise ValidationError(f"unknown check(s) {sorted(unknown)}: use required, forbidden, regex, exact")

        def terms(name):
            v = data.get(name) or []
            if isinstance(v, str):
                v = [v]
            if not isinstance(v, list) or not all(isinstance(t, str) and t.strip() for t in v):
                raise ValidationError(f"checks.{name} must be a list of non-empty strings")
            return tuple(t.strip() for t in v)

        regex = data.get("regex")
        if regex is not None:
            if not isinstance(regex, str):
                raise ValidationError("checks.regex must be a string")
            check_pattern(regex)  # compiles, and cannot run away on some answer
        exact = data.get("exact")
        if exact is not None and not isinstance(exact, str):
            raise ValidationError("checks.exact must be a string")
        return cls(terms("required"), terms("forbidden"), regex or None, exact or None)

    def as_dict(self) -> dict:
        d = {"required": list(self.required), "forbidden": list(self.forbidden)}
        if self.regex:
            d["regex"] = self.regex
        if self.exact:
            d["exact"] = self.exact
        return d

    def __bool__(self) -> bool:
        return bool(self.required or self.forbidden or self.regex or self.exact)


def clean_text(value, field_name: str, *, required: bool) -> str:
    """Validate one text field: a str, no binary, not oversized; NFC-normalised."""
    if value is None:
        if required:
            raise ValidationError(f"'{field_name}' is missing")
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"'{field_name}' must be text, got {type(value).__name__}")
    check_unicode(field_name, value)
    if "\x00" in value or _looks_binary(value):
        raise ValidationError(f"'{field_name}' contains binary data (control characters)")
    if len(value) > MAX_TEXT_CHARS:
        raise ValidationError(
            f"'{field_name}' is {len(value):,} characters, over the limit of {MAX_TEXT_CHARS:,}: split it")
    text = unicodedata.normalize("NFC", value).strip()
    if required and not text:
        raise ValidationError(f"'{field_name}' is empty")
    return text


_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_unicode(field_name: str, *values: str) -> None:
    """Refuse unpaired surrogates (a JSON escape like "\\ud800" decodes to one): SQLite
    stores UTF-8, which cannot encode them, so they would fail deep inside a write."""
    for value in values:
        found = _SURROGATE.search(value)
        if found:
            raise ValidationError(
                f"'{field_name}' holds an unpaired surrogate (U+{ord(found.group()):04X}) at "
                f"character {found.start() + 1}, which is not valid Unicode text: fix the escape "
                "sequence or re-save the file as UTF-8")


def _looks_binary(value: str) -> bool:
    # A couple of stray control characters can come from copy-paste; many mean a binary blob
    # (or a file decoded with the wrong codec, which shows up as U+FFFD).
    hits = len(_CONTROL.findall(value[:4096]))
    return hits > 2


@dataclass(frozen=True)
class ItemContent:
    """What a revision holds. For a holdout item `response` is the reference answer."""

    kind: Kind
    locale: str
    prompt: str
    response: str
    system: str = ""
    tags: tuple[str, ...] = ()
    source: str = ""
    checks: Checks = field(default_factory=Checks)

    @classmethod
    def create(cls, *, kind, locale, prompt, response, system=None, tags=None, source=None,
               checks=None) -> "ItemContent":
        kind = kind if isinstance(kind, Kind) else Kind.parse(kind)
        answer_name = "response" if kind is Kind.PAIR else "reference"
        if tags is None:
            tags = ()
        if isinstance(tags, str):
            tags = [t for t in re.split(r"[,;]", tags)]
        if not isinstance(tags, (list, tuple)) or not all(isinstance(t, str) for t in tags):
            raise ValidationError("'tags' must be a list of strings")
        tags = tuple(sorted({t.strip().lower() for t in tags if t.strip()}))
        if len(tags) > MAX_TAGS:
            raise ValidationError(f"too many tags ({len(tags)}; at most {MAX_TAGS})")
        check_unicode("tags", *tags)
        chk = checks if isinstance(checks, Checks) else Checks.from_dict(checks)
        check_unicode("checks", *chk.required, *chk.forbidden, chk.regex or "", chk.exact or "")
        if kind is Kind.PAIR and chk:
            raise ValidationError("'checks' only apply to hold-out items")
        return cls(
            kind=kind,
            locale=parse_locale(locale),
            prompt=clean_text(prompt, "prompt", required=True),
            response=clean_text(response, answer_name, required=True),
            system=clean_text(system, "system", required=False),
            tags=tags,
            source=clean_text(source, "source", required=False)[:500],
            checks=chk,
        )

    def hashable(self) -> dict:
        """The fields a signature covers. Tags and source are metadata, not signed content."""
        return hashable_fields(self.kind.value, self.locale, self.prompt, self.response, self.system,
                               self.checks.as_dict())

    @functools.cached_property
    def field_hashes(self) -> dict[str, str]:
        return field_hashes(self.prompt, self.response, self.system, self.checks.as_dict())

    @functools.cached_property
    def content_hash(self) -> str:
        # Cached: imports of 100k items ask for it several times per item.
        return content_hash_of_fields(self.kind.value, self.locale, self.field_hashes)

    @functools.cached_property
    def dedup_key(self) -> str:
        return _dedup_key(self)

    def as_dict(self) -> dict:
        d = asdict(self)
        d["kind"] = self.kind.value
        d["tags"] = list(self.tags)
        d["checks"] = self.checks.as_dict()
        return d


def hashable_fields(kind: str, locale: str, prompt: str, response: str, system: str, checks: dict) -> dict:
    """What a revision's content hash covers, from its stored fields."""
    return {"kind": kind, "locale": locale, "prompt": prompt, "response": response, "system": system,
            "checks": checks}


#: How a revision's content hash is made (the `hash_scheme` column of revisions).
#: 1 (before schema v7): SHA-256 of the canonical JSON of `hashable_fields`.
#: 2: SHA-256 of kind, locale and the SHA-256 of each field ("hash of hashes"). Erasing an
#:    original text (a data-protection request) keeps the field hashes, so the content hash,
#:    every signature and every snapshot over it still verify without the text.
HASH_SCHEME = 2


def field_hashes(prompt: str, response: str, system: str, checks: dict) -> dict[str, str]:
    return {"prompt": sha256_hex(prompt), "response": sha256_hex(response), "system": sha256_hex(system),
            "checks": sha256_hex(checks)}


def content_hash_of_fields(kind: str, locale: str, hashes: dict[str, str]) -> str:
    return sha256_hex({"scheme": HASH_SCHEME, "kind": kind, "locale": locale, "fields": hashes})


def stored_content_hash(kind: str, locale: str, prompt: str, response: str, system: str, checks: dict,
                        scheme: int = HASH_SCHEME) -> str:
    """The content hash of stored fields, in the scheme the revision was written with."""
    if scheme == 1:
        return sha256_hex(hashable_fields(kind, locale, prompt, response, system, checks))
    return content_hash_of_fields(kind, locale, field_hashes(prompt, response, system, checks))


def signoff_meaning(kind: Kind | str, locale: str) -> str:
    """The sentence a signer agrees to, shown verbatim and stored with the signature."""
    kind = Kind(kind) if not isinstance(kind, Kind) else kind
    what = "training data" if kind is Kind.PAIR else "hold-out evaluation items"
    return f"approved as {what} for {locale}"


def dedup_key(content: ItemContent) -> str:
    """Two items are duplicates when kind, locale, prompt and answer match up to case and
    whitespace (a system prompt or tags do not make a copied pair new training data)."""
    return content.dedup_key


def _dedup_key(content: ItemContent) -> str:
    def norm(t: str) -> str:
        return " ".join(t.casefold().split())
    return sha256_hex([content.kind.value, content.locale, norm(content.prompt), norm(content.response)])
