"""The attribution clause before a quotation's opening mark: the last speech cue of the sentence with its subject
(``Pell said``, ``Trump spoke on Friday, saying``, ``according to X``, ``As Gaiman put it``, a passive's agent, the one
a relative pronoun names). Reads the masked paragraph text, as ``after`` does, whose phrase readers it shares."""

from __future__ import annotations

import re

from newsprep.extract.quotes.clauses.after import NOUN_MARKERS, PASSIVE_CUES, passive_agent
from newsprep.extract.quotes.clauses.shapes import (
    caused_to_speak,
    infinitive_with_own_subject,
    inverted_before_quote,
    noun_subject,
)
from newsprep.extract.quotes.grammar import (
    AFTER_QUOTE_CUES,
    BE_FORMS,
    DETERMINERS,
    NAMING_CUES,
    OPENERS,
    TIME_WORDS,
    Attribution,
    Phrase,
    Token,
    capitalised,
    is_cue_at,
    phrase_after,
    phrase_before,
    phrase_tokens,
    sentence_subject,
)
from newsprep.text import word_set
from newsprep.text.tokens import LATIN_WORDS

_ARTICLES = NOUN_MARKERS - {"this", "that"}


def attribution_before(text: str, lo: int, stop: int) -> Attribution | None:
    """The last cue in ``text[lo:stop]`` (the sentence before an opening mark) with a subject before it."""
    words = list(LATIN_WORDS.finditer(text, lo, stop))
    for match in reversed(words):
        word = match.group()
        lowered = word.lower()
        if lowered == "according" and text.startswith(" to ", match.end()):
            phrase = phrase_after(text, match.end() + 4, stop)
            if phrase is not None:
                return Attribution("according to", phrase, stop)
        if lowered == "put" and re.match(r" it\b", text[match.end() : match.end() + 4]):
            phrase = phrase_before(text, lo, match.start())  # "As Gaiman put it, ..."
            if phrase is not None:
                return Attribution("put it", phrase, stop)
        if not is_cue_at(text, match.start(), match.end()) or "-" in (
            text[match.start() - 1 : match.start()],
            text[match.end() : match.end() + 1],
        ):
            continue  # "their sing-along jam", "a tell-all book": a word of a compound, not a verb
        agent = passive_agent(text, match.end(), stop) if lowered in PASSIVE_CUES else None
        if agent is not None:
            return Attribution(word, agent, stop)  # "He was told by Irene Falk that ...": the agent speaks
        previous = phrase_tokens(text, max(lo, match.start() - 40), match.start())
        before = previous[-1][2] if previous else ""
        if (lowered in NAMING_CUES and before.lower() in DETERMINERS | {"this", "that"}) or before.lower() in _ARTICLES:
            continue  # "this call for ...", "The recall worries ...": a noun, not a verb
        if lowered in _NOUN_FORMS and len(previous) > 1 and previous[-2][2].lower() in _ARTICLES and before.islower():
            continue  # "sent a short reply:", "issued a stark warning:": an adjective, then the noun
        if lowered == "asked" and (
            before.lower() in _SUBORDINATORS
            or (before.lower() in ("i", "we") and len(previous) > 1 and previous[-2][2].lower() in _SUBORDINATORS)
        ):
            continue  # "When asked, Pell gave an answer:", "When I asked Veridian, a spokesman replied:": not "I"
        if infinitive_with_own_subject(previous):
            continue  # "It is tempting, she says, for visitors to boast ...": what might be said; "says" is the cue
        if lowered in _PLURAL_NOUNS and _counted(previous):
            continue  # "published three (very) damning reports that ...": counted, a noun
        if lowered in NAMING_CUES and lowered.endswith("ing") and _PHRASAL_PARTICLE.match(text, match.end()):
            continue  # "by calling out the mayor for his “excuses”", "a draft calling for “...”": not naming anything
        # "Ostrow posted on Sunday saying ...": a weekday or a month before the participle is no subject of it;
        # "Varga’s nurse is calling the candidate “...”": a progressive tense, its subject right before it
        participle = (
            lowered.endswith("ing")
            and not (capitalised(before) and before.lower() not in OPENERS | TIME_WORDS)
            and before.lower() not in BE_FORMS
        )
        relative = len(previous) > 2 and before.lower() in ("which", "who") and previous[-2][2] == ","
        if not phrase_tokens(text, lo, match.start()) and not lowered.endswith("ing"):
            phrase = phrase_after(text, match.end(), stop)  # "Said Ellis: ..."
        elif relative:
            # "funded by the National Science Foundation, which said it supports “...”", "Velde, who called the talks
            # “productive”": the one ``which``/``who`` names
            phrase = phrase_before(text, lo, previous[-2][0])
        elif before.lower() == "to" and (caused := caused_to_speak(text, lo, previous)) is not None:
            # "another attack that prompted Judge Aya Senn to quip ...": the one prompted speaks; "Dov Haran, who
            # proceeded to tell his staff, “...”": the one the relative pronoun names
            phrase = caused
        elif participle or before.lower() in ("and", "but", "then", "to"):
            # "Trump spoke on Friday, saying ..." / "... and said" / "took to Twitter to accuse": the subject
            # opens the sentence, or the clause joined to it (", and the Group is left to wonder").
            joints = list(_CLAUSE_JOINT.finditer(text, lo, match.start()))
            clause = joints[-1].end() if joints and not participle else lo
            phrase = sentence_subject(text, clause, match.start()) if clause > lo else None
            phrase = _before_auxiliary(text, phrase or sentence_subject(text, lo, match.start()))
            phrase = noun_subject(text, phrase)  # "The statement kept its tone, noting ...": the statement
        elif before == "," and lowered in AFTER_QUOTE_CUES and inverted_before_quote(text, previous, match.end(), stop):
            # "The new contract, said Tavi Brenn, “was all about ...”": the cue and its subject set between commas
            # inside the sentence the quotation ends; the name after the cue
            phrase = phrase_after(text, match.end(), stop)
        else:
            phrase = phrase_before(text, lo, match.start())
        if phrase is not None:
            return Attribution(word, phrase, stop)
    return None


