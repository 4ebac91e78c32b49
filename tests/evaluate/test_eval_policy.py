"""The go/no-go policy per locale, on constructed answers scored for real (sacrebleu, checks,
fidelity): a planted regression in one locale flips that locale — and only that one; and on
score rows with chosen intervals: what the interval shows decides, not the point estimate."""

import pytest

from workbench.core.errors import ValidationError
from workbench.evaluate.policy import (GO, INCONCLUSIVE, MIN_RATIONALE_CHARS, NO_GO, MixedEvaluationSets, Policy,
                                       check_rationale, decision_label, holdout_plan, judge_checkpoint,
                                       planning_items, recommend, regressions, require_one_evaluation_set)
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


def judge(answers, base_rows, policy=Policy(min_items=2), label="step-000010", step=10):
    """These fixtures hold two to three items per locale: each test of another rule lowers the
    minimum item count (min_items) so that rule is what decides; the minimum has its own test."""
    rows = rows_for(answers)
    scores = locale_scores(items(), rows, base_rows, n_bootstrap=200)
    return judge_checkpoint(policy, label, step, ["de-CH", "gsw", "it-CH"], scores, regressions(base_rows, rows))


def by_locale(verdict):
    return {v.locale: v for v in verdict.locales}


def test_improvement_everywhere_is_go(base_rows):
    v = judge(IMPROVED, base_rows, Policy(chrf_tolerance=5, min_items=2))
    assert v.go and all(loc.chrf_delta > 0 for loc in v.locales)
    # Every verdict lists the rules it was judged by, with their numbers.
    de = by_locale(v)["de-CH"]
    assert {r.rule for r in de.rules} == {"non-inferiority", "checks", "fidelity"}
    assert any("lower bound" in line and "95% interval" in line for line in de.basis())


def test_planted_regression_flips_only_that_locale(base_rows):
    v = judge(REGRESSED_IT, base_rows, Policy(chrf_tolerance=5, min_items=2))
    loc = by_locale(v)
    assert loc["it-CH"].verdict == NO_GO
    assert loc["de-CH"].verdict == GO and loc["de-CH"].chrf_delta > 0   # German improves …
    assert loc["gsw"].verdict == GO                                      # … and does not hide Italian
    assert not v.go
    reasons = " ".join(loc["it-CH"].reasons)
    assert "regressed" in reasons and "the base passed now fail" in reasons
    assert "it-CH regressed" in v.summary()
    assert {f["item_id"] for f in loc["it-CH"].newly_failing} == {4, 6}
    assert loc["it-CH"].chrf_delta_ci[0] < loc["it-CH"].chrf_delta_ci[1]


def test_regression_within_tolerance_is_go_and_checks_can_be_allowed(base_rows):
    v = judge(REGRESSED_IT, base_rows, Policy(chrf_tolerance=100, block_new_check_failures=False, min_items=2))
    assert by_locale(v)["it-CH"].go


def test_target_locale_needs_the_minimum_gain(base_rows):
    # gsw answers unchanged from the base: no gain.
    answers = IMPROVED[:6] + BASE[6:]
    v = judge(answers, base_rows, Policy(target_locales=("gsw",), chrf_tolerance=5, min_items=2))
    loc = by_locale(v)
    assert loc["gsw"].verdict == NO_GO and loc["gsw"].target
    assert "shows no gain" in " ".join(loc["gsw"].reasons) and loc["gsw"].chrf_delta == 0
    assert loc["de-CH"].go and loc["it-CH"].go


def test_swiss_german_answered_in_standard_german_fails_fidelity(base_rows):
    v = judge(STANDARD_GERMAN_GSW, base_rows, Policy(chrf_tolerance=100, min_items=2))
    loc = by_locale(v)
    assert loc["gsw"].fidelity == 0 and loc["gsw"].fidelity_base == 100
    assert loc["gsw"].verdict == NO_GO and "fidelity" in loc["gsw"].reasons[0]


