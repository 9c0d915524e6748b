"""Attribution grammar: the speaker phrase before a speech cue (``Ryan Hass said``) and what the phrase readers share
(names, possessive descriptions); their tokens and word shapes are in ``tokens``, the phrase after a cue and a
sentence's subject are read in ``subjects``, the clause around the cue in ``clauses``, the words they know are in
``words``.

Everything here reads the *masked* paragraph text (quotations replaced by ``MASK``), so a cue word inside a
quotation is never taken for an attribution. Offsets returned are offsets into that text, which are also
offsets into ``clean_text``.
"""

from __future__ import annotations

import re

from newsprep.extract.quotes.grammar.tokens import (
    Phrase,
    Token,
    capitalised,
    contracted_pronoun,
    is_possessive,
    is_title_abbreviation,
    phrase_tokens,
)
from newsprep.extract.quotes.grammar.verb_cues import is_cue_at
from newsprep.extract.quotes.grammar.words import (
    CONNECTORS,
    DEFINITE_ROLES,
    DETERMINERS,
    FUNCTION_WORDS,
    NOT_ROLE_WORDS,
    OPENERS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    SKIPPABLE,
    STOP_FORWARD,
    TIME_WORDS,
)
from newsprep.text import NAME_PARTICLES, ORG_HEADS, PERSON_TITLES, without_accents, without_periods
from newsprep.text import word_set as vocabulary
from newsprep.text.given_names import is_given_name

_PARTY_TAG = re.compile(r"^[DRI]-[A-Z]")
"""``Dana Whitlow, R-Ohio, said``: a party and state, not a second name."""
_TITLES = without_periods(PERSON_TITLES)
_ROLE_HEADS = ROLE_NOUNS | DEFINITE_ROLES | _TITLES | vocabulary("officer manager coordinator head")
"""The last word of a job title in Title Case (``Fundraising Director``, ``Chief Operating Officer``)."""
_LY_NOUNS = vocabulary("family ally assembly supply rally monopoly")
"""Nouns ending in -ly, never adverbs (``the Pell family said``)."""
_ING_NOUNS = vocabulary("ruling filing briefing recording posting listing")
"""Documents ending in -ing, nouns and no participles after an article (``the ruling said``)."""


def _without_parenthetical(tokens: list[Token]) -> list[Token]:
    """``Rep. Jane Doe (D-Ohio)`` -> ``Rep. Jane Doe``."""
    if tokens and tokens[-1][2] == ")":
        opening = [i for i, tok in enumerate(tokens) if tok[2] == "("]
        if opening and len(tokens) - opening[-1] <= 8:
            return tokens[: opening[-1]]
    return tokens


def phrase_before(text: str, lo: int, stop: int) -> Phrase | None:
    """The subject phrase ending right before ``stop`` (a cue verb), searching no further left than ``lo``."""
    tokens = phrase_tokens(text, lo, stop)
    while tokens and (tokens[-1][2].lower() in SKIPPABLE or _adverb(tokens)):
        tokens.pop()  # "Kelly said", "the People’s Daily warned": a capitalised -ly word is a name, not an adverb
    tokens = _without_parenthetical(tokens)
    if not tokens:
        return None
    if tokens[-1][2] == ",":
        if len(tokens) > 2 and all(tok[2] != "," for tok in tokens[:-1]) and capitalised(tokens[-2][2]):
            # "Chief Inspector Dana Pell, says ...": a stray comma between a named subject and its cue, no aside open
            return phrase_before(text, lo, tokens[-1][0])
        return _appositive_before(text, tokens) if len(tokens) > 2 else None
    last = tokens[-1][2]
    if last.lower() in PRONOUNS:
        return Phrase(tokens[-1][0], tokens[-1][1])
    contracted = contracted_pronoun(tokens[-1])
    if contracted is not None:
        return contracted
    if not last[:1].isalnum() or last.lower() in TIME_WORDS:
        return None
    first = len(tokens) - 1
    if capitalised(last):
        while first > 0 and (
            capitalised(tokens[first - 1][2])
            or (tokens[first - 1][2] in CONNECTORS and first > 1 and capitalised(tokens[first - 2][2]))
        ):
            first -= 1
            first -= _particles_before(tokens, first)
        while first < len(tokens) - 1 and tokens[first][2].lower() in OPENERS | TIME_WORDS:
            first += 1
    else:
        noun_start = _common_noun_start(text, tokens)
        if noun_start is None:
            return None
        first = noun_start
        if first > 1 and tokens[first][2].lower() in ("his", "her", "their") and tokens[first - 1][2] == "and":
            # "Vire and his team wrote": the person the team is named after speaks for it.
            lead = phrase_before(text, lo, tokens[first - 1][0])
            if lead is not None and capitalised(text[lead.start : lead.end]) and lead.description is None:
                return lead
    if first > 0 and tokens[first - 1][2].lower() in ("the", "a", "an"):
        first -= 1
    return Phrase(tokens[first][0], tokens[-1][1])


