"""The speaker phrase that opens a clause: after an inverted cue (``says Ryan Hass, a fellow at X``, ``said nurse
practitioner Alma Bryant``) and a sentence's subject (``On Friday, Trump ...``). The phrase before a cue and what both
share are in ``cues``; like ``cues``, everything here reads the masked paragraph text.
"""

from __future__ import annotations

import re

from newsprep.extract.quotes.grammar.cues import name_of, possessive_description, short_name
from newsprep.extract.quotes.grammar.tokens import (
    POSSESSIVE_END,
    Phrase,
    Token,
    capitalised,
    contracted_pronoun,
    past_form,
    phrase_tokens,
)
from newsprep.extract.quotes.grammar.words import (
    ALL_CUES,
    CONNECTORS,
    DEFINITE_ROLES,
    DETERMINERS,
    NOT_ROLE_WORDS,
    OPENERS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    STOP_FORWARD,
    TIME_WORDS,
    run_in,
)
from newsprep.extract.quotes.spans import subject_after_quotation
from newsprep.text import word_set as vocabulary
from newsprep.text.given_names import is_given_name

PERSON_ROLES = ROLE_NOUNS | DEFINITE_ROLES
MAX_DESCRIBED_NAME_WORDS = 10
_NUMBERED_ROLE = re.compile(r"\d+")
"""``said 3/17 victim Nadia Keller`` (tokens 3 and 17): a number inside a role description."""


def phrase_after(text: str, start: int, stop: int) -> Phrase | None:
    """The speaker phrase right after an inverted cue (``says Ryan Hass, a fellow at X``)."""
    tokens = phrase_tokens(text, start, stop)
    if not tokens:
        return None
    word = tokens[0][2]
    if word.lower() in PRONOUNS:
        return Phrase(tokens[0][0], tokens[0][1])
    if (contracted := contracted_pronoun(tokens[0])) is not None:
        return contracted  # "She’s claiming that ...": the pronoun, not the auxiliary run into it
    described = _name_after_possessive(text, tokens, stop)
    if described is not None:
        return described
    if not (word.lower() in DETERMINERS or capitalised(word)):
        last_named = _described_name_end(tokens)
        if last_named is None:
            return None
        return _with_description(text, tokens[0][0], tokens[last_named][1], stop)
    if word.lower() in TIME_WORDS:
        return None
    last = 0
    while last + 1 < len(tokens) and last < 8:
        nxt = tokens[last + 1][2]
        if not nxt[:1].isalnum() or nxt.lower() in STOP_FORWARD or nxt.lower() in ALL_CUES:
            break
        in_name = capitalised(tokens[last][2]) and tokens[last][2].lower() not in DETERMINERS
        if in_name and _number_in_name(tokens, last + 1):
            last += 1  # "said Local 414 President Gus Havlicek": the number is part of the union local's name
            continue
        if in_name and _topic_after(tokens, last + 1):
            break  # "joked Reyes of his season", "said Marsh of the vote": what was said is about, not who
        if in_name and not capitalised(nxt) and nxt not in CONNECTORS and not _described_head(tokens, last + 1):
            named = _named_after_role(text, tokens, last + 1, stop)
            if named is not None:
                return named  # "responded Harbor Board chair Lydia Okonjo": the name, not the board
            break
        last += 1
    return _with_description(text, tokens[0][0], tokens[last][1], stop)


def _number_in_name(tokens: list[Token], i: int) -> bool:
    """``Local 414 President``, ``Ward 5 Councillor``: a number between two capitalised words, inside an
    organisation's or a place's name that stands before a title, not the end of the speaker's phrase."""
    return i + 1 < len(tokens) and tokens[i][2].isdigit() and capitalised(tokens[i + 1][2])


_TOPIC_DETERMINERS = vocabulary("his her their its the this that these those")


def _topic_after(tokens: list[Token], i: int) -> bool:
    """``of his season``, ``of the vote by the board``: ``of``, a determiner and a lower-case word after a name are
    what the quotation is about, not a place or organisation the speaker is of (``of the Harbour Board``,
    ``Bank of America``: capitalised, they stay in the phrase)."""
    return (
        i + 2 < len(tokens)
        and tokens[i][2] == "of"
        and tokens[i + 1][2].lower() in _TOPIC_DETERMINERS
        and tokens[i + 2][2].isalpha()
        and tokens[i + 2][2].islower()
    )


def _named_after_role(text: str, tokens: list[Token], role: int, stop: int) -> Phrase | None:
    """``Harbor Board chair Lydia Okonjo``, ``Vale campaign manager Tomas Brenner``: up to three capitalised
    words, then lower-case role words, then a name; the name, described by what comes before it."""
    if role > 3 or tokens[0][2].lower() in DETERMINERS or not tokens[role][2].isalpha():
        return None
    last_named = _described_name_end(tokens[role:])
    if last_named is None:
        return None
    name = name_of(tokens[role : role + last_named + 1])
    if not short_name(name) or len(name) < 2:
        return None
    return Phrase(name[0][0], name[-1][1], text[tokens[0][0] : name[0][0]].strip())


