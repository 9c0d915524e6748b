"""The words around a statistic: its sentence, approximation qualifier, what it measures and who reports it."""

from __future__ import annotations

import re
from bisect import bisect_right

from newsprep.text import STATISTICS_SENTENCES, WEEKDAYS, sentence_breaks, word_set

MAX_MEASURE_WORDS = 12
MAX_SOURCE_WORDS = 8
CONTEXT_CHARS = 400
"""Words further than this from a number are never read for it (a sentence can be a whole run-on paragraph)."""

_CLAUSE_BREAK = re.compile(
    r",(?![0-9]{3})|;|:|\(|\)|\s[—–]\s|[—–]|\s-\s|\b(?:but|while|whereas|although|though|however)\b|[“”\"]"
)
_QUALIFIER = re.compile(
    r"\b(nearly|almost|about|around|approximately|roughly|some|over|under|more\s+than|less\s+than|fewer\s+than"
    r"|up\s+to|at\s+least|at\s+most|as\s+many\s+as|as\s+much\s+as|as\s+few\s+as|close\s+to|just\s+over"
    r"|just\s+under|well\s+over|well\s+under|an\s+estimated|upwards\s+of|in\s+excess\s+of|no\s+more\s+than"
    r"|no\s+fewer\s+than|no\s+less\s+than|nearly\s+all)\s+$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = re.compile(r"^\s+(or\s+(?:more|so|less|fewer))\b", re.IGNORECASE)
_CAPS = r"[A-Z][\w&’'.-]*(?:\s+(?:(?:of|for|on|and|the|de|in)\s+)*[A-Z][\w&’'.-]*)*"
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<src>[^,;:()—–“”\"]+)", re.IGNORECASE)
_BY = re.compile(rf"\bby\s+(?:the\s+)?(?P<src>{_CAPS})")
_REPORTING_VERB = r"(?:found|finds|showed|shows|show|suggested|suggests|estimated|estimates|reported|reports|says|said)"
_STUDY_BEFORE = re.compile(
    r"\b(?:poll|polls|survey|surveys|study|studies|report|analysis|census|data|commissioned|conducted|published"
    r"|released|compiled|estimates?|research|figures)\b",
    re.IGNORECASE,
)
_SAID = re.compile(
    rf"(?<![\w’'.-])(?P<src>{_CAPS})\s+(?:said|says|reported|reports|estimated|estimates|found|finds|announced|showed|shows)\b"
)
_NOT_SOURCES = WEEKDAYS | word_set(
    "it they he she we i you officials experts the a an this that these those there here then in on at last"
)
_LEADING_NOISE = word_set("the a an its their his her our of and but or")
_TRAILING_NOISE = word_set(
    "the a an of to by for in on at with from and or that which who as is are was were be been has have had will "
    "would could about nearly almost around roughly some over under than least most up just only average estimated "
    "between stood more less",
)
_AUXILIARIES = word_set("are is was were be been being")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries in a paragraph; a break after 'U.S.' or 'Mr.' is not taken."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in sentence_breaks(text, STATISTICS_SENTENCES):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def sentence_at(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``start``, cut to ``CONTEXT_CHARS`` either side so run-on text stays linear."""
    i = max(0, bisect_right(spans, (start, len(spans) and spans[-1][1] + 1)) - 1)
    s_start, s_end = spans[i]
    return max(s_start, start - CONTEXT_CHARS), min(s_end, end + CONTEXT_CHARS)


def qualifier_of(text: str, start: int, end: int) -> str | None:
    m = _QUALIFIER.search(text[max(0, start - 30) : start])
    if m:
        return re.sub(r"\s+", " ", m.group(1).lower())
    after = _QUALIFIER_AFTER.match(text[end : end + 16])
    return re.sub(r"\s+", " ", after.group(1).lower()) if after else None


def _clause(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[str, str]:
    """The words of the stat's clause before it and after it."""
    s_start, s_end = sentence
    left_start = s_start
    for m in _CLAUSE_BREAK.finditer(text, s_start, start):
        left_start = m.end()
    right_end = s_end
    following = _CLAUSE_BREAK.search(text, end, s_end)
    if following is not None:
        right_end = following.start()
    return text[left_start:start], text[end:right_end]


def _words(phrase: str) -> list[str]:
    return phrase.strip().rstrip(".!?").split()


def _tidy(words: list[str]) -> str | None:
    while words and words[0].lower().strip("“”\"'’") in _LEADING_NOISE:
        words = words[1:]
    words = words[:MAX_MEASURE_WORDS]
    while words and words[-1].lower().strip("“”\"'’,") in _TRAILING_NOISE:
        words = words[:-1]
    phrase = " ".join(words).strip(" ,;:“”\"'’")
    return phrase or None


def _drop_auxiliaries(words: list[str]) -> list[str]:
    """'people are worried' -> 'people worried'; 'said they believe' -> 'believe'."""
    if len(words) >= 2 and words[0].lower() in {"said", "say", "says"}:
        words = words[1:]
        if words and words[0].lower() == "that":
            words = words[1:]
        if words and words[0].lower() in {"they", "it", "he", "she", "we"}:
            words = words[1:]
    return [w for i, w in enumerate(words) if not (i <= 1 and w.lower() in _AUXILIARIES)]


def measures_of(
    text: str, sentence: tuple[int, int], start: int, end: int, *, kind: str, noun_phrase: str | None
) -> str | None:
    """A short phrase saying what the number measures, clipped at clause boundaries."""
    if kind == "count":
        return _tidy(noun_phrase.split()) if noun_phrase else None
    left, right = _clause(text, sentence, start, end)
    right_words = _words(right)
    if kind == "money" and right_words and right_words[0].lower() in {"for", "on", "toward", "towards"}:
        return _tidy(right_words[1:])
    if kind == "percent" and right_words and right_words[0].lower() == "of":
        return _tidy(_drop_auxiliaries(right_words[1:]))
    if kind == "money":
        lead = []
        for word in right_words[:4]:
            if word.lower() in _TRAILING_NOISE or (not word.isalpha() and "-" not in word):
                break
            lead.append(word)
        if lead:
            return _tidy(lead)
    left_words = _words(_QUALIFIER.sub("", left))
    if left_words:
        return _tidy(left_words[-MAX_MEASURE_WORDS:])
    if kind == "percent":
        return _tidy(_drop_auxiliaries(right_words))
    return _tidy(right_words)


def _clip_reporter(phrase: str) -> str | None:
    phrase = re.split(r"\s+(?:that|which|who|and\s+(?:said|says))\b|\.\s", phrase.strip())[0]
    words = phrase.strip().rstrip(".").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or len(words) > MAX_SOURCE_WORDS:
        return None
    return " ".join(words)


def reporter_of(text: str, sentence: tuple[int, int]) -> str | None:
    """Who reports the number: 'according to X', 'a poll by X found', 'X said'."""
    s_start, s_end = sentence
    sentence_text = text[s_start:s_end]
    m = _ACCORDING.search(sentence_text)
    if m:
        return _clip_reporter(m.group("src"))
    for m in _BY.finditer(sentence_text):
        after = sentence_text[m.end() :]
        reported = re.match(rf"\s*,?\s*{_REPORTING_VERB}\b", after) is not None
        if reported or _STUDY_BEFORE.search(sentence_text[: m.start()]):
            return _clip_reporter(m.group("src"))
    for m in _SAID.finditer(sentence_text):
        src = m.group("src")
        words = src.split()
        if words[0].lower() == "the":
            words = words[1:]
        if not words or " ".join(words).lower() in _NOT_SOURCES:
            continue
        at_start = not sentence_text[: m.start()].strip()
        if at_start and len(words) == 1 and not words[0].isupper():
            continue
        return _clip_reporter(" ".join(words))
    return None
