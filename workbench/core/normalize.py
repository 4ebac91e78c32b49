"""The copy of a text that de-identification analyses, and the way back to the original.

Personal data can hide behind characters a reader never sees: a zero-width space inside a
name ("Lu\u200bcia"), an AHV number in full-width digits ("７５６.…"), an IBAN grouped with
non-breaking spaces. The recognizers are written for plain text, so each text is analysed
as a normalised copy:
- zero-width characters (U+200B..U+200D, U+2060, U+FEFF), the soft hyphen (U+00AD) and
  bidirectional controls (U+200E, U+200F, U+202A..U+202E, U+2066..U+2069) are removed;
- every other space (NBSP, narrow NBSP, thin, figure, ideographic…: `isspace()` or category
  Zs) becomes a plain space, and the line and paragraph separators (U+0085, U+2028, U+2029)
  a newline; ASCII tabs and newlines stay, they carry the text's layout;
- the rest is NFKC-normalised (full-width and other compatibility forms become plain ones).

`normalize(text)` keeps, for each character of the copy, the stretch of the original it came
from; `to_original(start, end)` maps a span found in the copy back. The mapped span runs from
the first to the last original character behind the copy's span, so it covers every
invisible character inside it, and anonymizing the original there leaves nothing of the value.
Pure functions; ASCII text and text that is already clean pass through without copying.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
REMOVED = ZERO_WIDTH | BIDI_CONTROLS
LINE_BREAKS = frozenset("\x85\u2028\u2029")
_ASCII_SPACE = frozenset(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")
# Anything that is not plain already: removed characters and non-ASCII white space (\s, as
# str.isspace(), includes every category Zs character).
_NEEDS_WORK = re.compile("[" + "".join(sorted(REMOVED)) + r"]|[^\S \t\n\r\x0b\x0c\x1c-\x1f]")


def _replacement(ch: str) -> str | None:
    """What one original character becomes before NFKC: None when it is removed."""
    if ch in REMOVED:
        return None
    if ch in LINE_BREAKS:
        return "\n"
    if ch not in _ASCII_SPACE and (ch.isspace() or unicodedata.category(ch) == "Zs"):
        return " "
    return ch


@dataclass(frozen=True)
class NormalizedText:
    """The analysed copy of `original`. starts[j], ends[j]: the stretch of the original that
    character j of `text` came from (None for both: the copy is the original)."""

    original: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    @property
    def changed(self) -> bool:
        return self.starts is not None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span behind text[start:end] (invisible characters inside included)."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:  # an empty span stays empty, at the original position of `start`
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalize(text: str) -> NormalizedText:
    """The normalised copy of `text` with its offset map (see the module docstring)."""
    if text.isascii() or (not _NEEDS_WORK.search(text) and unicodedata.is_normalized("NFKC", text)):
        return NormalizedText(text, text)
    # Group the original into clusters that NFKC treats on their own: a character and the
    # combining marks after it, or characters that compose with each other (Hangul jamo).
    # Each cluster is normalised alone, and each character of its output maps to the cluster.
    clusters: list[tuple[int, int, str]] = []  # (original start, original end, replaced text)
    for i, ch in enumerate(text):
        rep = _replacement(ch)
        if rep is None:
            continue
        if clusters and _joins(clusters[-1][2], rep):
            start, _, chars = clusters[-1]
            clusters[-1] = (start, i + 1, chars + rep)
        else:
            clusters.append((i, i + 1, rep))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end, chars in clusters:
        piece = unicodedata.normalize("NFKC", chars)
        out.append(piece)
        starts.extend([start] * len(piece))
        ends.extend([end] * len(piece))
    return NormalizedText(text, "".join(out), tuple(starts), tuple(ends))


def _joins(previous: str, ch: str) -> bool:
    """Whether `ch` belongs to the cluster before it for NFKC."""
    if unicodedata.combining(ch):
        return True
    if ch.isascii() or previous[-1].isascii():
        return False  # nothing composes with an ASCII character in front of a starter
    both = unicodedata.normalize("NFKC", previous + ch)
    return both != unicodedata.normalize("NFKC", previous) + unicodedata.normalize("NFKC", ch)


# -- what import reports ------------------------------------------------------------------

#: Kinds of hidden or variant characters, as import counts them.
HIDDEN_KINDS = ("zero_width", "bidi_control", "space_variant", "compatibility_form")


def hidden_characters(text: str) -> Counter:
    """How many characters of each HIDDEN_KINDS kind the text holds (an empty Counter for
    plain text). compatibility_form: a letter or digit that NFKC turns into plain ASCII
    (full-width "７", mathematical "𝟕", the ligature "ﬁ"); typography such as "…" or "m²" is
    not counted."""
    found: Counter = Counter()
    if text.isascii() or (not _NEEDS_WORK.search(text) and unicodedata.is_normalized("NFKC", text)):
        return found
    for ch in text:
        if ch.isascii():
            continue
        if ch in ZERO_WIDTH:
            found["zero_width"] += 1
        elif ch in BIDI_CONTROLS:
            found["bidi_control"] += 1
        elif _replacement(ch) in (" ", "\n"):
            found["space_variant"] += 1
        elif unicodedata.category(ch) in ("Nd", "Lu", "Ll") and unicodedata.normalize("NFKC", ch).isascii():
            found["compatibility_form"] += 1
    return found
