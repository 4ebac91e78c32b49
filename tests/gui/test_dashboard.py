"""Dashboard: a run really evaluated with the tiny Apertus (base and two LoRA checkpoints), shown
locale by locale; the planted fr-CH regression with the answers side by side; a decision signed
through the dialogs; the report exported; a run without evaluations, evaluated from the page.

The world is built once per module (generation is the slow part) and copied for every test.
As in tests/evaluate/test_eval_end_to_end.py, the fr-CH references are the base model's own
answers with a required word only the base says (so step 20 newly fails a check there), and
the it-CH references are step 20's answers (so it gains there).
"""

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSWORD
from tests.evaluate.helpers import (FR, IT, add_checkpoint, clean_for_reference, make_peft_checkpoint,
                                    distinctive_word, register_run, signed_world)
from tests.gui.conftest import settle, sign_in
from workbench.evaluate.decision import assess, decision_meaning, set_policy
from workbench.evaluate.generation import DecodingSettings, conversation
from workbench.evaluate.policy import Policy
from workbench.store import audit
from workbench.store import evaluations as store
from workbench.store import open_project
from workbench.store.users import get_user

pytestmark = pytest.mark.slow

SETTINGS = DecodingSettings(max_new_tokens=8, batch_size=8)
# Gibberish from a random model has no language: fidelity is left out of the policy.
POLICY = Policy(chrf_tolerance=1.0, min_gain=1.0, target_locales=("it-CH",), fidelity_tolerance=100.0)



@pytest.fixture(scope="module")
def world(tmp_path_factory, _project_template, tiny_model_dir):
    from workbench.evaluate.evaluator import evaluate
    from workbench.evaluate.gen_peft import PeftGenerator
    from workbench.store.runs import add_checkpoint as register_checkpoint

    scratch = tmp_path_factory.mktemp("dash_adapters")
    ckpt20 = make_peft_checkpoint(tiny_model_dir, scratch / "c20", seed=20)
    convs = [conversation({"prompt": p}) for p, _, _ in FR + IT]
    gen = PeftGenerator(tiny_model_dir, SETTINGS)
    base_answers = [g.answer for g in gen.generate(convs)]
    gen.use(ckpt20)
    tuned_answers = [g.answer for g in gen.generate(convs)]
    gen.close()
    fr, planted = [], None
    for (prompt, _, _), base, tuned in zip(FR, base_answers[:3], tuned_answers[:3]):
        word = distinctive_word(base, tuned) if planted is None else None
        planted = planted or word
        fr.append((prompt, clean_for_reference(base), {"required": [word]} if word else {}))
    assert planted, "the perturbed adapter should change at least one word of the base answers"
    it = [(prompt, clean_for_reference(tuned), {}) for (prompt, _, _), tuned in zip(IT, tuned_answers[3:])]

    root = tmp_path_factory.mktemp("dash_world") / "proj"
    shutil.copytree(_project_template, root)
    p = open_project(root)
    train, frozen = signed_world(p, {"fr-CH": fr, "it-CH": it})
    fresh = register_run(p, tiny_model_dir, train, frozen)  # older, never evaluated
    run = register_run(p, tiny_model_dir, train, frozen)
    add_checkpoint(p, run, 10, make_peft_checkpoint, tiny_model_dir, seed=10)
    path20 = Path(run["run_dir"]) / "checkpoints" / "step-000020"
    shutil.copytree(ckpt20, path20)
    register_checkpoint(p, run["id"], step=20, path=str(path20), train_loss=1.5, actor="erik")
    store.set_json_setting(p, store.DECODING_KEY, SETTINGS.as_dict(), actor=get_user(p, "erik"))
    set_policy(p, POLICY, username="erik", password=PASSWORD)
    evaluate(p, run["id"], n_bootstrap=200, actor=get_user(p, "erik"))
    p.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # a folder copy is then the whole project
    p.close()
    return {"root": root, "run": run["id"], "fresh": fresh["id"], "planted": planted}


