"""Postal addresses: street + house number, and postcode (NPA/PLZ/CAP) + locality.

Street names are recognised by their shape in each language — German compounds ending in
-strasse/-gasse/-weg…, French "Rue du …", Italian "Via …", Romansh "Via da la …" — followed by
a house number. A four-digit number followed by a capitalised word is only a postcode when
the word is a known locality, when a street precedes it, or when a cue (PLZ, NPA, CAP, in, à,
vo…) does: "2500 Franken" and "8500 Mitarbeitende" stay.
"""

from __future__ import annotations

import re
from typing import Iterator

from .. import lexicon
from .base import SwissRecognizer

_U = "A-ZÄÖÜÀÂÉÈÊÎÔÛÇ"
_L = "a-zäöüàâéèêëîïôûùçñß"
_NAME = rf"[{_U}][{_L}]+(?:[-'’][{_U}{_L}][{_L}]+)*"   # Marché, Mont-Blanc, l'Église
_HOUSE = r"\d{1,4}(?:[a-z]|bis|ter)?(?![\w'’])(?!\.\d)"

_DE_SUFFIX = (r"(?:strasse|straße|strass|str\.|gasse|gass|gässli|weg|wegli|platz|rain|halde|"
              r"allee|ring|graben|quai|steig|matte|matt|acker|bühl|egg|weid|stutz|ufer|"
              r"promenade|zelg|hubel)")
_DE_ADJ = r"(?:(?:Obere|Untere|Alte|Neue|Hintere|Vordere|Innere|Äussere|Kleine|Grosse|Lange|Hohe|Mittlere)[ ])"
_FR_TYPE = (r"(?:[Rr]ue|[Rr]oute|[Rr]te|[Cc]hemin|[Cc]h\.|[Aa]venue|[Aa]v\.|[Bb]oulevard|[Bb]d|"
            r"[Pp]lace|[Qq]uai|[Ii]mpasse|[Aa]llée|[Pp]romenade|[Ss]entier|[Pp]assage|[Rr]uelle|"
            r"[Cc]haussée|[Mm]ontée|[Ee]splanade|[Ss]quare|[Ff]aubourg|[Ff]bg|[Cc]los)")
_FR_PART = r"(?:(?:de[ ]la|de[ ]l['’]|des|du|de|d['’]|la|le|les|l['’]|aux|au|à[ ]la)[ ]?)"
_IT_TYPE = (r"(?:Via|Viale|Vicolo|Piazza|Piazzetta|Piazzale|Corso|Contrada|Strada|Salita|Riva|"
            r"Lungolago|Largo|Sentiero|Passaggio|Vial|Plazza|Senda|Streglia|Giassa|Stradetta|Punt)")
_IT_PART = (r"(?:(?:San|Santa|Sant['’]|della|delle|dei|degli|del|dello|di|da[ ]la|da[ ]l['’]|dals|"
            r"dal|da|alla|alle|ai|al|agli|in|a|sut|sur|digl|dils|las|la|il)[ ]?)")

_STREET = re.compile(
    r"(?<![\w'’])(?:"
    rf"{_DE_ADJ}?[{_U}][{_L}\-]*{_DE_SUFFIX}[ ]{_HOUSE}"                          # Seestrasse 12
    rf"|[{_U}][{_L}]+(?:er|e)[ ](?:Strasse|Gasse|Weg|Platz|Allee|Ring)[ ]{_HOUSE}"  # Zürcher Strasse 5
    rf"|Grand[- ]Rue[ ]{_HOUSE}"                                                   # Grand-Rue 19
    rf"|{_FR_TYPE}[ ]{_FR_PART}?{_NAME}(?:[ ]{_FR_PART}?{_NAME}){{0,3}}[ ]{_HOUSE}"  # Rue du Marché 12
    # 12, rue du Marché
    rf"|(?<![\d.,/])\d{{1,4}}(?:bis|ter)?,?[ ]{_FR_TYPE}[ ]{_FR_PART}?{_NAME}(?:[ ]{_FR_PART}?{_NAME}){{0,3}}"
    rf"|{_IT_TYPE}[ ]{_IT_PART}*{_NAME}(?:[ ]{_IT_PART}*{_NAME}){{0,3}}[ ]{_HOUSE}"  # Via San Gottardo 41
    rf"|Stradun[ ]{_HOUSE}"                                                        # Stradun 112
    r")")

