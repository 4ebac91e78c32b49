"""Two use cases in one project, built the real way: scopes recorded and signed by their
owners, items imported into each, de-identified, signed off, hold-outs frozen per use case."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD, deidentify

BACK_OFFICE = {
    "pair": [("fr-CH", "Quel est le délai de résiliation de mon compte épargne ?",
              "Le compte épargne peut être résilié en tout temps avec un préavis de trois mois."),
             ("fr-CH", "Comment annoncer un dégât d'eau ?",
              "Annoncez le sinistre en ligne ou par téléphone dans les 48 heures."),
             ("it-CH", "Come posso bloccare la mia carta di debito?",
              "Chiami subito il numero di blocco carte, attivo 24 ore su 24."),
             ("it-CH", "Quando viene accreditato lo stipendio?",
              "L'accredito avviene il giorno lavorativo successivo all'ordine.")],
    "holdout": [("fr-CH", "Combien coûte la tenue d'un compte privé par mois ?",
                 "La tenue du compte privé coûte 5 francs par mois."),
                ("it-CH", "Come si richiede un estratto conto?",
                 "Lo può scaricare dal portale clienti in formato PDF.")],
}
CONTRACTS = {
    "pair": [("fr-CH", "Résume la clause de résiliation du contrat de bail.",
              "Le bail peut être résilié par chaque partie pour la fin d'un trimestre, avec trois mois de préavis."),
             ("fr-CH", "Que dit la clause de for du contrat ?",
              "Les litiges relèvent des tribunaux ordinaires du siège de la bailleresse.")],
    "holdout": [("fr-CH", "Quelle est la durée minimale du contrat de leasing ?",
                 "Le contrat de leasing court au minimum vingt-quatre mois.")],
}
OWNER = {"fr-CH": "claire", "it-CH": "giulia"}


def create_scopes(project, *, sign: bool = True):
    from workbench.store.usecases import create_use_case, sign_scope
    from workbench.store.users import get_user

    admin = get_user(project, "admin")
    create_use_case(project, "back-office", actor=admin, name="Back-office advisor",
                    tasks=["answer client questions about accounts and claims"], locales=["fr-CH", "it-CH"],
                    data_classes=["client-identifying"], owners=["claire", "giulia"])
    create_use_case(project, "contracts", actor=admin, name="Contract review",
                    tasks=["summarise contract clauses"], locales=["fr-CH"], data_classes=["company"],
                    owners=["claire"])
    if sign:
        for uc, owners in (("back-office", ("claire", "giulia")), ("contracts", ("claire",))):
            for owner in owners:
                sign_scope(project, uc, username=owner, password=PASSWORD)


def add_signed(project, use_case: str, kind: str, rows) -> list[int]:
    """Items of one use case, de-identified by max and signed off per locale by its owner."""
    from workbench.core.items import ItemContent
    from workbench.store.items import add_items
    from workbench.store.signoff import on_screen, sign_off
    from workbench.store.users import get_user

    ids = []
    for locale in sorted({r[0] for r in rows}):
        contents = [ItemContent.create(kind=kind, locale=loc, prompt=p, response=r) for loc, p, r in rows
                    if loc == locale]
        new = add_items(project, contents, actor=get_user(project, "max"), use_case=use_case)
        deidentify(project, new)
        sign_off(project, on_screen(project, new), username=OWNER[locale], password=PASSWORD)
        ids += new
    return ids


def make_two_use_cases(project) -> dict:
    """Both use cases signed, their items signed off, each hold-out frozen by its owners and
    each training snapshot taken. Returns {use case: {"train": snap, "holdout": snap}}."""
    from workbench.store.snapshots import create_snapshot
    from workbench.store.users import get_user

    create_scopes(project)
    out = {}
    for uc, data in (("back-office", BACK_OFFICE), ("contracts", CONTRACTS)):
        add_signed(project, uc, "holdout", data["holdout"])
        add_signed(project, uc, "pair", data["pair"])
        holdout = None
        for owner in sorted({OWNER[r[0]] for r in data["holdout"]}):
            holdout = create_snapshot(project, kind="holdout", name=f"{uc} hold-out v1",
                                      actor=get_user(project, owner), password=PASSWORD, use_case=uc)
        train = create_snapshot(project, kind="pairs", name=f"{uc} train v1", actor=get_user(project, "erik"),
                                use_case=uc)
        out[uc] = {"train": train, "holdout": holdout}
    return out


@pytest.fixture
def two_use_cases(project):
    return project, make_two_use_cases(project)
