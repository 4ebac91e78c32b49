"""Dialogs: signing in, opening or creating a project, e-signatures, import, about."""
