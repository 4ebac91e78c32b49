"""The go/no-go policy: tuned versus base on the same frozen hold-out, locale by locale.

Why per locale: a German gain must never hide an Italian regression, so each locale gets its
own verdict and the checkpoint is 'go' only when every locale is. Intervals decide, not point
estimates: every chrF++ delta is the paired bootstrap 95% interval of (tuned − base) on the
same items (and, for sampled decoding, the same seeds), and a rule passes only when the
interval shows it. The rules, all against the base under one evaluation set:

1. **Non-inferiority**, every locale: the lower bound of the interval is at least
   −`chrf_tolerance`. When the interval is wider than the tolerance itself, the hold-out is
   too small to show non-inferiority at all: the locale is *inconclusive* and the verdict
   says about how many items would be needed, instead of passing or failing it on noise. Under
   `min_items` (default 10) items a locale is inconclusive outright: a bootstrap over one or two items
   gives an interval that looks tight and means nothing.
2. **Gain**, every target locale: the lower bound is above zero (the interval excludes zero)
   and at least `min_gain`. Target locales default to the locales the run's training
   snapshot has pairs for: training on a language and not improving it is not a success.
3. **Regression checks**: no check the base passed may fail (`block_new_check_failures`).
4. **Fidelity**: no locale's fidelity (answers in the item's language, gsw in Swiss German)
   more than `fidelity_tolerance` percentage points below the base (a point rule: a guard
   against answering in the wrong language, which chrF++ alone can under-weigh).

A locale is GO when every rule passes, INCONCLUSIVE when none fails but one cannot be shown
with this hold-out, NO-GO otherwise; a checkpoint is GO only when every locale is. Each
verdict carries its rules and the numbers that decided them. The one place the rules live:
CLI, GUI, report, demo and hand-off gate read verdicts, overrule and evaluation-set rules
from here. Pure functions of stored score rows and answers, never a model.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

from ..core.errors import ValidationError
from ..core.locales import parse_locale
# Re-exported: the policy's callers find everything the rules use here.
from .checks import regressions  # noqa: F401
from .overrules import (MIN_RATIONALE_CHARS, MixedEvaluationSets, check_rationale, decision_label,  # noqa: F401
                        is_overrule, require_one_evaluation_set)
from .sample_size import PLANNING_SD, holdout_plan, items_needed, planning_items  # noqa: F401

GO, NO_GO, INCONCLUSIVE = "go", "no-go", "inconclusive"
PASS, FAIL = "pass", "fail"

#: The default of `Policy.min_items`: fewer hold-out items in a locale and its chrF++ interval
#: is not judged at all (a bootstrap over one or two items looks tight and means nothing).
MIN_ITEMS = 10


@dataclass(frozen=True)
class Policy:
    chrf_tolerance: float = 1.0
    min_gain: float = 0.0
    #: Empty: the locales of the run's training snapshot.
    target_locales: tuple[str, ...] = ()
    block_new_check_failures: bool = True
    fidelity_tolerance: float = 5.0
    #: A locale with fewer hold-out items is inconclusive, whatever its interval.
    min_items: int = MIN_ITEMS

    @classmethod
    def from_dict(cls, data: dict | None) -> "Policy":
        data = dict(data or {})
        unknown = set(data) - {f for f in cls.__dataclass_fields__}
        if unknown:
            raise ValidationError(f"unknown policy setting(s) {sorted(unknown)}: use "
                                  + ", ".join(cls.__dataclass_fields__))
        for key in ("chrf_tolerance", "min_gain", "fidelity_tolerance"):
            if key in data:
                try:
                    data[key] = float(data[key])
                except (TypeError, ValueError):
                    raise ValidationError(f"policy '{key}' must be a number of points") from None
                if data[key] < 0 or math.isnan(data[key]):
                    raise ValidationError(f"policy '{key}' must be zero or positive")
        if data.get("chrf_tolerance", 1.0) == 0:
            raise ValidationError("policy 'chrf_tolerance' must be above zero: no finite hold-out can show "
                                  "that a locale lost nothing at all")
        targets = data.get("target_locales") or ()
        if isinstance(targets, str):
            targets = [t for t in targets.replace(";", ",").split(",") if t.strip()]
        data["target_locales"] = tuple(sorted({parse_locale(t) for t in targets}))
        if "block_new_check_failures" in data:
            data["block_new_check_failures"] = bool(data["block_new_check_failures"])
        if "min_items" in data:
            try:
                data["min_items"] = int(data["min_items"])
            except (TypeError, ValueError):
                raise ValidationError("policy 'min_items' must be a whole number of items") from None
            if data["min_items"] < 2:
                raise ValidationError("policy 'min_items' must be at least 2: one item has no interval")
        return cls(**data)

    def as_dict(self) -> dict:
        d = asdict(self)
        d["target_locales"] = list(self.target_locales)
        return d

    def targets(self, training_locales) -> tuple[str, ...]:
        """The target locales in force: the policy's, else those the training snapshot has."""
        return self.target_locales or tuple(sorted(training_locales or ()))

    def gain_rule(self) -> str:
        if self.min_gain > 0:
            return f"the lower bound of the 95% interval of the chrF++ gain is at least {self.min_gain:g}"
        return "the 95% interval of the chrF++ gain lies above zero"

    def describe(self, training_locales=None) -> list[str]:
        targets = self.targets(training_locales) if training_locales is not None else self.target_locales
        which = (", ".join(targets) if targets else
                 "the locales the run's training snapshot has pairs for")
        rules = [f"every locale non-inferior to the base: the lower bound of the paired 95% interval of the "
                 f"chrF++ delta is at least −{self.chrf_tolerance:g} (a hold-out too small to show this is "
                 f"inconclusive, not a pass, and so is a locale with fewer than {self.min_items} items)",
                 f"every target locale ({which}) gains: {self.gain_rule()}"]
        if self.block_new_check_failures:
            rules.append("no regression check newly failing (passed by the base, failed by the tuned model)")
        rules.append(f"no locale's fidelity more than {self.fidelity_tolerance:g} points below the base")
        return rules


