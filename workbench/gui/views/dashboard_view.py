"""Dashboard (placeholder until workbench.evaluate lands; replace this module with the real
page — nothing else needs to change)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from . import ViewSpec


def _make(ctx):
    from .placeholder import PlaceholderView

    translate = QCoreApplication.translate
    return PlaceholderView(
        ctx, key="dashboard", icon="dashboard",
        title=translate("DashboardView", "Dashboard"),
        headline=translate("DashboardView", "The dashboard arrives with the evaluation layer"),
        body=translate("DashboardView",
                       "Here you will compare every checkpoint with the base model, language by language, "
                       "see regressions with the answers side by side, and record the signed go/no-go "
                       "decision."))


VIEW = ViewSpec("dashboard", QT_TRANSLATE_NOOP("Views", "Dashboard"), "dashboard", 50, _make, "Ctrl+5")
