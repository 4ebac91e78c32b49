"""Personal data hidden by invisible or variant characters is found in all six locales, and
the anonymized text keeps nothing of it: zero-width characters inside a name, an AHV number
or an IBAN; full-width digits; an IBAN grouped with non-breaking spaces; bidi controls.
Real Presidio engines (built once per process by engines.engine_for)."""

from __future__ import annotations

import pytest

from workbench.core.normalize import REMOVED, normalize
from workbench.deid.analyze import analyze_items, analyze_text
from workbench.deid.anonymize import anonymize_fields

AHV, IBAN, PHONE = "756.1234.5678.97", "CH93 0076 2011 6238 5295 7", "079 245 61 83"
#: Per locale: a sentence with a name (and its cue), and one each for AHV, IBAN and phone.
SENTENCES = {
    "de-CH": ("Bitte leiten Sie das an Frau {name} weiter.", "Ihre AHV-Nummer {value} ist hinterlegt.",
              "Bitte auf {value} überweisen.", "Rufen Sie mich unter {value} an.", "Xenia Pruschke"),
    "gsw": ("Hoi zäme, ich bi de {name}.", "Mini AHV-Nummere isch {value}.", "Bitte uf {value} überwiise.",
            "Lüüt mer a uf {value}.", "Reto Brunner"),
    "fr-CH": ("Madame {name} a appelé hier.", "Mon numéro AVS est le {value}.", "Merci de verser sur {value}.",
              "Appelez-moi au {value}.", "Claire Rochat"),
    "it-CH": ("Il Sig. {name} ha chiamato.", "Il mio numero AVS è {value}.", "Versate sul conto {value} per favore.",
              "Mi chiami al {value}.", "Bixio Gamboni"),
    "rm": ("signur {name} ha telefonà", "Mes numer AVS è {value}.", "Per plaschair transferir sin {value}.",
           "Telefonai a mi sin {value}.", "Fadri Tschuor"),
    "en": ("Mr {name} called.", "My AHV number is {value}.", "Please transfer to {value}.", "Call me on {value}.",
           "Bartholomew Quigley"),
}
LOCALES = list(SENTENCES)


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)


def inside(value: str, ch: str) -> str:
    """`ch` after every third character: in the middle of words and digit groups."""
    return "".join(c + (ch if i % 3 == 2 and i < len(value) - 1 else "") for i, c in enumerate(value))


#: (entity, which sentence, plain value or None for the locale's name, how it is hidden)
VARIANTS = {
    "name-zero-width-space": ("PERSON", 0, None, lambda v: inside(v, "\u200b")),
    "name-soft-hyphen-and-joiners": ("PERSON", 0, None,
                                     lambda v: v[:2] + "\u00ad" + v[2:4] + "\u2060\ufeff" + v[4:]),
    "name-bidi-controls": ("PERSON", 0, None, lambda v: "\u2066" + v[:3] + "\u202e\u202c" + v[3:] + "\u2069"),
    "ahv-zero-width": ("CH_AHV", 1, AHV, lambda v: inside(v, "\u200b")),
    "ahv-zero-width-joiner-non-joiner": ("CH_AHV", 1, AHV, lambda v: v.replace(".", ".\u200d\u200c")),
    "ahv-full-width-digits": ("CH_AHV", 1, AHV, fullwidth),
    "ahv-bidi-override": ("CH_AHV", 1, AHV, lambda v: "\u202d" + v + "\u202c"),
    "iban-zero-width": ("IBAN_CODE", 2, IBAN, lambda v: inside(v, "\u200b")),
    "iban-nbsp-groups": ("IBAN_CODE", 2, IBAN, lambda v: v.replace(" ", "\u00a0")),
    "iban-narrow-nbsp-and-thin-space": ("IBAN_CODE", 2, IBAN,
                                        lambda v: v.replace(" ", "\u202f", 2).replace(" ", "\u2009")),
    "iban-full-width-digits-ideographic-space": ("IBAN_CODE", 2, IBAN,
                                                 lambda v: fullwidth(v).replace(" ", "\u3000")),
    "iban-bidi-isolate-and-marks": ("IBAN_CODE", 2, IBAN, lambda v: "\u2067" + v.replace(" ", " \u200e") + "\u2069"),
    "phone-full-width-digits": ("PHONE_NUMBER", 3, PHONE, fullwidth),
    "phone-nbsp-and-figure-space": ("PHONE_NUMBER", 3, PHONE,
                                    lambda v: v.replace(" ", "\u00a0", 2).replace(" ", "\u2007")),
}


