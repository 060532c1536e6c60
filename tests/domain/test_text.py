"""Vietnamese text: NFC storage form, search folding and dictionary collation."""

from __future__ import annotations

import sqlite3
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from pcmd_desktop.domain.text import (
    clean_text,
    collation_key,
    fold,
    fold_tokens,
    sql_collate,
    to_nfc,
)


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def vi_sorted(words: list[str]) -> list[str]:
    return sorted(words, key=collation_key)


# Vietnamese letters in both cases and with all tones, plus ASCII, spaces and combining marks,
# so generated text often hits the interesting cases; st.text() covers all of Unicode.
VI_CHARS = st.sampled_from(
    [*"aăâeêioôơuưyđAĂÂĐ dh-1.", *"\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"]
)
TEXT = st.one_of(st.text(), st.text(VI_CHARS, max_size=12))


# ------------------------------------------------------------------------------ to_nfc


def test_to_nfc_composes_decomposed_input():
    assert to_nfc(nfd("Nguyễn Thị Hòa")) == "Nguyễn Thị Hòa"
    assert len(to_nfc(nfd("ễ"))) == 1


def test_to_nfc_keeps_whitespace():
    assert to_nfc("  Hoà  Bình \n") == "  Hoà  Bình \n"


def test_clean_text_strips_and_collapses_whitespace():
    assert clean_text("  Phường \t Chương\n\nDương  ") == "Phường Chương Dương"


def test_clean_text_composes_decomposed_input():
    assert clean_text(nfd(" Đào Thị Ánh ")) == "Đào Thị Ánh"


# -------------------------------------------------------------------------------- fold


def test_fold_removes_case_tones_and_diacritics():
    assert fold("Nguyễn Thị Hòa") == "nguyen thi hoa"
    assert fold("nguyen thi hoa") == "nguyen thi hoa"
    assert fold("ĂÂÊÔƠƯ ăâêôơư") == "aaeoou aaeoou"


def test_fold_old_and_new_tone_placement_fold_alike():
    assert fold("Nguyễn Thị Hòa") == fold("Nguyễn Thị Hoà") == "nguyen thi hoa"


def test_fold_turns_d_stroke_into_d():
    assert fold("Đào") == "dao"
    assert fold("đường Đê La Thành") == "duong de la thanh"


def test_fold_of_nfd_equals_fold_of_nfc():
    text = "Ứng Hoà, Đống Đa, Thuỷ Nguyên"
    assert fold(nfd(text)) == fold(text)


def test_fold_collapses_whitespace():
    assert fold("  Hàng \t Bạc \n") == "hang bac"


def test_fold_tokens_split_on_punctuation():
    assert fold_tokens("Đào Thị-Hoà, số 12/3_b") == ["dao", "thi", "hoa", "so", "12", "3", "b"]


def test_fold_tokens_of_hoa_variants_find_each_other():
    assert fold_tokens("Hòa") == fold_tokens("Hoà") == fold_tokens("HOA")


def test_fold_tokens_of_blank_text_is_empty():
    assert fold_tokens(" ,.- ") == []


@given(TEXT)
def test_fold_is_idempotent_and_never_raises(s):
    assert fold(fold(s)) == fold(s)


@given(TEXT)
def test_fold_ignores_normal_form(s):
    assert fold(nfd(s)) == fold(to_nfc(s))


# --------------------------------------------------------------------------- collation


def test_collation_d_stroke_after_every_d_word():
    words = ["Đào", "Dung", "Da", "Ân", "An", "Ăn", "Bình"]
    assert vi_sorted(words) == ["An", "Ăn", "Ân", "Bình", "Da", "Dung", "Đào"]


def test_collation_tones_after_bare_letter_in_dictionary_order():
    words = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert vi_sorted(list(reversed(words))) == words


def test_collation_vowels_with_diacritics_follow_their_base():
    assert vi_sorted(["ư", "ơ", "ô", "o", "u", "ê", "e", "â", "ă", "a"]) == [
        "a", "ă", "â", "e", "ê", "o", "ô", "ơ", "u", "ư",
    ]  # fmt: skip


def test_collation_letters_decide_before_tones():
    # The tone of "Ả" does not put "Ảnh" before "An": the letters a-n come first.
    assert vi_sorted(["Ảnh", "Ăn", "Án"]) == ["Án", "Ảnh", "Ăn"]


