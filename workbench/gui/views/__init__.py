"""The pages of the main window: one module per page, found by name.

Every module here whose name ends in `_view` defines `VIEW = ViewSpec(...)`. The shell lists
them in the sidebar by `order`; adding a page (or replacing the training or dashboard
placeholder with the real thing) is writing one module, with no other file to touch.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class ViewSpec:
    key: str                 # used by --view, navigation and settings
    title: str               # English source text; translated in the "Views" context
    icon: str                # resources/icons/<icon>.svg
    order: int               # position in the sidebar
    factory: Callable        # factory(ctx) -> View
    shortcut: str = ""       # e.g. "Ctrl+1"

    def display_title(self) -> str:
        return QCoreApplication.translate("Views", self.title)


# Packaged apps cannot always list a package's modules; these are the ones we ship.
_SHIPPED = ("data_view", "editor_view", "review_view", "training_view", "dashboard_view",
            "audit_view")


def discover() -> list[ViewSpec]:
    names = {m.name for m in pkgutil.iter_modules(__path__) if m.name.endswith("_view")}
    names |= set(_SHIPPED)
    specs = []
    for name in sorted(names):
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue
            raise
        spec = getattr(module, "VIEW", None)
        if isinstance(spec, ViewSpec):
            specs.append(spec)
    return sorted(specs, key=lambda s: s.order)


def keys() -> list[str]:
    return [s.key for s in discover()]
