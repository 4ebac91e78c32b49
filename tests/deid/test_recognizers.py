"""Each Swiss recognizer on its own: valid and invalid check digits, formats, context words,
and the hard negatives that must stay clear (amounts, article references, other dates)."""

from __future__ import annotations

import pytest

from workbench.deid import checksums
from tests.deid.helpers import detected, values


# -- check digits -------------------------------------------------------------------------

@pytest.mark.parametrize("number, valid", [
    ("756.1234.5678.97", True), ("7561234567897", True), ("756 1234 5678 97", True),
    ("756.1234.5678.98", False),   # wrong EAN-13 check digit
    ("757.1234.5678.97", False),   # not the Swiss prefix
])
def test_ahv_check_digit(number, valid):
    assert checksums.is_valid_ahv(number) is valid


def test_ahv_recognizer_reports_only_valid_numbers():
    text = "AHV-Nr. 756.1234.5678.97, alte Nummer 756.1234.5678.98"
    assert values(text, "CH_AHV") == ["756.1234.5678.97"]


@pytest.mark.parametrize("iban, valid", [
    ("CH93 0076 2011 6238 5295 7", True), ("CH9300762011623852957", True),
    ("LI21 0881 0000 2324 013A A", True),
    ("CH93 0076 2011 6238 5295 8", False),   # mod 97 fails
    ("DE89 3704 0044 0532 0130 00", False),  # not CH/LI
    ("CH93 0076 2011 6238 5295", False),     # too short
])
def test_iban_check_digits(iban, valid):
    assert checksums.is_valid_iban(iban) is valid


def test_iban_recognizer_with_and_without_spaces():
    text = ("Bitte auf CH93 0076 2011 6238 5295 7 oder CH9300762011623852957 überweisen, "
            "nicht CH93 0076 2011 6238 5295 8.")
    assert values(text, "IBAN_CODE") == ["CH93 0076 2011 6238 5295 7", "CH9300762011623852957"]


@pytest.mark.parametrize("uid, valid", [
    ("CHE-116.281.710", True), ("CHE116281710", True),
    ("CHE-116.281.711", False),
])
def test_uid_check_digit(uid, valid):
    assert checksums.is_valid_uid(uid) is valid


def test_uid_check_digit_ten_is_never_issued():
    # Find eight digits whose mod-11 check would be 10: no UID may end with them.
    body = next(f"{n:08d}" for n in range(10_000, 99_999) if checksums.uid_check_digit(f"{n:08d}") is None)
    assert all(not checksums.is_valid_uid(body + str(d)) for d in range(10))


def test_uid_recognizer_keeps_vat_suffix_in_clear():
    text = "Lieferant: Muster AG, CHE-116.281.710 MWST; falsch: CHE-116.281.711"
    assert values(text, "CH_UID") == ["CHE-116.281.710"]


# -- phones, e-mail -----------------------------------------------------------------------

@pytest.mark.parametrize("number", [
    "+41 44 381 22 90", "+41 (0)61 272 90 15", "0041 78 645 21 09", "079 512 38 04",
    "0791234567", "079/123 45 67", "+423 232 81 44", "+44 20 7946 0321",
])
def test_phone_formats(number):
    assert values(f"Bitte zurückrufen unter {number}, danke.", "PHONE_NUMBER") == [number]


def test_phone_negatives_stay_clear():
    text = ("Betrag CHF 1'850.00, Konto CH93 0076 2011 6238 5295 7, Sendung 99.60.123456.78901234, "
            "Rechnung Nr. 2025-0418 vom 12.03.2025")
    assert values(text, "PHONE_NUMBER") == []


def test_email_uses_bundled_suffix_list():
    text = "Schreiben Sie an anna.meier@bluewin.ch oder an test@intranet.invalidtld"
    assert values(text, "EMAIL_ADDRESS") == ["anna.meier@bluewin.ch"]


# -- dates of birth -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected, locale", [
    ("Herr Meier, geboren am 12.05.1961, wohnt in Bern.", ["12.05.1961"], "de-CH"),
    ("ich bi am 17. Juli 1979 gebore", ["17. Juli 1979"], "gsw"),
    ("Madame Rochat, née le 1er mars 1978, demande", ["1er mars 1978"], "fr-CH"),
    ("nata il 07.09.2004 a Lugano", ["07.09.2004"], "it-CH"),
    ("naschida ils 12 da mars 1975", ["12 da mars 1975"], "rm"),
    ("date of birth 02/09/1979", ["02/09/1979"], "en"),
])
def test_birth_dates_in_every_language(text, expected, locale):
    assert values(text, "DATE_OF_BIRTH", locale) == expected


