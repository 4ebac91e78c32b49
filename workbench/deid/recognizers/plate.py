"""Swiss car plates: the canton's two letters and up to six digits (ZH 123456, LU 184 220).

Two capital letters and a number are common in other texts too (a company "… AG 2023", a
law "SO 2"), so a plate without a vehicle word nearby is only reported when it has five or
more digits.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import SwissRecognizer

_CANTONS = ("AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH|FL")
_PLATE = re.compile(rf"(?<![\w-])(?:{_CANTONS})[ ·.-]?(?:\d{{1,3}}[ ']\d{{3}}|\d{{1,6}})(?![\w'’]|[.,]\d)")
_COMPANY_BEFORE = re.compile(r"[A-ZÄÖÜ][\w&.-]*[ ]$")


class SwissCarPlateRecognizer(SwissRecognizer):
    ENTITY = "CH_CAR_PLATE"
    CONTEXT = ("Kontrollschild", "Nummernschild", "Nummeräschild", "Autonummer", "Kennzeichen",
               "Fahrzeug", "Auto", "Wagen", "Nummere", "parkiert", "immatriculé", "immatriculation",
               "plaque", "véhicule", "voiture", "stationné", "targa", "veicolo", "parcheggiato",
               "vehichel", "numer", "parcà", "plate", "vehicle", "car", "parked", "registration")

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        for m in _PLATE.finditer(text):
            start, end = m.span()
            digits = sum(ch.isdigit() for ch in m.group())
            if self.near_context(text, start, end, before=50):
                yield start, end, 0.85
            elif digits >= 5 and not (text[start:start + 2] == "AG" and
                                      _COMPANY_BEFORE.search(text, max(0, start - 40), start)):
                yield start, end, 0.6  # but not "Muster AG 20240": the company form
