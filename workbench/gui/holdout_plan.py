"""The Review page's hold-out plan: per locale, whether the hold-out being designed is large
enough for the go/no-go policy to show anything at all.

One short line per locale that has hold-out items ("fr-CH 3 of about 246 items"), in the warn
colour where the policy would have to say "inconclusive"; the whole sentence is the line's
tooltip. The numbers are the policy's own (evaluate/sample_size.py via decision.holdout_plan_for),
so the Review page, the verdicts and the report agree; the words are the window's (translated).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from . import theme


class HoldoutPlanWidget(QWidget):
    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(title)
        self.title.setObjectName("SectionTitle")
        self.title.setVisible(bool(title))
        lay.addWidget(self.title)
        self.lines = QLabel(wordWrap=True)
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.lines)
        self.plans: list = []
        self.tolerance = 1.0

    def refresh(self, project, use_case: str | None = None) -> None:
        """Read the hold-out counts (of one use case, when given) and the policy in force from
        `project` (None: clear)."""
        if project is None:
            self.show_plans([], 1.0)
            return
        from ..evaluate.decision import holdout_plan_for, load_policy

        policy = load_policy(project)
        self.show_plans(holdout_plan_for(project, policy, use_case), policy.chrf_tolerance)

    def show_plans(self, plans: list, tolerance: float) -> None:
        self.plans, self.tolerance = list(plans), tolerance
        c = theme.current()
        rows = []
        for plan in self.plans:
            colour = c.good if plan.adequate else c.warn
            short = (self.tr("{n} items: enough") if plan.adequate else
                     self.tr("{n} of about {needed} items")).format(n=plan.items, needed=plan.needed)
            rows.append(f"<b>{html.escape(plan.locale)}</b> <span style='color:{colour}'>{html.escape(short)}</span>")
        self.lines.setText("<br>".join(rows))
        self.lines.setToolTip("\n".join(f"{p.locale}: {self.sentence(p)}" for p in self.plans))
        self.setVisible(bool(self.plans))

    def sentence(self, plan) -> str:
        gain = "–" if plan.smallest_gain is None else f"{plan.smallest_gain:.1f}"
        if plan.adequate:
            text = self.tr("{n} items: enough to show that the locale stays within −{tol} chrF++ of the base "
                           "(gains from about {gain} points can show).")
        else:
            text = self.tr("{n} items: too few to show that the locale stays within −{tol} chrF++ of the base; "
                           "the verdict would be inconclusive. About {needed} items are needed (only gains "
                           "above about {gain} points can show).")
        return text.format(n=plan.items, tol=f"{self.tolerance:g}", gain=gain, needed=plan.needed)

    def line_for(self, locale: str) -> str:
        """The whole sentence for `locale` ('' when it has no hold-out items)."""
        return next((self.sentence(p) for p in self.plans if p.locale == locale), "")