def test_dates_that_are_not_birth_dates_stay_clear():
    text = ("Erblasser Walter Stettler, geboren am 18.12.1934, verstorben am 2. Februar 2025. "
            "Vertrag vom 1. April 2024, Frist bis 30.09.2025.")
    assert values(text, "DATE_OF_BIRTH") == ["18.12.1934"]
    assert values("Mir händ am 15. Mai 2025 d Geburtsurkunde abgholt.", "DATE_OF_BIRTH", "gsw") == []
    assert values("née le 12.12.1988, permis valable jusqu'au 11.12.2030", "DATE_OF_BIRTH", "fr-CH") == ["12.12.1988"]


# -- addresses, plates, documents ---------------------------------------------------------

@pytest.mark.parametrize("text, expected, locale", [
    ("wohnhaft Seefeldstrasse 114, 8008 Zürich.", ["Seefeldstrasse 114", "8008 Zürich"], "de-CH"),
    ("domiciliée Rue du Simplon 12, 1006 Lausanne.", ["Rue du Simplon 12", "1006 Lausanne"], "fr-CH"),
    ("à envoyer au 12, chemin des Pâquerettes, 1217 Meyrin", ["12, chemin des Pâquerettes", "1217 Meyrin"], "fr-CH"),
    ("in Via San Gottardo 41, 6500 Bellinzona", ["Via San Gottardo 41", "6500 Bellinzona"], "it-CH"),
    ("a la Via da la Staziun 14, 7000 Cuira.", ["Via da la Staziun 14", "7000 Cuira"], "rm"),
    ("Neui Adrässe: Chilegass 4, 3123 Belp.", ["Chilegass 4", "3123 Belp"], "gsw"),
])
def test_addresses(text, expected, locale):
    assert values(text, "CH_ADDRESS", locale) == expected


def test_address_negatives_stay_clear():
    text = ("Bi 2500 Franke macht das öppis us. Gemäss Art. 53 Abs. 1 lit. c ZPO; "
            "im Jahr 2024 Zürich verlassen; 8500 Mitarbeitende.")
    assert values(text, "CH_ADDRESS", "gsw") == []


def test_car_plates_need_a_vehicle_word_or_a_long_number():
    assert values("Kontrollschild ZH 482193 und Auto LU 184 220", "CH_CAR_PLATE") == ["ZH 482193", "LU 184 220"]
    assert values("Gemäss SO 2 und BE 12 gilt das nicht.", "CH_CAR_PLATE") == []
    assert values("Der Bericht der Muster AG 20240 liegt vor.", "CH_CAR_PLATE") == []


def test_document_numbers_need_a_document_word():
    assert values("Schweizer Pass X4827193, Identitätskarte C7724056", "ID_DOCUMENT") == ["X4827193", "C7724056"]
    assert values("Bestellung X4827193 ist unterwegs.", "ID_DOCUMENT") == []


# -- person names -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected, locale", [
    ("Bitte leiten Sie das an Frau Xenia Pruschke weiter.", ["Xenia Pruschke"], "de-CH"),  # title, unknown name
    ("Freundliche Grüsse\n\nMirjam Hadorn\nKundenberaterin Private Banking", ["Mirjam Hadorn"], "de-CH"),
    ("Hoi zäme, ich bi de Reto Brunner.", ["Reto Brunner"], "gsw"),
    ("Il Sig. Bixio Gamboni ha chiamato.", ["Bixio Gamboni"], "it-CH"),
    ("signur Fadri Tschuor ha telefonà", ["Fadri Tschuor"], "rm"),
    ("Mr Bartholomew Quigley called.", ["Bartholomew Quigley"], "en"),
])
def test_person_cues(text, expected, locale):
    assert values(text, "PERSON", locale) == expected


def test_surname_mentioned_again_is_found_too():
    assert values("Il Signor Soldati ha contestato. Soldati sostiene di no.", "PERSON", "it-CH") == \
        ["Soldati", "Soldati"]


def test_everyday_words_are_not_names():
    text = ("Gemäss Art. 335c Abs. 1 OR gilt die Frist. Die Zürcher Kantonalbank senkt den Zins. "
            "Chiara la situazione, Rosa ist die Farbe. Ich bi Studentin.")
    assert values(text, "PERSON", "de-CH") == []


def test_company_named_after_a_person_is_not_a_person():
    assert values("Arbeitgeberin ist die Muster Logistik AG in Zug.", "PERSON") == []


def test_amounts_and_article_references_stay_entirely_clear():
    text = ("Gemäss Art. 53 Abs. 1 lit. c ZPO werden die Kosten von CHF 2'400.– geteilt; "
            "art. 271 al. 1 CO; Fr. 250.–; 8.1 % MWST; SR 235.1.")
    assert detected(text) == []
