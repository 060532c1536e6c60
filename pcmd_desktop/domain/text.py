"""Vietnamese text: normalisation, search folding and dictionary collation.

Text is stored in NFC whatever the keyboard (Unikey, VNI, Telex) produced.

Search folding (`fold`) drops case, tone marks and vowel diacritics and turns đ into d, so
"Nguyễn Thị Hòa", "Nguyễn Thị Hoà" and "nguyen thi hoa" are found by the same query.

Collation (`collation_key`) sorts as a Vietnamese dictionary:
alphabet a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y (z), the
foreign letters f j w z where Latin puts them; space < other punctuation and symbols <
digits < other numerals < letters < letters of other scripts. Levels, compared in turn:

1. primary: the letters, case and tones ignored ("an" = "Ân" apart from â > a);
2. secondary: the tone of each word, in the order ngang, huyền, hỏi, ngã, sắc, nặng. The
   tone belongs to the word (syllable), not to a vowel, so "Hòa" and "Hoà" (old and new
   tone placement) are equal up to this level and sort next to each other;
3. tertiary: case of each character, lowercase first;
4. placement: which letter of each toned word carries the tone, the earlier first, so
   "Hòa" < "Hoà" — the two spellings are different text and keep different keys;
5. identity: only for text the levels above cannot fully describe (a character with marks
   that are not Vietnamese, two tones in one word, a stray combining mark, a word over
   1,023 letters): the NFD code points themselves.

Key encoding: a str of Private Use Area code points (U+E000..U+F8FF, all in the BMP, so
Python's `<` on the str, and SQLite's BINARY on its UTF-8 bytes, give the same order)::

    primary SEP secondary SEP tertiary SEP placement [SEP identity]

SEP is U+E000, lower than every other code point of a key, so a text whose letters are a
prefix of another's sorts first ("An" < "An Bình" < "Anh"). Primary weights: U+E001 for the
space, one code point per digit and per alphabet letter, and for any other character two
code points (a band-specific high part, then the low 10 bits of its code point) so that it
is kept exactly and sorts by code point within its band. Secondary, tertiary and placement
use ranges of their own; identity writes each code point in the two-code-point form. Equal
keys <=> equal NFC text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "clean_text",
    "collation_key",
    "fold",
    "fold_tokens",
    "sql_collate",
    "to_nfc",
]


def to_nfc(s: str) -> str:
    """`s` in Unicode NFC, nothing else changed."""
    return unicodedata.normalize("NFC", s)


def clean_text(s: str) -> str:
    """NFC, without leading/trailing whitespace, each internal run of whitespace one space."""
    return " ".join(to_nfc(s).split())


# ---------------------------------------------------------------------------- folding

_D_STROKE = str.maketrans({"đ": "d", "Đ": "d"})
_TOKEN = re.compile(r"[^\W_]+")


def _fold_slow(s: str) -> str:
    # Case folding can produce letters with combining marks (İ -> i̇), so decompose after it.
    t = unicodedata.normalize("NFD", unicodedata.normalize("NFD", s).casefold())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return " ".join(t.translate(_D_STROKE).split())


def _latin_fold_table() -> dict[int, str]:
    # Every Latin letter with marks (Vietnamese is all inside these blocks) and the
    # combining marks, mapped once to their folded form; str.translate then folds a
    # whole string in C instead of a Python loop per character.
    table: dict[int, str] = {}
    for lo, hi in ((0x00C0, 0x024F), (0x1E00, 0x1EFF)):
        for cp in range(lo, hi + 1):
            table[cp] = _fold_slow(chr(cp).casefold())
    for cp in range(0x0300, 0x0370):
        if unicodedata.combining(chr(cp)):
            table[cp] = ""
    return table


_LATIN_FOLD = _latin_fold_table()


def fold(s: str) -> str:
    """Search form of `s`: lower case, no tone marks or diacritics, đ -> d, single spaces."""
    fast = s.casefold().translate(_LATIN_FOLD)
    if fast.isascii():  # all Vietnamese text lands here
        return " ".join(fast.split())
    return _fold_slow(s)


def fold_tokens(s: str) -> list[str]:
    """The folded words of `s`: runs of letters and digits; anything else separates."""
    return _TOKEN.findall(fold(s))


# -------------------------------------------------------------------------- collation

# Each letter one character; đ is U+0111, which has no decomposition.
_ALPHABET = tuple("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
# Tone marks in dictionary order; index 0 is ngang (no mark).
_TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_TONE_OF_MARK = {m: i for i, m in enumerate(_TONE_MARKS) if m}

_SEP = 0xE000
_SPACE = 0xE001
_BAND_PUNCT = 0xE002  # high parts of other non-letter, non-number characters
_DIGITS = _BAND_PUNCT + 0x440  # 0-9
_BAND_NUMBER = _DIGITS + 10  # high parts of numerals other than ASCII digits
_LETTERS = _BAND_NUMBER + 0x440  # the alphabet above
_BAND_LETTER = _LETTERS + len(_ALPHABET)  # high parts of letters of other scripts
_LOW = 0xED00  # low 10 bits of a code point kept exactly
_TONE = 0xF100  # secondary
_CASE = 0xF110  # tertiary
_PLACE = 0xF120  # placement: index of the toned letter in its word, below 1,023
_MAX_PLACE = 0x3FF
# The identity level is last, after its own SEP, so it reuses the punctuation band.
_BAND_IDENTITY = _BAND_PUNCT
assert _BAND_LETTER + 0x440 <= _LOW and _PLACE + _MAX_PLACE < 0xF900


def _letter_table() -> dict[str, tuple[int, int, int]]:
    """Every NFC code point that is an alphabet letter with at most one tone mark:
    -> (letter index, tone, 1 if upper case)."""
    table: dict[str, tuple[int, int, int]] = {}
    for index, letter in enumerate(_ALPHABET):
        for upper, cased in ((0, letter), (1, letter.upper())):
            for tone, mark in enumerate(_TONE_MARKS):
                c = to_nfc(cased + mark)
                if len(c) == 1:
                    table[c] = (index, tone, upper)
    return table


_LETTER = _letter_table()


def _exact(cp: int, band: int) -> tuple[int, int]:
    return band + (cp >> 10), _LOW + (cp & 0x3FF)


def _band(c: str) -> int:
    category = unicodedata.category(c)
    if category[0] in "LM":
        return _BAND_LETTER
    if category[0] == "N":
        return _BAND_NUMBER
    return _BAND_PUNCT


def _clusters(nfd: str) -> list[str]:
    """`nfd` cut before each character of combining class 0."""
    out: list[str] = []
    for c in nfd:
        if out and unicodedata.combining(c):
            out[-1] += c
        else:
            out.append(c)
    return out


@lru_cache(maxsize=8192)  # SQLite calls the collation once per comparison while sorting
def collation_key(s: str) -> str:
    """A str whose plain comparison sorts `s` as a Vietnamese dictionary (module docstring)."""
    nfd = unicodedata.normalize("NFD", s)
    primary: list[int] = []
    tertiary: list[int] = []
    # Each letter cluster as (tone, its index in primary), None for a non-letter.
    letters: list[tuple[int, int] | None] = []
    exact = True

    for cluster in _clusters(nfd):
        composed = to_nfc(cluster)
        entry = _LETTER.get(composed) if len(composed) == 1 else None
        if entry is None:
            base = cluster[0]
            entry = _LETTER.get(base)
            if entry is not None or len(cluster) > 1:
                # A letter with marks that are not Vietnamese (ü, two tones) or a stray mark:
                # sort it by its base letter and first tone, let the identity level tell.
                exact = False
            if entry is not None:
                tones = [_TONE_OF_MARK[m] for m in cluster[1:] if m in _TONE_OF_MARK]
                entry = (entry[0], tones[0] if tones else 0, entry[2])
        if entry is not None:
            index, tone, upper = entry
            letters.append((tone, len(primary)))
            primary.append(_LETTERS + index)
            tertiary.append(_CASE + upper)
            continue
        letters.append(None)
        base = cluster[0]
        if base == " ":
            primary.append(_SPACE)
        elif "0" <= base <= "9":
            primary.append(_DIGITS + ord(base) - ord("0"))
        else:
            primary.extend(_exact(ord(base), _band(base)))
        tertiary.append(_CASE)

    secondary: list[int] = []
    placement: list[int] = []
    word: list[tuple[int, int]] = []
    for item in [*letters, None]:  # None flushes the last word
        if item is not None:
            word.append(item)
            continue
        if word:
            toned = [i for i, (tone, _) in enumerate(word) if tone]
            secondary.append(_TONE + (word[toned[0]][0] if toned else 0))
            if toned:
                placement.append(_PLACE + min(toned[0], _MAX_PLACE))
                if len(toned) > 1 or toned[0] >= _MAX_PLACE:
                    exact = False
            word = []

    parts = [primary, secondary, tertiary, placement]
    if not exact:
        identity: list[int] = []
        for c in nfd:
            identity.extend(_exact(ord(c), _BAND_IDENTITY))
        parts.append(identity)
    return chr(_SEP).join("".join(map(chr, part)) for part in parts)


def sql_collate(a: str, b: str) -> int:
    """-1, 0 or 1 as `a` sorts before, with or after `b`: the SQLite collation "VI"."""
    ka, kb = collation_key(a), collation_key(b)
    return (ka > kb) - (ka < kb)
