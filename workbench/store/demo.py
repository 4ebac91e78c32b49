"""The demo project: realistic Swiss items in six locales and one user per role.

Every demo account has the password `demo` (documented in the README); they exist so a
visitor can try sign-off, training and the go/no-go decision without any set-up.
"""

from __future__ import annotations

from pathlib import Path

from ..core.locales import LOCALE_CODES
from ..paths import demo_dir
from . import users
from .imports import import_file
from .project import Project, init_project

DEMO_PASSWORD = "demo"

DEMO_USERS = [
    ("admin", "Andrea Admin", ["admin"]),
    ("anna", "Anna Meier", ["domain_owner:de-CH"]),
    ("ueli", "Ueli Brunner", ["domain_owner:gsw"]),
    ("claire", "Claire Rochat", ["domain_owner:fr-CH"]),
    ("giulia", "Giulia Bernasconi", ["domain_owner:it-CH"]),
    ("curdin", "Curdin Caduff", ["domain_owner:rm"]),
    ("emma", "Emma Clarke", ["domain_owner:en"]),
    ("erik", "Erik Steiner", ["engineer"]),
    ("cora", "Cora Keller", ["compliance"]),
    ("max", "Max Frei", ["annotator"]),
]

#: Which demo user owns which locale (the demo signs each locale as its owner).
OWNER_OF = {"de-CH": "anna", "gsw": "ueli", "fr-CH": "claire", "it-CH": "giulia", "rm": "curdin",
            "en": "emma"}


def create_demo_users(project: Project) -> None:
    """The demo accounts, under a relaxed password policy (recorded: the status bar and the
    audit package show it) so that the documented password `demo` works."""
    users.relax_password_policy(project, len(DEMO_PASSWORD),
                                reason="demo project: every account has the documented password 'demo'")
    admin = None
    for username, name, roles in DEMO_USERS:
        user = users.create_user(project, username, DEMO_PASSWORD, display_name=name, roles=roles,
                                 actor=admin)
        admin = admin or user


#: The demo's two use cases (scopes recorded by the admin; prepare_demo has their owners
#: sign them): the back office answers client tickets in six locales, contract review
#: summarises clauses in German and French. Data: resources/demo/ and resources/demo/contracts/.
DEMO_USE_CASES = {
    "back-office": {"name": "Back-office advisor",
                    "tasks": ["answer client tickets and e-mails in the client's language",
                              "summarise back-office tickets for the case file"],
                    "locales": list(OWNER_OF), "data_classes": ["client-identifying", "company"],
                    "owners": sorted(set(OWNER_OF.values())), "folder": ""},
    "contracts": {"name": "Contract review", "tasks": ["summarise and check contract clauses"],
                  "locales": ["de-CH", "fr-CH"], "data_classes": ["company"],
                  "owners": ["anna", "claire"], "folder": "contracts"},
}


def demo_files(kind: str, use_case: str = "back-office") -> list[Path]:
    base = demo_dir() / DEMO_USE_CASES[use_case]["folder"]
    folder = base / ("pairs" if kind == "pair" else "holdout")
    return [folder / f"{loc}.jsonl" for loc in LOCALE_CODES if (folder / f"{loc}.jsonl").exists()]


def create_demo_project(root: Path | str) -> Project:
    from .usecases import create_use_case

    project = init_project(root, name="Demo — Swiss back office")
    create_demo_users(project)
    admin, annotator = users.get_user(project, "admin"), users.get_user(project, "max")
    # Contract review first: the back office's snapshots, taken last, are the defaults.
    for use_case in ("contracts", "back-office"):
        scope = {k: v for k, v in DEMO_USE_CASES[use_case].items() if k != "folder"}
        create_use_case(project, use_case, actor=admin, **scope)
        for kind in ("holdout", "pair"):
            for path in demo_files(kind, use_case):
                import_file(project, path, kind=kind, locale=path.stem, actor=annotator, use_case=use_case)
    return project
