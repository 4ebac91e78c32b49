"""One Presidio analyzer per locale, built once per process.

Each locale gets a spaCy pipeline and our Swiss recognizers. The pipeline is the best NER
model installed for the locale's language (a larger one when the user installed it), or a
blank pipeline for that language: the recognizers then still run, and names come from the
rule-based person recognizer. Nothing here downloads anything — Presidio's SpacyNlpEngine
would call `spacy.cli.download` for a missing model, so we hand it pipelines already loaded.

Building an engine loads spaCy (and a model): seconds. Engines are cached per process, and
`spacy`/`presidio` are imported inside the functions so `workbench --help` stays fast.
"""

from __future__ import annotations

import functools
import importlib.metadata
import os
from dataclasses import dataclass, field

from ..core.locales import LOCALES, parse_locale

#: NER models we look for, best first. gsw uses German models: trained on standard German,
#: they still find most names in dialect, and better than rules alone. Romansh has no model
#: of its own; the multilingual WikiNER model is the fallback everywhere.
MODEL_CANDIDATES: dict[str, tuple[str, ...]] = {
    "de-CH": ("de_core_news_lg", "de_core_news_md", "de_core_news_sm", "xx_ent_wiki_sm"),
    "gsw": ("de_core_news_lg", "de_core_news_md", "de_core_news_sm", "xx_ent_wiki_sm"),
    "fr-CH": ("fr_core_news_lg", "fr_core_news_md", "fr_core_news_sm", "xx_ent_wiki_sm"),
    "it-CH": ("it_core_news_lg", "it_core_news_md", "it_core_news_sm", "xx_ent_wiki_sm"),
    "rm": ("xx_ent_wiki_sm",),
    "en": ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "xx_ent_wiki_sm"),
}
#: Language of the blank pipeline when no model is installed (spaCy has no Romansh).
BLANK_LANGUAGE = {"de-CH": "de", "gsw": "de", "fr-CH": "fr", "it-CH": "it", "rm": "xx", "en": "en"}
#: Override, e.g. WORKBENCH_SPACY_MODELS="de-CH=de_core_news_lg,rm=none,it-CH=/opt/models/it".
MODELS_ENV = "WORKBENCH_SPACY_MODELS"
# Components a NER-only pass does not need; excluding them roughly halves the time per text.
_UNUSED_PIPES = ["parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter", "tagger",
                 "entity_linker", "textcat"]
PERSON_LABELS = {"PER", "PERSON"}


@dataclass(frozen=True)
class NameDetection:
    """What finds person names in one locale, for the GUI and `workbench deid engines`."""

    locale: str
    model: str | None            # the spaCy package (or path) whose NER is used, if any
    model_version: str | None
    blank_language: str
    rules: tuple[str, ...] = field(default=())

    @property
    def summary(self) -> str:
        ner = (f"spaCy NER {self.model} {self.model_version or ''}".strip() if self.model
               else f"no NER model (blank spaCy '{self.blank_language}' pipeline)")
        return f"{LOCALES[self.locale].name}: {ner} + " + ", ".join(self.rules)

    def as_dict(self) -> dict:
        return {"locale": self.locale, "model": self.model, "model_version": self.model_version,
                "blank_language": self.blank_language, "rules": list(self.rules),
                "summary": self.summary}


def _override(locale: str) -> str | None:
    for part in os.environ.get(MODELS_ENV, "").split(","):
        if "=" in part:
            key, value = (x.strip() for x in part.split("=", 1))
            if key and parse_locale(key) == locale:
                return value
    return None


def _installed_version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def choose_model(locale: str) -> tuple[str | None, str | None]:
    """(model package or path, version) for a locale, or (None, None) for a blank pipeline."""
    locale = parse_locale(locale)
    forced = _override(locale)
    if forced is not None:
        if forced.lower() in {"", "none", "blank"}:
            return None, None
        return forced, _installed_version(forced) if "/" not in forced else None
    for name in MODEL_CANDIDATES[locale]:
        version = _installed_version(name)
        if version:
            return name, version
    return None, None


def name_detection(locale: str) -> NameDetection:
    """What detects names in `locale` (cheap: reads package metadata, loads nothing)."""
    from .lexicon import first_names, surnames

    locale = parse_locale(locale)
    model, version = choose_model(locale)
    rules = ("titles (Herr/Frau, Monsieur/Madame, Signor/Signora, signur/dunna, Mr/Mrs…)",
             f"Swiss name lists ({len(first_names())} first names, {len(surnames())} surnames)",
             "closing formulas, greetings, headers and labels",
             "repeats of a name found elsewhere in the item")
    return NameDetection(locale, model, version, BLANK_LANGUAGE[locale], rules)


