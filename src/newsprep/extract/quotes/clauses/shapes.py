"""Attribution clauses of shapes the cue list and the phrase readers of ``after`` miss (issue 16, round 26): a verb
of saying no list holds after a quotation its comma hands on (``“...,” he rejoined``), a subject as long as a title, a
name and the body the person belongs to (``Patrol Chief Dana Pell with the Harbor Police said``), and a cue set with
its subject between commas before the quotation (``The contract, said Tavi Brenn, “...”``). Pure functions over the
masked paragraph's tokens, as in ``after``."""

from __future__ import annotations

from newsprep.extract.quotes.grammar import (
    AFTER_QUOTE_CUES,
    ALL_CUES,
    DETERMINERS,
    MAX_DESCRIBED_NAME_WORDS,
    POSSESSIVE_END,
    PRONOUNS,
    Attribution,
    Phrase,
    Token,
    capitalised,
    past_form,
    phrase_before,
    phrase_tokens,
)
from newsprep.extract.quotes.organisations import DOCUMENT_NOUNS, is_organisation_noun
from newsprep.text import word_set as vocabulary

_UNLISTED_VERB_MIN_LETTERS = 5
_UNLISTED_SUBJECT_WORDS = 3


def unlisted_speech_verb(words: list[Token]) -> int | None:
    """The index of a past-tense verb right after the subject opening the clause (a he/she, or up to three
    capitalised words of a name: no article, no possessive), None otherwise."""
    if words[0][2].lower() in PRONOUNS:
        verb = 1
    else:
        verb = next((i for i, tok in enumerate(words[: _UNLISTED_SUBJECT_WORDS + 1]) if not capitalised(tok[2])), 0)
        if any(POSSESSIVE_END.search(tok[2]) or tok[2].lower() in DETERMINERS for tok in words[:verb]):
            return None
    if not 0 < verb < len(words):
        return None
    word = words[verb][2]
    return verb if _past_verb(word) and word not in ALL_CUES | AFTER_QUOTE_CUES else None  # listed: read in clauses


_AFFILIATION_WORDS = frozenset({"of", "with", "from", "at", "the", "for", "and", "&"})
_AFFILIATED_NAME_WORDS = 14


def affiliated_name(words: list[Token]) -> bool:
    """``Patrol Chief Dana Pell with the Harbor City Police Department``: a title, a name and the body the person
    belongs to, capitalised words joined by ``of``/``with``/``the``: one long subject, its cue further off."""
    return len(words) <= _AFFILIATED_NAME_WORDS and all(
        capitalised(tok[2]) or tok[2].lower() in _AFFILIATION_WORDS for tok in words
    )


def inverted_before_quote(text: str, previous: list[Token], cue_end: int, stop: int) -> bool:
    """A comma after a word before the cue, and only the cue's subject and a comma between it and the quotation."""
    tail = text[cue_end:stop].rstrip()
    return (
        len(previous) > 1
        and previous[-2][2][:1].isalnum()
        and tail.endswith(",")
        and 0 < len(phrase_tokens(text, cue_end, stop)) <= MAX_DESCRIBED_NAME_WORDS
    )


CAUSATIVE_VERBS = vocabulary(
    "prompted prompts prompting led leads leading forced forces forcing caused causes causing provoked provokes "
    "provoking pushed pushes pushing moved moves moving inspired inspires inspiring spurred spurs spurring drove "
    "drives driving"
)
"""Verbs that make someone do something: their object is the one who then speaks (``prompted Senn to quip``)."""


def caused_to_speak(text: str, lo: int, previous: list[Token]) -> Phrase | None:
    """The subject of a cue after ``to``: the name between a causative verb and the ``to`` (``which prompted Judge
    Aya Senn to quip``), or the one a relative pronoun one or two words before it names (``Dov Haran, who proceeded
    to tell``); None otherwise (``took to Twitter to accuse``: the sentence's subject, read in ``clauses``)."""
    if len(previous) < 3 or previous[-1][2].lower() != "to":
        return None
    relative = next((i for i in (-3, -4) if len(previous) > -i and previous[i][2].lower() in ("who", "which")), None)
    if relative is not None and previous[relative - 1][2] == ",":
        return phrase_before(text, lo, previous[relative - 1][0])  # "Haran, who went on to say": Haran
    if not capitalised(previous[-2][2]):
        return None
    phrase = phrase_before(text, lo, previous[-1][0])
    if phrase is None:
        return None
    lead = [tok for tok in previous if tok[1] <= phrase.start]
    return phrase if lead and lead[-1][2].lower() in CAUSATIVE_VERBS else None


