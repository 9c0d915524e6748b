"""Which organisation an organisation noun or a document stands for (``the agency said``, ``the readout said``):
``organisation_described``, a table of named steps tried in order, the first that finds a name giving it. Pure
functions over one article's text and the mentions outside quotations, sorted by offset."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsprep.extract.quotes.grammar import AFTER_QUOTE_CUES
from newsprep.extract.quotes.organisations.as_speakers import (
    ADDRESSED,
    COMPANY_NOUNS,
    ORG_LABELS,
    ORG_NOUN_REACH,
    ORG_NOUNS,
    is_organisation_noun,
    org_name,
    without_article,
)
from newsprep.extract.quotes.organisations.documents import AUTHORED_WORKS, DOCUMENT_NOUNS
from newsprep.extract.quotes.organisations.kinds import (
    fits_kind,
    introduced_as,
    introducing_noun,
    kinds_of,
    named_with_head,
    of_kind,
    same_kind,
)
from newsprep.extract.quotes.organisations.public_bodies import public_body_called
from newsprep.model import Mention


@dataclass(frozen=True, slots=True)
class Described:
    """What a step is asked: the noun (``head``, a ``-maker`` compound as ``maker``), where it stands, the article's
    text, its mentions outside quotations, the organisations quoted so far (their names, in order) and whether a
    position is inside a quotation."""

    head: str
    position: int
    text: str
    mentions: Sequence[Mention]
    quoted_organisations: Sequence[str]
    is_quoted: Callable[[int], bool]

    @property
    def organisation_or_document(self) -> bool:
        return self.head in ORG_NOUNS or self.head in DOCUMENT_NOUNS

    def organisations(self) -> list[Mention]:
        """The organisations, places and groups named before the noun."""
        return [m for m in self.mentions if m.char_start < self.position and m.label in ORG_LABELS]


def _quoted_issuer(ask: Described) -> str | None:
    """``the readout said``: the organisation quoted last."""
    return ask.quoted_organisations[-1] if ask.quoted_organisations else None


def _told_so(ask: Described) -> str | None:
    """``Vantor Pharmaceuticals, a drugmaker in Ohio, ... the drugmaker``, ``the carmaker Voltra`` (not ``its lender
    Voltra``): the organisation the text called by the noun beside its name."""
    told = _told_as(ask.head, ask.position, ask.text, ask.mentions)
    exactly = [m for m in told if introducing_noun(ask.text, m) in (ask.head, None)]
    return org_name(ask.text, (exactly or told)[-1]) if told else None


def _untagged_introduced(ask: Described) -> str | None:
    """``Skylark, the low-cost carrier owned by ...`` (a name NER did not tag), then ``the airline said``: the name
    nearest before that an appositive after it calls by the noun or one of its kind, no part of it tagged (a tagged
    one is ``_told_so``'s)."""
    if not kinds_of(ask.head):
        return None
    spans = [(m.char_start, m.char_end) for m in ask.mentions]
    found = None
    for match in _INTRODUCED_NAME.finditer(ask.text, max(0, ask.position - ORG_NOUN_REACH), ask.position):
        nouns = match.group(2).split()
        untagged = not any(a < match.end(1) and match.start(1) < b for a, b in spans)
        opens_sentence_word = match.group(1).split()[0].lower() in _NOT_NAMES
        reporting = any(noun in AFTER_QUOTE_CUES for noun in nouns)
        if untagged and not opens_sentence_word and not reporting and any(_of_kind(noun, ask.head) for noun in nouns):
            found = match.group(1)
    return found


_INTRODUCED_NAME = re.compile(
    r"(?<![\w’'.\-])([A-Z][\w’'&\-]*(?:\.(?:com|net|org))?(?:\s+[A-Z][\w’'&\-]*){0,3}),\s+"
    r"(?:the|a|an)\s+((?:[\w\-]+\s+){0,5}[a-z]+)(?![\w\-])"
)
"""A capitalised name (a web address's ``.com`` too), a comma, an article and up to six words, the last in lower case
(``Skylark, the low-cost carrier``, ``Norvane.com, a leading anti-spam email software company``): any of them may be
the noun; none when a verb of saying is among them (``Fares rise from January, the agency said``: a reporting
clause's subject, not an appositive naming the word before the comma)."""


def _of_kind(noun: str, head: str) -> bool:
    return noun == head or bool(kinds_of(noun) & kinds_of(head))


_NOT_NAMES = frozenset({"the", "a", "an", "in", "on", "at", "for", "from", "after", "but", "and", "meanwhile"})
"""Capitalised words that open a sentence, not a name."""


def _headed_by_noun(ask: Described) -> str | None:
    """``the Kestrel Valley Water District ... the district said``: the organisation whose name the noun ends."""
    named = [
        m for m in ask.organisations() if m.label == "ORG" and _headed_by(without_article(m.entity_text), ask.head)
    ]
    return org_name(ask.text, named[-1]) if named else None


def _named_so_step(ask: Described) -> str | None:
    """``the agency`` for the Environmental Protection Agency: a name holding the noun."""
    named_so = _named_so(ask.head, ask.position, ask.mentions)
    return org_name(ask.text, named_so[-1]) if named_so else None


def _quoted_with_noun(ask: Described) -> str | None:
    """An organisation quoted before whose name holds the noun."""
    return next((name for name in reversed(ask.quoted_organisations) if ask.head in name.lower()), None)


def _written_ending_in_noun(ask: Described) -> str | None:
    """``the institute said``: the last name ending in that noun as written (``the Nordic Sleep Institute``)."""
    pattern = rf"(?:[A-Z][\w’'&.\-]*\s+(?:of\s+|for\s+)?){{1,5}}{ask.head.capitalize()}\b"
    names = [without_article(name) for name in re.findall(pattern, ask.text[: ask.position])]
    names = [name for name in names if " " in name]  # not "The Ministry of ..."
    return str(names[-1]) if names else None


def _written_opened_by_noun(ask: Described) -> str | None:
    """``the Ministry of Water and Sanitation``, a name NER missed, then ``the ministry said``: the name the noun
    opens."""
    if ask.head in DOCUMENT_NOUNS:
        return None
    pattern = rf"\b{ask.head.capitalize()}\s+(?:of|for)\s+(?:the\s+)?{_NAME_WORDS}"
    opened = re.findall(pattern, ask.text[: ask.position])
    return str(opened[-1]) if opened else None


def _senders(ask: Described) -> list[Mention]:
    """The organisations named before, but those spoken to (``In an email to NPR, the company ...``, ``sent a letter
    to the Ridgeway board``)."""
    text = ask.text
    return [m for m in ask.organisations() if not ADDRESSED.search(text, max(0, m.char_start - 12), m.char_start)]


def _document_issuer(ask: Described) -> str | None:
    """``the report said``: the organisation named last (a place issues nothing: ``prosecutors in Ashford``); never a
    guess for an authored work (a study, an article)."""
    if ask.head not in DOCUMENT_NOUNS or ask.head in AUTHORED_WORKS:
        return None
    issuers = [m for m in _senders(ask) if m.label == "ORG"]
    return org_name(ask.text, issuers[-1]) if issuers else None


def _nearest_of_kind(ask: Described) -> str | None:
    """``NBC News ... the network said``: the organisation of the noun's kind named nearest before (the one whose own
    noun fits first: ``the union said`` after the Brotherhood of ... and then the port of Calderon), else the one
    named most (``Orvin Motors recalled ...`` and, pages later, ``the automaker said``); a company noun only, and not
    for a collective the text brought in unnamed (``a group of parents``)."""
    if ask.head not in COMPANY_NOUNS:
        return None
    # the kind of the name in full: an acronym (``the NTSB``) is of its board's kind, not of none
    kin = [m for m in _senders(ask) if m.label == "ORG" and same_kind(without_article(m.entity_text), ask.head)]
    nearest = [m for m in kin if m.char_start >= ask.position - ORG_NOUN_REACH]
    fitting = [m for m in nearest if fits_kind(without_article(m.entity_text), ask.head)]
    nearest = fitting or _public_bodies(ask.head, nearest) or nearest or _most_named(kin)
    if nearest and not _unnamed_collective(ask.text, ask.head, ask.position):
        return org_name(ask.text, nearest[-1])
    return None


PUBLIC_BODY_NOUNS = frozenset({"regulator", "watchdog"})
"""Nouns only a public body is called by: no company, campaign or place is ``the regulator``."""


def _public_bodies(head: str, named: list[Mention]) -> list[Mention]:
    """``The Office for Water Standards ... the <Name> valley ... the regulator said``: for a noun only a public body
    is called by, the names whose own noun is a public body's (``Office``, ``Authority``, ``Commission``); a name of
    no kind (``Ofwat``) is still the guess when none is (``_nearest_of_kind``)."""
    if head not in PUBLIC_BODY_NOUNS:
        return []
    return [m for m in named if of_kind(without_article(m.entity_text), head)]


def _public_body(ask: Described) -> str | None:
    """``Scotland Yard ... police said``, ``the Pentagon ... the department said``: a public body known by a name
    that holds no noun of its kind (``public_bodies``), asked last, so a body named with its noun comes first; else a
    country's armed force, named by its people's adjective (``Norwegian troops ... the army said``)."""
    return public_body_called(ask.head, ask.position, ask.text, ask.is_quoted) or _national_force(ask)


ARMED_FORCES = frozenset({"army", "military", "navy"})
"""Organisation nouns for a country's armed forces, which a text names by its people's adjective (``Israeli forces``)
rather than by a name."""
_NATIONAL_FORCE = re.compile(r"\s+(?:forces|troops|soldiers|army|military|navy|warplanes|tanks)\b")


def _national_force(ask: Described) -> str | None:
    """``Norwegian troops crossed the river ... the army said``: the armed force of the people named last before the
    noun with troops, forces or the like after it (``Norwegian army``), when no organisation or body was named so."""
    if ask.head not in ARMED_FORCES:
        return None
    peoples = [
        m
        for m in ask.mentions
        if m.label == "NORP"
        and ask.position - ORG_NOUN_REACH <= m.char_start < ask.position
        and _NATIONAL_FORCE.match(ask.text, m.char_end)
        and not ask.is_quoted(m.char_start)
    ]
    return f"{peoples[-1].entity_text} {ask.head}" if peoples else None


Step = Callable[[Described], str | None]
STEPS: tuple[tuple[str, Callable[[Described], bool], Step], ...] = (
    ("quoted issuer of a document", lambda ask: ask.head in DOCUMENT_NOUNS, _quoted_issuer),
    ("called so beside its name", lambda ask: ask.head not in DOCUMENT_NOUNS, _told_so),
    ("untagged, called so beside its name", lambda ask: ask.head not in DOCUMENT_NOUNS, _untagged_introduced),
    ("a name the noun ends", lambda ask: not ask.organisation_or_document, _headed_by_noun),
    ("a name holding the noun", lambda ask: ask.organisation_or_document, _named_so_step),
    ("quoted with the noun in its name", lambda ask: ask.organisation_or_document, _quoted_with_noun),
    ("written ending in the noun", lambda ask: ask.organisation_or_document, _written_ending_in_noun),
    ("written opening with the noun", lambda ask: ask.organisation_or_document, _written_opened_by_noun),
    ("the issuer of a document", lambda ask: ask.organisation_or_document, _document_issuer),
    ("the nearest of its kind", lambda ask: ask.organisation_or_document, _nearest_of_kind),
    ("a public body named without its noun", lambda ask: True, _public_body),
)
"""``organisation_described``'s steps in the order they are tried: (name, whom it asks, the step). A noun that is
neither an organisation's nor a document's is asked the first three and the last only."""


def organisation_described(
    head: str,
    position: int,
    text: str,
    mentions: Sequence[Mention],
    quoted_organisations: Sequence[str],
    *,
    is_quoted: Callable[[int], bool],
) -> str | None:
    """``the readout said``: the organisation quoted or named last; ``the ministry said``: the nearest organisation
    named so, by its full name; ``the network said``: the organisation named nearest before (``COMPANY_NOUNS``); any
    other noun: the organisation named before whose name it ends or opens (``Water District``, ``Bureau of``); last,
    a public body named without a noun of its kind (``the Pentagon``); for ``the army``, a people's forces named
    before (``Norwegian troops``). The first of ``STEPS`` that finds a name gives
    it; ``is_quoted`` tells the positions inside quotations."""
    if head not in ORG_NOUNS and head.endswith("maker"):
        head = "maker"  # "the planemaker", "the toymaker": a company, as "the carmaker" is
    ask = Described(head, position, text, mentions, quoted_organisations, is_quoted)
    for _name, asks, step in STEPS:
        found = step(ask) if asks(ask) else None
        if found is not None:
            return found
    return None


def _headed_by(name: str, head: str) -> bool:
    """``Kestrel Valley Water District`` for ``district``, ``Bureau of Land and Water Rights`` for ``bureau``,
    ``Greater Marlow Chamber of Commerce`` for ``chamber``: the noun ends the name, or comes before its
    ``of``/``for``."""
    words = name.lower().split()
    return words[-1:] == [head] or any(
        word == head and following in ("of", "for") for word, following in itertools.pairwise(words)
    )


def _described_as(text: str, end: int, head: str) -> bool:
    """The name ending at ``end`` has an appositive whose noun is ``head`` (``Vantor, a drugmaker based in ...``), in
    its first six words (``Norvane, a leading anti-spam email software company``)."""
    match = _APPOSITIVE_NOUN.match(text, end)
    return match is not None and head in match.group(1).lower().split()


_APPOSITIVE_NOUN = re.compile(r",\s+(?:a|an|the\s+[a-z][\w\-]*[’']s)\s+((?:[\w\-]+\s+){0,5}[\w\-]+)")
"""``, a drugmaker``, ``, a nonprofit that ...``: an indefinite article (``In an email to NPR, the company ...`` is no
appositive), or ``the`` and a possessive (``, the country’s second-largest airline``, ``, the world’s biggest
miner``), whose noun is no subject of a new clause either."""


def _most_named(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions of the organisation named most often among ``mentions``, when one is named more often than any
    other (or is the only one named): the organisation the article is about; else none."""
    counts = Counter(m.entity_id for m in mentions).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return []
    return [m for m in mentions if m.entity_id == counts[0][0]]


_NAME_WORDS = r"[A-Z][\w’'&\-]*(?:\s+(?:and\s+)?[A-Z][\w’'&\-]*){0,4}"
"""Up to five capitalised words, an ``and`` allowed between them (``Water and Sanitation``)."""


def _told_as(head: str, position: int, text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The organisations named before ``position`` that the text called ``head`` (or a noun of its kind) beside their
    name: in an appositive after it (``Vantor, a drugmaker``) or a noun before it (``the broadcaster Meridian One``);
    a name NER tagged a person or a place counts when the noun is an organisation's (``the port operator, Greyhaven
    Terminals``)."""
    organisation_noun = is_organisation_noun(head)

    def told(mention: Mention) -> bool:
        if mention.label == "ORG" and _described_as(text, mention.char_end, head):
            return True
        may_be_organisation = mention.label == "ORG" or organisation_noun  # "the carrier Kestrel Air", tagged GPE
        return may_be_organisation and introduced_as(text, mention, head)

    return [m for m in mentions if m.char_start < position and told(m)]


def _named_so(head: str, position: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The organisations named before ``position`` whose name holds the noun (``the agency`` for the Environmental
    Protection Agency), and names NER tagged a person with a word the noun opens (``Orrin Minerals`` for ``the
    miner``)."""
    return [
        m
        for m in mentions
        if m.char_start < position
        and (
            (m.label in ORG_LABELS and head in m.entity_text.lower())
            or (m.label == "PERSON" and bool(kinds_of(head)) and named_with_head(m.entity_text, head))
        )
    ]


def _unnamed_collective(text: str, head: str, position: int) -> bool:
    """``A group of parents sued the district. “...,” the group said``: the noun was brought in as a collective of
    people named by no name (``a group of parents``, ``a team of researchers``), within reach before ``position``."""
    pattern = re.compile(rf"\b(?:a|an)\s+(?:[a-z][\w\-]*\s+)?{re.escape(head)}\s+of\s+[a-z]", re.IGNORECASE)
    return pattern.search(text, max(0, position - ORG_NOUN_REACH), position) is not None
