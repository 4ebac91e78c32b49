"""Realistic Swiss stand-ins for personal data.

A surrogate keeps the shape of what it replaces — the separators of an AHV number, the
grouping of an IBAN, the canton of a plate — and passes the same check-digit validation, so
downstream systems and the model see plausible data. Values are drawn at random (from the OS
by default): nothing about a surrogate can be traced back to the original, and no mapping is
kept after the item is written.
"""

from __future__ import annotations

import random
import re

from . import lexicon
from .checksums import ean13_check_digit, iban_check_digits, uid_check_digit

_LANG = {"de-CH": "de", "gsw": "de", "fr-CH": "fr", "it-CH": "it", "rm": "rm", "en": "en"}
_UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _refill(template: str, digits: str) -> str:
    """Put `digits` into the digit positions of `template`, keeping every separator."""
    it = iter(digits)
    return "".join(next(it) if ch.isdigit() else ch for ch in template)


class SurrogateMaker:
    """Makes surrogates for one item; the same name token always gets the same stand-in."""

    def __init__(self, locale: str, rng: random.Random | None = None):
        self.rng = rng or random.SystemRandom()
        self.lang = _LANG.get(locale, "de")
        self._tokens: dict[str, str] = {}

    def make(self, entity: str, value: str) -> str:
        maker = getattr(self, "_" + entity.lower(), self._shape)
        for _ in range(20):  # a surrogate must never equal the value it hides
            out = maker(value)
            if out != value:
                return out
        return self._shape(value)

    # -- identifiers with check digits ----------------------------------------------------
    def _ch_ahv(self, value: str) -> str:
        body = "756" + _digits(self.rng, 9)
        return _refill(value, body + str(ean13_check_digit(body)))

    def _iban_code(self, value: str) -> str:
        compact = "".join(value.split()).upper()
        country = compact[:2] if compact[:2] in {"CH", "LI"} else "CH"
        bban = _digits(self.rng, 17)
        iban = country + iban_check_digits(country, bban) + bban
        if " " in value:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def _ch_uid(self, value: str) -> str:
        while True:
            body = _digits(self.rng, 8)
            check = uid_check_digit(body)
            if check is not None:
                break
        return "CHE" + _refill(value[3:], body + str(check))

    # -- contact data ---------------------------------------------------------------------
    def _phone_number(self, value: str) -> str:
        # Keep the country code and the area/mobile code (where the number is from says
        # little); replace the subscriber digits.
        m = re.match(r"(\+|00)?[ ]?(41|423)?[ ]?(\(0\)[ ]?)?0?\d{2}", value) if value.startswith(("+", "0")) else None
        keep = m.end() if m else 0
        tail = value[keep:]
        return value[:keep] + _refill(tail, _digits(self.rng, sum(c.isdigit() for c in tail)))

    def _email_address(self, value: str) -> str:
        first = self._pick_first(None).lower()
        last = self._pick_surname().lower()
        def clean(s: str) -> str:
            return re.sub(r"[^a-z]", "", s.translate(str.maketrans("äöüéèàçâêîôûëï", "aoueeacaeioueï")))

        return f"{clean(first)}.{clean(last)}@example.com"

    # -- people and places ----------------------------------------------------------------
    def _pick_first(self, gender: str | None) -> str:
        names = [n for n in lexicon.first_names().values() if not n.ambiguous
                 and (gender in (None, "u") or n.gender in (gender, "u"))]
        return self.rng.choice(names).name

    def _pick_surname(self) -> str:
        return self.rng.choice([s for s, amb in lexicon.surnames().items() if not amb])

    def _person(self, value: str) -> str:
        firsts = lexicon.first_names()
        out = []
        for token in re.split(r"(\s+)", value):
            if not token or token.isspace() or not token[0].isalpha() or token.islower():
                out.append(token)  # keep spaces and particles (von, de, di)
                continue
            if token not in self._tokens:
                known = firsts.get(token) or firsts.get(token.split("-")[0])
                self._tokens[token] = self._pick_first(known.gender) if known else self._pick_surname()
            out.append(self._tokens[token])
        return "".join(out)

    def _ch_address(self, value: str) -> str:
        if value[:1].isdigit() or value.startswith(("CH-", "FL-", "LI-")):
            npa, place = self.rng.choice(lexicon.postcodes().get(self.lang) or lexicon.postcodes()["de"])
            return f"{npa} {place}"
        street = self.rng.choice(lexicon.streets().get(self.lang) or lexicon.streets()["de"])
        return f"{street} {self.rng.randint(1, 120)}"

    def _date_of_birth(self, value: str) -> str:
        year = re.search(r"(19|20)\d{2}", value)
        y = int(year.group()) if year else 1980
        y = min(2020, max(1920, y + self.rng.randint(-3, 3)))
        d, m = self.rng.randint(1, 28), self.rng.randint(1, 12)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return f"{y:04d}-{m:02d}-{d:02d}"
        if "/" in value:
            return f"{d:02d}/{m:02d}/{y:04d}"
        return f"{d:02d}.{m:02d}.{y:04d}"

    def _ch_car_plate(self, value: str) -> str:
        return value[:2] + _refill(value[2:], _digits(self.rng, sum(c.isdigit() for c in value[2:])))

    def _shape(self, value: str) -> str:
        """Any other value: letters for letters, digits for digits, separators kept."""
        return "".join(self.rng.choice("0123456789") if ch.isdigit() else
                       self.rng.choice(_UPPER) if ch.isupper() else
                       self.rng.choice(_UPPER).lower() if ch.isalpha() else ch for ch in value)
