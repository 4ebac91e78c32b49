"""Anonymization: placeholders consistent across an item, surrogates that keep check digits
valid, masking, and operator validation."""

from __future__ import annotations

import random
import re

import pytest

from workbench.core.errors import ValidationError
from workbench.deid import checksums
from workbench.deid.analyze import analyze_items
from workbench.deid.anonymize import anonymize_fields
from workbench.deid.entities import check_operators

ITEM = {
    "id": 1, "locale": "it-CH", "system": "",
    "prompt": ("Da: Lucia Bernasconi <l.bernasconi@ticino-mail.ch>\nChiudete il conto "
               "CH26 0076 4020 3847 1500 1 e scrivete anche a Marco Ferrari. "
               "AVS 756.1234.5678.97, IDI CHE-116.281.710."),
    "response": "La Signora Bernasconi chiede la chiusura del conto CH26 0076 4020 3847 1500 1.",
}
FIELDS = ("system", "prompt", "response")


@pytest.fixture(scope="module")
def spans():
    return analyze_items([ITEM], processes=1)[1]


def _texts():
    return {f: ITEM[f] for f in FIELDS}


def test_same_person_same_placeholder_in_prompt_and_response(spans):
    out = anonymize_fields(_texts(), spans, locale="it-CH")
    assert out["prompt"].startswith("Da: <PERSON_1> <<EMAIL_1>>")
    assert "Marco Ferrari" not in out["prompt"] and "<PERSON_2>" in out["prompt"]
    # "Bernasconi" alone in the response is the Lucia Bernasconi of the prompt
    assert out["response"] == "La Signora <PERSON_1> chiede la chiusura del conto <IBAN_1>."
    assert out["prompt"].count("<IBAN_1>") == 1 and "<IBAN_2>" not in out["prompt"]
    assert "Bernasconi" not in out["prompt"] + out["response"]


def test_numbering_continues_after_existing_placeholders():
    texts = {"prompt": "Herr <PERSON_1> und Frau Regula Baumgartner", "response": "", "system": ""}
    spans = analyze_items([{"id": 1, "locale": "de-CH", **texts}], processes=1)[1]
    out = anonymize_fields(texts, spans, locale="de-CH")
    assert out["prompt"] == "Herr <PERSON_1> und Frau <PERSON_2>"


def test_surrogates_keep_formats_and_check_digits(spans):
    out = anonymize_fields(_texts(), spans, operators={"DEFAULT": "surrogate"}, locale="it-CH",
                           rng=random.Random(7))
    ahv = re.search(r"756\.\d{4}\.\d{4}\.\d{2}", out["prompt"]).group()
    iban = re.search(r"CH\d{2}(?: [0-9A-Z]{4}){4} [0-9A-Z]", out["prompt"]).group()
    uid = re.search(r"CHE-\d{3}\.\d{3}\.\d{3}", out["prompt"]).group()
    assert checksums.is_valid_ahv(ahv) and ahv != "756.1234.5678.97"
    assert checksums.is_valid_iban(iban) and iban != "CH26 0076 4020 3847 1500 1"
    assert checksums.is_valid_uid(uid) and uid != "CHE-116.281.710"
    # the same IBAN gets the same surrogate in the response, and the surname stays consistent
    assert iban in out["response"]
    first, last = re.match(r"Da: (\S+) (\S+) <", out["prompt"]).groups()
    assert f"La Signora {last} chiede" in out["response"]
    assert "Bernasconi" not in out["prompt"] + out["response"]
    assert re.search(r"<[a-z]+\.[a-z]+@example\.com>", out["prompt"])  # a reserved domain


def test_mask_keeps_separators(spans):
    out = anonymize_fields(_texts(), spans, operators={"IBAN_CODE": "mask"}, locale="it-CH")
    assert "**** **** **** **** **** *" in out["response"]
    assert "<PERSON_1>" in out["response"]  # other entities keep the default placeholder


def test_operator_choices_are_validated():
    assert check_operators({"person": "Surrogate", "DEFAULT": "mask"}) == {"PERSON": "surrogate", "DEFAULT": "mask"}
    with pytest.raises(ValidationError, match="unknown operator"):
        check_operators({"PERSON": "encrypt"})
    with pytest.raises(ValidationError, match="unknown entity"):
        check_operators({"SHOE_SIZE": "mask"})
