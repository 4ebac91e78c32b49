"""Dates of birth: a date that the words around it mark as a birth date.

Dates as such are not personal data (a contract date, a deadline), so a date is only
reported when a birth cue (geboren, geb., née, nata, naschì, born, date of birth…) is the
nearest cue before it — "geboren am 18.12.1934, verstorben am 2. Februar 2025" reports the
first date only — or when the dialect puts the verb after it ("am 17. Juli 1979 gebore").
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import SwissRecognizer

_MONTHS = (
    "Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|"
    "Dezember|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|"
    "settembre|ottobre|dicembre|schaner|favrer|avrigl|matg|zercladur|fanadur|avust|settember|"
    "october|december|January|February|March|May|June|July|October|December|"
    r"Jan\.|Feb\.|Mär\.|Mrz\.|Apr\.|Jun\.|Jul\.|Aug\.|Sep\.|Sept\.|Okt\.|Oct\.|Nov\.|Dez\.|Dec\.|"
    r"janv\.|févr\.|avr\.|juil\.|déc\.")
_YEAR = r"(?:19|20)\d{2}"
_DATE = re.compile(
    r"(?<![\w.])(?:"
    r"\d{1,2}\.[ ]?\d{1,2}\.[ ]?(?:" + _YEAR + r"|\d{2})(?![\d])"          # 12.05.1961, 3. 4. 61
    r"|\d{1,2}/\d{1,2}/" + _YEAR +                                          # 02/09/1979
    r"|" + _YEAR + r"-\d{2}-\d{2}"                                          # 1992-07-19
    r"|\d{1,2}(?:\.|er|°|º)?[ ](?:da[ ]|d['’])?(?:" + _MONTHS + r")[ ]" + _YEAR +  # 12. März 1978
    r"|(?:" + _MONTHS + r")[ ]\d{1,2},?[ ]" + _YEAR +                        # May 3, 1982
    r")(?![\w])", re.IGNORECASE)

_BIRTH = (r"geboren|gebore|gebora|geb\.|geb\b|Geburtsdatum|Geburtstag|Geb\.-Datum|Jahrgang|"
          r"née?\b|née? le|date de naissance|naissance|nat[oaie]\b|nata il|nato il|"
          r"data di nascita|nascita|naschì|naschida|naschids|data da naschientscha|"
          r"naschientscha|born|date of birth|birth date|birthdate|DOB|d\.o\.b\.|birthday")
# Words that tie the date to something else: an event, a deadline, a document.
_OTHER = (r"verstorben|gestorben|gstorbe|décédée?|deceduto|deceduta|mort|morta|died|death|"
          r"vom|datiert|ausgestellt|gültig|fällig|Frist|Vertrag|Termin|Behandlung|Unfall|"
          r"seit|ab|bis|per|dal|dès|depuis|du|au|jusqu'au|signé|signed|firmato|suttascrit|"
          r"échéance|scade|due|valid|valable|treatment|traitement|cura|tractament|issued|"
          r"délivré|rilasciato|Geburtsurkunde|Eintritt|since|until|from|as of|renewed")
_CUE = re.compile(r"(?<![\w])(?:(?P<birth>" + _BIRTH + r")|(?P<other>" + _OTHER + r"))(?![\w])",
                  re.IGNORECASE)
_AFTER = re.compile(r"[ ,]*(?:gebore|geboren|gebora|naschì|naschida|born|uf d Wält|zur Welt|"
                    r"auf die Welt)(?![\w])", re.IGNORECASE)


class SwissDateOfBirthRecognizer(SwissRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    CONTEXT = ("geboren", "geb.", "Geburtsdatum", "gebore", "née", "né le", "date de naissance",
               "nato il", "nata il", "data di nascita", "naschì", "naschida",
               "data da naschientscha", "born", "date of birth", "DOB")

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        previous_end = 0
        for m in _DATE.finditer(text):
            start, end = m.span()
            if _AFTER.match(text, end, min(len(text), end + 20)):
                yield start, end, 0.85
            else:
                # A birth cue belongs to the first date after it: in "née le 12.12.1988, valable
                # jusqu'au 11.12.2030" the second date has no cue of its own.
                window_start = max(previous_end, start - 45)
                cues = list(_CUE.finditer(text, window_start, start))
                if cues and cues[-1].lastgroup == "birth":
                    yield start, end, 0.85
            previous_end = end
