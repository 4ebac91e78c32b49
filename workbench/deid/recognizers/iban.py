"""Swiss and Liechtenstein IBAN: CH/LI + 2 check digits + 17 characters (mod 97).

Written grouped by four (CH93 0076 2011 6238 5295 7) or in one block. Only a valid mod-97
checksum counts, so a reference number that starts with CH does not.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from ..checksums import is_valid_iban


class SwissIbanRecognizer(PatternRecognizer):
    ENTITY = "IBAN_CODE"
    PATTERNS = [
        Pattern("CH/LI IBAN", r"(?<![\w])(?:CH|LI)\d{2}(?:[ ]?[0-9A-Z]){17}(?![\w])", 0.5),
    ]
    CONTEXT = ["IBAN", "Konto", "Kontonummer", "Bankverbindung", "Kontoverbindig", "compte",
               "conto", "conto bancario", "quint da banca", "account", "bank details"]

    def __init__(self, supported_language: str = "de-CH"):
        super().__init__(supported_entity=self.ENTITY, name="SwissIbanRecognizer",
                         supported_language=supported_language, patterns=list(self.PATTERNS),
                         context=self.CONTEXT, global_regex_flags=0)

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid_iban(pattern_text)