def test_recommendation_picks_the_checkpoint_every_locale_accepts(base_rows):
    good = judge(IMPROVED, base_rows, Policy(chrf_tolerance=5, min_items=2), label="step-000010", step=10)
    bad = judge(REGRESSED_IT, base_rows, Policy(chrf_tolerance=5, min_items=2), label="step-000020", step=20)
    rec = recommend([good, bad])
    assert rec.recommendation == GO and rec.checkpoint == "step-000010"
    rec = recommend([bad])
    assert rec.recommendation == NO_GO and "it-CH" in rec.reason
    assert recommend([]).recommendation == NO_GO


def test_locale_without_scores_is_no_go():
    v = judge_checkpoint(Policy(), "step-000010", 10, ["rm"], [], {})
    assert not v.go and "not evaluated" in v.locales[0].reasons[0]


def test_policy_validation():
    assert Policy().min_gain == 0 and Policy().chrf_tolerance == 1
    p = Policy.from_dict({"chrf_tolerance": "2", "target_locales": "gsw, it-ch"})
    assert p.chrf_tolerance == 2.0 and p.target_locales == ("gsw", "it-CH")
    assert Policy.from_dict(p.as_dict()) == p
    with pytest.raises(ValidationError, match="unknown policy"):
        Policy.from_dict({"chrf_tol": 1})
    with pytest.raises(ValidationError, match="positive"):
        Policy.from_dict({"min_gain": -1})
    with pytest.raises(ValidationError, match="ambiguous"):
        Policy.from_dict({"target_locales": ["de"]})
    with pytest.raises(ValidationError, match="above zero"):
        Policy.from_dict({"chrf_tolerance": 0})


# -- intervals decide: score rows with chosen numbers -----------------------------------

def rows(locale="de-CH", *, base=50.0, delta=0.0, low=-0.5, high=0.5, n=400):
    return [{"locale": locale, "metric": "chrf", "score": base + delta, "base_score": base, "n": n,
             "delta_low": low, "delta_high": high, "p_value": 0.5}]


def one(policy=Policy(), targets=None, **kw):
    v = judge_checkpoint(policy, "step-000010", 10, [kw.get("locale", "de-CH")], rows(**kw), {}, targets=targets)
    return v, v.locales[0]


def test_zero_gain_checkpoint_is_not_go_under_the_default_policy():
    # Identical answers: Δ 0 [0, 0]. Non-inferior, but the locale was trained on (a target by
    # default) and gained nothing.
    v, loc = one(targets=("de-CH",), delta=0.0, low=0.0, high=0.0)
    assert not v.go and loc.status == NO_GO
    assert any(r.rule == "gain" and r.outcome == "fail" for r in loc.rules)
    assert recommend([v]).recommendation == NO_GO


def test_default_targets_are_the_training_snapshot_locales():
    p = Policy()
    assert p.targets(["gsw", "rm"]) == ("gsw", "rm")
    assert Policy(target_locales=("en",)).targets(["gsw"]) == ("en",)
    assert "gsw, rm" in " ".join(p.describe(("gsw", "rm")))


def test_a_gain_whose_interval_excludes_zero_is_go():
    v, loc = one(targets=("de-CH",), delta=3.0, low=1.2, high=4.8, n=20)
    assert v.go and loc.status == GO
    v, loc = one(Policy(min_gain=2.0), targets=("de-CH",), delta=3.0, low=1.2, high=4.8, n=20)
    assert not v.go and "≥ 2" in " ".join(loc.reasons)


def test_interval_crossing_minus_tolerance_is_not_go_even_with_a_passing_point_estimate():
    # Point estimate −0.4 (would have passed the old point rule), but the lower bound −1.3 is
    # below −1: non-inferiority is not shown. The interval is narrow (±0.9), so not a
    # question of hold-out size: NO-GO.
    v, loc = one(delta=-0.4, low=-1.3, high=0.5, n=400)
    assert not v.go and loc.status == NO_GO
    assert "not shown non-inferior" in loc.reasons[0] and "−1" in loc.reasons[0]