_PARTICLE_RUN = 3
"""At most this many particles in a row inside a name (``de la``, ``van der``, ``van de la``)."""


def _particles_before(tokens: list[Token], first: int) -> int:
    """``Rodrigo de la Cruz Villamizar said``, ``Pieter van der Berg said``: the number of lower-case name particles in
    a row before ``tokens[first]`` when a capitalised word stands before them (two or more: the loop above takes a
    single connector), else 0; a name read back from its cue goes on past them, not stopping at ``Cruz``."""
    count = 0
    while count < _PARTICLE_RUN and first - count > 0 and tokens[first - count - 1][2] in NAME_PARTICLES:
        count += 1
    opened = first - count > 0 and capitalised(tokens[first - count - 1][2])
    return count if count > 1 and opened else 0


def _adverb(tokens: list[Token]) -> bool:
    """``officials quickly said``: a lower-case -ly word before the cue is an adverb, unless it is one of the -ly
    nouns (``Pell’s family has asked``, ``an ally wrote``)."""
    word = tokens[-1][2]
    return word.endswith("ly") and not capitalised(word) and word.lower() not in _LY_NOUNS


def _common_noun_start(text: str, tokens: list[Token]) -> int | None:
    """``the Chinese readout``, ``a campaign spokesman``, ``Republican officials``: where the phrase starts."""
    last = len(tokens) - 1
    head = tokens[last][2].lower()
    verb_form = head.endswith(("ed", "ing")) and head not in _ING_NOUNS
    if verb_form or is_cue_at(text, *tokens[last][:2]) or head in FUNCTION_WORDS:
        return None
    for first in range(last, max(-1, last - 5), -1):
        word = tokens[first][2]
        if word.lower() in DETERMINERS or (capitalised(word) and is_possessive(word)):
            return first  # "the spokesman", "Brenner’s spokesman"
        if not word[:1].isalnum() or is_cue_at(text, *tokens[first][:2]) or word.lower() in STOP_FORWARD:
            break
    # A bare plural ("officials said", "Republican lawmakers said", "police said") is a speaker too.
    plural = head.endswith("s") or head == "police"
    if plural and last - 1 >= 0 and not tokens[last - 1][2][:1].isalnum():
        return last
    if plural and (last == 0 or capitalised(tokens[last - 1][2])):
        return last - 1 if last and capitalised(tokens[last - 1][2]) else last
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
        named = _between_commas(tokens, commas, n)
        relative_clause = bool(named) and named[0][2].lower() in _RELATIVE_PRONOUNS
        if relative_clause:
            named = []  # "Kerrigan, who has not played since October, says": a relative clause names nobody
        name = _without_affiliation(name_of(named))
        lead_tokens = [tok for tok in tokens[:comma] if tok[0] >= lo]
        described = (
            possessive_description(lead_tokens) or _article_description(lead_tokens)
            if head is None
            else _lower_case(text, head)
        ) or (_office_with_portfolio(lead_tokens) and _titled_or_given(named))
        if n == 0 and described and short_name(name):
            # "Brenner’s lawyer, Irene Falk, said", "the company’s chief executive, Irene Falk, said": the name
            # after a description
            return Phrase(name[0][0], name[-1][1], text[lo : tokens[comma][0]])
        if head is None or tokens[-1][0] - tokens[comma][1] > 250 or head.description is not None:
            continue
        head_text = _LEADING_ARTICLE.sub("", text[head.start : head.end])
        if not capitalised(head_text) and head_text.lower() not in PRONOUNS:
            continue  # "the Harbour Daily, the voice of ..., warned": capitalised after its article
        description = "" if relative_clause else text[tokens[comma][1] : tokens[-1][0]].strip()
        titled = bool(named) and named[0][2].lower().rstrip(".") in _TITLES
        # "Brandt, a former banker at Hollis & Greer, said": an aside opening with an article and lower-case words
        # describes the head; the name its capitals end in is whom the description is of, not the speaker ("The
        # teachers union, the Pellham Education Association, said": an article and a name, the speaker)
        described_aside = len(named) > 1 and named[0][2].lower() in _ARTICLES and named[1][2][:1].islower()
        named = name_of(named)
        is_name = short_name(named) and not described_aside
        # "Mara Quinlan, President Veltro Systems Europe, says": a full name opening the subject keeps it, and a
        # title opening the second part makes that a description; only "His former partner at Halden, Marcus T.
        # Reeve, said" names the speaker second.
        head_words = head_text.split()
        whole_name = (
            head.start == next(tok[0] for tok in tokens if tok[0] >= lo)
            and len(head_words) > 1
            and all((capitalised(w) and not is_possessive(w)) or w in CONNECTORS for w in head_words)
        )
        if is_name and not whole_name and not titled:
            # "His former partner at Halden, Marcus T. Reeve, said": the name is the second part.
            return Phrase(named[0][0], named[-1][1], text[head.start : head.end])
        return Phrase(head.start, head.end, description or None)
    return None


