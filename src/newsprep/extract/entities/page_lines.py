"""Names a web page's own layout makes of common words, and outlets the model takes for people (round e11).

A page sets its section headings and labels on lines of their own (``Background``, ``Getting Started``, ``Lessons
Learned``, ``Header Image: ...``, a title-case heading ``Identify Key Stakeholders and Begin Engagement``); the
capitals are the heading's style, and the small model reads common words there as a person, an organisation or a
place. The article shows they are common words: it writes each of them in lower case elsewhere, and none is a given
name. A heading that names someone or something keeps its span: a name is not written in lower case in its own story,
and a word some other span of the article holds outside a heading is a name there too (a transcript's ``Rice:``
label beside ``Susan Rice`` in its text).

``<Outlet> contributed to this report.`` and the like: a span opening with a capital ``The`` tagged PERSON is no
person's name (people's names do not open with an article); it names an outlet or a body, or a place the gazetteer
knows (``The Hague``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsprep.extract.entities.common_words import written_in_lower_case
from newsprep.extract.entities.labels import name_key
from newsprep.extract.entities.places import PLACE_KEYS
from newsprep.extract.entities.roles import is_a_given_name
from newsprep.extract.entities.source_text import SourceKey, text_of
from newsprep.extract.entities.things import AGENT_AND_PLACE_LABELS
from newsprep.model import NerSpan
from newsprep.text import word_set

_LINE_OPENER = re.compile(r"[\s#*•>–—-]*(?:\d{1,2}[.)]\s+)?")
"""What may stand before a heading's first word on its line: spaces, markdown marks, bullets, a list number."""
_HEADING_LINK_WORDS = word_set("a an and as at by for from in into of on or the to vs with")
_MAX_HEADING_WORDS = 12
_SENTENCE_CLOSE = '.!?,;"”’)'
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*")
_ARTICLE_THEN_NAME = re.compile(r"The [A-Z]")


def drop_heading_words(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """Without each body span of a person, an organisation or a place that stands on a heading or label line of the
    page and whose every word the article writes in lower case elsewhere, none of them a given name."""
    on_heading = [_on_heading(span, texts) for span in spans]
    if not any(on_heading):  # most articles
        return list(spans)
    named_elsewhere = {
        w for span, heading in zip(spans, on_heading, strict=True) if not heading for w in span.text.split()
    }
    return [
        span
        for span, heading in zip(spans, on_heading, strict=True)
        if not (heading and _common_words(span.text.split(), named_elsewhere, texts))
    ]


def outlets_tagged_person(spans: Sequence[NerSpan]) -> list[NerSpan]:
    """Each PERSON span opening with ``The`` and a capitalised word, as an organisation (a known place: a place)."""
    return [
        replace(span, label="GPE" if name_key(span.text) in PLACE_KEYS else "ORG")
        if span.label == "PERSON" and _ARTICLE_THEN_NAME.match(span.text)
        else span
        for span in spans
    ]


def _on_heading(span: NerSpan, texts: Mapping[SourceKey, str]) -> bool:
    """A body span of a person, an organisation or a place in title-case words, on a heading or label line."""
    if span.source != "body" or span.label not in AGENT_AND_PLACE_LABELS:
        return False
    words = span.text.split()
    if not words or not all(_NAME_WORD.fullmatch(word) for word in words):
        return False  # acronyms, brand case, digits: shapes a common word does not have
    return _on_heading_or_label_line(text_of(texts, span), span.char_start, span.char_end)


def _common_words(words: Sequence[str], named_elsewhere: set[str], texts: Mapping[SourceKey, str]) -> bool:
    return not any(is_a_given_name(word) or word in named_elsewhere for word in words) and all(
        written_in_lower_case(word.lower(), texts) for word in words
    )


def _on_heading_or_label_line(text: str, start: int, end: int) -> bool:
    """The span opens its line and a colon follows it (a label), or its line is a short title-case heading with no
    sentence's closing punctuation."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    opener = _LINE_OPENER.match(line)
    opens_line = opener is not None and line_start + opener.end() == start
    if opens_line and text.startswith(":", end):
        return True
    return _is_title_case_heading(line.strip())


def _is_title_case_heading(line: str) -> bool:
    words = _LINE_OPENER.sub("", line, count=1).replace(",", " ").split()
    if not words or len(words) > _MAX_HEADING_WORDS or line.endswith(tuple(_SENTENCE_CLOSE)) or ":" in line:
        return False
    return all(word[:1].isupper() or word in _HEADING_LINK_WORDS for word in words)
