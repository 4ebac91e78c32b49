"""The Review page's hold-out plan: before training, each locale says whether its hold-out
can show the go/no-go policy's tolerance at all ("inconclusive … about N items needed")."""

from __future__ import annotations


def test_holdout_plan_widget_marks_a_small_holdout_inconclusive_before_training(qtbot, project):
    from tests.evaluate.helpers import FR, add_holdout
    from workbench.evaluate.policy import planning_items
    from workbench.gui import theme
    from workbench.gui.holdout_plan import HoldoutPlanWidget

    add_holdout(project, "fr-CH", FR)
    widget = HoldoutPlanWidget(title="Hold-out size")
    qtbot.addWidget(widget)
    widget.refresh(project)
    needed = planning_items(1.0)
    assert [p.locale for p in widget.plans] == ["fr-CH"]
    line = widget.line_for("fr-CH")
    assert line.startswith("3 items: too few") and "inconclusive" in line and f"About {needed} items" in line
    assert f"fr-CH</b> <span style='color:{theme.current().warn}'>3 of about {needed} items" in widget.lines.text()
    assert line in widget.lines.toolTip() and widget.title.text() == "Hold-out size"
    widget.refresh(None)
    assert widget.plans == [] and widget.lines.text() == "" and widget.isHidden()


def test_the_review_page_shows_the_hold_out_plan_where_the_hold_out_is_designed(qtbot, window):
    from tests.evaluate.helpers import FR, add_holdout
    from tests.gui.conftest import settle, sign_in

    add_holdout(window.session.project, "fr-CH", FR)
    sign_in(qtbot, window, "claire")
    window.show_view("review")
    settle(qtbot, window)
    plan = window.views["review"].plan
    assert plan.isVisible() and [p.locale for p in plan.plans] == ["fr-CH"]
    assert "inconclusive" in plan.line_for("fr-CH")


def test_the_review_page_states_the_signed_pairs_against_the_rule_of_thumb(qtbot, window):
    from tests.gui.conftest import settle, sign_in
    from tests.train.conftest import make_ready
    from workbench.gui import theme
    from workbench.gui.launch_checks import problem_text
    from workbench.train.preflight import check_data
    from workbench.train.spec import JobSpec

    project = make_ready(window.session.project)   # a handful of pairs, signed the real way
    signed = project.conn.execute("SELECT count(*) FROM items WHERE kind = 'pair' AND status = 'signed_off'"
                                  ).fetchone()[0]
    sign_in(qtbot, window, "claire")
    window.show_view("review")
    settle(qtbot, window)
    volume = window.views["review"].volume
    assert volume.text().startswith(f"{signed} signed training pairs") and "about 2,000" in volume.text()
    assert theme.current().warn in volume.styleSheet()

    # The pre-launch check says the same in the window's words (an 8B LoRA on this snapshot).
    pre, _ = check_data(project, JobSpec(base_model="unused", method="lora", model_size="8b"))
    [thin] = [a for a in pre.advice if a.code == "thin_data"]
    assert f"has {signed} signed pairs" in problem_text(thin) and "about 2000 per use case" in problem_text(thin)
