"""Passport and identity card numbers.

A Swiss passport or identity card number is one letter and seven digits (X1234567, C1234567);
foreign documents vary (a UK passport has nine digits). None of them has a public check digit,
so a candidate is only reported next to a document word: Pass, Identitätskarte, passeport,
carta d'identità, carta d'identitad, passport, ID…
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import SwissRecognizer

_CANDIDATE = re.compile(r"(?<![\w.-])(?:[A-Z]\d{7}|[A-Z]{1,2}\d{6,8}|[A-Z0-9]{8,9}|\d{9})(?![\w-])")


class SwissIdDocumentRecognizer(SwissRecognizer):
    ENTITY = "ID_DOCUMENT"
    CONTEXT = ("Pass", "Reisepass", "Passnummer", "Pass-Nr", "Identitätskarte", "ID-Karte", "ID",
               "IDK", "Ausweis", "Ausweisnummer", "passeport", "carte d'identité",
               "pièce d'identité", "passaporto", "carta d'identità", "documento",
               "carta d'identitad", "passport", "identity card", "ID card", "document")

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        for m in _CANDIDATE.finditer(text):
            value = m.group()
            if not any(ch.isdigit() for ch in value) or sum(ch.isdigit() for ch in value) < 5:
                continue
            if self.near_context(text, m.start(), m.end(), before=45):
                yield m.start(), m.end(), 0.85 if value[0].isalpha() else 0.75
