"""Data-volume guidance (the method's rule of thumb): before a run that counts, the engineer is
told how far the signed pairs are from what the method needs to move at all, per locale, in the
pre-launch check, on the Review page and in the model card. It never blocks: a small first run
is a legitimate experiment; it is only never a silent one."""

from __future__ import annotations

from workbench.train.spec import JobSpec
from workbench.train.volume import RULE_OF_THUMB, advise


def test_the_rule_of_thumb_per_method_and_size():
    small = advise({"fr-CH": 300, "it-CH": 60}, "lora", "8b")
    assert small.wanted == RULE_OF_THUMB[("lora", "8b")] == 2_000 and small.pairs == 360 and not small.enough
    assert small.thin_locales() == ["fr-CH", "it-CH"]          # each under its share of 1,000
    assert "360 signed pairs" in small.text() and "about 2,000" in small.text()
    assert advise({"fr-CH": 25_000}, "full", "70b").enough
    assert not advise({"fr-CH": 9_000}, "full", "70b").enough   # a full 70B run wants tens of thousands
    assert advise({"fr-CH": 3}, "lora", "tiny") is None         # the test model has no rule of thumb


def test_a_small_training_snapshot_is_flagged_in_the_pre_launch_check(ready_project, tiny_model_dir):
    from workbench.train.preflight import check_data

    spec = JobSpec(base_model=str(tiny_model_dir), method="lora", model_size="8b")
    pre, problems = check_data(ready_project, spec)
    assert problems == []                                        # advice, never a block
    [thin] = [a for a in pre.advice if a.code == "thin_data"]
    assert thin.params["pairs"] == sum(pre.train["locale_counts"].values())
    assert thin.params["wanted"] == 2_000 and thin.fix == "review"
    assert any("rule of thumb" in w for w in pre.warnings)

    tiny = JobSpec(base_model=str(tiny_model_dir), method="lora", model_size="tiny")
    assert not [a for a in check_data(ready_project, tiny)[0].advice if a.code == "thin_data"]


def test_the_model_card_states_a_thin_training_set():
    from workbench.handoff.modelcard import volume_limitation

    line = volume_limitation({"fr-CH": 120, "it-CH": 40}, "qlora", "70b")
    assert "160 signed pairs" in line and "QLoRA" in line
    assert volume_limitation({"fr-CH": 5_000}, "lora", "8b") is None
