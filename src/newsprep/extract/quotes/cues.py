"""Attribution grammar: the speaker phrase next to a speech cue (the words it knows are in ``words``).

Everything here reads the *masked* paragraph text (quotations replaced by ``MASK``), so a cue word inside a
quotation is never taken for an attribution. Offsets returned are offsets into that text, which are also
offsets into ``clean_text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprep.extract.quotes.marks import MASK
from newsprep.extract.quotes.words import (
    ALL_CUES,
    CONNECTORS,
    DETERMINERS,
    FUNCTION_WORDS,
    NAMING_CUES,
    NOT_ROLE_WORDS,
    OPENERS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    ROLE_LINKS,
    SKIPPABLE,
    SPEECH_CUES,
    STOP_FORWARD,
    TIME_WORDS,
)
from newsprep.text import ABBREVIATIONS, PERSON_TITLES, without_periods
from newsprep.text.tokens import LATIN_WORDS, PHRASE_TOKENS

MAX_DESCRIBED_NAME_WORDS = 10
SHORT_CLAUSE_WORDS = 6
_NUMBERED_ROLE = re.compile(r"\d+")
"""``said 9/11 widow Terry Strada`` (tokens 9 and 11): a number inside a role description."""
_PARTY_TAG = re.compile(r"^[DRI]-[A-Z]")
"""``Mitch McConnell, R-Ky., said``: a party and state, not a second name."""
_TITLES = without_periods(PERSON_TITLES)
_POSSESSIVE_END = re.compile(r"[’']s$")
_CONTRACTED_PRONOUN = re.compile(r"^(he|she|they|i|we|you|it)[’'](?:d|ll)$", re.IGNORECASE)
"""``he’d respond``, ``she’ll say``: a pronoun subject with its auxiliary run into it."""
_TITLE_ABBREV = re.compile(
    r"^(?:[A-Z]\.)+$|^(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Del|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Atty|Supt|St|Jr|Sr|Rev)\.$"
)

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


def _tokens(text: str, start: int, end: int) -> list[Token]:
    tokens = []
    for match in PHRASE_TOKENS.finditer(text, start, end):
        word, stop = match.group(), match.end()
        if word.endswith(".") and len(word) > 1 and not _TITLE_ABBREV.match(word):
            stop, word = stop - 1, word[:-1]
        tokens.append((match.start(), stop, word))
    return tokens


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(ch.isupper() for ch in word))


def _without_parenthetical(tokens: list[Token]) -> list[Token]:
    """``Rep. Jane Doe (D-Ohio)`` -> ``Rep. Jane Doe``."""
    if tokens and tokens[-1][2] == ")":
        opening = [i for i, tok in enumerate(tokens) if tok[2] == "("]
        if opening and len(tokens) - opening[-1] <= 8:
            return tokens[: opening[-1]]
    return tokens


def phrase_before(text: str, lo: int, stop: int) -> Phrase | None:
    """The subject phrase ending right before ``stop`` (a cue verb), searching no further left than ``lo``."""
    tokens = _tokens(text, lo, stop)
    while tokens and (
        tokens[-1][2].lower() in SKIPPABLE or (tokens[-1][2].endswith("ly") and not _capitalised(tokens[-1][2]))
    ):
        tokens.pop()  # "Kelly said", "the People’s Daily warned": a capitalised -ly word is a name, not an adverb
    tokens = _without_parenthetical(tokens)
    if not tokens:
        return None
    if tokens[-1][2] == ",":
        return _appositive_before(text, tokens) if len(tokens) > 2 else None
    last = tokens[-1][2]
    if last.lower() in PRONOUNS:
        return Phrase(tokens[-1][0], tokens[-1][1])
    contracted = _CONTRACTED_PRONOUN.match(last)
    if contracted is not None:
        return Phrase(tokens[-1][0], tokens[-1][0] + len(contracted.group(1)))
    if not last[:1].isalnum() or last.lower() in TIME_WORDS:
        return None
    first = len(tokens) - 1
    if _capitalised(last):
        while first > 0 and (
            _capitalised(tokens[first - 1][2])
            or (tokens[first - 1][2] in CONNECTORS and first > 1 and _capitalised(tokens[first - 2][2]))
        ):
            first -= 1
        while first < len(tokens) - 1 and tokens[first][2].lower() in OPENERS | TIME_WORDS:
            first += 1
    else:
        noun_start = _common_noun_start(tokens)
        if noun_start is None:
            return None
        first = noun_start
        if first > 1 and tokens[first][2].lower() in ("his", "her", "their") and tokens[first - 1][2] == "and":
            # "Paganini and his team wrote": the person the team is named after speaks for it.
            lead = phrase_before(text, lo, tokens[first - 1][0])
            if lead is not None and _capitalised(text[lead.start : lead.end]) and lead.description is None:
                return lead
    if first > 0 and tokens[first - 1][2].lower() in ("the", "a", "an"):
        first -= 1
    return Phrase(tokens[first][0], tokens[-1][1])


def _common_noun_start(tokens: list[Token]) -> int | None:
    """``the Chinese readout``, ``a campaign spokesman``, ``Republican officials``: where the phrase starts."""
    last = len(tokens) - 1
    head = tokens[last][2].lower()
    if head.endswith(("ed", "ing")) or head in ALL_CUES or head in FUNCTION_WORDS:
        return None
    for first in range(last, max(-1, last - 5), -1):
        word = tokens[first][2]
        if word.lower() in DETERMINERS or (_capitalised(word) and word.endswith(("’s", "'s"))):
            return first  # "the spokesman", "Brenner’s spokesman"
        if not word[:1].isalnum() or word.lower() in ALL_CUES or word.lower() in STOP_FORWARD:
            break
    # A bare plural ("officials said", "Republican lawmakers said") is a speaker too.
    if head.endswith("s") and last - 1 >= 0 and not tokens[last - 1][2][:1].isalnum():
        return last
    if head.endswith("s") and (last == 0 or _capitalised(tokens[last - 1][2])):
        return last - 1 if last and _capitalised(tokens[last - 1][2]) else last
    return None


def _appositive_before(text: str, tokens: list[Token]) -> Phrase | None:
    """``Name, a professor at X, said``: the name before the first comma of the appositive."""
    commas = [i for i, tok in enumerate(tokens[:-1]) if tok[2] == ","]
    for n, comma in enumerate(commas):
        lo = tokens[commas[n - 1]][1] if n else tokens[0][0]
        lead = next((tok[2].lower() for tok in tokens if tok[0] >= lo), "")
        if lead in PREPOSITIONS:
            continue  # "In a talk in Washington, Marc Morial, the chief executive, said": an adverbial
        head = phrase_before(text, lo, tokens[comma][0])
        named = tokens[comma + 1 : -1]
        name = _name_of(named)
        described = _possessive_description(tokens[:comma]) if head is None else _lower_case(text, head)
        if n == 0 and described and _short_name(name):
            # "Brenner’s lawyer, Irene Falk, said", "the company’s chief executive, Irene Falk, said": the name
            # after a description
            return Phrase(name[0][0], name[-1][1], text[lo : tokens[comma][0]])
        if head is None or tokens[-1][0] - tokens[comma][1] > 250 or head.description is not None:
            continue
        head_text = _LEADING_ARTICLE.sub("", text[head.start : head.end])
        if not _capitalised(head_text) and head_text.lower() not in PRONOUNS:
            continue  # "the People’s Daily, the mouthpiece of ..., warned": capitalised after its article
        description = text[tokens[comma][1] : tokens[-1][0]].strip()
        titled = bool(named) and named[0][2].lower().rstrip(".") in _TITLES
        named = _name_of(named)
        is_name = _short_name(named)
        # "Rob Goldman, President Ascom North America, says": a full name opening the subject keeps it, and a
        # title opening the second part makes that a description; only "His former partner at Lenox, Lawrence B.
        # Cummings, said" names the speaker second.
        head_words = head_text.split()
        whole_name = (
            head.start == next(tok[0] for tok in tokens if tok[0] >= lo)
            and len(head_words) > 1
            and all((_capitalised(w) and not w.endswith(("’s", "'s"))) or w in CONNECTORS for w in head_words)
        )
        if is_name and not whole_name and not titled:
            # "His former partner at Lenox, Lawrence B. Cummings, said": the name is the second part.
            return Phrase(named[0][0], named[-1][1], text[head.start : head.end])
        return Phrase(head.start, head.end, description or None)
    return None


def _lower_case(text: str, phrase: Phrase) -> bool:
    """``the state’s top hydrologist``, ``the company``: a description, not a name nor a pronoun."""
    words = _LEADING_ARTICLE.sub("", text[phrase.start : phrase.end])
    return words[:1].islower() and words.lower() not in PRONOUNS


def _name_of(tokens: list[Token]) -> list[Token]:
    """``state Del. Marcia Delacroix (D-Lake Port)`` -> ``Marcia Delacroix``: lower-case role words and titles before
    a name, and a parenthetical after it, are not the name."""
    tokens = _without_parenthetical(tokens)
    first = 0
    while first < len(tokens) - 1 and (
        tokens[first][2][:1].islower()
        or tokens[first][2].lower().rstrip(".") in _TITLES
        or _TITLE_ABBREV.match(tokens[first][2])
    ):
        first += 1
    return tokens[first:]


def _short_name(tokens: list[Token]) -> bool:
    """One to four capitalised words, no party tag (``Lawrence B. Cummings``)."""
    return 0 < len(tokens) <= 4 and all(_capitalised(tok[2]) and not _PARTY_TAG.match(tok[2]) for tok in tokens)


def _possessive_description(tokens: list[Token]) -> bool:
    """``Brenner’s lawyer``, ``the company’s chief executive``: a possessive, then lower-case role words."""
    owner = next((i for i, tok in enumerate(tokens) if tok[2].endswith(("’s", "'s"))), None)
    rest = tokens[owner + 1 :] if owner is not None else []
    return bool(rest) and len(rest) <= 4 and all(tok[2].isalpha() and tok[2].islower() for tok in rest)


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def phrase_after(text: str, start: int, stop: int) -> Phrase | None:
    """The speaker phrase right after an inverted cue (``says Ryan Hass, a fellow at X``)."""
    tokens = _tokens(text, start, stop)
    if not tokens:
        return None
    word = tokens[0][2]
    if word.lower() in PRONOUNS:
        return Phrase(tokens[0][0], tokens[0][1])
    if not (word.lower() in DETERMINERS or _capitalised(word)):
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
        in_name = _capitalised(tokens[last][2]) and tokens[last][2].lower() not in DETERMINERS
        if in_name and not _capitalised(nxt) and nxt not in CONNECTORS:
            break
        last += 1
    return _with_description(text, tokens[0][0], tokens[last][1], stop)


def _with_description(text: str, start: int, end: int, stop: int) -> Phrase:
    rest = text[end:stop]
    description = rest[1:].strip().rstrip(".,;:").strip() or None if rest.startswith(",") else None
    return Phrase(start, end, description)


def _described_name_end(tokens: list[Token]) -> int | None:
    """``said nurse practitioner Alma Bryant``, ``said retired Air Force general Lloyd Newton``: role words in
    lower case before a name; the index of the name's last word, or None when no name follows them."""
    last_named = None
    for i, (_, _, word) in enumerate(tokens[:MAX_DESCRIBED_NAME_WORDS]):
        lowered = word.lower()
        if _capitalised(word):
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


