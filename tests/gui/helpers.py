"""Builders for GUI tests: items in known states, written through the store."""

from workbench.core.items import ItemContent
from workbench.store import items
from workbench.store.users import get_user

from tests.conftest import deidentify as conftest_deidentify


def add_pairs(project, texts, *, locale="fr-CH", kind="pair", tags=None):
    contents = [ItemContent.create(kind=kind, locale=locale, prompt=p, response=r, tags=tags or [],
                                   checks={"required": [r.split()[0]]} if kind == "holdout" else None)
                for p, r in texts]
    return items.add_items(project, contents, actor=get_user(project, "max"))


def deidentify(project, ids):
    """Move drafts on as the de-identification step would."""
    return conftest_deidentify(project, ids)
