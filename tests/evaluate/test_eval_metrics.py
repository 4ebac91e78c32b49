"""Our per-locale scores are sacrebleu's own: same numbers as its command line on the same
files, same bootstrap intervals, same paired p-values."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.evaluate.metrics import cli_arguments, rate_metric, text_metric, tokenizer_for
from workbench.evaluate.scoring import locale_scores

SACREBLEU = [sys.executable, "-m", "sacrebleu"]

REFS = {
    "fr-CH": ["Le délai de résiliation est de «trois mois» pour la fin d’une année civile.",
              "La police ménage couvre les dégâts d’eau jusqu’à CHF 10’000.",
              "Veuillez nous envoyer l’attestation de domicile.",
              "Votre carte est bloquée; une nouvelle carte arrive par la poste."],
    "gsw": ["Mir händ Ihri Aafrag übercho und mälded eus bis morn.",
            "D Frist isch drü Mönet, also bis Ändi Jahr.",
            "Sie chönd d Charte im E-Banking sälber sperre.",
            "Für d Stüürerchlärig bruuched Sie de Lohnuswiis."],
    "en": ["The notice period is three months to the end of a calendar year.",
           "Deposits are protected up to CHF 100,000 per client and bank.",
           "Please send us the signed power of attorney by the end of the month.",
           "Your card is blocked; a new one will arrive by post."],
}
HYPS = {
    "fr-CH": ["Le délai de résiliation est de trois mois pour la fin de l'année.",
              "La police «ménage» couvre les dégâts d'eau jusqu'à CHF 10'000.",
              "Envoyez-nous l’attestation de domicile, s’il vous plaît.",
              "La carte est bloquée."],
    "gsw": ["Mir händ Ihri Aafrag übercho und mälded eus morn.",
            "Die Frist ist drei Monate.",
            "Sie chönd d Charte im E-Banking sperre.",
            "Für d Stüürerchlärig bruuched Sie de Lohnuswiis."],
    "en": ["The notice period is three months.",
           "Deposits are protected up to CHF 100,000 per client.",
           "Please send the signed power of attorney by month end.",
           "Your card is blocked and a new card will arrive by post."],
}
BASE = {
    "fr-CH": ["Trois mois.", "Oui, les dégâts sont couverts.", "Envoyez le document.", "Bloquée."],
    "gsw": ["Wir haben Ihre Anfrage erhalten.", "Drei Monate.", "Im E-Banking.", "Den Lohnausweis."],
    "en": ["Three months.", "Up to CHF 100,000.", "Send it by the end of the month.", "It is blocked."],
}


def write_lines(path: Path, lines) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_tokenization_suits_each_language():
    assert tokenizer_for("en") == "13a"  # the WMT standard for English
    for loc in ("de-CH", "gsw", "fr-CH", "it-CH", "rm"):
        assert tokenizer_for(loc) == "intl"  # Unicode punctuation: « », „ “, ’


@pytest.mark.parametrize("locale", sorted(REFS))
def test_scores_equal_the_sacrebleu_command_line(locale, tmp_path):
    ref = write_lines(tmp_path / "ref.txt", REFS[locale])
    hyp = write_lines(tmp_path / "hyp.txt", HYPS[locale])
    out = subprocess.run([*SACREBLEU, str(ref), "-i", str(hyp), *cli_arguments(locale), "-f", "json", "-w", "6"],
                         capture_output=True, text=True, check=True)
    cli = {r["name"]: r for r in json.loads(out.stdout)}
    ours = {m: text_metric(m, locale, HYPS[locale], REFS[locale], n_samples=0) for m in ("bleu", "chrf", "ter")}
    assert ours["bleu"].score == pytest.approx(cli["BLEU"]["score"], abs=1e-6)
    assert ours["chrf"].score == pytest.approx(cli["chrF2++"]["score"], abs=1e-6)
    assert ours["ter"].score == pytest.approx(cli["TER"]["score"], abs=1e-6)
    # The recorded signature is sacrebleu's, so anyone can re-run the exact configuration.
    assert ours["bleu"].signature == cli["BLEU"]["signature"]
    assert ours["chrf"].signature == cli["chrF2++"]["signature"]
    assert f"tok:{tokenizer_for(locale)}" in ours["bleu"].signature


def test_bootstrap_interval_equals_sacrebleu_confidence(tmp_path):
    locale = "fr-CH"
    ref = write_lines(tmp_path / "ref.txt", REFS[locale])
    hyp = write_lines(tmp_path / "hyp.txt", HYPS[locale])
    out = subprocess.run([*SACREBLEU, str(ref), "-i", str(hyp), "-m", "bleu", "chrf", "--chrf-word-order", "2",
                          "-tok", "intl", "-f", "json", "-w", "6", "--confidence"],
                         capture_output=True, text=True, check=True)
    cli = {r["name"]: r for r in json.loads(out.stdout)}
    for name, key in (("bleu", "BLEU"), ("chrf", "chrF2++")):
        ours = text_metric(name, locale, HYPS[locale], REFS[locale])
        # sacrebleu prints the half-width of the same 95% percentile interval.
        assert (ours.ci_high - ours.ci_low) / 2 == pytest.approx(cli[key]["confidence_var"], abs=1e-5)
        assert ours.ci_low <= cli[key]["confidence_mean"] <= ours.ci_high


def test_paired_delta_and_p_value_equal_sacrebleu_paired_bootstrap():
    from sacrebleu.significance import PairedTest

    from workbench.evaluate.metrics import make_metric

    locale = "en"
    metrics = ("bleu", "chrf", "ter")
    objects = {k: make_metric(k, locale) for k in metrics}
    test = PairedTest([("base", BASE[locale]), ("tuned", HYPS[locale])], objects, [REFS[locale]],
                      test_type="bs", n_samples=1000)
    _, results = test()
    names = {"bleu": "BLEU", "chrf": "chrF2++", "ter": "TER"}
    for m in metrics:
        ours = text_metric(m, locale, HYPS[locale], REFS[locale], BASE[locale])
        theirs = results[names[m]][1]
        assert ours.score == pytest.approx(theirs.score)
        assert ours.p_value == pytest.approx(theirs.p_value)
        assert ours.delta == pytest.approx(theirs.score - results[names[m]][0].score)
        assert ours.delta_low <= ours.delta_high


def test_ter_improvement_is_a_negative_delta():
    r = text_metric("ter", "en", HYPS["en"], REFS["en"], BASE["en"])
    assert r.score < r.base_score and r.delta < 0


def test_pass_rates_use_the_same_paired_bootstrap():
    r = rate_metric("checks", [True, True, False, True], [True, False, False, False])
    assert r.score == 75.0 and r.base_score == 25.0 and r.delta == 50.0
    assert 0 <= r.ci_low <= r.ci_high <= 100
    same = rate_metric("checks", [True, False], [True, False])
    assert same.delta == 0 and same.p_value == 1.0  # identical answers: no evidence of a difference


def test_locale_scores_keep_locales_apart():
    items, rows, base_rows = [], [], []
    for n, locale in enumerate(sorted(REFS)):
        for k, (ref, hyp, base) in enumerate(zip(REFS[locale], HYPS[locale], BASE[locale])):
            iid = 100 * n + k
            items.append({"id": iid, "locale": locale, "response": ref})
            rows.append({"item_id": iid, "answer": hyp, "checks": {}, "fidelity": None})
            base_rows.append({"item_id": iid, "answer": base, "checks": {}, "fidelity": None})
    scores = locale_scores(items, rows, base_rows, n_bootstrap=200)
    chrf = {r["locale"]: r for r in scores if r["metric"] == "chrf"}
    assert set(chrf) == set(REFS)
    for locale in REFS:
        alone = text_metric("chrf", locale, HYPS[locale], REFS[locale], n_samples=0)
        assert chrf[locale]["score"] == pytest.approx(alone.score)
        assert chrf[locale]["delta"] > 0
