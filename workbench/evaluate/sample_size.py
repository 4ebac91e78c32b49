"""How many hold-out items a locale needs for the go/no-go policy to show anything.

The policy (policy.py) judges a locale by the paired 95% interval of its chrF++ delta. An
interval's half-width shrinks with the square root of the item count, so one measured
interval tells how many items a clearer answer would take, and a planning spread tells the
same before anything was trained: what the Review page shows while the hold-out is designed.
Pure arithmetic, no model, no database.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: Two-sided 95%: the intervals are bootstrap percentiles at 2.5% / 97.5%.
Z95 = 1.959964

#: Before any evaluation (the Review page, while the hold-out is designed) the spread of a
#: locale's chrF++ delta is unknown. We plan with a per-item standard deviation of 8 chrF++
#: points for the delta between two answers to the same item; after an evaluation, the
#: verdict uses the interval actually measured instead.
PLANNING_SD = 8.0


def items_needed(half_width: float, n: int, margin: float) -> int | None:
    """Items for the interval's half-width to shrink to `margin` (half-widths fall with the
    square root of the item count). None when no count would do (margin ≤ 0)."""
    if margin <= 0 or n <= 0:
        return None
    return max(n + 1, math.ceil(n * (half_width / margin) ** 2))


def planning_items(tolerance: float, sd: float = PLANNING_SD) -> int:
    """Items a locale needs before training for an unchanged locale to be shown within
    −tolerance (95% interval half-width ≤ tolerance, at the planning spread)."""
    return math.ceil((Z95 * sd / tolerance) ** 2)


def smallest_gain_shown(n: int, sd: float = PLANNING_SD) -> float | None:
    """The smallest true gain whose interval would exclude zero with `n` items (planning)."""
    return None if n <= 0 else Z95 * sd / math.sqrt(n)


@dataclass(frozen=True)
class HoldoutPlan:
    """Per locale, before training: can this hold-out show the policy's rules at all?"""
    locale: str
    items: int
    needed: int
    smallest_gain: float | None

    @property
    def adequate(self) -> bool:
        return self.items >= self.needed

    def text(self, tolerance: float) -> str:
        gain = "–" if self.smallest_gain is None else f"{self.smallest_gain:.1f}"
        if self.adequate:
            return (f"{self.items} items: enough to show a locale within −{tolerance:g} chrF++ "
                    f"(gains from about {gain} points show)")
        return (f"{self.items} items: inconclusive for non-inferiority within −{tolerance:g} chrF++: about "
                f"{self.needed} items needed (only gains above about {gain} points can show)")


def holdout_plan(locale_counts: dict[str, int], policy=None,
                 sd: float = PLANNING_SD) -> list[HoldoutPlan]:
    """What the Review page shows per locale while the hold-out is designed."""
    tolerance = 1.0 if policy is None else policy.chrf_tolerance
    needed = planning_items(tolerance, sd)
    return [HoldoutPlan(loc, int(n), needed, smallest_gain_shown(int(n), sd))
            for loc, n in sorted(locale_counts.items())]