@pytest.fixture
def project(world, tmp_path):
    """Overrides tests/conftest.project: the `window` fixture opens a copy of the world."""
    root = tmp_path / "proj"
    shutil.copytree(world["root"], root)
    p = open_project(root)
    yield p
    p.close()


def _open(qtbot, window):
    window.show_view("dashboard")
    settle(qtbot, window)
    return window.views["dashboard"]


def _pick(qtbot, window, view, what, value):
    """Choose a run, checkpoint or metric in its combo box, as a user would."""
    from workbench.gui.dashboard_charts import METRICS

    combo, values = {"run": (view.run_combo, view._run_ids), "checkpoint": (view.checkpoint_combo, view._labels),
                     "metric": (view.metric_combo, list(METRICS))}[what]
    combo.setCurrentIndex(values.index(value))
    settle(qtbot, window)


def test_heat_map_has_a_row_per_locale_with_the_policy_verdict(qtbot, window, project, world):
    view = _open(qtbot, window)
    a = assess(project, world["run"])
    assert view.stack.currentWidget() is view.split
    assert view.current_run() == world["run"]  # the newest run first
    assert view.run_combo.count() == 2
    assert view.selected_checkpoint() == a.recommendation.checkpoint
    labels = ["step-000010", "step-000020"]
    assert view._labels == labels and view.checkpoint_combo.count() == 2
    # Under NO-GO the best checkpoint is only the closest, never "recommended".
    mark = "(recommended)" if a.recommendation.recommendation == "go" else "(closest)"
    assert mark in view.checkpoint_combo.itemText(labels.index(a.recommendation.checkpoint))
    if a.recommendation.recommendation != "go":
        assert view.panel.checkpoint.text().startswith("Closest checkpoint")
    for label in labels:
        _pick(qtbot, window, view, "checkpoint", label)
        verdicts = {v.locale: v for v in a.recommendation.verdict_for(label).locales}
        table = view.heatmap
        assert table.rowCount() == len(a.locales) == 2
        rows = {table.verticalHeaderItem(r).text().split()[0]: r for r in range(table.rowCount())}
        assert set(rows) == set(a.locales)
        assert "★" in table.verticalHeaderItem(rows["it-CH"]).text()  # the target locale
        assert "★" not in table.verticalHeaderItem(rows["fr-CH"]).text()
        scores = {(s["locale"], s["metric"]): s for s in a.scores[label]}
        for locale, r in rows.items():
            verdict = table.item(r, table.columnCount() - 1)
            assert table.verdicts[locale] == verdicts[locale].verdict
            assert verdict.text() == ("GO" if verdicts[locale].go else "NO-GO")
            for reason in verdicts[locale].reasons:
                assert reason in verdict.toolTip()
            chrf = table.item(r, 0)
            assert chrf.text() == f"{round(verdicts[locale].chrf_delta, 1) + 0.0:+.1f}"
            assert "95% interval" in chrf.toolTip()
            significant = scores[(locale, "chrf")]["p_value"] < 0.05
            assert chrf.font().bold() == significant == table.deltas[(locale, "chrf")][1]
            assert table.item(r, 3).text() == ("–" if (locale, "checks") not in scores else
                                               f"{round(scores[(locale, 'checks')]['delta'], 1) + 0.0:+.1f}")
    # The planted regression: fr-CH loses at step 20 and the tint says "worse".
    bad = table.item(rows["fr-CH"], 0).background().color()
    assert bad.red() > bad.green()
    assert view.panel.verdict.text() == ("GO" if a.recommendation.recommendation == "go" else "NO-GO")
    assert view.panel.reason.text() == a.recommendation.reason
    for rule in a.policy.describe():
        assert rule in view.panel.rules.text()


