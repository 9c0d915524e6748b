"""Guards for documents.language (issues 16 and 17), passing on the base too: the statistics stage's decimal-comma
decision, now reading the language test's table, counts the words it counted before on invented prose."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.detection import conventions
from newsprep.extract.statistics.detection.conventions import writes_decimal_comma
from newsprep.text import word_set
from tests.stages.language_texts import ENGLISH, GERMAN, PORTUGUESE

BASE_ENGLISH_STOP_WORDS = word_set("the and of to in is was for that with on by at from it has have are were said this")
BASE_DECIMAL_COMMA_STOP_WORDS = word_set(
    "der die das und ist nicht mit auf für den dem des ein eine im sich von zu wird wurde auch "
    "o os da do das dos em um uma não com para por que são foi pelo pela ao na no "
    "il lo gli della delle degli di che è per con una nel nella sono alla anche "
    "el los las del en es por con para una se al lo le su más "
    "yang dan di ke dari ini itu dengan untuk pada adalah tidak dalam akan juga "
    "и в на с что по не из за от для это как к о у года "
    "le les des est une dans pour qui pas sur au aux "
    "het een van en is op te voor niet met zijn"
)


def test_english_only_and_decimal_comma_only_words_are_those_of_the_base() -> None:
    """The table gained words ('la', 'que', 'et') that the decimal-comma decision must not count differently: each
    is English-free, and what each side counts is the base's words plus only those."""
    shared = BASE_ENGLISH_STOP_WORDS & BASE_DECIMAL_COMMA_STOP_WORDS
    assert BASE_ENGLISH_STOP_WORDS - shared == conventions._ENGLISH_ONLY
    assert BASE_DECIMAL_COMMA_STOP_WORDS - shared <= conventions._DECIMAL_COMMA_ONLY


@pytest.mark.parametrize(
    ("text", "decimal_comma"),
    [
        (GERMAN, True),
        (ENGLISH, False),
        (PORTUGUESE, True),
        ("Ein Preis von 1.250,5 Euro; the total was 3,400.5 and 7,100.2 dollars in the end.", False),
    ],
)
def test_the_decimal_comma_decision_on_prose(text: str, decimal_comma: bool) -> None:
    assert writes_decimal_comma(text) is decimal_comma
