"""No network at any point: engines are built and texts analysed with sockets disabled.

Presidio would download a missing spaCy model, and tldextract fetches the public suffix list
on first use; on our users' air-gapped machines either would hang or fail."""

from __future__ import annotations

import socket

import pytest


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_engines_build_and_analyse_without_network(no_network):
    from workbench.deid.engines import build_engine
    from workbench.deid.recognizers.email import offline_extractor

    offline_extractor.cache_clear()  # the suffix list is loaded here, under the ban
    for locale, text in (("fr-CH", "Écrivez à claire.rochat@bluewin.ch, Madame Claire Rochat."),
                         ("de-CH", "Mail an reto.brunner@gmx.ch von Herrn Reto Brunner.")):
        engine = build_engine(locale)   # fresh, not the cached one: loading must be offline
        results = engine.analyzer.analyze(text=text, language=locale)
        found = {(r.entity_type, text[r.start:r.end]) for r in results}
        assert ("EMAIL_ADDRESS", text.split(" ")[2].rstrip(",")) in found
        assert any(e == "PERSON" for e, _ in found)
    with pytest.raises(NetworkUsed):   # the ban is real
        socket.create_connection(("publicsuffix.org", 443))
