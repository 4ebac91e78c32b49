"""Locale fidelity: does an answer stay in its item's language, and gsw in Swiss German?

A tuned model that answers an Italian customer in German, or a Zürich customer in standard
German, has failed that customer even when chrF barely moves. Off-the-shelf language
identifiers either need a download (fastText, CLD models) or know no Swiss German and no
Romansh, so this is a small, offline, explainable classifier of our own:

1. Words. Hand-written lists of frequent and distinctive words per language live in
   resources/fidelity/. Each word of the answer found in k lists counts 1/k for each of
   them, so shared words ("in", "la", "a") barely matter and distinctive ones decide. A word
   no list knows counts half as much for the languages whose typical endings it has
   ("-zione", "-ung", "-aziun"), so content words help without a dictionary.
2. Families first: German (de + gsw lists together), French, Italian, Romansh, English.
3. Inside German: Swiss German when the answer has more words only the gsw list knows
   ("isch", "nöd", "chönd", "öppis", the articles "d"/"s") than words only the standard list
   knows ("ist", "nicht", "können", "etwas"), weighted by a spelling cue: standard German
   verb forms end in -en where dialect drops the n ("mache", "wärde").

An answer with fewer than MIN_WORDS words (a number, "Ja.") is not judged (None), and one
where too few words are recognised is 'unknown' — which fails the check, since an answer
nobody can place in the item's language is not in it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGES = ("de", "gsw", "fr", "it", "rm", "en")
FAMILY_OF = {"de": "de", "gsw": "de", "fr": "fr", "it": "it", "rm": "rm", "en": "en"}
MIN_WORDS = 3
#: Below this share of recognised words the answer is 'unknown' (gibberish, code, numbers).
MIN_COVERAGE = 0.12
MIN_HITS = 1.5
#: A word known only by its ending ("-zione", "-ung") counts this much of a listed word.
ENDING_WEIGHT = 0.5

_WORD = re.compile(r"[^\W\d_]+'?", re.UNICODE)
# Standard German inflection: -en endings on words the gsw list does not know. Dialect
# writing drops the final n ("mir mache", "es wird gmacht"), so a text full of them is
# written standard German even when a few dialect words slipped in.
_EN_ENDING = re.compile(r"[a-zäöü]{2,}en$")


def _word_list_dir() -> Path:
    from ..paths import resources_dir

    return resources_dir() / "fidelity"


@functools.cache
def _lists() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    words_of, endings_of = {}, {}
    for lang in LANGUAGES:
        words: set[str] = set()
        endings: set[str] = set()
        for line in (_word_list_dir() / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
            for w in line.split("#", 1)[0].split():
                w = w.strip().lower().replace("’", "'")
                (endings.add(w[1:]) if w.startswith("-") else words.add(w))
        words_of[lang], endings_of[lang] = frozenset(words), frozenset(endings)
    return words_of, endings_of


def word_lists() -> dict[str, frozenset[str]]:
    return _lists()[0]


def ending_lists() -> dict[str, frozenset[str]]:
    return _lists()[1]


def _ending_owners(token: str, endings: dict[str, frozenset[str]]) -> list[str]:
    # The longest matching ending decides ("-zione" beats "-e"); words shorter than
    # ending + 2 letters are not judged by their ending.
    best, owners = 0, []
    for fam, ends in endings.items():
        for e in ends:
            if len(token) >= len(e) + 2 and token.endswith(e):
                if len(e) > best:
                    best, owners = len(e), [fam]
                elif len(e) == best and fam not in owners:
                    owners.append(fam)
    return owners


def expected_label(locale: str) -> str:
    """The label an answer in `locale` must get: 'gsw' for Swiss German, else the language."""
    from ..core.locales import LOCALES, parse_locale

    code = parse_locale(locale)
    return "gsw" if code == "gsw" else LOCALES[code].language


def words(text: str) -> list[str]:
    text = (text or "").lower().replace("’", "'").replace("`", "'")
    return _WORD.findall(text)


@dataclass(frozen=True)
class Detection:
    label: str | None                 # de, gsw, fr, it, rm, en, 'unknown', or None (too short)
    n_words: int
    family_scores: dict[str, float] = field(default_factory=dict)
    gsw_evidence: float = 0.0
    de_evidence: float = 0.0

    def as_dict(self) -> dict:
        return {"label": self.label, "words": self.n_words,
                "scores": {k: round(v, 3) for k, v in self.family_scores.items()},
                "gsw": round(self.gsw_evidence, 2), "de": round(self.de_evidence, 2)}


def detect(text: str) -> Detection:
    tokens = words(text)
    if len(tokens) < MIN_WORDS:
        return Detection(None, len(tokens))
    lists = word_lists()
    families = sorted(set(FAMILY_OF.values()))
    fam_words = {f: frozenset().union(*(lists[lang] for lang in LANGUAGES if FAMILY_OF[lang] == f)) for f in families}
    fam_endings = {f: frozenset().union(*(ending_lists()[lang] for lang in LANGUAGES if FAMILY_OF[lang] == f))
                   for f in families}
    hits = dict.fromkeys(families, 0.0)
    for t in tokens:
        owners = [f for f in families if t in fam_words[f]]
        weight = 1.0
        if not owners:
            owners, weight = _ending_owners(t, fam_endings), ENDING_WEIGHT
        for f in owners:
            hits[f] += weight / len(owners)
    scores = {f: h / len(tokens) for f, h in hits.items()}
    best = max(families, key=lambda f: (hits[f], f == "de"))
    if hits[best] < MIN_HITS or scores[best] < MIN_COVERAGE:
        return Detection("unknown", len(tokens), scores)
    if best != "de":
        return Detection(best, len(tokens), scores)
    only_gsw = lists["gsw"] - lists["de"]
    only_de = lists["de"] - lists["gsw"]
    gsw_ev = float(sum(1 for t in tokens if t in only_gsw))
    de_ev = float(sum(1 for t in tokens if t in only_de))
    de_ev += 0.5 * sum(1 for t in tokens if _EN_ENDING.search(t) and t not in lists["gsw"])
    label = "gsw" if gsw_ev > de_ev else "de"
    return Detection(label, len(tokens), scores, gsw_ev, de_ev)


def check_fidelity(answer: str, locale: str) -> dict | None:
    """{'ok': bool, 'expected': …, 'label': …} or None when the answer is too short to judge."""
    det = detect(answer)
    if det.label is None:
        return None
    expected = expected_label(locale)
    return {"ok": det.label == expected, "expected": expected, **det.as_dict()}