def import_nlp_stack(model: str | None = None) -> None:
    """Import spaCy and Presidio without dragging in torch and transformers.

    Presidio imports transformers (and with it torch) when they are installed, for NLP
    engines we do not use; here they are installed for training. That costs ~8 s and ~500 MB
    per process before the first text. Both are hidden while the two libraries import (they
    guard those imports with `except ImportError`) and visible again right after, so training
    code in the same process imports them as usual. Not done for transformer-based spaCy
    models (`*_trf`), which need torch, nor while other threads run (one could be importing
    torch at that very moment).
    """
    import sys
    import threading

    if "presidio_analyzer" in sys.modules and "spacy" in sys.modules:
        return
    hide = []
    if threading.active_count() == 1 and not str(model or "").endswith("_trf"):
        hide = [name for name in ("torch", "transformers") if name not in sys.modules]
    for name in hide:
        sys.modules[name] = None  # makes `import torch` raise ImportError
    try:
        import presidio_analyzer  # noqa: F401
        import presidio_anonymizer  # noqa: F401
        import spacy  # noqa: F401
    finally:
        for name in hide:
            sys.modules.pop(name, None)


def load_pipeline(locale: str):
    """The spaCy pipeline for a locale: NER model if installed, else blank. Never downloads."""
    model, _ = choose_model(locale)
    import_nlp_stack(model)
    import spacy

    if model:
        nlp = spacy.load(model, exclude=_UNUSED_PIPES)
    else:
        nlp = spacy.blank(BLANK_LANGUAGE[locale])
        # Without a model nothing reads the tokens (our recognizers work on the text), and
        # the language's rule-based tokenizer was a fifth of the time per text: split on
        # spaces instead, keeping the text exactly as it was (Presidio's offsets depend on it).
        nlp.tokenizer = _SpaceTokenizer(nlp.vocab)
    # Long items (contract clauses with context) must not hit spaCy's default length guard.
    nlp.max_length = 2_000_000
    return nlp


class _SpaceTokenizer:
    """spaCy's documented whitespace tokenizer: `doc.text` is the input, character for character."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text):
        from spacy.tokens import Doc

        words = text.split(" ")
        spaces = [True] * len(words)
        spaces[-1] = False
        keep = [(w, sp) for w, sp in zip(words, spaces) if w or sp]
        if not keep:
            return Doc(self.vocab, words=[text] if text else [], spaces=[False] if text else [])
        # An empty word stands for a second space in a row: spaCy keeps it as a space token.
        return Doc(self.vocab, words=[w or " " for w, _ in keep], spaces=[sp and bool(w) for w, sp in keep])


@dataclass
class LocaleEngine:
    locale: str
    analyzer: object        # presidio_analyzer.AnalyzerEngine
    batch: object           # presidio_analyzer.BatchAnalyzerEngine
    detection: NameDetection


@functools.lru_cache(maxsize=None)
def engine_for(locale: str) -> LocaleEngine:
    """The analyzer for one locale (built on first use, then cached in this process)."""
    return build_engine(parse_locale(locale))


def build_engine(locale: str) -> LocaleEngine:
    """A new analyzer for one locale (uncached: use `engine_for`)."""
    import_nlp_stack(choose_model(locale)[0])
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration

    from .nlp import LoadedSpacyNlpEngine, SurfaceContextOnly
    from .recognizers import swiss_recognizers
    from .recognizers.ner import NerPersonRecognizer

    locale = parse_locale(locale)
    nlp = load_pipeline(locale)
    labels = set(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else set()
    config = NerModelConfiguration(
        model_to_presidio_entity_mapping={label: "PERSON" for label in PERSON_LABELS},
        labels_to_ignore=sorted(labels - PERSON_LABELS))
    nlp_engine = LoadedSpacyNlpEngine(locale, nlp, config, lean=True)
    recognizers = swiss_recognizers(locale)
    if labels & PERSON_LABELS:
        recognizers.append(NerPersonRecognizer(locale, choose_model(locale)[0] or ""))
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=[locale])
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine,
                              supported_languages=[locale], default_score_threshold=0.5,
                              context_aware_enhancer=SurfaceContextOnly())
    return LocaleEngine(locale, analyzer, BatchAnalyzerEngine(analyzer), name_detection(locale))
