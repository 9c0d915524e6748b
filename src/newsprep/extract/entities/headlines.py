"""Names in a title-case headline: capitals no longer mark where a name ends, so the model runs names into the verb
after them ("Mayor Lee Drops Bid" gives a PERSON "Lee Drops Bid") or an adjective before them ("Derelict Obama"). A
person's span is cut to the part of it that is a name the body gives, when the words cut off are in no name of the
body; any span is cut before a headline verb. A span of any label is cut to a name the body gives when each word cut
off is a headline's word, not a name's: a verb ("Judge Orders Brightwell To Pay" gives "Orders Brightwell To"), a
linking word, or a word the body writes in lower case ("Lyon Join Carmaker": "the carmaker").

A page often repeats its headline, or sets a section heading, as a title-case line of its body ("Corvana Growers
Flee Valley As Water Rule Starts"), where the model runs the same way (the whole line as one ORG):
``cut_heading_line_spans`` cuts the body spans on such a line as the headline's are, against the names the rest of
the body gives (entities round e12)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from newsprep.model import NerSpan
from newsprep.text import word_set
from newsprep.text.headlines import HEADLINE_VERBS, is_title_case
from newsprep.text.tokens import CHUNKS

_EDGE = ",.;:!?'’\"“”"
_LINKING_WORDS = word_set("a an and as at by for from in into of on or over the to with after")
"""Words a title-case headline capitalises that never end a name ("Brightwell To Pay", "Styria As Greens Gain")."""
_SENTENCE_CLOSE = '.!?,;"”’)'
"""A line ending on one of these is a sentence, no heading."""
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")
_SHORTEST_STEM = 3


def cut_headline_spans(spans: Sequence[NerSpan], title: str, body: str = "") -> list[NerSpan]:
    """The spans, those in a title-case headline cut to the name they start with."""
    if not is_title_case(title) or not any(s.source == "title" for s in spans):
        return list(spans)
    return _cut_spans(spans, [s.source == "title" for s in spans], title, body)


def cut_heading_line_spans(spans: Sequence[NerSpan], body: str) -> list[NerSpan]:
    """The spans, those on a title-case heading line of the body cut as a headline's are (names taken from the body's
    other lines)."""
    on_heading = [s.source == "body" and _on_title_case_heading_line(body, s) for s in spans]
    if not any(on_heading):  # most articles
        return list(spans)
    return _cut_spans(spans, on_heading, body, body)


def _cut_spans(spans: Sequence[NerSpan], to_cut: Sequence[bool], text: str, body: str) -> list[NerSpan]:
    """The spans, each marked ``to_cut`` (its offsets slicing ``text``) cut against the names of the body spans not
    marked."""
    body_spans = [s for s, cut in zip(spans, to_cut, strict=True) if not cut and s.source == "body"]
    person_names = {_key_words(s.text) for s in body_spans if s.label == "PERSON"}
    body_labels = {_key_words(s.text): s.label for s in body_spans}
    name_words = {w for name in body_labels for w in name}
    lower_words = frozenset(_LOWER_WORD.findall(body))
    return [
        _cut_to_a_body_name(_cut(s, text, person_names, name_words), text, body_labels, name_words, lower_words)
        if cut
        else s
        for s, cut in zip(spans, to_cut, strict=True)
    ]


def _on_title_case_heading_line(body: str, span: NerSpan) -> bool:
    """The span lies on a line that is title case, closes on no sentence's punctuation and holds no colon: a heading,
    not a label and its text (``Video: Full Speech: <Name> Speech at ...``, a link's caption, is left as it is)."""
    line_start = body.rfind("\n", 0, span.char_start) + 1
    line_end = body.find("\n", span.char_end)
    line = body[line_start : line_end if line_end >= 0 else len(body)].strip()
    return is_title_case(line) and not line.endswith(_SENTENCE_CLOSE) and ":" not in line


def _key_words(text: str) -> tuple[str, ...]:
    return tuple(w.strip(_EDGE).casefold().replace(".", "") for w in text.split())


def _is_part_of(words: tuple[str, ...], names: set[tuple[str, ...]]) -> bool:
    n = len(words)
    return any(name[i : i + n] == words for name in names for i in range(len(name) - n + 1))


def _longest_name_run(
    words: list[str], names: set[tuple[str, ...]], may_cut: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The longest run ``(first, last)`` of ``words`` that is (part of) one of ``names`` while every word outside it
    ``may_cut``; the leftmost of the longest, None when no run is."""
    runs = [
        (i, j)
        for i in range(len(words))
        for j in range(len(words), i, -1)
        if _is_part_of(tuple(words[i:j]), names) and all(may_cut(w) for w in words[:i] + words[j:])
    ]
    return max(runs, key=lambda run: run[1] - run[0]) if runs else None


def _cut(span: NerSpan, title: str, person_names: set[tuple[str, ...]], name_words: set[str]) -> NerSpan:
    tokens = list(CHUNKS.finditer(title, span.char_start, span.char_end))
    words = [_key_words(t.group())[0] for t in tokens]
    first, last = 0, len(words)
    if span.label == "PERSON" and not _is_part_of(tuple(words), person_names):
        # the longest run of the span that is (part of) a person the body names; the words around it are in no name
        run = _longest_name_run(words, person_names, lambda w: w not in name_words)
        if run is not None:
            first, last = run
    if (first, last) == (0, len(words)):
        last = next((i for i in range(1, len(words)) if words[i] in HEADLINE_VERBS), len(words))
    return _span_of(span, title, tokens, first, last)


def _cut_to_a_body_name(
    span: NerSpan,
    title: str,
    body_labels: dict[tuple[str, ...], str],
    name_words: set[str],
    lower_words: frozenset[str],
) -> NerSpan:
    """The span cut to the longest run of it that is (part of) a name the body gives, of any label, when every word
    cut off is a headline's word and in no name of the body; else the span. A run that is a whole name of the body
    takes the body's label: the model labelled the run-on span, not the name."""
    names = set(body_labels)
    tokens = list(CHUNKS.finditer(title, span.char_start, span.char_end))
    words = [_key_words(t.group())[0] for t in tokens]
    if _is_part_of(tuple(words), names):
        return span
    run = _longest_name_run(words, names, lambda w: _is_a_headlines_word(w, lower_words) and w not in name_words)
    if run is None:
        return span
    first, last = run
    label = body_labels.get(tuple(words[first:last]), span.label)
    return replace(_span_of(span, title, tokens, first, last), label=label)


def _is_a_headlines_word(word: str, lower_words: frozenset[str]) -> bool:
    """A verb ("Orders", "Join": a plural subject's form of "joins"), a linking word, or a word the body writes in
    lower case in some form ("Carmaker": "carmaker"; "Orders": "ordered")."""
    if word in _LINKING_WORDS or any(form in HEADLINE_VERBS for form in (word, f"{word}s", f"{word}es")):
        return True
    stem = word[:-1] if word.endswith("s") else word
    return len(stem) >= _SHORTEST_STEM and any(lower.startswith(stem) for lower in lower_words)


def _span_of(span: NerSpan, title: str, tokens: list[re.Match[str]], first: int, last: int) -> NerSpan:
    if (first, last) == (0, len(tokens)):
        return span
    start, end = tokens[first].start(), tokens[last - 1].end()
    while end > start and title[end - 1] in _EDGE:
        end -= 1
    return replace(span, char_start=start, char_end=end, text=title[start:end])