_RELATIVE_PRONOUNS = vocabulary("who whom whose which that")
_ARTICLES = vocabulary("a an the")


def _between_commas(tokens: list[Token], commas: list[int], n: int) -> list[Token]:
    """The words after the ``n``-th comma up to the cue: only up to the next comma when they open with a capital, a
    name set off between two commas, whatever aside follows it ("Corvid’s head of hardware, Tomás Reyes, who spent
    eight years at a rival, told"); a lower-case phrase there ("based in Wuxi") is no name, so it is read whole."""
    whole = tokens[commas[n] + 1 : -1]
    if n + 1 >= len(commas) or not whole or not capitalised(whole[0][2]):
        return whole
    return tokens[commas[n] + 1 : commas[n + 1]]


def _lower_case(text: str, phrase: Phrase) -> bool:
    """``the state’s top hydrologist``, ``the company``: a description, not a name nor a pronoun."""
    words = _LEADING_ARTICLE.sub("", text[phrase.start : phrase.end])
    return words[:1].islower() and words.lower() not in PRONOUNS


def name_of(tokens: list[Token]) -> list[Token]:
    """``state Del. Marcia Delacroix (D-Lake Port)`` -> ``Marcia Delacroix``: lower-case role words and titles before
    a name, and a parenthetical after it, are not the name."""
    tokens = _without_parenthetical(tokens)
    first = 0
    while first < len(tokens) - 1 and (
        tokens[first][2][:1].islower()
        or tokens[first][2].lower().rstrip(".") in _TITLES
        or is_title_abbreviation(tokens[first][2])
    ):
        first += 1
    return tokens[first:]


def _without_affiliation(tokens: list[Token]) -> list[Token]:
    """``Ruth Okonjo of Brinmoor Capital`` -> ``Ruth Okonjo``: a name, then ``of``/``from``/``at`` and a capitalised
    place or organisation (``Bank of America``, one word before ``of``, stays whole)."""
    for k, tok in enumerate(tokens[2:-1], start=2):
        if tok[2] in ("of", "from", "at") and capitalised(tokens[k + 1][2]):
            return tokens[:k] if all(capitalised(t[2]) for t in tokens[:k]) else tokens
    return tokens


def short_name(tokens: list[Token]) -> bool:
    """One to four capitalised words, no party tag (``Marcus T. Reeve``); a particle may join them inside the name
    (``Henrike von Albrecht``, ``Niels van der Zwaan``: five words then)."""
    inner = [tok[2] for tok in tokens[1:-1] if tok[2] in CONNECTORS]
    return (
        0 < len(tokens) - len(inner) <= 4
        and not all(tok[2].lower() in TIME_WORDS for tok in tokens)  # "since October": a date names nobody
        and len(inner) <= 2
        and all(
            (capitalised(tok[2]) or (0 < i < len(tokens) - 1 and tok[2] in CONNECTORS)) and not _PARTY_TAG.match(tok[2])
            for i, tok in enumerate(tokens)
        )
    )


