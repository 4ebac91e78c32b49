"""Presidio's NLP engine over spaCy pipelines we loaded ourselves.

Presidio's SpacyNlpEngine loads models by name and calls `spacy.cli.download` when one is
missing; on an air-gapped machine that hangs or fails. These classes take a pipeline that is
already loaded (an installed model or a blank one) and never load anything.
"""

from __future__ import annotations

from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine


class LoadedSpacyNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine over one loaded pipeline, registered under `key` (our locale code).

    `lean=True` skips the lemma and token-offset lists Presidio builds for its context
    enhancer, which our analyzers replace (SurfaceContextOnly): a third of the time per text
    on blank pipelines. The plain-Presidio baseline in bench/ uses lean=False.
    """

    def __init__(self, key: str, nlp, config, *, lean: bool = True):
        super().__init__(models=[{"lang_code": key, "model_name": nlp.meta.get("name", "blank")}],
                         ner_model_configuration=config)
        self.nlp = {key: nlp}
        self.lean = lean
        self.has_ner = "ner" in nlp.pipe_names

    def load(self) -> None:
        pass

    def _doc_to_nlp_artifact(self, doc, language):
        if not self.lean:
            return super()._doc_to_nlp_artifact(doc, language)
        entities, scores = [], []
        if self.has_ner:  # reading doc.ents walks every token, even when nothing can be there
            ents = list(doc.ents)
            entities, scores = self._get_updated_entities(
                ents, [self.ner_model_configuration.default_score] * len(ents))
        return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=[], lemmas=[],
                            nlp_engine=self, language=language, scores=scores)


class SurfaceContextOnly(ContextAwareEnhancer):
    """Our recognizers weigh their context words themselves, on the surface text and in six
    languages (see recognizers/base.py); Presidio's lemma-based pass would find no lemmas in
    blank pipelines, so it is left out."""

    def __init__(self):
        super().__init__(0, 0, 0, 0)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results
