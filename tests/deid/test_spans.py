"""How overlapping detections are reconciled before anything is written or replaced."""

from __future__ import annotations

from workbench.deid.spans import Span, resolve


def test_checksum_match_swallows_what_it_contains():
    text = "IBAN CH93 0076 2011 6238 5295 7."
    spans = [Span(5, 31, "IBAN_CODE", 1.0), Span(10, 25, "PHONE_NUMBER", 0.8)]
    assert resolve(text, spans) == [Span(5, 31, "IBAN_CODE", 1.0)]


def test_partial_overlap_keeps_the_weaker_spans_own_part():
    text = "Madame Claire Rochat, Rue du Marché 12, 1204 Genève"
    ner = Span(7, 25, "PERSON", 0.85)          # "Claire Rochat, Rue" as a small model sees it
    street = Span(22, 38, "CH_ADDRESS", 0.85)  # "Rue du Marché 12"
    out = resolve(text, [ner, street])
    assert [(s.entity, text[s.start:s.end]) for s in out] == [
        ("PERSON", "Claire Rochat"), ("CH_ADDRESS", "Rue du Marché 12")]


def test_a_longer_span_of_the_same_kind_wins_and_placeholders_are_never_spans():
    text = "<PERSON_1> und Anna Meier"
    out = resolve(text, [Span(0, 10, "PERSON", 0.9), Span(15, 19, "PERSON", 0.9),
                         Span(15, 25, "PERSON", 0.7)])
    assert [(s.start, s.end) for s in out] == [(15, 25)]