_AUXILIARIES = word_set("did does do has have had is are was were will would could can may might must should not never")


def _before_auxiliary(text: str, phrase: Phrase | None) -> Phrase | None:
    """``The company did not respond to requests but said ...``: the subject read before a verb it shares with the
    cue ends where that verb's auxiliary (in lower case) begins."""
    if phrase is None:
        return None
    tokens = phrase_tokens(text, phrase.start, phrase.end)
    cut = next((i for i, tok in enumerate(tokens) if i > 0 and tok[2] in _AUXILIARIES), None)
    return phrase if cut is None else Phrase(phrase.start, tokens[cut - 1][1], phrase.description)


_NOUN_FORMS = frozenset({"reply", "replies", "answer", "answers", "warning", "warnings", "comment", "comments"})
"""Speech-verb forms that are nouns after an article and an adjective (``a short reply``, ``a stark warning``)."""
_SUBORDINATORS = frozenset({"when", "if", "as", "once", "after", "before", "while", "unless", "until"})
"""Words before a bare ``asked`` that make it a clause of its own (``When asked``, ``If asked``)."""
_PLURAL_NOUNS = frozenset({"reports", "tweets", "replies", "answers", "responses"})
"""Speech-verb forms that are as often plural nouns: after a number or a quantity word they are the nouns."""
_QUANTITIES = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "several", "many", "few"}
    | {"multiple", "numerous", "both"}
)


def _counted(previous: list[Token]) -> bool:
    """A number or quantity word among the three words before, and only lower-case words after it."""
    words = [t[2] for t in previous[-3:]]
    at = max((i for i, w in enumerate(words) if w.lower() in _QUANTITIES), default=None)
    return at is not None and all(w.islower() for w in words[at + 1 :])


_PHRASAL_PARTICLE = re.compile(r"\s+(?:out|on|up|off|back|in|for)\b")
_CLAUSE_JOINT = re.compile(r",\s+(?:and|but|while)\s+|;\s+")
"""Where a coordinated clause with its own subject starts (``..., and the Group is left to wonder``)."""
