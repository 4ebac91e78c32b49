"""Person names from a spaCy NER model, where one is installed for the locale.

Presidio's SpacyRecognizer reports every PER entity as is. Small models also tag salutations
and product names ("Bonjour", "Madame"), and include a leading title in the span, so this
recognizer trims titles and drops entities that cannot be a name: no capitalised word left,
digits, all capitals, or only stop-list words.
"""

from __future__ import annotations

import re

from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from .. import lexicon
from .person import LEGAL_FORM

_PARTICLES = {"de", "du", "des", "di", "da", "del", "della", "von", "van", "le", "la"}
_NOUNISH = re.compile(r"(?:erie|eria|aria|ung|heit|keit|schaft|ation|zione|ziun|garage|garascha|"
                      r"hotel|bank|banca|banque|immobilier|immobiliare|impianti|consulenze|"
                      r"consulting|logistik|transport|elektro|holz)$", re.IGNORECASE)
_LEADING_TITLE = re.compile(
    r"^(?:(?:Herrn?|Frau|Monsieur|Madame|Mme|M\.|Mlle|Signor[ea]?|Sig\.(?:ra)?|signur|dunna|"
    r"Mrs?\.?|Ms\.?|Dr\.?|Prof\.?|Maître|Me)[ ]+)+")


class NerPersonRecognizer(SpacyRecognizer):
    ENTITY = "PERSON"

    def __init__(self, supported_language: str, model_name: str = ""):
        super().__init__(supported_language=supported_language, supported_entities=["PERSON"],
                         name="NerPersonRecognizer")
        self.model_name = model_name
        self._stop = lexicon.not_names()
        self._first = lexicon.first_names()
        self._sur = lexicon.surnames()

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: D102 (Presidio's API)
        out = []
        for res in super().analyze(text, entities or ["PERSON"], nlp_artifacts):
            span = text[res.start:res.end]
            if LEGAL_FORM.match(text, res.end):
                continue
            m = _LEADING_TITLE.match(span)
            if m:
                res.start += m.end()
                span = span[m.end():]
            # Business words at either end ("Boulangerie Pittet SA") are not the person's name.
            words = [(m.group(), m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", span)]
            while words and (words[-1][0] in self._stop or _NOUNISH.search(words[-1][0])):
                words.pop()
            while words and (words[0][0] in self._stop or _NOUNISH.search(words[0][0])):
                words.pop(0)
            if not words or len(words) > 5:
                continue
            stripped = span[words[0][1]:words[-1][2]]
            if any(ch.isdigit() for ch in stripped) or "\n" in stripped or stripped.isupper() \
                    or not all(w[0][0].isupper() or w[0] in _PARTICLES for w in words):
                continue
            # One capitalised word is as often a sentence's first noun ("Constat", "Pièce")
            # as a surname: alone, it counts only when our lists know it as a name.
            if len(words) == 1 and not (words[0][0] in self._first or words[0][0] in self._sur):
                continue
            res.start, res.end = res.start + words[0][1], res.start + words[-1][2]
            out.append(res)
        return out