def test_chart_has_a_curve_and_a_base_line_per_locale(qtbot, window, project, world):
    view = _open(qtbot, window)
    a = assess(project, world["run"])
    base = {(s["locale"], s["metric"]): s["score"] for s in a.scores["base"]}
    assert view.selected_metric() == "chrf"
    assert set(view.chart.curves) == set(view.chart.base_lines) == set(a.locales)
    for locale in a.locales:
        xs, ys = view.chart.curves[locale].getData()
        assert list(xs) == [10, 20]
        assert list(ys) == pytest.approx([next(s["score"] for s in a.scores[label]
                                              if s["locale"] == locale and s["metric"] == "chrf")
                                         for label in ("step-000010", "step-000020")])
        line = view.chart.base_lines[locale]
        assert line.value() == pytest.approx(base[(locale, "chrf")])
        assert line.pen.style() == Qt.PenStyle.DashLine
        assert line.pen.color() == view.chart.curves[locale].opts["pen"].color()  # same colour
    legend = [item[1].text for item in view.chart.legend.items]
    assert {"fr-CH", "it-CH", "base model (dashed)"} <= set(legend)
    chrf_fr = list(view.chart.curves["fr-CH"].getData()[1])

    _pick(qtbot, window, view, "metric", "checks")  # only fr-CH items carry checks
    assert set(view.chart.curves) == set(view.chart.base_lines) == {"fr-CH"}
    assert view.chart.base_lines["fr-CH"].value() == pytest.approx(base[("fr-CH", "checks")])
    assert list(view.chart.curves["fr-CH"].getData()[1]) != chrf_fr
    _pick(qtbot, window, view, "metric", "ter")
    assert set(view.chart.curves) == set(a.locales)
    assert view.chart.getPlotItem().getAxis("left").labelText == "TER"


def test_regressions_show_the_answers_side_by_side(qtbot, window, project, world):
    view = _open(qtbot, window)
    _pick(qtbot, window, view, "checkpoint", "step-000020")
    a = assess(project, world["run"])
    planted = [(v.locale, f["item_id"]) for v in a.recommendation.verdict_for("step-000020").locales
               for f in v.newly_failing]
    assert planted and {loc for loc, _ in planted} == {"fr-CH"}
    panel = view.regressions
    assert [(e["locale"], e["item_id"]) for e in panel.entries] == planted
    assert panel.list.count() == len(planted) and "required term missing" in panel.list.item(0).text()
    assert view.tabs.tabText(1) == f"Regression failures ({len(planted)})"
    item_id = planted[0][1]
    base = {r["item_id"]: r for r in a.answers["base"]}[item_id]
    tuned = {r["item_id"]: r for r in a.answers["step-000020"]}[item_id]
    panel.list.setCurrentRow(0)
    assert panel.base_answer.toPlainText() == base["answer"]
    assert panel.tuned_answer.toPlainText() == tuned["answer"] != base["answer"]
    assert panel.base_answer.isReadOnly() and panel.tuned_answer.isReadOnly()
    assert panel.tuned_title.text() == "step-000020"
    assert world["planted"] in panel.failure.text()  # the required word the tuned model lost
    assert world["planted"] in panel.prompt.toPlainText()  # it is in the reference, too