def _described_head(tokens: list[Token], i: int) -> bool:
    """``the Vermont businessman``, ``a Denver pastor``: after an article and capitalised words, the role noun they
    describe is the head of the phrase (the speaker is the businessman, not Vermont; ``the Lanark spokesman``,
    ``a Lanark report`` and ``the Harlow Group’s chief executive`` stay with their organisation)."""
    word = tokens[i][2]
    return (
        tokens[0][2].lower() in ("the", "a", "an")
        and all(capitalised(tok[2]) and not POSSESSIVE_END.search(tok[2]) for tok in tokens[1:i])
        and (word in PERSON_ROLES or (tokens[0][2].lower() in ("a", "an") and _lower_case_to_the_end(tokens, i)))
    )


_MAX_MODIFIED_HEAD_WORDS = 3


def _lower_case_to_the_end(tokens: list[Token], i: int) -> bool:
    """``said a Marlow fire dispatcher.``: after ``a`` and capitalised words, lower-case words that end the phrase
    are what the speaker is (one unnamed person or body of that place), not words after a name."""
    run = 0
    while i + run < len(tokens) and tokens[i + run][2].isalpha() and tokens[i + run][2].islower():
        run += 1
    ends = i + run == len(tokens) or not tokens[i + run][2][:1].isalnum()
    return 0 < run <= _MAX_MODIFIED_HEAD_WORDS and ends and tokens[i + run - 1][2] not in ALL_CUES


def _name_after_possessive(text: str, tokens: list[Token], stop: int) -> Phrase | None:
    """``said Lintz’s colleague, midwife Orla Brennagh``, ``says the company’s chief executive, Irene Falk``: the name
    after a possessive and its role words, not the owner."""
    first = 1 if tokens[0][2].lower() in ("the", "a", "an") else 0
    comma = next((i for i, tok in enumerate(tokens[: first + 6]) if tok[2] == ","), None)
    if comma is None or comma + 1 >= len(tokens) or not possessive_description(tokens[first:comma]):
        return None
    if not POSSESSIVE_END.search(tokens[first][2]):
        return None
    last_named = _described_name_end(tokens[comma + 1 :])
    if last_named is None:
        return None
    name = name_of(tokens[comma + 1 : comma + 2 + last_named])
    if not short_name(name):
        return None
    return Phrase(name[0][0], name[-1][1], text[tokens[0][0] : tokens[comma][0]])


def _with_description(text: str, start: int, end: int, stop: int) -> Phrase:
    rest = text[end:stop]
    description = rest[1:].strip().rstrip(".,;:").strip() or None if rest.startswith(",") else None
    return Phrase(start, end, description)


def _described_name_end(tokens: list[Token]) -> int | None:
    """``said nurse practitioner Alma Bryant``, ``said retired Coast Guard admiral Carl Osgood``: role words in
    lower case before a name; the index of the name's last word, or None when no name follows them."""
    last_named = None
    for i, (_, _, word) in enumerate(tokens[:MAX_DESCRIBED_NAME_WORDS]):
        lowered = word.lower()
        if capitalised(word):
            last_named = i
        elif (
            not (word.isalpha() or _NUMBERED_ROLE.fullmatch(word))
            or lowered.endswith("ly")
            or lowered in NOT_ROLE_WORDS
        ):
            break
        elif last_named is not None and lowered.endswith(("ing", "ed")):
            break  # "said nurse Alma Bryant, citing ...": a new clause, not more of the role
    return last_named


def _opens_subject(word: str) -> bool:
    return capitalised(word) or word.lower() in DETERMINERS or word.lower() in PRONOUNS


_RELATIVES = vocabulary("which who whom whose")


def _past_relative_clause(tokens: list[Token], comma: int) -> int:
    """The comma ending a leading adverbial, past a relative clause set off right after it: in ``In the letter, which
    a reporter has read, Ada Roe wrote ...`` the clause still belongs to the adverbial and the subject opens
    after the comma closing it (``comma`` itself when no relative pronoun follows it, or nothing closes the clause)."""
    if comma + 1 >= len(tokens) or tokens[comma + 1][2].lower() not in _RELATIVES:
        return comma
    reach = min(len(tokens) - 1, comma + _LONG_ADVERBIAL_TOKENS)
    closing = (i for i in range(comma + 2, reach) if tokens[i][2] == "," and _opens_subject(tokens[i + 1][2]))
    return next(closing, comma)


_TIME_ADVERBS = vocabulary("soon late long right just")
_ADVERBIAL_TOKENS = 10
_LONG_ADVERBIAL_TOKENS = 24
"""How far a comma ending a leading adverbial is looked for: further after ``Shortly after``, which opens a whole
clause (``Shortly after the storm hit the coast and the roads closed, Pell ...``)."""


