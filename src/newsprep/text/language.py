"""The language a text is written in, told by its commonest function words or, for other scripts, by its letters.

newsprep's model and rules are written for English; a page in another language still runs through them, and
``documents.language`` tells an analyst which rows came from such text. The test is offline and deterministic:
the short function words of each language are counted in the first 1,500 characters of the text, and the language
with the most wins when they cover enough of the words and clearly lead the next language's; a text mostly in a
script of its own (Hangul, kana, Chinese characters, Arabic, Greek, Hebrew, Thai, Devanagari, Myanmar) is that
script's language; anything else, and any text of too few words, is 'und' (ISO 639-2's code for undetermined).

The statistics stage's decimal-comma convention (``newsprep.extract.statistics.detection.conventions``) reads the same
table: English against the languages that write '1.200,50'.
"""

from __future__ import annotations

import re
from collections import Counter

from newsprep.text.words import word_set

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": word_set("the and of to in is was for that with on by at from it has have are were said this"),
    "de": word_set("der die das und ist nicht mit auf für den dem des ein eine im sich von zu wird wurde auch"),
    "pt": word_set("o os da do das dos em um uma não com para por que são foi pelo pela ao na no"),
    "it": word_set("il lo gli della delle degli di che è per con una nel nella sono alla anche la non del"),
    "es": word_set("el los las del en es por con para una se al lo le su más la y que"),
    "id": word_set("yang dan di ke dari ini itu dengan untuk pada adalah tidak dalam akan juga"),
    "ru": word_set("и в на с что по не из за от для это как к о у года"),
    "fr": word_set("le les des est une dans pour qui pas sur au aux la et du à il que"),
    "nl": word_set("het een van en is op te voor niet met zijn dat die"),
}
"""Each language's commonest short function words (ISO 639-1 code to words, lower case). A word several languages
share ('con', 'per', 'is') counts for each of them; the decimal-comma convention leaves out the words English shares
with the others."""
DECIMAL_COMMA_LANGUAGES = ("de", "pt", "it", "es", "id", "ru", "fr", "nl")
"""The languages of ``FUNCTION_WORDS`` whose prose writes '1.200,50' (every one but English)."""

_LANGUAGES_OF_WORD: dict[str, tuple[str, ...]] = {}
for _language, _words in FUNCTION_WORDS.items():
    for _word in _words:
        _LANGUAGES_OF_WORD[_word] = (*_LANGUAGES_OF_WORD.get(_word, ()), _language)

SCRIPT_LANGUAGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("my", re.compile(r"[\u1000-\u109f]")),
)
"""Scripts that name their language, in the order they are tried: Japanese mixes kana with Chinese characters, so
kana is tried before them. Arabic script also writes Urdu and Persian: read here as Arabic."""
UNDETERMINED = "und"
SAMPLE_CHARS = 1500
"""How much of the text is read: a language shows in its first two hundred words, and reading more costs CPU on every
document (the word regex is most of the test's time)."""
MIN_WORDS = 20
"""Fewer words than this (a headline, a caption, numbers) tell no language."""
MIN_FUNCTION_WORD_SHARE = 0.06
"""The winner's function words must be at least this share of the words: running prose in any of these languages
has a quarter or more; a list of names, a table or a page of another language has far less."""
MIN_LEAD = 1.5
"""The winner must have this many times the runner-up's words, else the text is mixed or unclear."""
MIN_SCRIPT_SHARE = 0.3
"""Letters of a script of their own at or above this share of the sample's letters name the text's language."""
MIN_SCRIPT_LETTERS = 40
"""Fewer letters than this (a name, a headline) tell no language."""

_WORD = re.compile(r"[^\W\d_]+")


def sample_words(text: str, chars: int = SAMPLE_CHARS) -> list[str]:
    """The words (runs of letters, lower case) of the text's first ``chars`` characters (the statistics stage's
    decimal-comma test reads a longer sample of the same words)."""
    return _WORD.findall(text[:chars].lower())


def function_word_counts(words: list[str]) -> dict[str, int]:
    """How many of ``words`` are each language's function words (a shared word counts for each of its languages)."""
    counts = dict.fromkeys(FUNCTION_WORDS, 0)
    # only function words are counted, each once per distinct word: ``filter`` and ``Counter`` run in C
    for word, times in Counter(filter(_LANGUAGES_OF_WORD.__contains__, words)).items():
        for language in _LANGUAGES_OF_WORD.get(word, ()):
            counts[language] += times
    return counts


def script_language(sample: str) -> str | None:
    """The language of a script of its own that at least ``MIN_SCRIPT_SHARE`` of the sample's letters are in."""
    letters = sum(len(word) for word in _WORD.findall(sample))
    if letters < MIN_SCRIPT_LETTERS:
        return None
    for language, script in SCRIPT_LANGUAGES:
        if len(script.findall(sample)) >= MIN_SCRIPT_SHARE * letters:
            return language
    return None


def document_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in, or 'und' when it is too short or unclear."""
    words = sample_words(text)
    if len(words) >= MIN_WORDS:
        counts = function_word_counts(words)
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        (best, best_count), (_, runner_up) = ranked[0], ranked[1]
        if best_count >= MIN_FUNCTION_WORD_SHARE * len(words) and best_count >= MIN_LEAD * runner_up:
            return best
    # Chinese and Japanese write no spaces: their sample is a few long words, so the script is read by its letters
    return script_language(text[:SAMPLE_CHARS]) or UNDETERMINED
