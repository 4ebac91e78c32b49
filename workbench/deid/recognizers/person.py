"""Person names without a statistical model: titles, name lists, cue phrases, capitalisation.

Only fr-CH ships with a spaCy NER model, so for the other locales names are found by rules
that work the same in all six languages:

- after a title: Herr/Frau, Monsieur/Madame/M./Mme, Signor/Signora/Sig., signur/dunna,
  Mr/Mrs/Ms, Dr., avv., Maître… ("Frau Xenia Pruschke" even if no list knows her);
- a first name from our Swiss list followed by capitalised words ("Regula Baumgartner");
- a surname from our list on its own ("… sagt Bernasconi"), unless it is also an everyday
  word (Keller, Fischer, Conti: those need a first name or a title);
- after a cue: a closing formula (Freundliche Grüsse, Cordiali saluti, Cun salids…), a
  greeting, "ich bin / je suis / sono / jau sun / I'm", a header or a label (Von:, Da:,
  Halter:, Héritiers :…); before a birth cue (", geboren …") or an address in angle brackets.

A name never runs across a line break, and never takes a word from the stop lists (Team,
Kundendienst, months…), which keeps "Kundenberaterin Private Banking" on the next line clear.
"""

from __future__ import annotations

import re
from typing import Iterator

from .. import lexicon
from .base import SwissRecognizer

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_NAMELIKE = re.compile(r"(?:[DOdL]['’])?[A-ZÄÖÜÀÁÂÈÉÊÌÍÎÒÓÔÙÚÛÇÑŠŽĆČ][a-zäöüàáâãèéêëìíîïòóôõùúûçñšžćčşğıßæø]+"
                       r"(?:[A-Z][a-z]+)?(?:[-'’][A-ZÄÖÜÀÉÈ][a-zäöüàáâèéêëìíîïòóôùúûçñß]+)*$")
# Words after which capitalised words name a place or an institution, not a person.
_PLACE_WORDS = {"via", "viale", "piazza", "rue", "avenue", "chemin", "route", "place", "quai",
                "canton", "cantone", "chantun", "banca", "banque", "bank", "hotel", "ospedale",
                "hôpital", "clinica", "clinique", "lago", "lac", "lake", "monte", "piz", "val",
                "valle", "stazione", "gare", "station", "airport", "aeroporto", "aéroport",
                # articles: "la Suisse Romande", "the Federal Council" (a person rarely takes one)
                "the", "la", "le", "il", "lo", "gli", "les", "l", "ils", "las"}
_PARTICLES = {"von", "van", "de", "di", "da", "del", "della", "dal", "dalla", "du", "des", "zur",
              "zum", "dos", "le", "la"}
# Common-noun endings: a capitalised German or Romance noun next to a surname ("Schreinerei
# Zaugg") is a business, not part of the person's name.
_NOUNISH = re.compile(r"(?:erei|ung|heit|keit|schaft|ation|zione|ziun|ität|ismus|amt|bau|haus|"
                      r"bank|büro|garage|hotel|versicherung|verwaltung|erin|ntin|ndin|erie|eria|aria)$")

_ACADEMIC = (r"(?:[ ]+(?:Dr\.|Dr|Prof\.|med\.|iur\.|oec\.|phil\.|dent\.|vet\.|rer\.[ ]?pol\.|dipl\.|lic\.|Ing\.|"
             r"h\.c\.|PD))*")
_TITLE = re.compile(
    r"(?<![\w.])(?:Herrn?|Hr\.|Frau|Fr\.(?=[ ]+[A-Z])|Dr\.?|Prof\.|M\.|MM\.|Mme\.?|Mlle\.?|"
    r"Sig\.(?:ra|na)?|Dott\.(?:ssa)?|Ing\.|Mrs?\.?|Ms\.?|Miss|Sir|"
    # Full words are also written in lower case mid-sentence ("la signora", "à madame").
    r"(?i:monsieur|messieurs|madame|mesdames|mademoiselle|maître|signor[ea]?|signorina|"
    r"avv\.|avvocat[oa]|signur|dunna|advocat[a]?|attorney|lawyer|notar|notaire|notaio))"
    + _ACADEMIC + r"[ ]+")
