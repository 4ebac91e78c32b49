"""Decisions against the policy: what counts as an overrule and what it takes (a written
rationale), how a decision is labelled wherever it is shown, and the rule that base and
checkpoint are only compared within one evaluation set. Re-exported by policy.py."""

from __future__ import annotations

from ..core.errors import ValidationError

MIN_RATIONALE_CHARS = 40

def is_overrule(decision: str, policy_verdict: str) -> bool:
    """A decision that differs from what the policy says for that checkpoint."""
    return (decision or "").lower() != (policy_verdict or "").lower()


def check_rationale(decision: str, policy_verdict: str, rationale: str) -> str:
    """The rationale, stripped; refused when it overrules the policy without saying why in
    at least MIN_RATIONALE_CHARS characters."""
    rationale = (rationale or "").strip()
    if is_overrule(decision, policy_verdict) and len(rationale) < MIN_RATIONALE_CHARS:
        raise ValidationError(
            f"the policy says {policy_verdict.upper()}: deciding {decision.upper()} overrules it and needs a written "
            f"rationale of at least {MIN_RATIONALE_CHARS} characters (--rationale; this one has {len(rationale)})")
    return rationale


def decision_label(decision: dict) -> str:
    """How a stored decision is shown everywhere: 'GO', or 'GO (overrule: policy said NO-GO)'."""
    text = decision["decision"].upper()
    if is_overrule(decision["decision"], decision["recommendation"]):
        text += f" (overrule: policy said {decision['recommendation'].upper()})"
    return text


class MixedEvaluationSets(ValidationError):
    """Evaluations under different decoding or scoring settings were put side by side."""


def require_one_evaluation_set(evaluations: dict[str, dict], expected: str | None = None) -> str:
    """The settings hash every given evaluation shares (and `expected`, when given);
    refuses to compare across evaluation sets."""
    hashes = {label: ev["settings_hash"] for label, ev in evaluations.items()}
    distinct = sorted(set(hashes.values()) | ({expected} if expected else set()))
    if len(distinct) != 1:
        listed = ", ".join(f"{k} {v[:12]}" for k, v in sorted(hashes.items()))
        raise MixedEvaluationSets(
            f"refusing to mix evaluation sets: {listed}" + (f", decision set {expected[:12]}" if expected else "")
            + ". Base and checkpoint must be evaluated under the same decoding settings: evaluate them again "
            "under one set")
    return distinct[0]