def test_decision_is_signed_through_the_dialogs(qtbot, window, project, world):
    view = _open(qtbot, window)
    assert not view.panel.record_button.isEnabled()  # nobody signed in
    assert "Sign in" in view.panel.record_button.toolTip()
    sign_in(qtbot, window, "max")  # an annotator decides nothing
    assert not view.panel.record_button.isEnabled() and "domain owner" in view.panel.record_button.toolTip()
    sign_in(qtbot, window, "claire")
    _pick(qtbot, window, view, "checkpoint", "step-000020")
    verdict = assess(project, world["run"]).recommendation.verdict_for("step-000020").verdict
    assert verdict == "no-go"
    assert view.panel.none.isVisible() and view.panel.decisions.topLevelItemCount() == 0

    qtbot.mouseClick(view.panel.record_button, Qt.MouseButton.LeftButton)
    chosen = view.decision_dialog
    assert chosen.isVisible() and chosen.no_go.isChecked()  # the policy's verdict preselected
    assert chosen.meaning_label.text() == f"“{decision_meaning(world['run'], 'step-000020', 'no-go', 'no-go')}”"
    assert chosen.continue_button.isEnabled()
    chosen.go.setChecked(True)  # overruling the policy needs a written rationale
    assert not chosen.continue_button.isEnabled()
    meaning = decision_meaning(world["run"], "step-000020", "go", "no-go")
    assert chosen.meaning_label.text() == f"“{meaning}”"
    chosen.rationale.setPlainText("ok")  # a rationale of real length, not a word
    assert not chosen.continue_button.isEnabled() and chosen.rationale_count.text() == "2 / 40"
    chosen.rationale.setPlainText("fr-CH is out of scope for this release (per A. Meier)")
    assert chosen.continue_button.isEnabled()
    qtbot.mouseClick(chosen.continue_button, Qt.MouseButton.LeftButton)
    assert not chosen.isVisible()

    signature = view.dialog
    assert signature.isVisible() and signature.meaning.text() == f"“{meaning}”"
    signature.password.setText("not-my-password")
    qtbot.mouseClick(signature.sign_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert signature.isVisible() and signature.error.isVisible()  # stays open, says why
    assert store.decisions(project, world["run"]) == []  # a wrong password signs nothing

    signature.password.setText(PASSWORD)
    qtbot.mouseClick(signature.sign_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert not signature.isVisible()
    [d] = store.decisions(project, world["run"])
    assert (d["decision"], d["recommendation"], d["checkpoint"]) == ("go", "no-go", "step-000020")
    assert d["signer"] == "claire" and d["meaning"] == meaning
    assert d["rationale"] == "fr-CH is out of scope for this release (per A. Meier)"
    assert store.verify_decision(project, d["id"])
    shown = view.panel.decisions.topLevelItem(0)
    assert view.panel.decisions.topLevelItemCount() == 1 and not view.panel.none.isVisible()
    # Marked as an overrule in the list itself, not only in its tooltip.
    assert [shown.text(c) for c in range(3)] == ["GO — Overrules the policy (NO-GO)", "step-000020", "Claire Rochat"]
    assert "Overrules the policy (NO-GO)" in view.panel.detail.text()
    assert "Signed record intact" in view.panel.detail.text()
    assert meaning in view.panel.detail.text() and d["rationale"] in view.panel.detail.text()
    assert meaning in shown.toolTip(0) and "Overrules the policy" in shown.toolTip(0)
    assert view.selected_checkpoint() == "step-000020"  # the refresh keeps the user's choice


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_export_writes_the_html_and_pdf_report(qtbot, window, project, world, tmp_path):
    view = _open(qtbot, window)
    assert not view.export_button.isEnabled()  # a report leaves with its exporter's name: sign in first
    sign_in(qtbot, window, "cora")
    assert view.export_button.isEnabled()
    _pick(qtbot, window, view, "checkpoint", "step-000020")
    view.export_report(tmp_path / "out" / "report.html")
    qtbot.waitUntil(lambda: view.last_export is not None, timeout=120_000)
    written = view.last_export
    assert written["checkpoint"] == "step-000020" and written["recommendation"] == "no-go"
    parser = _Text()
    parser.feed(Path(written["html"]).read_text(encoding="utf-8"))
    text = " ".join(parser.text)
    assert "svg" in parser.tags and "table" in parser.tags
    assert world["run"] in text and "fr-CH" in text and "it-CH" in text and "NO-GO" in text
    assert world["planted"] in text
    assert Path(written["pdf"]).read_bytes().startswith(b"%PDF")
    [entry] = list(audit.entries(project, action="report.export"))
    assert entry["object_id"] == world["run"]


def test_run_without_evaluation_shows_the_empty_state_and_evaluates(qtbot, window, project, world):
    view = _open(qtbot, window)
    _pick(qtbot, window, view, "run", world["fresh"])
    assert view.stack.currentWidget() is view.not_evaluated
    assert "Evaluate the base model and the checkpoints" in view.not_evaluated.body.text()
    assert not view.export_button.isEnabled() and not view.panel.record_button.isEnabled()
    sign_in(qtbot, window, "claire")  # a domain owner decides, but does not run evaluations
    assert not view.evaluate_button.isEnabled() and "engineer" in view.evaluate_button.toolTip()
    sign_in(qtbot, window, "erik")
    assert view.evaluate_button.isEnabled()

    # The real worker process: this run has no checkpoint yet, so only the base is evaluated.
    qtbot.mouseClick(view.evaluate_button, Qt.MouseButton.LeftButton)
    assert view.evaluation.running() and not view.evaluate_button.isEnabled()
    qtbot.waitUntil(lambda: not view.evaluation.running(), timeout=240_000)
    settle(qtbot, window)
    assert view.banner.level == "ok", view.banner.text.text()
    assert view.current_run() == world["fresh"]
    assert view.stack.currentWidget() is view.split
    assert set(store.current_set(project, world["fresh"])) == {"base"}
    assert view.checkpoint_combo.count() == 0 and view.heatmap.rowCount() == 0
    assert set(view.chart.base_lines) == {"fr-CH", "it-CH"}  # the base alone, as reference lines
    assert view.panel.verdict.text() == "NO-GO" and "no checkpoint" in view.panel.reason.text()



def test_the_dashboard_reads_right(qtbot, window, world):
    """Legend beside the plot, base lines named at their end, significance only where the policy
    judges, the whole heat map, two runs side by side."""
    sign_in(qtbot, window, "erik")
    view = _open(qtbot, window)
    chart = view.chart
    assert chart.legend.parentItem() is not chart.getPlotItem().vb  # not drawn over the lines
    assert {line.label.format for line in chart.base_lines.values()} == {"fr-CH base", "it-CH base"}
    table = view.heatmap
    bleu = table.COLUMNS.index("bleu")
    for r in range(table.rowCount()):
        assert not table.item(r, bleu).font().bold() and not table.deltas[(table.verticalHeaderItem(r).text()
                                                                           .split()[0], "bleu")][1]
    window.resize(1280, 720)
    view.tabs.setCurrentIndex(0)
    qtbot.wait(50)
    assert table.height() >= table.minimumHeight() >= table.rowCount() * table.rowHeight(0)
    # The other run of the project was never evaluated: the comparison says what to do.
    view.tabs.setCurrentIndex(2)
    settle(qtbot, window)
    assert view.comparison.other_id() == world["fresh"] and "Pick another evaluated run" in view.comparison.note.text()
    # Against an evaluated run (here: the same one at another checkpoint), locale by locale.
    a = view.data.assessment
    view.comparison.b = (a, "step-000010")
    view.comparison._draw()
    heads = [view.comparison.table.horizontalHeaderItem(c).text() for c in range(view.comparison.table.columnCount())]
    assert any("chrF++ Δ" in h for h in heads) and heads[-1].startswith("Verdict")
    assert view.comparison.table.rowCount() == len(a.locales)


def test_the_go_no_go_panel_never_cuts_its_sentences_at_the_right_edge(qtbot, window, project, world):
    """The verdict's sentences wrap inside the panel: a line that does not wrap (the closest
    checkpoint's sentence under NO-GO) made the panel's content wider than what shows, so the
    policy's rules were cut off mid-word at the right edge, with no way to scroll to them."""
    view = _open(qtbot, window)
    a = assess(project, world["run"])
    _pick(qtbot, window, view, "checkpoint", a.recommendation.checkpoint)
    assert view.panel.checkpoint.text()
    for size in ((1440, 900), (1280, 720)):
        window.resize(*size)
        qtbot.wait(50)
        summary = view.panel.summary
        shown = summary.viewport().width()
        assert summary.widget().width() <= shown, size
        for label in (view.panel.verdict, view.panel.checkpoint, view.panel.reason, view.panel.rules):
            assert label.geometry().right() < shown, (size, label.text()[:60])