def possessive_description(tokens: list[Token]) -> bool:
    """``Brenner’s lawyer``, ``the company’s chief executive``, ``Norway’s chief inspector of coastal fisheries``:
    a possessive, then lower-case role words; or role words in Title Case, as company and charity pages write a job
    title (``the Trust's Fundraising Director``, ``Stonebridge’s Head of Innovation``), ending in a role."""
    owner = next((i for i, tok in enumerate(tokens) if is_possessive(tok[2])), None)
    rest = tokens[owner + 1 :] if owner is not None else []
    return bool(rest) and (
        (len(rest) <= 4 and all(tok[2].isalpha() and tok[2].islower() for tok in rest))
        or _role_with_complement(rest)
        or _title_case_role(rest)
    )


def _title_case_role(tokens: list[Token]) -> bool:
    """``Fundraising Director``, ``Chief Technology Officer``, ``Head of Innovation``: up to four capitalised or
    lower-case words whose head (the last, or the one before ``of``/``for``) is a role or a title."""
    link = _role_link(tokens)
    link = len(tokens) if link is None else link
    roles = tokens[:link]
    return (
        0 < len(roles) <= 4
        and len(tokens) - link <= 4
        and all(tok[2].replace("-", "").isalpha() for tok in tokens)
        and roles[-1][2].lower() in _ROLE_HEADS
    )


def _office_with_portfolio(tokens: list[Token]) -> bool:
    """``Cathaoirleach of Kilbrannan County Council``, ``Pro-Vice-Chancellor for Research``: an office in Title Case
    (one to three capitalised words, no given name first, no organisation's head word: ``Bank of America`` and
    ``University of Oslo`` are names), then ``of``/``for`` and the capitalised words of what it is held in."""
    link = _role_link(tokens) or 0
    office, held_in = tokens[:link], tokens[link + 1 :]
    return (
        0 < len(office) <= 3
        and 0 < len(held_in) <= 5
        and all(capitalised(tok[2]) and tok[2].lower() not in ORG_HEADS for tok in office)
        and not is_given_name(office[0][2])
        and all(capitalised(tok[2]) or tok[2] in CONNECTORS for tok in held_in)
    )


def _titled_or_given(tokens: list[Token]) -> bool:
    """The words after an office's comma name a person: they open with a title (``Professor``, ``Cllr``) or a given
    name, and hold two to four words."""
    return 2 <= len(tokens) <= 5 and (
        tokens[0][2].lower().rstrip(".") in _TITLES or is_given_name(without_accents(tokens[0][2]))
    )


def _article_description(tokens: list[Token]) -> bool:
    """``the chief inspector of coastal fisheries``: an article, role words and what they are of."""
    return len(tokens) > 2 and tokens[0][2].lower() in ("the", "a", "an") and _role_with_complement(tokens[1:])


def _role_link(tokens: list[Token]) -> int | None:
    """Where ``of`` or ``for`` ties role words to what the role is of or held in (``chief inspector of ...``, ``Head
    of Innovation``, ``Pro-Vice-Chancellor for Research``); None without one."""
    return next((i for i, tok in enumerate(tokens) if tok[2] in ("of", "for")), None)


def _role_with_complement(tokens: list[Token]) -> bool:
    """``chief inspector of coastal fisheries``, ``head of Lanark Capital``: lower-case role words, then ``of`` or
    ``for`` and up to five words (eight in all)."""
    link = _role_link(tokens)
    if link is None or not 0 < link <= 3 or not 0 < len(tokens) - link - 1 <= 5:
        return False
    roles, complement = tokens[:link], tokens[link + 1 :]
    return all(tok[2].isalpha() and tok[2].islower() and tok[2] not in NOT_ROLE_WORDS for tok in roles) and all(
        tok[2].replace("-", "").isalpha() and tok[2].lower() not in STOP_FORWARD for tok in complement
    )


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
