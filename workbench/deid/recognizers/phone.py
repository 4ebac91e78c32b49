"""Phone numbers as Swiss people write them: +41 44 123 45 67, 0041 79…, +41 (0)61…,
044 123 45 67, 079/123 45 67, 0791234567, and foreign numbers in international format.

A Swiss number has 9 digits after the leading 0 (or after +41); the area or mobile code never
starts with 0, which keeps "0076 2011…" inside an IBAN from reading as a phone number.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import SwissRecognizer

_SEP = r"[ \t./-]?"
_PHONE = re.compile(
    r"(?<![\w+'’.,])(?:"
    r"(?P<ch>(?:\+|00)[ ]?41[ ]?(?:\(0\)[ ]?)?[1-9]\d(?:" + _SEP + r"\d){7})"
    r"|(?P<li>(?:\+|00)[ ]?423[ ]?\d{3}" + _SEP + r"\d{2}" + _SEP + r"\d{2})"
    r"|(?P<national>0[1-9]\d(?:" + _SEP + r"\d){7})"
    r"|(?P<foreign>\+(?!41)[1-9]\d{0,2}[ ]?(?:\(0\)[ ]?)?\d{1,4}(?:[ ./-]?\d){5,10})"
    r")(?![\w'’]|[.,]\d)")


class SwissPhoneRecognizer(SwissRecognizer):
    ENTITY = "PHONE_NUMBER"
    CONTEXT = ("Tel", "Telefon", "Telefonnummer", "Natel", "Natelnummer", "Natelnummere", "Handy",
               "Mobile", "mobil", "Mobilnummer", "Nummer", "Nummere", "anrufen", "zurückrufen",
               "aaglüte", "lütte", "zruggrüefe", "erreichbar", "téléphone", "tél", "portable",
               "rappeler", "joignable", "appelé", "telefono", "cellulare", "richiamare",
               "raggiungibile", "chiamato", "telefon", "telefonin", "telefonà", "cuntanschibel",
               "numer", "phone", "call", "reach", "mobile", "fax", "SMS", "WhatsApp")

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        for m in _PHONE.finditer(text):
            kind = m.lastgroup
            digits = sum(ch.isdigit() for ch in m.group())
            if kind == "foreign" and not 8 <= digits <= 15:
                continue
            score = {"ch": 0.8, "li": 0.8, "national": 0.7, "foreign": 0.55}[kind]
            if self.near_context(text, m.start(), m.end(), before=40):
                score = 0.95
            yield m.start(), m.end(), score
