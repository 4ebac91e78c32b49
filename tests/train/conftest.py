"""A project that is ready to train: signed-off pairs in fr-CH and it-CH, a frozen and signed
hold-out, and a training snapshot, built through the real store functions."""

from __future__ import annotations

import pytest

from tests.conftest import deidentify, PASSWORD

FR_PAIRS = [
    ("Quel est le délai de résiliation de mon compte épargne ?",
     "Le compte épargne peut être résilié en tout temps avec un préavis de trois mois."),
    ("Comment annoncer un dégât d'eau ?", "Annoncez le sinistre en ligne ou par téléphone dans les 48 heures."),
    ("Puis-je changer mon adresse en ligne ?", "Oui, dans le portail clients sous « Profil », puis « Adresse »."),
    ("Quand la facture annuelle est-elle envoyée ?", "La facture annuelle part au début du mois de janvier."),
    ("Quels documents faut-il pour ouvrir un compte ?",
     "Une pièce d'identité valable et une attestation de domicile récente suffisent."),
    ("La franchise s'applique-t-elle aux bris de glace ?", "Non, les bris de glace sont couverts sans franchise."),
]
IT_PAIRS = [
    ("Come posso bloccare la mia carta di debito?", "Chiami subito il numero di blocco carte, attivo 24 ore su 24."),
    ("Quando viene accreditato lo stipendio?", "L'accredito avviene il giorno lavorativo successivo all'ordine."),
    ("Quali sono gli orari dello sportello?", "Lo sportello è aperto dal lunedì al venerdì, dalle 8 alle 17."),
    ("Posso pagare la fattura a rate?", "Sì, su richiesta può pagarla in tre rate mensili senza interessi."),
]
HOLDOUT = [
    ("fr-CH", "Combien coûte la tenue d'un compte privé par mois ?",
     "La tenue du compte privé coûte 5 francs par mois."),
    ("fr-CH", "Qui contacter en cas de perte de la carte ?", "Appelez immédiatement la centrale de blocage."),
    ("it-CH", "Come si richiede un estratto conto?", "Lo può scaricare dal portale clienti in formato PDF."),
]


def add_signed_pairs(project, pairs, locale):
    """Add pairs, de-identify them (status only: no findings) and sign them off as the owner."""
    from workbench.core.items import ItemContent
    from workbench.store.items import add_items
    from workbench.store.signoff import on_screen, sign_off
    from workbench.store.users import get_user

    owner = {"fr-CH": "claire", "it-CH": "giulia"}[locale]
    contents = [ItemContent.create(kind="pair", locale=locale, prompt=p, response=r) for p, r in pairs]
    ids = add_items(project, contents, actor=get_user(project, "max"))
    deidentify(project, ids)
    sign_off(project, on_screen(project, ids), username=owner, password=PASSWORD)
    return ids


def take_pairs_snapshot(project, name="train v1"):
    from workbench.store.snapshots import create_snapshot
    from workbench.store.users import get_user

    return create_snapshot(project, kind="pairs", name=name, actor=get_user(project, "erik"))


@pytest.fixture
def ready_project(project):
    """`project` (tests/conftest.py) with 10 signed pairs, a frozen 3-item hold-out and a
    training snapshot of the pairs."""
    return make_ready(project)


def make_ready(project):
    from workbench.core.items import ItemContent
    from workbench.store.items import add_items
    from workbench.store.signoff import on_screen, sign_off
    from workbench.store.snapshots import create_snapshot
    from workbench.store.users import get_user

    max_ = get_user(project, "max")
    for locale, owner in (("fr-CH", "claire"), ("it-CH", "giulia")):
        rows = [ItemContent.create(kind="holdout", locale=loc, prompt=p, response=r)
                for loc, p, r in HOLDOUT if loc == locale]
        ids = add_items(project, rows, actor=max_)
        deidentify(project, ids)
        sign_off(project, on_screen(project, ids), username=owner, password=PASSWORD)
    for owner in ("claire", "giulia"):  # each locale's owner freezes their part
        create_snapshot(project, kind="holdout", name="hold-out v1", actor=get_user(project, owner),
                        password=PASSWORD)
    add_signed_pairs(project, FR_PAIRS, "fr-CH")
    add_signed_pairs(project, IT_PAIRS, "it-CH")
    take_pairs_snapshot(project)
    return project


@pytest.fixture
def erik(project):
    from workbench.store.users import get_user

    return get_user(project, "erik")
