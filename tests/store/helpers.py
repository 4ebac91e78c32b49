"""Small builders shared by store tests."""

from workbench.core.items import ItemContent
from workbench.store import items
from workbench.store.users import get_user

from tests.conftest import deidentify


def add(project, n=3, *, kind="pair", locale="fr-CH", actor=None, start=0):
    """n items written by `actor` (default: the annotator max)."""
    actor = actor or get_user(project, "max")
    contents = [ItemContent.create(kind=kind, locale=locale, prompt=f"Question {i} sur le compte",
                                   response=f"Réponse {i}",
                                   checks={"required": [f"Réponse {i}"]} if kind == "holdout" else None)
                for i in range(start, start + n)]
    return items.add_items(project, contents, actor=actor)


def ready(project, ids):
    """Move drafts to de-identified (as the de-identification step would)."""
    return deidentify(project, ids)


def row_count(project, table="items"):
    return project.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def signed_world(project, password, n_pairs=12, n_holdout=4):
    """fr-CH pairs and hold-out items signed off by claire, the hold-out frozen, a training
    snapshot taken. Returns (train_snapshot, holdout_snapshot)."""
    from workbench.store import signoff, snapshots
    from workbench.store.users import get_user

    pairs = ready(project, add(project, n_pairs))
    hold = ready(project, add(project, n_holdout, kind="holdout", start=100))
    signoff.sign_off(project, signoff.on_screen(project, pairs), username="claire", password=password)
    signoff.sign_off(project, signoff.on_screen(project, hold), username="claire", password=password)
    frozen = snapshots.create_snapshot(project, kind="holdout", name="hold-out v1",
                                       actor=get_user(project, "claire"), password=password)
    train = snapshots.create_snapshot(project, kind="pairs", name="train v1", actor=get_user(project, "erik"))
    return train, frozen
