"""The phrase readers' tokens and word shapes: a phrase's tokens (offsets into the masked text and the word), the
phrase and attribution values they return, and what every reader asks of a word (capitalised, possessive, a title's
abbreviation, a pronoun with its auxiliary run in, a past form). ``cues`` and ``subjects`` read phrases with them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprep.extract.quotes.grammar.words import opens_name
from newsprep.text.tokens import PHRASE_TOKENS

POSSESSIVE_END = re.compile(r"(?:[’']s|(?<=[sS])[’'])$")
"""A possessive word: ``Brenner’s``, and a name ending in s with the apostrophe alone (``Jones' lawyer``, ``Rovers’
chairman``), as AP style writes it; ``.sub`` strips the mark only."""


def is_possessive(word: str) -> bool:
    """``Brenner’s``, ``Jones'``: the word ends in a possessive."""
    return POSSESSIVE_END.search(word) is not None


_CONTRACTED_PRONOUN = re.compile(r"^(he|she|they|i|we|you|it)[’'](?:d|ll|s|re|m|ve)$", re.IGNORECASE)
"""``he’d respond``, ``she’ll say``, ``she’s claiming``, ``they’ve warned``: a pronoun subject with its auxiliary run
into it (after a pronoun ``’s`` is never a possessive)."""
_TITLE_ABBREV = re.compile(
    r"^(?:[A-Z]\.)+$|^(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Del|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Atty|Supt|St|Jr|Sr|Rev)\.$"
)


def contracted_pronoun(token: Token) -> Phrase | None:
    """The pronoun of a token with an auxiliary run into it (``She’s`` -> ``She``), else None."""
    contracted = _CONTRACTED_PRONOUN.match(token[2])
    return None if contracted is None else Phrase(token[0], token[0] + len(contracted.group(1)))


def is_title_abbreviation(word: str) -> bool:
    """``Gov.``, ``Sen.``, ``J.P.``: a title or initials, whose stop ends no sentence."""
    return _TITLE_ABBREV.match(word) is not None


Token = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Phrase:
    """A speaker phrase as written: offsets into the text, and its appositive description if any."""

    start: int
    end: int
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    cue: str | None
    phrase: Phrase
    end: int
    """Where the attribution clause ends in the text (used to glue the parts of a split quote)."""


def phrase_tokens(text: str, start: int, end: int) -> list[Token]:
    tokens = []
    for match in PHRASE_TOKENS.finditer(text, start, end):
        word, stop = match.group(), match.end()
        if word.endswith(".") and len(word) > 1 and not _TITLE_ABBREV.match(word):
            stop, word = stop - 1, word[:-1]
        tokens.append((match.start(), stop, word))
    return tokens


def capitalised(word: str) -> bool:
    return opens_name(word) or (word[:1].isdigit() and any(ch.isupper() for ch in word))


def past_form(word: str, *, min_letters: int) -> bool:
    """A word in -ed of at least ``min_letters`` letters, read as a verb's past or participle (``instructed``,
    ``Elected``); shorter ones are as often other words (``bed``, ``shed``, ``Ned``). Each rule keeps its own
    length."""
    return len(word) >= min_letters and word.lower().endswith("ed")
