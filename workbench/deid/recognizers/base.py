"""What our recognizers share: a Presidio LocalRecognizer that finds spans with plain regular
expressions and checks context words on the surface text.

Presidio's own context enhancer compares lemmas, and a blank spaCy pipeline (all our locales
but fr-CH, unless a model is installed) has none; lemmas of Swiss German or Romansh would
not help either. So each recognizer looks for its context words itself, in all six of our
languages at once: back-office texts mix them ("Natel", "AVS", "Tel.") freely.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

#: Below this a recognizer's candidate is not reported (the analyzer's threshold too).
MIN_SCORE = 0.5


def words_regex(words: Iterable[str]) -> re.Pattern:
    """A case-insensitive regex for any of `words`, starting at a word boundary (so 'Tel'
    matches 'Tel.' and 'Telefon', never 'Hotel')."""
    alts = sorted({re.escape(w) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(alts) + ")", re.IGNORECASE)


def has_context(text: str, start: int, end: int, regex: re.Pattern | None, *,
                before: int = 45, after: int = 0) -> bool:
    if regex is None:
        return False
    if before and regex.search(text, max(0, start - before), start):
        return True
    return bool(after and regex.search(text, end, min(len(text), end + after)))


class SwissRecognizer(LocalRecognizer):
    """Base of our recognizers: subclasses set ENTITY and CONTEXT and implement `find`."""

    ENTITY = ""
    CONTEXT: tuple[str, ...] = ()

    def __init__(self, supported_language: str):
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language,
                         name=type(self).__name__, context=list(self.CONTEXT))
        self._context_re = words_regex(self.CONTEXT) if self.CONTEXT else None

    def load(self) -> None:  # nothing to load: patterns are compiled at import
        pass

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        raise NotImplementedError

    def near_context(self, text: str, start: int, end: int, *, before: int = 45,
                     after: int = 0) -> bool:
        return has_context(text, start, end, self._context_re, before=before, after=after)

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: D102 (Presidio's API)
        if entities and self.ENTITY not in entities:
            return []
        out = []
        for start, end, score in self.find(text):
            if score < MIN_SCORE or end <= start:
                continue
            out.append(RecognizerResult(
                entity_type=self.ENTITY, start=start, end=end, score=min(score, 1.0),
                analysis_explanation=AnalysisExplanation(
                    recognizer=self.name, original_score=score,
                    textual_explanation=f"Detected by {self.name}"),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return out
