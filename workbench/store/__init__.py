"""The project database: one SQLite file per project, through the standard library's sqlite3."""

from .project import Project, open_project, init_project

__all__ = ["Project", "open_project", "init_project"]
