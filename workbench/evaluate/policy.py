"""The go/no-go policy: tuned versus base on the same frozen hold-out, locale by locale.

Why per locale: a German gain must never hide an Italian regression, so each locale gets its
own verdict and the checkpoint is 'go' only when every locale is. The rules, all relative to
the base model under identical decoding settings:

1. no locale's chrF++ may fall more than `chrf_tolerance` points below the base;
2. no regression check the base passed may fail (`block_new_check_failures`);
3. each target locale must gain at least `min_gain` chrF++ points;
4. no locale's fidelity (answers in the item's language, gsw in Swiss German) may fall more
   than `fidelity_tolerance` percentage points below the base.

Point estimates decide, so the rule reads the same to everyone in the room; the report shows
each delta's bootstrap interval and p-value beside it, for judging how much to trust it.
Pure functions: the inputs are stored score rows and answers, never a model.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ..core.errors import ValidationError
from ..core.locales import parse_locale
from .checks import newly_failing

GO, NO_GO = "go", "no-go"


@dataclass(frozen=True)
class Policy:
    chrf_tolerance: float = 1.0
    min_gain: float = 1.0
    target_locales: tuple[str, ...] = ()
    block_new_check_failures: bool = True
    fidelity_tolerance: float = 5.0

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
                if data[key] < 0:
                    raise ValidationError(f"policy '{key}' must be zero or positive")
        targets = data.get("target_locales") or ()
        if isinstance(targets, str):
            targets = [t for t in targets.replace(";", ",").split(",") if t.strip()]
        data["target_locales"] = tuple(sorted({parse_locale(t) for t in targets}))
        if "block_new_check_failures" in data:
            data["block_new_check_failures"] = bool(data["block_new_check_failures"])
        return cls(**data)

    def as_dict(self) -> dict:
        d = asdict(self)
        d["target_locales"] = list(self.target_locales)
        return d

    def describe(self) -> list[str]:
        rules = [f"no locale's chrF++ more than {self.chrf_tolerance:g} points below the base"]
        if self.block_new_check_failures:
            rules.append("no regression check newly failing (passed by the base, failed by the tuned model)")
        if self.target_locales:
            rules.append(f"target locales {', '.join(self.target_locales)} gain at least "
                         f"{self.min_gain:g} chrF++ points")
        rules.append(f"no locale's fidelity more than {self.fidelity_tolerance:g} points below the base")
        return rules


@dataclass
class LocaleVerdict:
    locale: str
    go: bool
    reasons: list[str] = field(default_factory=list)
    target: bool = False
    chrf: float | None = None
    chrf_base: float | None = None
    chrf_delta: float | None = None
    chrf_delta_ci: tuple[float | None, float | None] = (None, None)
    chrf_p: float | None = None
    fidelity: float | None = None
    fidelity_base: float | None = None
    newly_failing: list[dict] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        return GO if self.go else NO_GO

    def as_dict(self) -> dict:
        d = asdict(self)
        d["verdict"] = self.verdict
        d["chrf_delta_ci"] = list(self.chrf_delta_ci)
        return d


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

    def as_dict(self) -> dict:
        return {"checkpoint": self.checkpoint, "step": self.step, "verdict": self.verdict,
                "mean_chrf_delta": self.mean_chrf_delta if self.locales else None,
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
        raise ValidationError(f"checkpoint '{checkpoint}' has no evaluation to judge: evaluate it first")


def regressions(base_answers: list[dict], answers: list[dict]) -> dict[str, list[dict]]:
    """Per locale, the items whose checks the base passed and this model fails."""
    base_by_id = {a["item_id"]: a for a in base_answers}
    out: dict[str, list[dict]] = {}
    for a in answers:
        b = base_by_id.get(a["item_id"])
        if b is None:
            continue
        kinds = newly_failing(b["checks"], a["checks"])
        if kinds:
            out.setdefault(a["locale"], []).append({"item_id": a["item_id"], "checks": kinds})
    return out


def judge_checkpoint(policy: Policy, checkpoint: str, step: int | None, locales: list[str],
                     score_rows: list[dict], new_failures: dict[str, list[dict]]) -> CheckpointVerdict:
    """Apply the policy to one checkpoint's stored score rows (which carry the base deltas)."""
    rows = {(r["locale"], r["metric"]): r for r in score_rows}
    verdicts = []
    for locale in sorted(locales):
        v = LocaleVerdict(locale=locale, go=True, target=locale in policy.target_locales)
        chrf = rows.get((locale, "chrf"))
        if chrf is None or chrf.get("base_score") is None:
            v.go = False
            v.reasons.append("not evaluated against the base: run 'workbench eval' for this checkpoint")
            verdicts.append(v)
            continue
        v.chrf, v.chrf_base = chrf["score"], chrf["base_score"]
        v.chrf_delta = chrf["score"] - chrf["base_score"]
        v.chrf_delta_ci = (chrf.get("delta_low"), chrf.get("delta_high"))
        v.chrf_p = chrf.get("p_value")
        if v.chrf_delta < -policy.chrf_tolerance:
            v.go = False
            v.reasons.append(f"chrF++ {v.chrf:.1f} is {-v.chrf_delta:.1f} points below the base "
                             f"{v.chrf_base:.1f} (tolerance {policy.chrf_tolerance:g})")
        if v.target and v.chrf_delta < policy.min_gain:
            v.go = False
            v.reasons.append(f"target locale gains {v.chrf_delta:+.1f} chrF++ points, less than the "
                             f"required {policy.min_gain:+g}")
        v.newly_failing = list(new_failures.get(locale, []))
        if policy.block_new_check_failures and v.newly_failing:
            v.go = False
            ids = ", ".join(str(f["item_id"]) for f in v.newly_failing[:8])
            more = " …" if len(v.newly_failing) > 8 else ""
            v.reasons.append(f"{len(v.newly_failing)} regression check(s) newly failing (items {ids}{more})")
        fid = rows.get((locale, "fidelity"))
        if fid is not None and fid.get("base_score") is not None:
            v.fidelity, v.fidelity_base = fid["score"], fid["base_score"]
            if v.fidelity < v.fidelity_base - policy.fidelity_tolerance:
                v.go = False
                v.reasons.append(f"locale fidelity {v.fidelity:.1f}% is {v.fidelity_base - v.fidelity:.1f} "
                                 f"points below the base {v.fidelity_base:.1f}% "
                                 f"(tolerance {policy.fidelity_tolerance:g})")
        verdicts.append(v)
    return CheckpointVerdict(checkpoint, step, verdicts)


def recommend(verdicts: list[CheckpointVerdict]) -> Recommendation:
    """'go' with the best checkpoint every locale accepts (highest mean chrF++ gain; the
    later one on a tie), else 'no-go' naming the checkpoint that came closest."""
    if not verdicts:
        return Recommendation(NO_GO, None, "no checkpoint has been evaluated yet", [])
    rank = sorted(verdicts, key=lambda v: (v.go, sum(lv.go for lv in v.locales), v.mean_chrf_delta, v.step or 0),
                  reverse=True)
    best = rank[0]
    if best.go:
        reason = (f"{best.checkpoint} passes the policy in every locale "
                  f"(mean chrF++ {best.mean_chrf_delta:+.1f} points over the base)")
        return Recommendation(GO, best.checkpoint, reason, verdicts)
    failing = [lv.locale for lv in best.locales if not lv.go]
    reason = (f"no checkpoint passes the policy in every locale; closest is {best.checkpoint}, "
              f"which fails in {', '.join(failing)}")
    return Recommendation(NO_GO, best.checkpoint, reason, verdicts)