def test_whole_interval_below_tolerance_is_a_regression():
    v, loc = one(delta=-4.0, low=-5.0, high=-3.0, n=20)
    assert loc.status == NO_GO and loc.reasons[0].startswith("regressed")
    assert "de-CH regressed" in v.summary()


def test_too_small_holdout_is_inconclusive_with_the_items_needed():
    # 20 items, interval ±3: no Δ could be shown within −1 with these items.
    v, loc = one(delta=0.2, low=-2.8, high=3.2, n=20)
    assert not v.go and loc.status == INCONCLUSIVE and loc.verdict == INCONCLUSIVE
    assert loc.items_needed == 180  # 20 · (3 / 1)²
    assert loc.reasons[0].startswith("inconclusive: about 180 items needed")
    assert "inconclusive (about 180 items needed)" in v.summary()
    assert recommend([v]).recommendation == NO_GO and "inconclusive" in recommend([v]).reason
    assert v.as_dict()["inconclusive"] == ["de-CH"]


def test_holdout_plan_says_before_training_whether_a_locale_can_show_anything():
    needed = planning_items(1.0)
    assert needed == 246  # (1.96 · 8 / 1)²
    plans = {p.locale: p for p in holdout_plan({"de-CH": 20, "en": 300}, Policy())}
    assert not plans["de-CH"].adequate and plans["en"].adequate
    assert f"about {needed} items needed" in plans["de-CH"].text(1.0)
    assert "gains from about" in plans["en"].text(1.0)
    assert plans["de-CH"].smallest_gain == pytest.approx(1.959964 * 8 / 20 ** 0.5)


def test_a_short_rationale_cannot_overrule_the_policy():
    with pytest.raises(ValidationError, match=f"at least {MIN_RATIONALE_CHARS} characters"):
        check_rationale("go", "no-go", "ok, ship it")
    text = "rm regression is a known tokenizer artefact, accepted by the rm owner on 3 Dec."
    assert check_rationale("go", "no-go", f"  {text} ") == text
    assert check_rationale("no-go", "no-go", "") == ""  # agreeing needs no rationale
    assert decision_label({"decision": "go", "recommendation": "no-go"}) == "GO (overrule: policy said NO-GO)"
    assert decision_label({"decision": "no-go", "recommendation": "no-go"}) == "NO-GO"


def test_mixing_evaluation_sets_is_refused():
    same = {"base": {"settings_hash": "a" * 64}, "step-000010": {"settings_hash": "a" * 64}}
    assert require_one_evaluation_set(same) == "a" * 64
    mixed = {"base": {"settings_hash": "a" * 64}, "step-000010": {"settings_hash": "b" * 64}}
    with pytest.raises(MixedEvaluationSets, match="refusing to mix evaluation sets"):
        require_one_evaluation_set(mixed)
    with pytest.raises(MixedEvaluationSets):
        require_one_evaluation_set(same, expected="b" * 64)


def test_a_locale_with_too_few_items_is_inconclusive_however_tight_its_interval(base_rows):
    """Attack: a hold-out of one or two items per locale. The bootstrap interval of one item is a
    point and looks decisive; the default policy does not pass (or fail) a locale on it."""
    v = judge(IMPROVED, base_rows, Policy(chrf_tolerance=5))
    loc = by_locale(v)
    assert not v.go and v.inconclusive() == ["de-CH", "gsw", "it-CH"]
    for locale in loc.values():
        assert locale.verdict == "inconclusive" and locale.items_needed == 10
        assert "too few for an interval to mean anything" in " ".join(locale.basis())
    with pytest.raises(ValidationError, match="at least 2"):
        Policy.from_dict({"min_items": 1})