# Relatives and roles: "sua sorella Daria Pellandini", "his sister Eleanor", "assicurato Aldo
# Cavadini". Lower-case cue words, so they cannot be the start of the name themselves.
_RELATION = re.compile(
    r"(?<![\w])(?i:bruder|schwester|sohn|tochter|ehemann|ehefrau|mann|partnerin|partner|mutter|"
    r"vater|grossvater|grossmutter|enkelin|enkel|brüeder|schwöschter|maa|mueter|vatter|grosi|"
    r"frère|sœur|soeur|fils|fille|mari|épouse|conjointe?|père|mère|fratello|sorella|figlio|"
    r"figlia|marito|moglie|padre|madre|nonno|nonna|frar|sora|figl|um|mamma|bab|brother|sister|"
    r"son|daughter|husband|wife|mother|father|grandson|granddaughter|"
    r"assicurat[oa]|assicurà|assicurada|assurée?|insured(?: person)?|versicherte[r]?|titolare|"
    r"titulaire|detentore|richiedente|requérante?|applicant|debitore|débiteur|debitur|locataire|"
    r"inquilino|tenant|fittadin|mieter(?:in)?|schuldner(?:in)?|patient(?:in|e)?|paziente|"
    r"dipendente|employée?|employee|collaborat(?:ore|rice|eur)|defunt[oa]|defunct|feu|late)"
    r"[ ]?[:,]?[ ]+")
_CLOSING = re.compile(
    r"(?:Freundliche[n]? Gr[üu](?:ss|ß)e[n]?|Mit freundlichen Gr[üu](?:ss|ß)en|Beste Gr[üu]sse|"
    r"Liebe Gr[üu]sse|Herzliche Gr[üu]sse|Gr[üu]sse|Gruss|Gruess|Liebi Grüess|Merci und Gruess|"
    r"Cordialement|Meilleures salutations|Avec mes meilleures salutations|Salutations distinguées|"
    r"Bien à vous|Cordiali saluti|Distinti saluti|Saluti|Cordials salids|Cun salids(?: cordials)?|"
    r"Salids|Grazia fitg|Kind regards|Best regards|Regards|Sincerely|Yours sincerely|Thanks|"
    r"Thank you|Danke|Merci|Grazie|Cheers)(?: us [A-Z]\w+)?[ ]*[,.!]?[ ]*\n*[ ]*")
_INTRO = re.compile(
    r"(?<![\w])(?:ich bin|ich bi|i bi|ich heisse|mein Name ist|mi Name isch|hier ist|hier isch|"
    r"da isch|je suis|je m'appelle|ici|mon nom est|sono|mi chiamo|il mio nome è|jau sun|"
    r"mes num è|qua è|I'm|I am|this is|my name is)[ ]+(?:de[ ]|d[ ]|d'|die[ ]|der[ ])?",
    re.IGNORECASE)
_GREETING = re.compile(
    r"(?<![\w])(?:Hoi|Hallo|Hello|Hi|Dear|Liebe|Lieber|Sali|Salü|Ciao|Salut|Bonjour|Buongiorno|"
    r"Bun di|Allegra|Grüezi|Guten Tag|Chère|Cher|Gentile|Caro|Cara|Char|Chara)[ ]+")
_LABEL = re.compile(
    r"(?<![\w])(?:Von|From|De|Da|An|To|À|A|Absender|Kunde|Kundin|Client|Cliente|Customer|Name|Nom|"
    r"Nome|Num|Kontakt|Contact|Contatto|Versicherte Person|Personne assurée|Persona assicurata|"
    r"Persuna assicurada|Insured person|Versicherungsnehmer(?:in)?|Halter(?:in)?|Detentore|"
    r"Détenteur|Possessur|Keeper|Policyholder|Stipulante|Assicurà|Preneur d'assurance|"
    r"Antragsteller(?:in)?|Demandeurs?|Richiedenti|Petents|Applicants?|Erben sind|Héritiers|Eredi|"
    r"Ertavels|Heirs|Titolare|Responsable|Managing director|Administrat(?:eur|rice|ura)|"
    r"Amministrat(?:ore|rice)|Board member|Geschäftsführer(?:in)? ist|Inhaber(?:in)?|Genitur|"
    r"Genitore richiedente|Parent requérant|Gesuchsteller(?:in)?|Leasingnehmer(?:in)?|"
    r"Mieter(?:in)?|Locataire|Inquilino|Tenant|Erblasser(?:in)?|Berater(?:in)?|"
    r"Ansprechperson|Applicant)[ ]?:?[ ]+")
