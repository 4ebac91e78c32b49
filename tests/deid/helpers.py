"""Small helpers shared by the de-identification tests."""

from __future__ import annotations


def detected(text: str, locale: str = "de-CH") -> list[tuple[str, str]]:
    """(entity, text) of every span the full analyzer finds, in order."""
    from workbench.deid.analyze import analyze_text

    return [(s.entity, text[s.start:s.end]) for s in analyze_text(text, locale)]


def values(text: str, entity: str, locale: str = "de-CH") -> list[str]:
    return [v for e, v in detected(text, locale) if e == entity]
