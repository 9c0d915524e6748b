"""A common word a sentence's start capitalised, published as a one-word name (issue 17, round e5).

The small model takes a capitalised word for a name, and at a sentence's start every word is capitalised: a noun
opening a sentence (``Households need ...``, ``Curry house owner ...``, ``Plague is caused by ...``) comes out as an
organisation, a person or a place. The article itself shows such a word is a common one: it writes the word in lower
case elsewhere, never capitalised inside a sentence, and in no longer name. A name that opens a sentence keeps its
span when the next word says it acts (``Apple said``) or names its staff or kind (``Pentagon spokesman``, ``Time
magazine``), the uses a company or an office has that a common noun does not need.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from newsprep.extract.entities.lexicon import PERSON_ROLE_NOUNS
from newsprep.extract.entities.source_text import SourceKey, at_sentence_start, text_of
from newsprep.extract.entities.things import ACTING_VERBS, AGENT_AND_PLACE_LABELS
from newsprep.model import NerSpan
from newsprep.text import ORG_KIND_NOUNS, word_set

_NEXT_WORD = re.compile(r" ([a-z][a-z-]*)")
_NAME_USES = ACTING_VERBS | ORG_KIND_NOUNS | PERSON_ROLE_NOUNS | word_set("magazine police officials staff")
"""Lower-case words after a name that show it names a body or a person: it acts, or has staff or a kind."""


def drop_common_words_at_sentence_start(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """Without each one-word PERSON, ORG or place span, written in title case at a sentence's start before a
    lower-case word that is no acting verb, staff or kind noun, whose word the article writes in lower case elsewhere,
    never capitalised inside a sentence and in no other span's words."""
    candidate_at = [_candidate(span, texts) for span in spans]
    candidates = {span.text for span, candidate in zip(spans, candidate_at, strict=True) if candidate}
    if not candidates:  # most articles: nothing article-wide is read
        return list(spans)
    common = {word for word in candidates if written_in_lower_case(word.lower(), texts)}
    common = {word for word in common if _capitalised_only_at_starts(word, texts)}
    if not common:
        return list(spans)
    in_spans = Counter(word for span in spans for word in span.text.split() if word in common)
    return [
        span
        for span, candidate in zip(spans, candidate_at, strict=True)
        if span.text not in common or in_spans[span.text] > 1 or not candidate
    ]


def _candidate(span: NerSpan, texts: Mapping[SourceKey, str]) -> bool:
    word = span.text
    if span.label not in AGENT_AND_PLACE_LABELS or not word.isalpha() or not word.istitle() or len(word) < 3:
        return False
    text = text_of(texts, span)
    after = _NEXT_WORD.match(text, span.char_end)
    return after is not None and after.group(1) not in _NAME_USES and at_sentence_start(text, span.char_start)


def written_in_lower_case(word: str, texts: Mapping[SourceKey, str]) -> bool:
    """``word`` (in lower case) stands as a whole word in one of the article's texts."""
    if not any(word in text for text in texts.values()):  # most candidates: a plain search settles it
        return False
    return any(_whole_word(word).search(text) for text in texts.values())


def _capitalised_only_at_starts(word: str, texts: Mapping[SourceKey, str]) -> bool:
    return all(at_sentence_start(text, m.start()) for text in texts.values() for m in _whole_word(word).finditer(text))


def _whole_word(word: str) -> re.Pattern[str]:
    """``word`` as a whole word, as written: no letter, digit or hyphen on either side."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