def _adverb_before_preposition(tokens: list[Token]) -> bool:
    """``Shortly after the vote, ...``, ``Soon after ...``, ``Early on ...``: an adverb of time before a preposition
    opens an adverbial; a name (``Kelly said``) is not followed by one."""
    if len(tokens) < 2 or tokens[1][2].lower() not in PREPOSITIONS:
        return False
    opener = tokens[0][2].lower()
    return opener.endswith("ly") or opener in _TIME_ADVERBS


_DASHES = ("—", "–")
_DATELINE_DASH = "--"
_DASH_TOKENS = 12


def _dash_at(text: str, tokens: list[Token], stop: int) -> int | None:
    """The index of the first dash among the first tokens: a dash token, or the token after a double hyphen (``SEOUL,
    May 4 (Wire) -- Officials ...``: wire copy's dateline dash, which the phrase tokens leave out). A double hyphen
    ending the range (``SEOUL, May 4 (Wire) -- Declaring ...``, read up to the participle) gives the index past the
    last token: nothing after the dateline is in the range."""
    for i, tok in enumerate(tokens[:_DASH_TOKENS]):
        if tok[2] in _DASHES:
            return i
        if _DATELINE_DASH in text[tok[1] : tokens[i + 1][0] if i + 1 < len(tokens) else stop]:
            return i + 1
    return None


_PARTICIPLE_MIN_LETTERS = 6


def _participle_before_preposition(tokens: list[Token]) -> bool:
    """``Authored on club paper, Pell wrote ...``, ``Elected in 2019, Okafor ...``: a past participle, then a
    preposition, opens an adverbial before the subject (a given name ending in -ed, ``Mohamed at ...``, does not)."""
    if len(tokens) < 2 or tokens[1][2].lower() not in PREPOSITIONS:
        return False
    word = tokens[0][2]
    return past_form(word, min_letters=_PARTICIPLE_MIN_LETTERS) and not is_given_name(word)


_ENTRY_STAMP = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?(?:[—–-]|:)\s+", re.IGNORECASE)
"""``18:52 — Renfrew ...``, ``6.52pm: Renfrew ...``, ``10:05 GMT - Renfrew ...``: the clock time opening a live
blog's entry, then a dash or a colon."""


def _past_entry_stamp(text: str, tokens: list[Token]) -> list[Token]:
    """A live blog's entry opens with its time: the subject is the phrase after it, the stamp is no adverbial."""
    stamp = _ENTRY_STAMP.match(text, tokens[0][0]) if tokens else None
    return tokens if stamp is None else [tok for tok in tokens if tok[0] >= stamp.end()]


def sentence_subject(text: str, lo: int, stop: int) -> Phrase | None:
    """The subject opening the clause ``text[lo:stop]``, after a leading adverbial (``On Friday, Trump ...``)."""
    tokens = _past_entry_stamp(text, phrase_tokens(text, lo, stop))
    dash = _dash_at(text, tokens, stop)
    if dash and run_in([tok[2] for tok in tokens[:dash]]):
        # "SENATORS QUESTIONED HIM — Oz’s advice ...", "PORT ELLIS, Ore. — Velde ...", "SEOUL, May 4 (Wire) -- ..."
        tokens = tokens[dash + (dash < len(tokens) and tokens[dash][2] in _DASHES) :]
    opener = tokens[0][2].lower() if tokens else ""
    if (
        opener in OPENERS
        or opener in PREPOSITIONS
        or (opener.endswith("ing") and opener not in ALL_CUES)
        or _adverb_before_preposition(tokens)
        or _participle_before_preposition(tokens)
    ):
        # "On Friday, Trump ...", "Moving forward, Swift ...": an adverbial or a participle's clause before a comma
        reach = _LONG_ADVERBIAL_TOKENS if _adverb_before_preposition(tokens) else _ADVERBIAL_TOKENS
        commas = [i for i, tok in enumerate(tokens[:reach]) if tok[2] == ","]
        # "Following a brief, closed-door meeting, the Board ...": the comma after which a subject opens
        opens = [i for i in commas if i + 1 < len(tokens) and _opens_subject(tokens[i + 1][2])]
        if commas:
            tokens = tokens[_past_relative_clause(tokens, (opens or commas)[0]) + 1 :]
        elif (quoted := subject_after_quotation(text, tokens, _opens_subject)) is not None:
            tokens = tokens[quoted:]  # "After calling the bridge “old,” she ...": the comma is masked
    while tokens and tokens[0][2].lower() in OPENERS:
        tokens = tokens[1:]
    if len(tokens) > 3 and [t[2] for t in tokens[:2]] in (["It", "was"], ["It", "is"]) and capitalised(tokens[2][2]):
        tokens = tokens[2:]  # "It was Velde who first raised the alarm.": a cleft's subject is the name
    return phrase_after(text, tokens[0][0], stop) if tokens else None
