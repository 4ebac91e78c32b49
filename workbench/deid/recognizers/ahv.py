"""AHV/AVS number (Swiss social security number, AHVN13): 756.xxxx.xxxx.xx.

756 is Switzerland's EAN country prefix; the 13th digit is an EAN-13 check digit, so a
number of the right shape with a wrong check digit is not an AHV number and stays.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from ..checksums import is_valid_ahv


class SwissAhvRecognizer(PatternRecognizer):
    ENTITY = "CH_AHV"
    PATTERNS = [
        # Dots (the official notation), spaces, or no separator at all.
        Pattern("AHV (separated)", r"(?<![\w.])756[.\s]\d{4}[.\s]\d{4}[.\s]\d{2}(?![\w]|\.\d)", 0.5),
        Pattern("AHV (compact)", r"(?<![\w.])756\d{10}(?![\w]|\.\d)", 0.4),
    ]
    CONTEXT = ["AHV", "AVS", "AHV-Nr", "AHV-Nummer", "AHV-Nummere", "AHVN13",
               "Sozialversicherungsnummer", "numéro AVS", "numero AVS", "numer AVS",
               "social security", "Versichertennummer"]

    def __init__(self, supported_language: str = "de-CH"):
        super().__init__(supported_entity=self.ENTITY, name="SwissAhvRecognizer",
                         supported_language=supported_language, patterns=list(self.PATTERNS),
                         context=self.CONTEXT)

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid_ahv(pattern_text)