_OWNERS = vocabulary("his her their its our the my your")
_ADDRESSEE_WORDS = 3


def addressed_before(text: str, lo: int, stop: int) -> Attribution | None:
    """``she instructed her drivers, “...”``, ``Pell ordered Tomas Vire, “...”``: a subject, a verb in the past and
    the one addressed (a name, or a possessive or ``the`` and a noun or two) ending with a comma right before a
    direct quotation: the subject speaks, whatever the verb."""
    tokens = phrase_tokens(text, lo, stop)
    if len(tokens) < 4 or tokens[-1][2] != "," or text[tokens[-1][1] : stop].strip():
        return None
    addressee = tokens[-_ADDRESSEE_WORDS - 2 : -1]
    for at in range(len(addressee) - 1, 0, -1):
        verb, named = addressee[at - 1], addressee[at:]
        if _past_verb(verb[2]) and _addressee(named):
            phrase = phrase_before(text, lo, verb[0])
            return None if phrase is None else Attribution(verb[2], phrase, stop)
    return None


def _past_verb(word: str) -> bool:
    return word.isalpha() and word.islower() and past_form(word, min_letters=_UNLISTED_VERB_MIN_LETTERS)


def _addressee(words: list[Token]) -> bool:
    """``her drivers``, ``the jury``, ``Tomas Vire``: who a verb is addressed to."""
    if all(capitalised(tok[2]) and not POSSESSIVE_END.search(tok[2]) for tok in words):
        return True
    return (
        len(words) > 1
        and words[0][2].lower() in _OWNERS
        and all(tok[2].isalpha() and tok[2].islower() for tok in words[1:])
    )


_QUOTED_WORDS = 12
"""How far into the clause ``quoted`` may stand (``the official Lanark Press Agency quoted ...``)."""
_SAYING_GERUNDS = vocabulary("saying telling")


def quoted_as_saying(text: str, words: list[Token]) -> Phrase | None:
    """``“...,” the Lanark Wire quoted Orin Valcourt as saying``: the one quoted (between ``quoted`` and ``as
    saying``) said the words, not the publisher that quoted them nor anyone named before the quotation."""
    at = next((i for i, tok in enumerate(words[:_QUOTED_WORDS]) if tok[2].lower() == "quoted"), None)
    if at is None or at == 0:
        return None
    for i in range(at + 2, len(words) - 1):
        if words[i][2].lower() == "as" and words[i + 1][2].lower() in _SAYING_GERUNDS:
            return phrase_before(text, words[at][1], words[i][0])
    return None


_INFINITIVE_SUBJECT_MAX_WORDS = 3


def infinitive_with_own_subject(previous: list[Token]) -> bool:
    """``tempting for visitors to boast about``, ``a chance for the mayor to tell``: the tokens before a cue end in
    ``for``, up to three lower-case words and ``to``; the infinitive has a subject of its own, someone who might
    speak, not one who did (neither the sentence's subject nor those words are the speaker; ``time for Pell to
    say`` names a speaker and is left to the other readings)."""
    if len(previous) < 3 or previous[-1][2].lower() != "to":
        return False
    for k in range(2, min(len(previous), _INFINITIVE_SUBJECT_MAX_WORDS + 2) + 1):
        if previous[-k][2].lower() == "for":
            return k > 2 and all(tok[2].isalpha() and tok[2].islower() for tok in previous[-k + 1 : -1])
    return False


_NOUN_SUBJECT_LEAD = 3
"""``the``, at most two adjectives, then the organisation or document noun."""
_NOT_A_VERB = vocabulary("of for at in on from with and or who which that whose to by")


def noun_subject(text: str, phrase: Phrase | None) -> Phrase | None:
    """``The statement kept a hopeful tone, noting ...``, ``The union kept its plan, saying ...``: a subject of
    ``the`` and an organisation or document noun (an adjective or two before it) ends at the noun; the lower-case
    words after it are the sentence's verb and its object, not a description of the speaker (``the head of the union``
    goes on: ``of`` is no verb)."""
    tokens = [] if phrase is None else phrase_tokens(text, phrase.start, phrase.end)
    if phrase is None or len(tokens) < 3 or tokens[0][2].lower() != "the":
        return phrase
    for i in range(1, min(_NOUN_SUBJECT_LEAD + 1, len(tokens) - 1)):
        word, after = tokens[i][2], tokens[i + 1][2]
        if not word.isalpha() or not word.islower():
            return phrase
        if is_organisation_noun(word) or word in DOCUMENT_NOUNS:
            verb = after.isalpha() and after.islower() and after not in _NOT_A_VERB
            return Phrase(phrase.start, tokens[i][1], None) if verb else phrase
    return phrase
