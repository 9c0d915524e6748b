"""Where sentences end: one splitter, the abbreviations a period does not end a sentence after, and the words that
open one.

The splitter takes a rule set; the rule sets are kept here side by side so their differences show. The quote stage
splits text in which every quotation is masked and knows abbreviations by a list (and dotted initials before a name,
``J.D. Vance``, by their shape); the statistics stage knows them by their shape ("Mr.", "U.S.") and takes the break
after one when a sentence opener follows; a contributor line and a caption need only their stops. The first two were
written apart and disagree on some text ("Gov. Ann Lee", "U.S. The"): merging them changes both stages' output, so it
is left to the issues that own those stages. The spaCy pass computes no sentence boundaries today (its parser is left
out for speed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprep.text.words import word_set

ABBREVIATIONS = word_set(
    "mr mrs ms dr sen sens rep reps del gov gen lt col sgt capt cmdr adm prof atty supt st jr sr inc corp co ltd no "
    "vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec rev ft mt u.s u.k u.n d.c a.m p.m"
)
"""Words a period follows without ending the sentence (lower case, without their final period)."""

SENTENCE_OPENERS = word_set(
    """
    However But And Meanwhile Still Yet Moreover Also Instead Then Now So The This That These Those It
    He She They We I You In On At For If When While After Before Although Though Because Since As Here
    There What Why How Who Earlier Later Last Next Today Yesterday Tomorrow Even Many Most Some Such
    Both Neither Nor Its His Her Their Our A An
    """
)
"""Function words that open a sentence, capitalised as they are then: after "U.S." one starts a new sentence."""


@dataclass(frozen=True)
class SentenceRules:
    boundary: re.Pattern[str]
    """A candidate break: the sentence before it ends where the match starts, the next begins where it ends."""
    no_break: Callable[[str, int, re.Match[str]], bool]
    """Whether a candidate is not a break after all (given the text, where the search started, the match)."""


def sentence_breaks(text: str, rules: SentenceRules, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The breaks between sentences in ``text[start:end]``, in order."""
    stop = len(text) if end is None else end
    return [match for match in rules.boundary.finditer(text, start, stop) if not rules.no_break(text, start, match)]


def _after_listed_abbreviation(text: str, start: int, match: re.Match[str]) -> bool:
    """The word before the stop is a listed abbreviation, or a single lower-case letter (an initial)."""
    word = re.search(r"([\w.]+)$", text[max(start, match.start() - 12) : match.start()])
    token = word.group(1).lower() if word else ""
    return token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token) is not None


_DOTTED_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
_NEXT_WORD = re.compile(r"[A-Z][\w’'\-]*")


def _initials_before_name(text: str, start: int, match: re.Match[str]) -> bool:
    """``Sen. J.D. Vance of Ohio``, ``George H.W. Bush``: the stop closes two or more dotted initials and a capitalised
    word that opens no sentence follows: the initials open a name, which a break there would cut in two (``He`` or
    ``The`` after them still opens a sentence: ``it moved to L.A. He said``)."""
    initials = _DOTTED_INITIALS.search(text, max(start, match.start() - 12), match.start() + 1)
    following = _NEXT_WORD.match(text, match.end())
    return initials is not None and following is not None and following.group() not in SENTENCE_OPENERS


def quotation_sentence_rules(also_opening: str) -> SentenceRules:
    """The quote stage's rules: a stop, closing marks and space before a capital, an opening mark or any character of
    ``also_opening`` (the quote stage's mask, which stands for a quotation); not after a listed abbreviation, nor
    after initials before a name."""
    boundary = re.compile(r"[.!?][”\"’')\]]*\s+(?=[A-Z“\"‘(\[" + re.escape(also_opening) + r"])")
    openings = '“"' + also_opening

    def no_break(text: str, start: int, match: re.Match[str]) -> bool:
        # "signed it at 1 a.m. “It is done,” he said.": a clock time before an opening mark ends its sentence
        clock = text[max(start, match.start() - 3) : match.start()].lower() in (" am", "a.m", "p.m")
        listed = _after_listed_abbreviation(text, start, match) and not (clock and text[match.end()] in openings)
        return listed or _initials_before_name(text, start, match)

    return SentenceRules(boundary, no_break)


def sentences_of(text: str, rules: SentenceRules) -> list[str]:
    """The sentences of ``text`` (the pieces between its breaks, as written)."""
    pieces, start = [], 0
    for match in sentence_breaks(text, rules):
        pieces.append(text[start : match.start()])
        start = match.end()
    return [*pieces, text[start:]]


def _always_a_break(text: str, start: int, match: re.Match[str]) -> bool:
    return False


CONTRIBUTOR_SENTENCES = SentenceRules(re.compile(r"(?<=[a-z)]\.)\s+(?=[A-Z])"), _always_a_break)
"""The sentences of a contributor line ("Ana Ruiz contributed reporting. Sam Lee contributed research."): a stop
after a lower-case letter or a parenthesis, before a capital, so that initials ("J. Smith", "U.S.") never break it."""

CAPTION_SENTENCES = SentenceRules(re.compile(r"[.!?][\"”’)]*\s+"), _always_a_break)
"""The sentences of a photo caption, to find a credit glued after its last one: any stop, closing marks, space."""


_SHORT_CAPITALISED_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b(?:[A-Za-z]\.)+[A-Za-z])\.$")
_STATISTICS_OPENERS = {opener.casefold() for opener in SENTENCE_OPENERS} & word_set(
    "the a an however but and yet so still meanwhile in on at it its this that these those they he she we i "
    "there here many most some"
) | word_set("officials experts")
"""The openers the statistics rule has always taken after an abbreviation: fewer than ``SENTENCE_OPENERS``, and two
of its own ("U.S. officials said"); the statistics stage's sentences end where they did (issue 17 may merge them)."""


def _after_abbreviation_shape(text: str, start: int, match: re.Match[str]) -> bool:
    """The stop ends a short capitalised word or initials ("Gov.", "U.S.") and no sentence opener follows."""
    abbreviated = _SHORT_CAPITALISED_ABBREVIATION.search(text[max(0, match.start() - 8) : match.start()].rstrip('”"’)'))
    next_word = re.match(r"[“\"‘(]?(\w+)", text[match.end() :])
    return abbreviated is not None and not (next_word is not None and next_word.group(1).lower() in _STATISTICS_OPENERS)


STATISTICS_SENTENCES = SentenceRules(
    re.compile(r"(?<=[.!?])[”\"’)]*\s+(?=[“\"‘(]?[A-Z0-9$€£¥])"), _after_abbreviation_shape
)
"""The statistics stage's rules: a break after a stop and any closing marks, before a capital, a digit or a currency
sign (a sentence may open with a number); not after an abbreviation's shape unless an opener follows."""
