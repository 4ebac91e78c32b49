"""The main window's dialogs that take a step on the project (File menu): use cases and their
scope, and the erasure of original texts. A mixin of MainWindow (main_window.py)."""

from __future__ import annotations


class WindowDialogs:
    def open_scope(self, use_case: str | None = None):
        """Use cases and their signed scope (dialogs/scope.py)."""
        from .dialogs.scope import ScopeDialog

        if self.session.project is None:
            return None
        self.scope_dialog = ScopeDialog(self.ctx, self, use_case)
        self.scope_dialog.open()
        return self.scope_dialog

    def erase_originals(self) -> None:
        """A data-protection request (admins): dialogs/erasure.py."""
        from ..core.roles import Action
        from .dialogs.erasure import ErasureDialog

        ok, why = self.session.permission(Action.ERASE)
        if not ok:
            self.ctx.error(why)
            return
        self.erasure_dialog = ErasureDialog(self.ctx, self)
        self.erasure_dialog.open()
