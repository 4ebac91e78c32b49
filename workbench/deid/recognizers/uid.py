"""UID / IDE / IDI, the Swiss business identification number: CHE-123.456.789.

Mod 11 check digit over the eight digits before it (weights 5,4,3,2,7,6,5,4). The VAT
suffix (MWST, TVA, IVA, TPV, VAT) is not part of the number and stays in the text.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from ..checksums import is_valid_uid


class SwissUidRecognizer(PatternRecognizer):
    ENTITY = "CH_UID"
    PATTERNS = [
        Pattern("UID", r"(?<![\w])CHE[-\s.]?\d{3}[.\s]?\d{3}[.\s]?\d{3}(?![\w]|\.\d)", 0.5),
    ]
    CONTEXT = ["UID", "IDE", "IDI", "MWST", "TVA", "IVA", "TPV", "VAT", "Handelsregister",
               "registre du commerce", "registro di commercio", "register da commerzi",
               "commercial register", "Unternehmens-Identifikationsnummer"]

    def __init__(self, supported_language: str = "de-CH"):
        super().__init__(supported_entity=self.ENTITY, name="SwissUidRecognizer",
                         supported_language=supported_language, patterns=list(self.PATTERNS),
                         context=self.CONTEXT, global_regex_flags=0)

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid_uid(pattern_text)