_LEAD_AFTER = re.compile(r"\s*(?:,\s*)?(?:[―—–-]{1,2}\s*)?")
_STOP = re.compile(r"[.!?:;](?=\s|$|" + MASK + ")|" + MASK)


def clause_end(text: str, start: int, stop: int) -> int:
    """End of the clause at ``start``: the first full stop, colon or quotation (abbreviations skipped)."""
    for match in _STOP.finditer(text, start, stop):
        if match.group() == ".":
            word = re.search(r"([\w.]+)$", text[max(start, match.start() - 12) : match.start()])
            token = word.group(1) if word else ""
            if token.lower() in ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.?)+", token):
                continue
        return match.start()
    return stop


def attribution_after(text: str, start: int, stop: int, *, complete: bool = False) -> Attribution | None:
    """An attribution opening the text right after a closing mark: ``says X`` / ``X says`` / ``— X``.

    After a ``complete`` quotation (one ending in a full stop) only a short clause (``Trump said.``) counts:
    a longer one is the next sentence, about something else.
    """
    lead = _LEAD_AFTER.match(text, start, stop)
    pos = lead.end() if lead else start
    dash = lead is not None and any(ch in "―—–-" for ch in lead.group())
    end = clause_end(text, pos, stop)
    words = _tokens(text, pos, end)
    if not words:
        return None
    if words[0][2].lower() == "according" and len(words) > 2 and words[1][2].lower() == "to":
        phrase = phrase_after(text, words[2][0], end)
        return Attribution("according to", phrase, end) if phrase else None
    if words[0][2].lower() in SPEECH_CUES:
        phrase = phrase_after(text, words[0][1], end)
        return Attribution(words[0][2], phrase, end) if phrase else None
    if len(words) > 3 and words[0][2].lower() == "as" and [w[2].lower() for w in words[-2:]] == ["put", "it"]:
        phrase = phrase_before(text, words[1][0], words[-2][0])  # "..., as a Homeland Security memo put it."
        return Attribution("put it", phrase, end) if phrase else None
    for i, (w_start, _, word) in enumerate(words[:40]):
        if word.lower() in SPEECH_CUES and i > 0:
            agent = passive_agent(text, words[i][1], end) if word.lower() in _PASSIVE_CUES else None
            phrase = agent or phrase_before(text, pos, w_start)
            appositive = phrase is not None and phrase.description is not None  # "Brenner’s lawyer, Irene Falk,"
            lead_words = [
                tok for tok in words if tok[0] < (phrase.start if phrase else 0) and not (appositive and tok[2] == ",")
            ]
            tail = _tokens(text, w_start, end)
            if (
                phrase is not None
                and (len(lead_words) <= 5 or _role_description(lead_words))
                and all(tok[2][:1].isalpha() and tok[2].lower() not in RELATIVES for tok in lead_words)
                and (not complete or (_short_clause(tail) and (end == stop or text[end] in ".!?")))
            ):
                return Attribution(word, phrase, end)
            break
        if i >= 8 and "," not in {tok[2] for tok in words[:i]}:
            break
    if dash and _capitalised(words[0][2]):
        phrase = phrase_after(text, pos, end)
        return Attribution(None, phrase, end) if phrase else None
    return None