_AFTER_BIRTH = re.compile(r",?[ ]*\(?(?:geb\.|geboren|gebore|née?|nat[oa]|naschida|naschì|born)(?![\w])")
_AFTER_MAIL = re.compile(r"[ ]*<[^<>\s@]+@")
# A legal form right after the words makes them a company ("Muster Logistik AG", "Garage du
# Jorat SA"): companies are not persons, even when named after one.
LEGAL_FORM = re.compile(r"[ ]+(?:AG|SA|GmbH|Sàrl|Sagl|SE|Ltd|Inc|KG|Co\.|& Co|Genossenschaft|"
                        r"Holding|Stiftung|Fondation|Fondazione)(?![\w])")


class SwissPersonRecognizer(SwissRecognizer):
    ENTITY = "PERSON"
    CONTEXT = ("Herr", "Frau", "Monsieur", "Madame", "Signor", "Signora", "signur", "dunna",
               "Mr", "Mrs", "Ms", "Name", "Nom", "Nome", "Num")

    #: Locales whose writing capitalises nouns: a run of capitalised words says nothing there.
    NOUN_CAPITALISING = {"de-CH", "gsw"}

    def __init__(self, supported_language: str):
        super().__init__(supported_language)
        self.capitalised_names = supported_language not in self.NOUN_CAPITALISING
        self.first = lexicon.first_names()
        self.sur = lexicon.surnames()
        self.stop = lexicon.not_names()
        self._name_cache: dict[str, bool] = {}

    # -- token helpers --------------------------------------------------------------------
    def _is_name(self, word: str) -> bool:
        if not word[:1].isupper():   # most words: no regex needed
            return word[:2] in ("d'", "d’") and bool(_NAMELIKE.match(word))
        known = self._name_cache.get(word)
        if known is None:
            known = self._name_cache[word] = bool(_NAMELIKE.match(word)) and word not in self.stop
            if len(self._name_cache) > 50_000:
                self._name_cache.clear()
        return known

    def _first(self, word: str):
        return self.first.get(word) or self.first.get(word.split("-")[0])

    def _known(self, word: str) -> bool:
        return bool(self._first(word)) or word in self.sur or word.split("-")[0] in self.sur

    def _extend(self, text: str, tokens: list, i: int, limit: int = 4) -> int:
        """Index one past the last name token of the run starting at token i."""
        j, names = i, 0
        while j < len(tokens) and names < limit:
            word, s, e = tokens[j]
            gap = text[tokens[j - 1][2]:s] if j > i else ""
            if j > i and gap != " ":
                break
            if self._is_name(word) and not (j > i and _NOUNISH.search(word) and not self._known(word)):
                j, names = j + 1, names + 1
                continue
            if j > i and word in _PARTICLES and j + 1 < len(tokens) and \
                    text[e:tokens[j + 1][1]] == " " and self._is_name(tokens[j + 1][0]):
                j += 1
                continue
            break
        return j

    def _capitalised_runs(self, text: str, tokens: list) -> list[tuple[int, int, float]]:
        """French, Italian, Romansh and English capitalise proper nouns only: two or three
        capitalised words in mid-sentence are most likely a name. Weak evidence (0.55), so
        places, institutions and companies are excluded and a reviewer sees the rest."""
        places = lexicon.localities()
        out, k = [], 0
        while k < len(tokens):
            word, s, _ = tokens[k]
            if not self._is_name(word):
                k += 1
                continue
            j = self._extend(text, tokens, k, limit=3)
            prev = text[max(0, s - 3):s]
            mid_sentence = k > 0 and tokens[k - 1][2] > text.rfind("\n", 0, s) and \
                not re.search(r"[.!?:;«»“”\"(]\s*$", prev) and tokens[k - 1][0][:1].islower()
            run = [t[0] for t in tokens[k:j]]
            if (mid_sentence and 2 <= len(run) <= 3 and run[0] not in places
                    and run[0].lower() not in _PLACE_WORDS
                    and tokens[k - 1][0].lower() not in _PLACE_WORDS
                    and not any(_NOUNISH.search(w) for w in run)
                    and not LEGAL_FORM.match(text, tokens[j - 1][2])):
                out.append((s, tokens[j - 1][2], 0.55))
                k = j
            else:  # "Inoltrato da Michela Cattori": retry from the next word
                k += 1
        return out

    # -- the rules ------------------------------------------------------------------------
    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        at = {s: k for k, (_, s, _) in enumerate(tokens)}
        found: list[tuple[int, int, float]] = []

        def run_from(pos: int, score: float, *, min_known_or_two: bool, limit: int = 4) -> None:
            k = at.get(pos)
            if k is None or not self._is_name(tokens[k][0]):
                return
            j = self._extend(text, tokens, k, limit)
            if j == k:
                return
            if min_known_or_two and j - k == 1 and not self._known(tokens[k][0]):
                return
            if LEGAL_FORM.match(text, tokens[j - 1][2]):
                return
            found.append((tokens[k][1], tokens[j - 1][2], score))

        for m in _TITLE.finditer(text):
            run_from(m.end(), 0.85, min_known_or_two=False)
        for m in _CLOSING.finditer(text):
            run_from(m.end(), 0.7, min_known_or_two=True, limit=3)
        for m in _INTRO.finditer(text):
            run_from(m.end(), 0.7, min_known_or_two=True, limit=3)
        for m in _GREETING.finditer(text):
            run_from(m.end(), 0.7, min_known_or_two=True, limit=3)
        for m in _LABEL.finditer(text):
            run_from(m.end(), 0.7, min_known_or_two=True, limit=3)
        for m in _RELATION.finditer(text):
            run_from(m.end(), 0.7, min_known_or_two=True, limit=3)
        # Registers write "Surname, First name": "Amacher, Beatrice".
        for k in range(len(tokens) - 1):
            (w1, s1, e1), (w2, s2, e2) = tokens[k], tokens[k + 1]
            if s2 - e1 != 2 or text[e1] != "," or not w2[:1].isupper():
                continue
            first = self._first(w2)
            if first and not first.ambiguous and self._is_name(w1) \
                    and not self._first(w1) and (k + 2 >= len(tokens) or text[e2:tokens[k + 2][1]] != " "
                                                 or not self._is_name(tokens[k + 2][0])):
                found.append((s1, e2, 0.7))
        if self.capitalised_names:
            found += self._capitalised_runs(text, tokens)

        k = 0
        while k < len(tokens):
            word = tokens[k][0]
            if not self._is_name(word):
                k += 1
                continue
            j = self._extend(text, tokens, k)
            # A capitalised noun before a known name ("Mitarbeiterin Anja Stalder",
            # "Kreditantrag von Silvan Burkhalter") is not part of it: start at the first
            # token a list knows.
            q = next((x for x in range(k, j) if self._known(tokens[x][0])), k)
            if q > k and tokens[q - 1][0] in _PARTICLES:
                q = q if not self._known(tokens[q - 2][0]) else q - 2
            k = q
            run = [t[0] for t in tokens[k:j]]
            first = self._first(run[0])
            score = 0.0
            if first and (not first.ambiguous or (len(run) > 1 and not self._first(run[1]) or len(run) > 2)):
                score = 0.75 if len(run) > 1 else 0.6
            elif any(w in self.sur and not self.sur[w] for w in run) or \
                    any(w.split("-")[0] in self.sur and not self.sur[w.split("-")[0]] for w in run):
                score = 0.7
            elif len(run) > 1 and any(self._first(w) and not self._first(w).ambiguous for w in run[1:]):
                # "Bernasconi Lucia": surname first, as forms and registers write it
                score = 0.7
            elif len(run) > 1 and any(w in self.sur for w in run) and self._first(run[0]):
                score = 0.75  # ambiguous first name + listed surname: "Mark Weber"
            if LEGAL_FORM.match(text, tokens[j - 1][2]):
                score = 0.0
            if score == 0.0 and 2 <= len(run) <= 3 and not LEGAL_FORM.match(text, tokens[j - 1][2]):
                end = tokens[j - 1][2]
                if _AFTER_BIRTH.match(text, end) or _AFTER_MAIL.match(text, end):
                    score = 0.7
                    k = max(k, j - 2)  # "Mieter Ramon Etter, geboren": the name is the last two
            if score:
                found.append((tokens[k][1], tokens[j - 1][2], score))
            k = j
        yield from found
