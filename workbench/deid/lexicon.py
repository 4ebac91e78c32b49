"""Word lists the recognizers and surrogates use, read once from resources/deid/.

Kept apart from the recognizers so the lists can grow (a customer adds the names frequent in
its region) without touching code, and so the surrogate generator draws from the same lists.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ..paths import resources_dir

#: Capitalised words that start sentences or salutations in our six languages. They are never
#: taken for a name, whatever follows them.
FUNCTION_WORDS = frozenset("""
Der Die Das Den Dem Des Ein Eine Einen Einem Einer Ich Wir Sie Er Es Ihr Ihre Ihren Ihrem Mein
Meine Unser Unsere Bitte Danke Sehr Liebe Lieber Liebi Guten Hallo Grüezi Hoi Mit Für Von Bei Im
Am In Auf Zu Zum Zur Nach Gemäss Per Ab Seit Bis Und Oder Aber Als Wie Wenn Damit Dass Ob Auch
Nur Noch Schon Heute Morgen Gestern Neu Neue Alte Alt Betreff Termin Frist Total Summe
Le La Les Un Une Des Du De Je Tu Nous Vous Il Ils Elle Elles Bonjour Bonsoir Merci Pour Par Avec
Dans Sur Selon Chez Cette Ce Ces Mon Ma Mes Votre Vos Notre Nos Objet Veuillez Salut
Lo Gli Uno Una Buongiorno Buonasera Grazie Con Nel Nella Della Dal Dalla Secondo Questo Questa
Il Mio Suo Sua Vostro Oggetto Gentile Egregio Caro Cara
Jau Nus Vus Bun Cun Tenor Sco Mes Mia Ses Sia Noss Nossa Voss Object Allegra Grazia
The A An I We You He She It They My Our Your His Her Their Hello Hi Dear Please Thanks Thank For
With From To On At Under Of By As If When Subject Re Fw Fwd Mr Mrs Ms Dr Prof Sir Madam
Herr Herrn Frau Monsieur Madame Mademoiselle Signor Signora Signore Signorina Signur Dunna
Maître Me Mme Mlle Dott Avv Sig Ing Lic
Januar Februar März April Mai Juni Juli August September Oktober November Dezember
Janvier Février Mars Avril Juin Juillet Août Septembre Octobre Novembre Décembre
Gennaio Febbraio Marzo Aprile Maggio Giugno Luglio Agosto Settembre Ottobre Dicembre
Schaner Favrer Avrigl Matg Zercladur Fanadur Avust Settember October December
January February March June July
Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Mäntig Zischtig Mittwuch Dunschtig
Fritig Samschtig Sunntig Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Lunedì Martedì
Mercoledì Giovedì Venerdì Sabato Domenica Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split())


@dataclass(frozen=True)
class FirstName:
    name: str
    gender: str       # f, m or u
    ambiguous: bool   # also an everyday word: needs a surname or a title next to it


def _lines(name: str) -> list[str]:
    path = Path(resources_dir()) / "deid" / name
    out = []
    for raw in path.read_text("utf-8").splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


@functools.lru_cache(maxsize=1)
def first_names() -> dict[str, FirstName]:
    out: dict[str, FirstName] = {}
    for line in _lines("first_names.txt"):
        parts = line.split()
        name = parts[0]
        gender = parts[1] if len(parts) > 1 and parts[1] in {"f", "m", "u"} else "u"
        out[name] = FirstName(name, gender, "?" in parts[1:])
    return out


@functools.lru_cache(maxsize=1)
def surnames() -> dict[str, bool]:
    """Surname → ambiguous (also an everyday word)."""
    out: dict[str, bool] = {}
    for line in _lines("surnames.txt"):
        parts = line.split()
        out[parts[0]] = "?" in parts[1:]
    return out


@functools.lru_cache(maxsize=1)
def localities() -> frozenset[str]:
    return frozenset(_lines("localities.txt"))


@functools.lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    return frozenset(_lines("not_names.txt")) | FUNCTION_WORDS


@functools.lru_cache(maxsize=1)
def streets() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in _lines("streets.txt"):
        lang, street = line.split("\t", 1)
        out.setdefault(lang, []).append(street)
    return out


@functools.lru_cache(maxsize=1)
def postcodes() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for line in _lines("postcodes.txt"):
        lang, npa, place = line.split("\t")
        out.setdefault(lang, []).append((npa, place))
    return out