_PASSIVE_CUES = frozenset({"told", "said", "written", "stated", "announced", "tweeted", "posted", "declared"})
"""Cues whose agent after ``by`` is the speaker (``he was told by Irene Falk``); not ``asked by`` (the one who
asked) nor ``quoted by`` (the one who published)."""
_BY = re.compile(r"\s+by\s+")


def _role_description(tokens: list[Token]) -> bool:
    """``lead researcher and NASA planetary scientist`` before ``Lucas Paganini said``: role words only (a possessive
    among them: ``the agency’s chief scientist, former professor``)."""
    return len(tokens) <= MAX_DESCRIBED_NAME_WORDS and all(
        _POSSESSIVE_END.sub("", tok[2]).isalpha()
        and not tok[2].lower().endswith("ly")
        and (tok[2].lower() in ROLE_LINKS or tok[2].lower() not in NOT_ROLE_WORDS)
        for tok in tokens
    )


def passive_agent(text: str, cue_end: int, stop: int) -> Phrase | None:
    """The speaker after a passive cue: ``was told by Irene Falk`` -> ``Irene Falk``."""
    by = _BY.match(text, cue_end, stop)
    return phrase_after(text, by.end(), stop) if by else None


def _short_clause(tail: list[Token]) -> bool:
    """``Trump said.``, ``Trump said on Friday.``, ``Trump said, looking at the crowd.``: only the attribution."""
    return len(tail) <= SHORT_CLAUSE_WORDS or (len(tail) > 1 and tail[1][2] == ",")


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
        if lowered not in ALL_CUES or "-" in (
            text[match.start() - 1 : match.start()],
            text[match.end() : match.end() + 1],
        ):
            continue  # "their sing-along jam", "a tell-all book": a word of a compound, not a verb
        agent = passive_agent(text, match.end(), stop) if lowered in _PASSIVE_CUES else None
        if agent is not None:
            return Attribution(word, agent, stop)  # "He was told by Irene Falk that ...": the agent speaks
        previous = _tokens(text, max(lo, match.start() - 40), match.start())
        before = previous[-1][2] if previous else ""
        if lowered in NAMING_CUES and before.lower() in DETERMINERS | {"this", "that"}:
            continue  # "this call for ...": a noun, not a verb
        if lowered in NAMING_CUES and lowered.endswith("ing") and _PHRASAL_PARTICLE.match(text, match.end()):
            continue  # "by calling out Trump for his “lies”", "language calling for “...”": not naming anything
        # "Trump tweeted on Friday saying ...": a weekday or a month before the participle is no subject of it;
        # "Varga’s doctor is calling the candidate “...”": a progressive tense, its subject right before it
        participle = (
            lowered.endswith("ing")
            and not (_capitalised(before) and before.lower() not in OPENERS | TIME_WORDS)
            and before.lower() not in _AUXILIARIES
        )
        if not _tokens(text, lo, match.start()) and not lowered.endswith("ing"):
            phrase = phrase_after(text, match.end(), stop)  # "Said Ellis: ..."
        elif participle or before.lower() in ("and", "but", "then", "to"):
            # "Trump spoke on Friday, saying ..." / "... and said" / "took to Twitter to accuse": the subject
            # opens the sentence, or the clause joined to it (", and the Group is left to wonder").
            joints = list(_CLAUSE_JOINT.finditer(text, lo, match.start()))
            clause = joints[-1].end() if joints and not participle else lo
            phrase = sentence_subject(text, clause, match.start()) if clause > lo else None
            phrase = phrase or sentence_subject(text, lo, match.start())
        else:
            phrase = phrase_before(text, lo, match.start())
        if phrase is not None:
            return Attribution(word, phrase, stop)
    return None


