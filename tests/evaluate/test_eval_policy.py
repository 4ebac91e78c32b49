"""The go/no-go policy per locale, on constructed answers scored for real (sacrebleu, checks,
fidelity): a planted regression in one locale flips that locale — and only that one."""

import pytest

from workbench.core.errors import ValidationError
from workbench.evaluate.policy import GO, NO_GO, Policy, judge_checkpoint, recommend, regressions
from workbench.evaluate.scoring import answer_rows, locale_scores

ITEMS = [
    # (locale, reference, checks)
    ("de-CH", "Die Kündigungsfrist beträgt drei Monate auf das Ende eines Kalenderjahres.",
     {"required": ["drei Monate"]}),
    ("de-CH", "Bitte senden Sie uns die unterschriebene Vollmacht bis Ende Monat zurück.", {}),
    ("de-CH", "Die Hypothekarzinsen werden per 1. Juli angepasst.", {"required": ["1. Juli"]}),
    ("it-CH", "Il pilastro 3a può essere prelevato al più presto a partire dai 60 anni.", {"required": ["60 anni"]}),
    ("it-CH", "L'ufficio cantonale delle imposte conferma la ricezione della dichiarazione.", {}),
    ("it-CH", "Il conto di risparmio è stato aperto e la carta arriverà per posta.", {"forbidden": ["per fax"]}),
    ("gsw", "Mir händ Ihri Aafrag übercho und mälded eus bis morn bi Ihne.", {}),
    ("gsw", "Sie chönd d Charte im E-Banking sälber sperre, das isch ganz eifach.", {}),
]
BASE = [
    "Die Kündigungsfrist beträgt drei Monate.",
    "Senden Sie uns die Vollmacht zurück.",
    "Die Zinsen werden per 1. Juli angepasst.",
    "Il pilastro 3a può essere prelevato dai 60 anni.",
    "L'ufficio delle imposte conferma la ricezione.",
    "Il conto è stato aperto e la carta arriverà per posta.",
    "Mir händ Ihri Aafrag übercho und mälded eus morn.",
    "Sie chönd d Charte im E-Banking sperre, das isch eifach.",
]
IMPROVED = [ref for _, ref, _ in ITEMS]          # every locale reproduces its reference
REGRESSED_IT = IMPROVED[:3] + [
    "Il pilastro 3a non si può prelevare.",        # lost "60 anni": a check the base passed
    "Ufficio imposte.",
    "Il conto verrà aperto, inviate i documenti per fax.",  # forbidden term appears
] + IMPROVED[6:]
STANDARD_GERMAN_GSW = IMPROVED[:6] + [
    "Wir haben Ihre Anfrage erhalten und melden uns bis morgen bei Ihnen.",
    "Sie können die Karte im E-Banking selbst sperren, das ist ganz einfach.",
]


def items():
    return [{"id": i + 1, "rev": 1, "content_hash": f"h{i}", "locale": loc, "response": ref, "checks": chk}
            for i, (loc, ref, chk) in enumerate(ITEMS)]


def rows_for(answers):
    return answer_rows(items(), {i + 1: {"answer": a, "new_tokens": 10} for i, a in enumerate(answers)})


@pytest.fixture(scope="module")
def base_rows():
    return rows_for(BASE)


def judge(answers, base_rows, policy=Policy(), label="step-000010", step=10):
    rows = rows_for(answers)
    scores = locale_scores(items(), rows, base_rows, n_bootstrap=200)
    return judge_checkpoint(policy, label, step, ["de-CH", "gsw", "it-CH"], scores, regressions(base_rows, rows))


def by_locale(verdict):
    return {v.locale: v for v in verdict.locales}


def test_improvement_everywhere_is_go(base_rows):
    v = judge(IMPROVED, base_rows)
    assert v.go and all(loc.chrf_delta > 0 for loc in v.locales)


def test_planted_regression_flips_only_that_locale(base_rows):
    v = judge(REGRESSED_IT, base_rows)
    loc = by_locale(v)
    assert loc["it-CH"].verdict == NO_GO
    assert loc["de-CH"].verdict == GO and loc["de-CH"].chrf_delta > 0   # German improves …
    assert loc["gsw"].verdict == GO                                      # … and does not hide Italian
    assert not v.go
    reasons = " ".join(loc["it-CH"].reasons)
    assert "below the base" in reasons and "newly failing" in reasons
    assert {f["item_id"] for f in loc["it-CH"].newly_failing} == {4, 6}
    assert loc["it-CH"].chrf_delta_ci[0] < loc["it-CH"].chrf_delta_ci[1]


def test_regression_within_tolerance_is_go_and_checks_can_be_allowed(base_rows):
    v = judge(REGRESSED_IT, base_rows, Policy(chrf_tolerance=100, block_new_check_failures=False))
    assert by_locale(v)["it-CH"].go


def test_target_locale_needs_the_minimum_gain(base_rows):
    # gsw answers unchanged from the base: no gain.
    answers = IMPROVED[:6] + BASE[6:]
    v = judge(answers, base_rows, Policy(target_locales=("gsw",), min_gain=1.0))
    loc = by_locale(v)
    assert loc["gsw"].verdict == NO_GO and loc["gsw"].target
    assert "less than the required" in loc["gsw"].reasons[0]
    assert loc["de-CH"].go and loc["it-CH"].go


def test_swiss_german_answered_in_standard_german_fails_fidelity(base_rows):
    v = judge(STANDARD_GERMAN_GSW, base_rows, Policy(chrf_tolerance=100))
    loc = by_locale(v)
    assert loc["gsw"].fidelity == 0 and loc["gsw"].fidelity_base == 100
    assert loc["gsw"].verdict == NO_GO and "fidelity" in loc["gsw"].reasons[0]


def test_recommendation_picks_the_checkpoint_every_locale_accepts(base_rows):
    good = judge(IMPROVED, base_rows, label="step-000010", step=10)
    bad = judge(REGRESSED_IT, base_rows, label="step-000020", step=20)
    rec = recommend([good, bad])
    assert rec.recommendation == GO and rec.checkpoint == "step-000010"
    rec = recommend([bad])
    assert rec.recommendation == NO_GO and "it-CH" in rec.reason
    assert recommend([]).recommendation == NO_GO


def test_locale_without_scores_is_no_go():
    v = judge_checkpoint(Policy(), "step-000010", 10, ["rm"], [], {})
    assert not v.go and "not evaluated" in v.locales[0].reasons[0]


def test_policy_validation():
    p = Policy.from_dict({"chrf_tolerance": "2", "target_locales": "gsw, it-ch"})
    assert p.chrf_tolerance == 2.0 and p.target_locales == ("gsw", "it-CH")
    assert Policy.from_dict(p.as_dict()) == p
    with pytest.raises(ValidationError, match="unknown policy"):
        Policy.from_dict({"chrf_tol": 1})
    with pytest.raises(ValidationError, match="positive"):
        Policy.from_dict({"min_gain": -1})
    with pytest.raises(ValidationError, match="ambiguous"):
        Policy.from_dict({"target_locales": ["de"]})
