"""documents.language (issues 16 and 17): the language test on invented sentences, its edge cases, and guards that the
statistics stage's decimal-comma decision reads the same table without changing what it decides."""

from __future__ import annotations

import pytest

from newsprep.tables import text_measures
from newsprep.text.language import DECIMAL_COMMA_LANGUAGES, FUNCTION_WORDS, document_language
from tests.stages.language_texts import (
    ARABIC,
    CHINESE,
    DUTCH,
    ENGLISH,
    FRENCH,
    GERMAN,
    INDONESIAN,
    ITALIAN,
    JAPANESE,
    KOREAN,
    PORTUGUESE,
    RUSSIAN,
    SPANISH,
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ENGLISH, "en"),
        (GERMAN, "de"),
        (FRENCH, "fr"),
        (SPANISH, "es"),
        (PORTUGUESE, "pt"),
        (ITALIAN, "it"),
        (DUTCH, "nl"),
        (INDONESIAN, "id"),
        (RUSSIAN, "ru"),
        (KOREAN, "ko"),
        (JAPANESE, "ja"),
        (CHINESE, "zh"),
        (ARABIC, "ar"),
    ],
)
def test_each_language_is_told_by_its_function_words_or_its_script(text: str, language: str) -> None:
    assert document_language(text) == language


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "empty"),
        ("Floods in the north", "a headline: too few words"),
        ("12,5 % 1.200 3,400.50 2024 17:30 -4 +7 " * 20, "numbers only"),
        ("Ana Ruiz, Ben Okafor, Carla Diaz, Dmitri Ivanov, Eva Novak, " * 5, "a list of names: no function words"),
        (ENGLISH[:120] + " " + GERMAN[:220], "half English, half German: neither leads"),
        ("Lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor incididunt ut labore " * 3, "none"),
    ],
)
def test_short_mixed_or_unclear_text_is_undetermined(text: str, why: str) -> None:
    assert document_language(text) == "und", why


def test_english_with_a_quoted_phrase_of_another_language_stays_english() -> None:
    assert document_language(ENGLISH + " 'Die Brücke ist nicht fertig', the sign said.") == "en"


def test_only_the_first_characters_are_read() -> None:
    assert document_language(GERMAN * 20 + ENGLISH * 40) == "de"


def test_the_documents_columns_of_a_clean_text() -> None:
    assert text_measures(FRENCH) == {"word_count": len(FRENCH.split()), "language": "fr"}


def test_the_table_names_english_and_the_decimal_comma_languages() -> None:
    assert set(FUNCTION_WORDS) == {"en", *DECIMAL_COMMA_LANGUAGES}