# -- verdicts ----------------------------------------------------------------------------

@dataclass
class RuleResult:
    rule: str              # "non-inferiority", "gain", "checks", "fidelity", "evaluated"
    outcome: str           # PASS, FAIL or INCONCLUSIVE
    detail: str            # the rule with the numbers that decided it
    items_needed: int | None = None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class LocaleVerdict:
    locale: str
    go: bool
    reasons: list[str] = field(default_factory=list)
    target: bool = False
    rules: list[RuleResult] = field(default_factory=list)
    n: int | None = None
    chrf: float | None = None
    chrf_base: float | None = None
    chrf_delta: float | None = None
    chrf_delta_ci: tuple[float | None, float | None] = (None, None)
    chrf_p: float | None = None
    fidelity: float | None = None
    fidelity_base: float | None = None
    newly_failing: list[dict] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.go:
            return GO
        if self.rules and all(r.outcome in (PASS, INCONCLUSIVE) for r in self.rules):
            return INCONCLUSIVE
        return NO_GO

    @property
    def verdict(self) -> str:
        return self.status

    @property
    def regressed(self) -> bool:
        """Worse than the base by a rule against the base: chrF++ not shown non-inferior, a
        regression check newly failing, or fidelity lost (not: a target without gain)."""
        return any(r.outcome == FAIL and r.rule in ("non-inferiority", "checks", "fidelity") for r in self.rules)

    @property
    def items_needed(self) -> int | None:
        needs = [r.items_needed for r in self.rules if r.outcome == INCONCLUSIVE and r.items_needed]
        return max(needs) if needs else None

    def basis(self) -> list[str]:
        """Every rule with its numbers, failing ones first."""
        order = {FAIL: 0, INCONCLUSIVE: 1, PASS: 2}
        return [f"{r.outcome.upper()} {r.detail}" for r in sorted(self.rules, key=lambda r: order[r.outcome])]

    def as_dict(self) -> dict:
        d = asdict(self)
        d["verdict"] = self.verdict
        d["status"] = self.status
        d["items_needed"] = self.items_needed
        d["chrf_delta_ci"] = list(self.chrf_delta_ci)
        return d

    def _add(self, rule: str, outcome: str, detail: str, needed: int | None = None) -> None:
        self.rules.append(RuleResult(rule, outcome, detail, needed))
        if outcome != PASS:
            self.go = False
            self.reasons.append(detail)


_SHORT = {"non-inferiority": "chrF++ not shown within the tolerance", "gain": "no gain shown",
          "checks": "regression checks", "fidelity": "locale fidelity", "evaluated": "not evaluated"}


