"""Turn an item's texts and their accepted spans into the anonymized texts, with
presidio-anonymizer.

Replacements are decided for the whole item before any text is rewritten, so the same value
gets the same replacement everywhere: "Lucia Bernasconi" in the prompt and "Bernasconi" in the
response both become <PERSON_1> (a shorter mention of a name already seen joins it), and a
surrogate name stays the same surrogate. The mapping lives only in memory while one item is
written: nothing that leads back to the real values is stored.
"""

from __future__ import annotations

import functools
import random
import re
from typing import Mapping

from .entities import ENTITY_TYPES, operator_for
from ..core.normalize import normalize
from .spans import PLACEHOLDER_RE, Span
from .surrogates import SurrogateMaker

FIELD_ORDER = ("system", "prompt", "response")


@functools.lru_cache(maxsize=1)
def _engine():
    from .engines import import_nlp_stack

    import_nlp_stack()
    from presidio_anonymizer import AnonymizerEngine

    return AnonymizerEngine()


def _norm(value: str) -> str:
    # As analysed (core/normalize.py): "Lu\u200bcia" and "Lucia" are one value, one replacement.
    return " ".join(normalize(value).text.casefold().split())


def _words(value: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", normalize(value).text.casefold()) if len(w) > 1)


class _Replacements:
    """value → replacement for one item, in order of first appearance."""

    def __init__(self, texts: Mapping[str, str], operators, locale, rng):
        self.operators = operators or {}
        self.surrogates = SurrogateMaker(locale, rng)
        self.by_key: dict[tuple[str, str], str] = {}
        self.seen: dict[str, str] = {}    # surface value → replacement, for the checks
        self.people: list[tuple[frozenset[str], str]] = []
        self.counters: dict[str, int] = {}
        # Continue after placeholders already in the item (a reviewer marked a missed span in
        # an item anonymized before): the new person must not become a second <PERSON_1>.
        for text in texts.values():
            for m in PLACEHOLDER_RE.finditer(text):
                self.counters[m.group(1)] = max(self.counters.get(m.group(1), 0), int(m.group(2)))

    def _placeholder(self, entity: str) -> str:
        label = ENTITY_TYPES[entity].label if entity in ENTITY_TYPES else entity
        self.counters[label] = self.counters.get(label, 0) + 1
        return f"<{label}_{self.counters[label]}>"

    def get(self, entity: str, value: str) -> str:
        key = (entity, _norm(value))
        if key in self.by_key:
            return self.by_key[key]
        op = operator_for(entity, self.operators)
        plain = normalize(value).text  # masks and surrogates follow the value as analysed
        if op == "mask":
            out = "".join("*" if ch.isalnum() else ch for ch in plain)
        elif entity == "PERSON" and op == "placeholder":
            words = _words(value)
            same = next((ph for known, ph in self.people if words and (words <= known or known <= words)), None)
            out = same or self._placeholder(entity)
            self.people.append((words, out))
        elif op == "surrogate":
            out = self.surrogates.make(entity, plain)
        else:
            out = self._placeholder(entity)
        self.by_key[key] = out
        self.seen.setdefault(value, out)
        if entity == "PERSON" and op == "placeholder":
            for word in re.findall(r"\w[\w'’-]{2,}", value):   # "Bernasconi" of "Lucia Bernasconi"
                if word[0].isupper():
                    self.seen.setdefault(word, out)
        return out

    def rewrite_term(self, term: str) -> str:
        """A hold-out check term with the item's replacements applied ("Bernasconi" →
        "<PERSON_1>"), so checks keep matching the anonymized reference and leak nothing."""
        for value in sorted(self.seen, key=len, reverse=True):
            if value in term:
                term = term.replace(value, self.seen[value])
        return term


def anonymize_fields(texts: Mapping[str, str], spans: Mapping[str, list[Span]], *,
                     operators: Mapping[str, str] | None = None, locale: str = "de-CH",
                     rng: random.Random | None = None) -> dict[str, str]:
    """The anonymized version of each text (fields without spans come back unchanged)."""
    return anonymize_item(texts, spans, operators=operators, locale=locale, rng=rng)[0]


def anonymize_item(texts: Mapping[str, str], spans: Mapping[str, list[Span]], *,
                   checks: Mapping | None = None, operators: Mapping[str, str] | None = None,
                   locale: str = "de-CH", rng: random.Random | None = None) -> tuple[dict[str, str], dict | None]:
    """Anonymized texts, and the hold-out checks (required, forbidden, exact) rewritten with
    the same replacements. A check regex is left as written: review it by hand."""
    out, new_checks, _ = anonymize_with_positions(texts, spans, checks=checks, operators=operators,
                                                  locale=locale, rng=rng)
    return out, new_checks


def anonymize_with_positions(texts: Mapping[str, str], spans: Mapping[str, list[Span]], *,
                             checks: Mapping | None = None, operators: Mapping[str, str] | None = None,
                             locale: str = "de-CH", rng: random.Random | None = None
                             ) -> tuple[dict[str, str], dict | None, dict[str, list[Span]]]:
    """As `anonymize_item`, plus where each replacement landed in the new texts (field → spans
    with the entity replaced): the analysis of the anonymized revision skips its own
    placeholders and surrogates there."""
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    reps = _Replacements(texts, operators, locale, rng)
    order = [f for f in FIELD_ORDER if f in texts] + [f for f in texts if f not in FIELD_ORDER]
    for f in order:  # decide replacements in reading order: <PERSON_1> is the first person
        for s in sorted(spans.get(f, []), key=lambda s: s.start):
            reps.get(s.entity, texts[f][s.start:s.end])
    out: dict[str, str] = {}
    placed: dict[str, list[Span]] = {}
    for f in order:
        text, found = texts[f], sorted(spans.get(f, []), key=lambda s: s.start)
        if not found:
            out[f] = text
            continue
        results = [RecognizerResult(s.entity, s.start, s.end, s.score) for s in found]
        ops = {e: OperatorConfig("custom", {"lambda": (lambda v, e=e: reps.get(e, v))})
               for e in {s.entity for s in found}}
        result = _engine().anonymize(text=text, analyzer_results=results, operators=ops,
                                     merge_entities_with_spaces=False)
        out[f] = result.text
        placed[f] = sorted((Span(r.start, r.end, r.entity_type, 1.0, "anonymizer") for r in result.items),
                           key=lambda s: s.start)
    new_checks = None
    if checks:
        new_checks = dict(checks)
        for name in ("required", "forbidden"):
            if new_checks.get(name):
                new_checks[name] = [reps.rewrite_term(t) for t in new_checks[name]]
        if new_checks.get("exact"):
            new_checks["exact"] = reps.rewrite_term(new_checks["exact"])
    return out, new_checks, placed