def hidden_case(locale: str, variant: str) -> tuple[str, str, str, str]:
    """(text, entity, plain value, hidden value) of one case."""
    entity, which, plain, hide = VARIANTS[variant]
    name = SENTENCES[locale][4]
    plain = plain or name
    hidden = hide(plain)
    template = SENTENCES[locale][which]
    return template.format(name=hidden, value=hidden), entity, plain, hidden


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("locale", LOCALES)
def test_hidden_value_is_found_and_its_span_covers_it_in_the_original(locale, variant):
    text, entity, plain, hidden = hidden_case(locale, variant)
    spans = [s for s in analyze_text(text, locale) if s.entity == entity]
    assert spans, f"{entity} not found in {text!r}"
    found = text[spans[0].start:spans[0].end]
    assert normalize(found).text == plain
    # The span reaches from the first to the last visible character of the hidden value.
    core = hidden.strip("".join(REMOVED))
    assert core in found and set(found) - set(core) <= REMOVED


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("locale", LOCALES)
def test_nothing_of_the_hidden_value_survives_anonymization(locale, variant):
    text, entity, plain, hidden = hidden_case(locale, variant)
    spans = analyze_items([{"id": 1, "locale": locale, "prompt": text}], processes=1)[1]["prompt"]
    out = anonymize_fields({"prompt": text}, {"prompt": spans}, locale=locale)["prompt"]
    assert out != text
    visible = normalize(out).text
    for piece in plain.replace(".", " ").split():
        if len(piece) >= 3:
            assert piece not in visible, f"{piece!r} of {plain!r} left in {out!r}"
    start, end = next((s.start, s.end) for s in spans if s.entity == entity)
    assert out.startswith(text[:start]) and out.endswith(text[end:])  # the text around is kept as is


@pytest.mark.parametrize("locale", LOCALES)
def test_plain_values_are_still_found_at_the_same_offsets(locale):
    name, ahv, iban, phone = (SENTENCES[locale][i].format(name=SENTENCES[locale][4], value=v)
                              for i, v in enumerate((None, AHV, IBAN, PHONE)))
    for text, entity, value in ((name, "PERSON", SENTENCES[locale][4]), (ahv, "CH_AHV", AHV),
                                (iban, "IBAN_CODE", IBAN), (phone, "PHONE_NUMBER", PHONE)):
        assert [(text[s.start:s.end]) for s in analyze_text(text, locale) if s.entity == entity] == [value]


def test_a_name_hidden_once_and_plain_once_gets_one_placeholder():
    texts = {"prompt": "Il Sig. Bix\u200bio Gam\u00adboni ha chiamato.",
             "response": "Bixio Gamboni riceve una risposta."}
    spans = analyze_items([{"id": 1, "locale": "it-CH", **texts}], processes=1)[1]
    out = anonymize_fields(texts, spans, locale="it-CH")
    assert out["prompt"] == "Il Sig. <PERSON_1> ha chiamato."
    assert out["response"].startswith("<PERSON_1>")


def test_import_counts_and_warns_about_hidden_characters_and_stores_the_text_as_written(project, tmp_path):
    import json

    from workbench.store import items
    from workbench.store.imports import import_file
    from workbench.store.users import get_user

    rows = [{"prompt": "Bitte an Frau Xe\u200bnia Pruschke, IBAN CH93\u00a00076\u00a02011\u00a06238\u00a05295\u00a07.",
             "response": "AHV " + fullwidth(AHV) + " \u202eerledigt\u202c.", "locale": "de-CH"},
            {"prompt": "Grüezi – «alles» normal …", "response": "Ja, 5 m².", "locale": "de-CH"}]
    path = tmp_path / "hidden.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = import_file(project, path, kind="pairs", actor=get_user(project, "max"))
    assert result.added == 2
    assert result.hidden_characters == {"zero_width": 1, "bidi_control": 2, "space_variant": 5,
                                        "compatibility_form": 13}
    summary = result.summary()
    assert "\n" not in summary and "warning: 21 hidden or variant character(s)" in summary
    stored = {i["prompt"] for i in items.list_items(project)}
    assert rows[0]["prompt"] in stored  # kept as written


def test_a_plain_import_has_no_warning(project, tmp_path):
    from workbench.store.imports import import_file
    from workbench.store.users import get_user

    path = tmp_path / "plain.jsonl"
    path.write_text('{"prompt": "Grüezi, wie geht es?", "response": "Gut … danke.", "locale": "de-CH"}\n',
                    encoding="utf-8")
    result = import_file(project, path, kind="pairs", actor=get_user(project, "max"))
    assert result.hidden_characters == {} and "warning" not in result.summary()