def _opens_subject(word: str) -> bool:
    return _capitalised(word) or word.lower() in DETERMINERS or word.lower() in PRONOUNS


_PHRASAL_PARTICLE = re.compile(r"\s+(?:out|on|up|off|back|in|for)\b")
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "am"})
_CLAUSE_JOINT = re.compile(r",\s+(?:and|but|while)\s+|;\s+")
"""Where a coordinated clause with its own subject starts (``..., and the Group is left to wonder``)."""


def sentence_subject(text: str, lo: int, stop: int) -> Phrase | None:
    """The subject opening the clause ``text[lo:stop]``, after a leading adverbial (``On Friday, Trump ...``)."""
    tokens = _tokens(text, lo, stop)
    dash = next((i for i, tok in enumerate(tokens[:12]) if tok[2] in ("—", "–")), None)
    if dash and all(tok[2].isupper() and len(tok[2]) > 1 for tok in tokens[:dash]):
        tokens = tokens[dash + 1 :]  # "CONGRESS HAS INVESTIGATED HIM — Oz’s advice ...": a run-in heading
    opener = tokens[0][2].lower() if tokens else ""
    if opener in OPENERS or opener in PREPOSITIONS or (opener.endswith("ing") and opener not in ALL_CUES):
        # "On Friday, Trump ...", "Moving forward, Swift ...": an adverbial or a participle's clause before a comma
        commas = [i for i, tok in enumerate(tokens[:10]) if tok[2] == ","]
        # "Following a brief, closed-door meeting, the Board ...": the comma after which a subject opens
        opens = [i for i in commas if i + 1 < len(tokens) and _opens_subject(tokens[i + 1][2])]
        if commas:
            tokens = tokens[(opens or commas)[0] + 1 :]
    while tokens and tokens[0][2].lower() in OPENERS:
        tokens = tokens[1:]
    return phrase_after(text, tokens[0][0], stop) if tokens else None