@dataclass
class CheckpointVerdict:
    checkpoint: str
    step: int | None
    locales: list[LocaleVerdict]

    @property
    def go(self) -> bool:
        return bool(self.locales) and all(v.go for v in self.locales)

    @property
    def verdict(self) -> str:
        return GO if self.go else NO_GO

    @property
    def mean_chrf_delta(self) -> float:
        ds = [v.chrf_delta for v in self.locales if v.chrf_delta is not None]
        return sum(ds) / len(ds) if ds else float("-inf")

    def failing(self) -> list[str]:
        return [v.locale for v in self.locales if v.status == NO_GO]

    def regressed(self) -> list[str]:
        return [v.locale for v in self.locales if v.status == NO_GO and v.regressed]

    def inconclusive(self) -> list[str]:
        return [v.locale for v in self.locales if v.status == INCONCLUSIVE]

    def summary(self) -> str:
        """One line naming the locales that stop this checkpoint, and why."""
        if self.go:
            return "every locale passes"
        parts = []
        for v in self.locales:
            if v.status == NO_GO:
                why = ", ".join(_SHORT[r.rule] for r in v.rules if r.outcome == FAIL)
                parts.append(f"{v.locale} " + ("regressed" if v.regressed else "fails") + f" ({why})")
        for v in self.locales:
            if v.status == INCONCLUSIVE:
                parts.append(f"{v.locale} inconclusive (about {v.items_needed} items needed)"
                             if v.items_needed else f"{v.locale} inconclusive")
        return "; ".join(parts)

    def as_dict(self) -> dict:
        return {"checkpoint": self.checkpoint, "step": self.step, "verdict": self.verdict,
                "mean_chrf_delta": self.mean_chrf_delta if self.locales else None,
                "failing": self.failing(), "regressed": self.regressed(), "inconclusive": self.inconclusive(),
                "locales": [v.as_dict() for v in self.locales]}


@dataclass
class Recommendation:
    recommendation: str
    checkpoint: str | None
    reason: str
    verdicts: list[CheckpointVerdict]

    def verdict_for(self, checkpoint: str) -> CheckpointVerdict:
        for v in self.verdicts:
            if v.checkpoint == checkpoint:
                return v
        raise ValidationError(f"checkpoint '{checkpoint}' has no evaluation in this evaluation set to judge: "
                              "evaluate it under the same decoding settings as the base first")


def _ci(lo, hi) -> str:
    return f"[{lo:+.2f}, {hi:+.2f}]"


def judge_checkpoint(policy: Policy, checkpoint: str, step: int | None, locales: list[str],
                     score_rows: list[dict], new_failures: dict[str, list[dict]], *,
                     targets: tuple[str, ...] | list[str] | None = None) -> CheckpointVerdict:
    """Apply the policy to one checkpoint's stored score rows (which carry the base deltas).
    `targets`: the target locales in force (default: the policy's own list)."""
    targets = tuple(targets) if targets is not None else policy.target_locales
    rows = {(r["locale"], r["metric"]): r for r in score_rows}
    tol = policy.chrf_tolerance
    verdicts = []
    for locale in sorted(locales):
        v = LocaleVerdict(locale=locale, go=True, target=locale in targets)
        chrf = rows.get((locale, "chrf"))
        if chrf is None or chrf.get("base_score") is None:
            v._add("evaluated", FAIL, "not evaluated against the base: run 'workbench eval' for this checkpoint")
            verdicts.append(v)
            continue
        v.n = chrf.get("n")
        v.chrf, v.chrf_base = chrf["score"], chrf["base_score"]
        v.chrf_delta = d = chrf["score"] - chrf["base_score"]
        lo, hi = chrf.get("delta_low"), chrf.get("delta_high")
        if lo is None or hi is None:
            lo = hi = d  # no resampling (n_bootstrap 0): the point is all there is
        v.chrf_delta_ci = (lo, hi)
        v.chrf_p = chrf.get("p_value")
        if (v.n or 0) < policy.min_items:
            _too_few(v, d, lo, hi, policy.min_items)
        else:
            _non_inferiority(v, d, lo, hi, tol)
            if v.target:
                _gain(v, d, lo, hi, policy.min_gain)
        v.newly_failing = list(new_failures.get(locale, []))
        if policy.block_new_check_failures:
            if v.newly_failing:
                ids = ", ".join(str(f["item_id"]) for f in v.newly_failing[:8])
                more = " …" if len(v.newly_failing) > 8 else ""
                v._add("checks", FAIL, f"regression checks: {len(v.newly_failing)} check(s) the base passed now "
                                       f"fail (items {ids}{more})")
            else:
                v._add("checks", PASS, "regression checks: none the base passed fails")
        fid = rows.get((locale, "fidelity"))
        if fid is not None and fid.get("base_score") is not None:
            v.fidelity, v.fidelity_base = fid["score"], fid["base_score"]
            drop = v.fidelity_base - v.fidelity
            if drop > policy.fidelity_tolerance:
                v._add("fidelity", FAIL, f"locale fidelity {v.fidelity:.1f}% is {drop:.1f} points below the base "
                                         f"{v.fidelity_base:.1f}% (tolerance {policy.fidelity_tolerance:g})")
            else:
                v._add("fidelity", PASS, f"locale fidelity {v.fidelity_base:.1f}% → {v.fidelity:.1f}% "
                                         f"(tolerance {policy.fidelity_tolerance:g})")
        verdicts.append(v)
    return CheckpointVerdict(checkpoint, step, verdicts)


