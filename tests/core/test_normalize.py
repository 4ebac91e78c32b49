"""The analysed copy of a text and its offset map back to the original (core/normalize.py):
worked examples, then properties checked on thousands of random texts."""

from __future__ import annotations

import random
import unicodedata

import pytest

from workbench.core.normalize import (BIDI_CONTROLS, REMOVED, ZERO_WIDTH, hidden_characters, normalize)

ZW = "\u200b"
NBSP, NNBSP, THIN, FIGURE, IDEOGRAPHIC = "\u00a0", "\u202f", "\u2009", "\u2007", "\u3000"


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@pytest.mark.parametrize("text", ["Grüezi mitenand", "plain ASCII, with\ttabs\nand lines", "", "Šćž ŒÆ ß",
                                  "中文 и русский"])
def test_clean_text_passes_through_unchanged(text):
    norm = normalize(text)
    assert norm.text == text and not norm.changed
    assert norm.to_original(0, len(text)) == (0, len(text))


@pytest.mark.parametrize("text, copy", [
    (f"Lu{ZW}cia Bernasconi", "Lucia Bernasconi"),
    ("Lu\u00adcia\u2060 Ber\ufeffnas\u200c\u200dconi", "Lucia Bernasconi"),
    ("\u202eLucia\u202c \u2066Bernasconi\u2069\u200e\u200f", "Lucia Bernasconi"),
    (f"CH93{NBSP}0076{NNBSP}2011{THIN}6238{FIGURE}5295{IDEOGRAPHIC}7", "CH93 0076 2011 6238 5295 7"),
    (fullwidth("756.1234.5678.97"), "756.1234.5678.97"),
    ("Tel.\u00a0０７９\u2009２４５ ６１ ８３", "Tel. 079 245 61 83"),
    ("Zeile\u2028zwei\u2029drei\x85vier", "Zeile\nzwei\ndrei\nvier"),
    ("Caf\u0065\u0301 ﬁn", "Café fin"),          # combining accent composes, ligature expands
    ("\u1100\u1161\u11a8", "각"),                 # conjoining jamo compose
])
def test_worked_examples(text, copy):
    assert normalize(text).text == copy


def test_a_span_in_the_copy_covers_the_invisible_characters_inside_it_in_the_original():
    text = f"Frau Lu{ZW}cia Ber\u00adnasconi{ZW} ruft an"
    norm = normalize(text)
    start = norm.text.index("Lucia Bernasconi")
    a, b = norm.to_original(start, start + len("Lucia Bernasconi"))
    assert text[a:b] == f"Lu{ZW}cia Ber\u00adnasconi"       # the invisible characters inside, not after
    assert text[:a] == "Frau " and text[b:] == f"{ZW} ruft an"


def test_full_width_and_expanded_characters_map_back_whole():
    text = "Nr. " + fullwidth("756") + " ﬁ"
    norm = normalize(text)
    assert norm.text == "Nr. 756 fi"
    assert norm.to_original(4, 7) == (4, 7)
    assert norm.to_original(8, 9) == (8, 9) and norm.to_original(9, 10) == (8, 9)  # "f", "i" of "ﬁ"
    assert norm.to_original(5, 5) == (5, 5)                                    # empty stays empty


# ---- properties -------------------------------------------------------------------------

ALPHABET = (list("abcXYZ019 .,-'\n\t") + ["é", "ü", "ß", "\u0301", "\u0308", "\u0327", "Å", "\u212b"]
            + [NBSP, NNBSP, THIN, FIGURE, IDEOGRAPHIC, "\u1680", "\u2028", "\x85"] + sorted(REMOVED)
            + ["７", "Ａ", "ｚ", "ﬁ", "①", "…", "𝟕", "²", "\u1100", "\u1161", "\u11a8", "각", "\u0b47", "\u0b3e",
               "İ", "😀", "\u2126"])


def random_texts(n: int, seed: int = 17):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40)))


def replaced(text: str) -> str:
    """What the copy is, said another way: drop, map spaces, then NFKC the whole."""
    out = []
    for ch in text:
        if ch in REMOVED:
            continue
        if ch in "\x85\u2028\u2029":
            out.append("\n")
        elif not ch.isascii() and (ch.isspace() or unicodedata.category(ch) == "Zs"):
            out.append(" ")
        else:
            out.append(ch)
    return unicodedata.normalize("NFKC", "".join(out))


def boundaries(norm) -> list[int]:
    """Positions of the copy where one original stretch ends and the next begins."""
    starts = norm.starts
    if starts is None:
        return list(range(len(norm.text) + 1))
    return [j for j in range(len(norm.text) + 1) if j in (0, len(norm.text)) or starts[j] != starts[j - 1]]


def test_the_copy_is_nfkc_of_the_text_without_hidden_characters():
    for text in random_texts(3000):
        norm = normalize(text)
        assert norm.text == replaced(text), ascii(text)
        assert not set(norm.text) & REMOVED
        assert all(ch.isascii() for ch in norm.text if ch.isspace())


def test_the_offset_map_is_monotonic_and_inside_the_original():
    for text in random_texts(3000, seed=5):
        norm = normalize(text)
        if not norm.changed:
            continue
        assert len(norm.starts) == len(norm.ends) == len(norm.text)
        assert all(0 <= s < e <= len(text) for s, e in zip(norm.starts, norm.ends))
        assert list(norm.starts) == sorted(norm.starts) and list(norm.ends) == sorted(norm.ends)


def test_round_trip_every_span_between_boundaries_normalises_back_to_itself():
    rng = random.Random(3)
    for text in random_texts(1500, seed=11):
        norm = normalize(text)
        cuts = boundaries(norm)
        for _ in range(6):
            s, e = sorted(rng.sample(cuts, 2)) if len(cuts) > 1 else (0, 0)
            if s == e:
                continue
            a, b = norm.to_original(s, e)
            assert normalize(text[a:b]).text == norm.text[s:e], (ascii(text), s, e)


def test_round_trip_any_span_maps_to_an_original_stretch_that_contains_it():
    rng = random.Random(4)
    for text in random_texts(1500, seed=12):
        norm = normalize(text)
        if len(norm.text) < 1:
            continue
        for _ in range(6):
            s = rng.randrange(len(norm.text))
            e = rng.randint(s + 1, len(norm.text))
            a, b = norm.to_original(s, e)
            assert norm.text[s:e] in normalize(text[a:b]).text
            # Nothing visible of the original outside [a, b) belongs to the span.
            assert normalize(text[:a]).text == norm.text[:len(normalize(text[:a]).text)]


def test_the_whole_copy_maps_to_the_original_minus_leading_and_trailing_hidden_characters():
    for text in random_texts(2000, seed=8):
        norm = normalize(text)
        if not norm.text:
            assert all(ch in REMOVED for ch in text)
            continue
        a, b = norm.to_original(0, len(norm.text))
        assert all(ch in REMOVED for ch in text[:a] + text[b:])


# ---- what import counts -----------------------------------------------------------------

def test_hidden_characters_are_counted_by_kind():
    text = f"Lu{ZW}cia \u202eX\u202c CH93{NBSP}0076 " + fullwidth("756") + " … m² ﬁ"
    assert hidden_characters(text) == {"zero_width": 1, "bidi_control": 2, "space_variant": 1,
                                       "compatibility_form": 4}
    assert hidden_characters("Grüezi, «Frau» Müller … 5 m²") == {}
    assert hidden_characters("plain") == {}
    assert set(ZERO_WIDTH) | set(BIDI_CONTROLS) == set(REMOVED)
