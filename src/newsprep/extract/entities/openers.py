"""A sentence's first word taken into the name after it (issue 17, entities round e2 on the goose pages).

At the start of a sentence every word is capitalised, so the small model often takes the sentence's first word into
the name that follows it: a role noun (``Farmer Ann Lee said``) or a verb of a question (``Are Ann Lee and ...``),
sometimes labelling the whole span ORG. ``drop_sentence_openers`` cuts that word when the rest opens with a given
name and the article writes the word in lower case elsewhere and in no other name. Unlike ``titles.drop_epithets``
it needs no bare mention of the name elsewhere: the sentence start is why the word is capitalised, and the lower-case
use shows it is a common word (an epithet nobody writes in lower case stays).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from newsprep.extract.entities.lexicon import ORGANISATION_WORDS
from newsprep.extract.entities.source_text import SourceKey, at_sentence_start, text_of
from newsprep.model import NerSpan
from newsprep.text.given_names import is_given_name

_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
"""A word written in lower case: the article's own evidence that a word is a common one, not a name's."""


def drop_sentence_openers(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """Each PERSON or ORG span of three words or more at a sentence start whose first word is capitalised, a word the
    article also writes in lower case (a common word: ``farmer``, ``are``; an epithet no one writes so stays), no
    given name and in no other name of the article, and whose second word is a capitalised given name, cut to the
    words from that given name. An ORG is cut only to a person's name whose surname the article writes in a PERSON
    elsewhere (``Saint Ann Hospital`` stays whole), and is then a PERSON."""
    candidates = [k for k, span in enumerate(spans) if _opener_candidate(span, texts)]
    if not candidates:  # most articles: the article-wide word sets below are never built
        return list(spans)
    in_names: Counter[str] = Counter()
    in_people: set[str] = set()
    for span in spans:
        if span.label in ("PERSON", "ORG"):
            in_names.update({w.casefold() for w in span.text.split()})
        if span.label == "PERSON":
            in_people.update(w.casefold() for w in span.text.split())
    common = {w.casefold() for text in texts.values() for w in _LOWER_WORD.findall(text)}
    result = list(spans)
    for k in candidates:
        result[k] = _without_opener(spans[k], in_names, in_people, common)
    return result


def _opener_candidate(span: NerSpan, texts: Mapping[SourceKey, str]) -> bool:
    """The checks that need only the span and the text just before it: three words or more, a capitalised first word
    that is no given name, a capitalised given name second, at a sentence start."""
    if span.label not in ("PERSON", "ORG") or span.text.count(" ") < 2:
        return False
    words = span.text.split()
    opener, given = words[0], words[1]
    if not (opener.isalpha() and opener[0].isupper() and not opener.isupper()) or is_given_name(opener):
        return False
    if not (given[0].isupper() and given.isalpha() and is_given_name(given)):
        return False
    return at_sentence_start(text_of(texts, span), span.char_start)


def _without_opener(span: NerSpan, in_names: Counter[str], in_people: set[str], common: set[str]) -> NerSpan:
    words = span.text.split()
    opener, given = words[0], words[1]
    if opener.casefold() not in common or in_names[opener.casefold()] > 1:
        return span
    rest = words[1:]
    if span.label == "ORG" and not _a_persons_name(rest, in_people):
        return span
    cut = span.text.index(given, len(opener))
    label = "PERSON" if span.label == "ORG" else span.label
    return NerSpan(span.source, span.caption_idx, span.char_start + cut, span.char_end, span.text[cut:], label)


def _a_persons_name(words: Sequence[str], in_people: set[str]) -> bool:
    """ "Ann Kessler" in an ORG span after an opener is a person's name when it is a given name and a surname the
    article writes in a PERSON elsewhere, and no word of an organisation's name."""
    surname = words[-1].strip(".,").casefold()
    return len(words) == 2 and surname in in_people and surname not in ORGANISATION_WORDS
