from hypothesis import given
from hypothesis import strategies as st

from watchfloor.ingest import clean_text, sha256_text


def test_line_endings_spaces_and_paragraphs():
    raw = "  First  line\r\nsame   paragraph\r\n\r\n\r\n\n Second\u00a0paragraph \rthird\t \n\n\n"
    assert clean_text(raw) == "First line\nsame paragraph\n\nSecond paragraph\nthird"


def test_control_and_invisible_characters_removed_but_zwnj_kept():
    raw = "Kabul\x07 \x1b[31mred\ufeff\u200b and\u202e text; \u0645\u06cc\u200c\u0634\u0648\u062f"
    cleaned = clean_text(raw)
    assert "\x07" not in cleaned and "\x1b" not in cleaned and "\u202e" not in cleaned
    assert "\u200c" in cleaned  # Persian spelling needs the zero-width non-joiner
    assert cleaned.startswith("Kabul [31mred and text;")


def test_tabs_kept_and_nfc():
    assert clean_text("a\tb") == "a\tb"
    assert clean_text("Cafe\u0301") == "Caf\u00e9"
    assert clean_text("Cafe\x07\u0301") == "Caf\u00e9"


def test_unicode_separators_become_breaks():
    assert clean_text("one\u2029two\u2028three") == "one\n\ntwo\nthree"


@given(st.text())
def test_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once
    assert "\n\n\n" not in once
    assert once == once.strip()


def test_sha256_of_utf8():
    assert sha256_text("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert sha256_text("é") != sha256_text("e")
