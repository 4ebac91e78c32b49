"""PySide6 only: the desktop window over the store and the job layers."""