# A weaker street shape, accepted only right before a postcode: "Im Lindenhof 6, 8700 …",
# "Städtle 28, 9490 Vaduz".
_STREET_BEFORE_NPA = re.compile(
    rf"(?<![\w'’])(?:(?:Am|Im|Auf[ ]der|In[ ]der|Zum|Zur|An[ ]der|Bei[ ]der|Hinter[ ]der|Unter[ ]der)[ ])?"
    rf"{_NAME}(?:[ ]{_NAME})?[ ]\d{{1,3}}[a-z]?(?=,?[ ]*\n?[ ]*(?:CH-|FL-)?[1-9]\d{{3}}[ ][{_U}])")

_NPA = re.compile(
    rf"(?<![\w'’.,/])(?:CH-|FL-|LI-)?[1-9]\d{{3}}[ ](?P<place>(?:St\.|{_NAME})"
    rf"(?:(?:[ ](?:am|an|im|bei|sur|sous|près|les|le|la|de|di|da)[ ]|[ ]|/|-){_NAME}){{0,3}})")
_NPA_CUE = re.compile(r"(?:PLZ|NPA|CAP|in|à|a|z|vo|von|aus|de|da|wohnhaft|domicilié[e]?|domiciliat[oa]|"
                      r"abitant[a]?|resident|residing)[ :]*$", re.IGNORECASE)
_YEAR_CUE = re.compile(r"(?:Jahr|Jahre|année|anno|onn|year|seit|since|depuis|dal|dapi|Ende|fin|fine)[ ]*$",
                       re.IGNORECASE)
_NOT_PLACES = {"Franken", "Franke", "Stutz", "Fr", "CHF", "Euro", "Mitarbeitende", "Personen",
               "Einwohner", "Kunden", "Franchi", "Francs", "Francs", "Jahre", "Tage", "Stück"}


class SwissAddressRecognizer(SwissRecognizer):
    ENTITY = "CH_ADDRESS"
    CONTEXT = ("Adresse", "Adrässe", "adresse", "indirizzo", "adressa", "address", "wohnhaft",
               "domicilié", "domiciliata", "abitanta", "PLZ", "NPA", "CAP")

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        streets = [(m.start(), m.end()) for m in _STREET.finditer(text)]
        for m in _STREET_BEFORE_NPA.finditer(text):
            if not any(s <= m.start() < e or m.start() <= s < m.end() for s, e in streets):
                streets.append((m.start(), m.end()))
        for s, e in streets:
            yield s, e, 0.85
        places = lexicon.localities()
        for m in _NPA.finditer(text):
            place = m.group("place")
            first = re.split(r"[ /-]", place, maxsplit=1)[0]
            if first in _NOT_PLACES or _YEAR_CUE.search(text, max(0, m.start() - 10), m.start()):
                continue
            after_street = any(0 <= m.start() - e <= 3 and text[e:m.start()].strip(" ,\n") == ""
                               for s, e in streets)
            cue = _NPA_CUE.search(text, max(0, m.start() - 14), m.start())
            if first in places or first.rstrip(".") in places or after_street or cue:
                end = m.end()
                if first not in places and not after_street:
                    # Unknown place after a cue: keep its first word only, a second capitalised
                    # word is more often the next sentence than a compound name.
                    end = m.start("place") + len(first)
                yield m.start(), end, 0.85 if (first in places or after_street) else 0.6
