"""Regression checks per answer, and the locale-fidelity classifier (gsw is not de)."""

import json

import pytest

from workbench.evaluate.checks import newly_failing, pass_lists, passed_all, run_checks
from workbench.evaluate.fidelity import check_fidelity, detect, expected_label
from workbench.paths import demo_dir


def test_required_and_forbidden_terms_forgive_case_spacing_and_swiss_apostrophes():
    checks = {"required": ["CHF 10'000", "Hausrat"], "forbidden": ["nicht versichert"]}
    ok = run_checks("Der  hausrat ist bis CHF 10’000 gedeckt.", checks)
    assert ok == {"required": True, "forbidden": True}
    bad = run_checks("Das ist NICHT   versichert.", checks)
    assert bad["required"] is False and bad["missing"] == ["CHF 10'000", "Hausrat"]
    assert bad["forbidden"] is False and bad["found_forbidden"] == ["nicht versichert"]


def test_forbidding_sharp_s_enforces_swiss_spelling_and_never_fails_the_swiss_ss():
    """The demo's de-CH and gsw items forbid "ß": Swiss spelling writes "ss". Case-insensitive
    matching by casefold() turns ß into "ss", so that check failed every answer spelt the Swiss
    way ("Grüsse", "muss") and made a model that learnt Swiss spelling look like a regression."""
    swiss = {"forbidden": ["ß"]}
    assert run_checks("Freundliche Grüsse, Sie muss nichts tun.", swiss) == {"forbidden": True}
    german = run_checks("Freundliche Grüße", swiss)
    assert german["forbidden"] is False and german["found_forbidden"] == ["ß"]
    assert run_checks("STRAẞE", swiss)["forbidden"] is False  # the capital sharp s is still one
    # A required Swiss spelling is not met by the German one, nor the other way round.
    assert run_checks("Bahnhofstraße 1", {"required": ["Strasse"]})["required"] is False
    assert run_checks("BAHNHOFSTRASSE 1", {"required": ["Strasse"]})["required"] is True
    assert run_checks("Bahnhofstrasse 1", {"required": ["Straße"]})["required"] is False


def test_regex_as_written_and_exact_up_to_case_and_final_punctuation():
    assert run_checks("Garantiert bis 100'000 Franken", {"regex": r"100[,'’ ]?000"})["regex"] is True
    assert run_checks("Garantiert bis 100 Franken", {"regex": r"100[,'’ ]?000"})["regex"] is False
    assert run_checks("  42. ", {"exact": "42"})["exact"] is True
    assert run_checks("42 Franken", {"exact": "42"})["exact"] is False
    assert run_checks("anything", {}) == {}


def test_pass_lists_and_newly_failing():
    base = run_checks("Sie haben 30 Tage Zeit.", {"required": ["30 Tage"], "forbidden": ["10 Tage"]})
    tuned = run_checks("Sie haben 10 Tage Zeit.", {"required": ["30 Tage"], "forbidden": ["10 Tage"]})
    assert passed_all(base) is True and passed_all(tuned) is False
    assert newly_failing(base, tuned) == ["required", "forbidden"]
    assert newly_failing(tuned, base) == []  # fixing a check is not a regression
    lists = pass_lists([base, tuned, {}])
    assert lists["all"] == [True, False] and lists["required"] == [True, False]


@pytest.mark.parametrize("text,label", [
    ("Grüezi mitenand, chönd Sie mer bitte säge, wie das gaht?", "gsw"),
    ("Mir händ Ihri Aafrag übercho und mälded eus bis morn.", "gsw"),
    ("Guten Tag, können Sie mir bitte sagen, wie das funktioniert?", "de"),
    ("Wir haben Ihre Anfrage erhalten und melden uns bis morgen.", "de"),
    ("Bonjour, votre demande a été transmise au service des sinistres.", "fr"),
    ("Il conto di risparmio è stato aperto e la carta arriverà per posta.", "it"),
    ("Bun di! Nus avain retschavì Vossa dumonda e respundain enfin venderdi.", "rm"),
    ("The audit notes for the third quarter are attached for your review.", "en"),
])
def test_detects_the_language_and_tells_swiss_german_from_standard_german(text, label):
    assert detect(text).label == label


def test_short_answers_are_not_judged_and_gibberish_is_unknown():
    assert detect("42").label is None and check_fidelity("CHF 42.–", "gsw") is None
    assert detect("op cor pu 14 inv xq cost zz send").label == "unknown"


def test_a_gsw_item_answered_in_standard_german_fails():
    assert expected_label("gsw") == "gsw" and expected_label("de-CH") == "de"
    res = check_fidelity("Sie können die Karte im E-Banking selbst sperren, das ist ganz einfach.", "gsw")
    assert res["ok"] is False and res["label"] == "de"
    assert check_fidelity("Sie chönd d Charte im E-Banking sälber sperre, das isch ganz eifach.", "gsw")["ok"]
    assert check_fidelity("Sie können die Karte im E-Banking selbst sperren, das ist ganz einfach.", "de-CH")["ok"]


def test_demo_references_stay_in_their_own_locale():
    """Every demo hold-out reference (written by people, per locale) is recognised as its locale;
    the classifier was written before these files and not tuned on them item by item."""
    files = sorted((demo_dir() / "holdout").glob("*.jsonl"))
    if not files:
        pytest.skip("no demo hold-out data yet")
    wrong = []
    for path in files:
        locale = path.stem
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ref = json.loads(line)["reference"]
                res = check_fidelity(ref, locale)
                if res is not None and not res["ok"]:
                    wrong.append((locale, res["label"], ref[:60]))
    total = sum(1 for p in files for line in p.read_text(encoding="utf-8").splitlines() if line.strip())
    assert len(wrong) <= total // 50, wrong  # at most 2% misclassified
