"""Which spaCy pipeline each locale uses: the best installed NER model, else a blank one."""

from __future__ import annotations

from workbench.deid import engines


def test_installed_french_model_is_used_and_others_fall_back_to_blank(monkeypatch):
    monkeypatch.delenv(engines.MODELS_ENV, raising=False)
    model, version = engines.choose_model("fr-CH")
    assert model == "fr_core_news_sm" and version
    info = engines.name_detection("it-CH")
    assert info.model is None and "blank spaCy 'it'" in info.summary
    assert "fr_core_news_sm" in engines.name_detection("fr-CH").summary


def test_larger_models_are_preferred_when_installed(monkeypatch):
    monkeypatch.delenv(engines.MODELS_ENV, raising=False)
    installed = {"de_core_news_sm": "3.8.0", "de_core_news_lg": "3.8.0", "xx_ent_wiki_sm": "3.8.0"}
    monkeypatch.setattr(engines, "_installed_version", installed.get)
    assert engines.choose_model("de-CH") == ("de_core_news_lg", "3.8.0")
    assert engines.choose_model("gsw") == ("de_core_news_lg", "3.8.0")   # Swiss German reads German
    assert engines.choose_model("rm") == ("xx_ent_wiki_sm", "3.8.0")     # no Romansh model exists


def test_environment_override(monkeypatch):
    monkeypatch.setenv(engines.MODELS_ENV, "fr-CH=none, de-CH=fr_core_news_sm")
    assert engines.choose_model("fr-CH") == (None, None)
    assert engines.choose_model("de-CH")[0] == "fr_core_news_sm"