def test_collation_lowercase_before_uppercase():
    assert vi_sorted(["AN", "An", "an"]) == ["an", "An", "AN"]


def test_collation_case_decides_after_letters_and_tones():
    assert vi_sorted(["Bà", "ba", "Ba", "bà"]) == ["ba", "Ba", "bà", "Bà"]


def test_collation_shorter_word_and_space_first():
    assert vi_sorted(["Anh", "An Bình", "An"]) == ["An", "An Bình", "Anh"]


def test_collation_punctuation_before_digits_before_letters():
    assert vi_sorted(["a", "9", "0", "-", " "]) == [" ", "-", "0", "9", "a"]


def test_collation_foreign_letters_where_latin_puts_them():
    assert vi_sorted(["z", "y", "w", "v", "j", "i", "f", "g"]) == [
        "f", "g", "i", "j", "v", "w", "y", "z",
    ]  # fmt: skip


def test_collation_key_same_for_nfc_and_nfd():
    assert collation_key(nfd("Nguyễn Thị Ậu")) == collation_key("Nguyễn Thị Ậu")


def test_collation_hoa_placements_differ_but_sort_together():
    # Same letters, tone and case: only the tone's position differs, which decides last.
    assert collation_key("Hòa") != collation_key("Hoà")
    assert vi_sorted(["Hoá", "HÒA", "Hoà", "Hòa", "Hoa"]) == ["Hoa", "Hòa", "Hoà", "HÒA", "Hoá"]


def test_collation_foreign_accents_sort_by_base_letter():
    assert vi_sorted(["Mv", "Müller", "Mu"]) == ["Mu", "Müller", "Mv"]


def test_collation_key_uses_private_use_code_points_only():
    key = collation_key("Đào Thị Ánh 1, Müller 中")
    assert all(0xE000 <= ord(c) <= 0xF8FF for c in key)


def test_sql_collate_signs():
    assert sql_collate("Dung", "Đào") == -1
    assert sql_collate("Đào", "Dung") == 1
    assert sql_collate(nfd("Đào"), "Đào") == 0


def test_sql_collate_orders_a_sqlite_query():
    conn = sqlite3.connect(":memory:")
    conn.create_collation("VI", sql_collate)
    conn.execute("CREATE TABLE t (name TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(w,) for w in ["Đào", "Dung", "Ân", "An"]])
    rows = [r[0] for r in conn.execute("SELECT name FROM t ORDER BY name COLLATE VI")]
    assert rows == ["An", "Ân", "Dung", "Đào"]


def test_collation_key_column_sorts_bytewise_in_sqlite():
    words = ["Đào", "Dung", "Da", "Ân", "An", "Ăn", "Bình", "mạ", "ma", "Hoà", "Hòa"]
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (name TEXT, k TEXT)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(w, collation_key(w)) for w in words])
    rows = [r[0] for r in conn.execute("SELECT name FROM t ORDER BY k")]
    assert rows == vi_sorted(words)


@given(TEXT, TEXT)
def test_collation_key_equal_exactly_when_nfc_equal(a, b):
    assert (collation_key(a) == collation_key(b)) == (to_nfc(a) == to_nfc(b))


@given(TEXT)
def test_collation_key_ignores_normal_form(s):
    assert collation_key(nfd(s)) == collation_key(to_nfc(s))


@given(TEXT, TEXT, TEXT)
def test_collation_is_a_total_order(a, b, c):
    ka, kb, kc = collation_key(a), collation_key(b), collation_key(c)
    assert sql_collate(a, b) == -sql_collate(b, a)
    assert (ka < kb) + (ka == kb) + (ka > kb) == 1
    if ka <= kb and kb <= kc:
        assert ka <= kc


@given(TEXT, TEXT)
def test_collation_key_compares_like_its_utf8_bytes(a, b):
    ka, kb = collation_key(a), collation_key(b)
    assert (ka < kb) == (ka.encode() < kb.encode())


@given(st.text())
def test_fast_fold_equals_the_reference_fold(s):
    from pcmd_desktop.domain.text import _fold_slow

    assert fold(s) == _fold_slow(s)
