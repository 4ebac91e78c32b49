"""A page whose layer has not landed yet: says so plainly instead of showing a half-built
form (the training and dashboard pages arrive with the training and evaluation layers)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ..widgets import EmptyState, title_label
from .base import View


class PlaceholderView(View):
    def __init__(self, ctx, *, key: str, title: str, icon: str, headline: str, body: str):
        super().__init__(ctx)
        self.key = key
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.addWidget(title_label(title))
        self.empty = EmptyState(icon, headline, body)
        lay.addWidget(self.empty, 1)