def _too_few(v: LocaleVerdict, d: float, lo: float, hi: float, least: int) -> None:
    """Under `least` items a bootstrap interval says nothing (one item: a point; two: three
    possible means), however narrow it looks: neither rule is shown either way."""
    nums = f"Δ chrF++ {d:+.2f}, 95% interval {_ci(lo, hi)}, n={v.n}"
    text = (f"inconclusive: {v.n or 0} item(s) are too few for an interval to mean anything; at least "
            f"{least} items needed ({nums})")
    v._add("non-inferiority", INCONCLUSIVE, text, least)
    if v.target:
        v._add("gain", INCONCLUSIVE, text, least)


def _non_inferiority(v: LocaleVerdict, d: float, lo: float, hi: float, tol: float) -> None:
    nums = f"Δ chrF++ {d:+.2f}, 95% interval {_ci(lo, hi)}, n={v.n}"
    if lo >= -tol:
        v._add("non-inferiority", PASS, f"non-inferior: lower bound {lo:+.2f} ≥ −{tol:g} ({nums})")
        return
    if hi < -tol:
        v._add("non-inferiority", FAIL, f"regressed: chrF++ {v.chrf:.1f} vs base {v.chrf_base:.1f}, the whole "
                                        f"interval lies below −{tol:g} ({nums})")
        return
    half = (hi - lo) / 2
    needed = items_needed(half, v.n or 0, tol)
    if half > tol and needed:
        v._add("non-inferiority", INCONCLUSIVE,
               f"inconclusive: about {needed} items needed — the interval is ±{half:.2f} wide, wider than the "
               f"tolerance {tol:g}, so this hold-out cannot show non-inferiority ({nums})", needed)
        return
    v._add("non-inferiority", FAIL, f"not shown non-inferior: lower bound {lo:+.2f} < −{tol:g} ({nums})")


def _gain(v: LocaleVerdict, d: float, lo: float, hi: float, min_gain: float) -> None:
    nums = f"Δ chrF++ {d:+.2f}, 95% interval {_ci(lo, hi)}, n={v.n}"
    what = f"≥ {min_gain:g}" if min_gain > 0 else "> 0"
    if lo > 0 and lo >= min_gain:
        v._add("gain", PASS, f"target gains: lower bound {lo:+.2f} {what} ({nums})")
        return
    half = (hi - lo) / 2
    needed = items_needed(half, v.n or 0, d - min_gain) if d > min_gain else None
    if needed:
        v._add("gain", INCONCLUSIVE, f"target gain not shown: lower bound {lo:+.2f}, needs {what}; about "
                                     f"{needed} items would show a gain this size ({nums})", needed)
    else:
        v._add("gain", FAIL, f"target shows no gain: lower bound {lo:+.2f}, needs {what} ({nums})")


def recommend(verdicts: list[CheckpointVerdict]) -> Recommendation:
    """'go' with the best checkpoint every locale accepts (highest mean chrF++ gain; the
    later one on a tie), else 'no-go' naming the checkpoint that came closest and why."""
    if not verdicts:
        return Recommendation(NO_GO, None, "no checkpoint has been evaluated yet", [])
    rank = sorted(verdicts, key=lambda v: (v.go, sum(lv.go for lv in v.locales),
                                           sum(lv.status == INCONCLUSIVE for lv in v.locales),
                                           v.mean_chrf_delta, v.step or 0), reverse=True)
    best = rank[0]
    if best.go:
        reason = (f"{best.checkpoint} passes the policy in every locale "
                  f"(mean chrF++ {best.mean_chrf_delta:+.1f} points over the base)")
        return Recommendation(GO, best.checkpoint, reason, verdicts)
    reason = (f"no checkpoint passes the policy in every locale; closest is {best.checkpoint}: "
              f"{best.summary()}")
    return Recommendation(NO_GO, best.checkpoint, reason, verdicts)
