"""Organisations as speakers: organisation nouns and spokespeople (``the network said``, ``a Lanark spokesman
said``) resolved to the organisation by its full name; documents are ``documents``'. Pure functions over one
article's body mentions, sorted by offset (``starts``: their offsets)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from newsprep.extract.quotes.grammar import sentence_subject
from newsprep.extract.quotes.organisations.kinds import kinds_of
from newsprep.model import Mention
from newsprep.text import word_set as vocabulary

COMPANY_NOUNS = vocabulary(
    "company firm group network broadcaster airline carrier retailer automaker carmaker manufacturer maker lender "
    "insurer bank startup studio publisher developer brand label newspaper magazine outlet agency organization "
    "organisation charity hospital club league regulator watchdog utility union association foundation institute "
    "university nonprofit non-profit coalition alliance school college team franchise squad drugmaker chipmaker "
    "railroad railway operator supplier distributor provider conglomerate chain miner producer exporter builder "
    "exchange platform paper station channel publication museum store restaurant hotel giant"
)
"""Nouns for an organisation the article named by a name without that noun (``NBC News`` ... ``the network
said``): the nearest organisation named before, when none has the noun in its name."""
ORG_NOUNS = (
    vocabulary(
        "ministry department agency campaign company committee office administration government council "
        "commission party court bank board firm group organization organisation team union university institute "
        "association foundation authority service council army military navy"
    )
    | COMPANY_NOUNS
)
OWNED_VOICES = vocabulary("office camp aides staff board management leadership account")
"""Who speaks for the owner written before them (``Brenner’s office said``: Brenner; ``Corvane’s board``, ``the
company’s board said``: the company), as a document is issued by its owner; a social-media account too
(``Westmark’s account replied:``, round 42)."""
SPOKESPEOPLE = vocabulary("spokesman spokeswoman spokesperson spokespeople representative")
"""An unnamed spokesperson speaks for the organisation (``a Lanark spokesman said``)."""
ORG_NOUN_REACH = 2000
"""How far back (characters) ``the network said`` looks for the organisation named nearest before it."""
ORG_LABELS = frozenset({"ORG", "GPE", "NORP"})
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
ADDRESSED = re.compile(r"\b(?:to|told|tells)\s+(?:the\s+)?$", re.IGNORECASE)
"""``In an email to NPR, the company ...``: the one spoken to (an outlet), not the one that speaks."""


def without_article(name: str) -> str:
    return _DETERMINER.sub("", name)


_CUT_TAIL = re.compile(
    r" (General|Services|Affairs|Commission|Council|Committee|Department|Office|Board|Authority|Agency|Bureau|"
    r"Administration|Association|Institute|Foundation|Fund|Trust|Company|Corporation|Group|Union)\b(?![ \-][A-Z])"
)


def organisation_subjects(text: str, sentences: Sequence[int], position: int) -> list[tuple[int, int]]:
    """Where an ``it``/``they`` at ``position`` may look for its organisation: the subject of its own sentence before
    it (``The union is fighting what it calls ...``), then the subject of the sentence before, each cut to ``the
    <organisation noun>`` when it opens with one (``the company defended the increase``: the company)."""
    i = bisect.bisect_right(sentences, position) - 1
    subjects = [
        sentence_subject(text, sentences[i], position) if i >= 0 else None,
        sentence_subject(text, sentences[i - 1], sentences[i]) if i >= 1 else None,
    ]
    return [
        organisation_in_subject(text, subject.start, subject.end, position)
        for subject in subjects
        if subject is not None and subject.end <= position
    ]


def organisation_in_subject(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The subject ``text[start:end]`` cut to the organisation it is about: ``the <organisation noun>`` when it opens
    with one (``the company defended the increase``, where no parse ends the phrase at its verb), the firm of
    ``Analysts at Marlow Securities`` (its name read up to ``reach``); else the whole subject."""
    staff = _STAFF_AT.match(text, start, reach)
    if staff is not None:
        return staff.span(1)  # "Analysts at Marlow Securities said ... they wrote": the firm
    words = text[start:end].split()[:2]
    cut = len(words) == 2 and words[0].lower() == "the" and words[1] in ORG_NOUNS
    return (start, start + len(" ".join(words))) if cut else (start, end)


_STAFF_AT = re.compile(
    r"(?:[A-Za-z\-]+\s+)?(?i:analysts|economists|strategists|researchers|scientists)\s+(?:at|from|with)\s+"
    r"((?:the\s+)?[A-Z][\w’'&.\-]*(?:\s+[A-Z][\w’'&.\-]*)*)"
)
"""``Analysts at Marlow Securities``, ``Senior economists from the Harwell Bank``: those who write a firm's research
notes, named by the firm, whose ``they wrote`` is the firm's (as ``analysts at X wrote`` is X's); not other people at
a place (``Parents at Oakmere School``)."""


def completed_organisation(written: str, inside: Sequence[Mention]) -> str:
    """``Copperline said`` where the entities merged that mention into ``Copperline Networks``: the organisation by its
    full name, when that name completes the one written (an acronym, ``IMF``, stays as written)."""
    full = [m.entity_text for m in inside if m.label == "ORG" and m.entity_text.startswith(written + " ")]
    return full[-1] if full else written


def full_organisation(name: str, earlier: Sequence[Mention]) -> str:
    """``a Homeland Security memo`` after ``the Department of Homeland Security``: an organisation written as the tail
    of one named before it, after that name's ``of``/``for`` (NER's fragment, or a short form), by its full name; a
    one-word name as the last word of the one organisation named before that ends in it (``Ledger`` after ``the
    Harbor Ledger``; after two such, no guess)."""
    tail = re.compile(rf"\s(?:of|for)\s+(?:the\s+)?{re.escape(name)}$")
    fuller = [without_article(m.entity_text) for m in earlier if m.label == "ORG" and tail.search(m.entity_text)]
    if fuller:
        return fuller[-1]
    ending = {
        without_article(m.entity_text) for m in earlier if m.label == "ORG" and m.entity_text.endswith(" " + name)
    }
    return ending.pop() if len(ending) == 1 and name.istitle() and " " not in name else name


_COURT_SEAT = re.compile(
    r" for the ((?:[A-Z][\w.\-]*\s+){1,3}(?:Circuit|District)(?: of [A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})?)\b"
)
"""``for the Twelfth Circuit``, ``for the Eastern District of Calder``: the seat that names a court (``the Calder
Court of Appeals for the Twelfth Circuit``), which NER often leaves off the court's name."""


def org_name(text: str, mention: Mention) -> str:
    """An organisation's full name: NER sometimes ends it a word short (``the Office of the Attorney`` before
    ``General``) or leaves off a court's seat (``for the Twelfth Circuit``); the words of the name right after the
    mention complete it."""
    name = without_article(mention.entity_text)
    if not name.endswith(mention.text.split()[-1]):
        return name  # the mention is not the end of the name as written
    seat = _COURT_SEAT.match(text, mention.char_end) if name.endswith(("Court", "Appeals")) else None
    if seat is not None:
        return f"{name} for the {seat.group(1)}"
    tail = _CUT_TAIL.match(text, mention.char_end)
    return f"{name} {tail.group(1)}" if tail is not None else name


def organisation_modifier(written: str, head: str) -> str | None:
    """``a Corvane spokesperson`` -> ``Corvane``: the capitalised words between the article and ``head``."""
    words = without_article(written.strip()).split()
    if len(words) < 2 or words[-1].lower() != head:
        return None
    modifier = words[:-1]
    return " ".join(modifier) if all(w[:1].isupper() and not w.endswith(("’s", "'s")) for w in modifier) else None


PORTFOLIOS = vocabulary(
    "foreign health finance defence defense interior education agriculture trade transport justice environment "
    "labour labor energy economy culture housing treasury home"
)
"""The field a ministry or department is for, written before its noun (``the foreign ministry``, ``the health
department``)."""


def portfolio_fits(written: str, head: str, name: str) -> bool:
    """``the foreign ministry`` is no ``Ministry of Trade and Industry``: when the phrase names the body's field, the
    organisation's name holds a word opening as that field does (``Foreign``, ``Defense`` for ``defence``,
    ``Economic`` for ``economy``); any other phrase fits any name."""
    words = without_article(written.strip()).split()
    if len(words) < 2 or words[-1].lower() != head or words[-2] not in PORTFOLIOS:
        return True
    field = words[-2]
    stem = field[: max(4, len(field) - 2)]
    return any(word.lower().startswith(stem) for word in name.split())


def body_of_portfolio(written: str, head: str, earlier: Sequence[Mention]) -> str | None:
    """``the health ministry`` after the Ministry of Health and, nearer, a trade ministry: the organisation named last
    whose name holds the noun and fits the field written before it; None when none does."""
    fitting = [
        m
        for m in earlier
        if m.label == "ORG" and head in m.entity_text.lower() and portfolio_fits(written, head, m.entity_text)
    ]
    return without_article(fitting[-1].entity_text) if fitting else None


def is_organisation_noun(noun: str) -> bool:
    """``agency``, ``union``, ``broadcaster``: a lower-case noun an organisation is called by."""
    return noun in ORG_NOUNS or bool(kinds_of(noun))


_OWNER = re.compile(r"[’']s$")


def spoken_for_noun(written: str, head: str) -> str | None:
    """``an agency spokeswoman``, ``the council’s spokeswoman``, ``a spokesman for the ministry`` -> ``agency``,
    ``council``, ``ministry``: the lower-case organisation noun a spokesperson ``head`` speaks for, when the phrase
    names none (a campaign is read apart)."""
    words = without_article(written.strip()).split()
    if len(words) == 2 and words[1].lower() == head:
        noun = _OWNER.sub("", words[0])  # "the regulator’s spokeswoman": a regulator spokeswoman
    elif len(words) >= 3 and words[0].lower() == head and words[1] in ("for", "of", "at"):
        noun = without_article(" ".join(words[2:]))
    else:
        return None
    return _unnamed_organisation_noun(noun)


def _unnamed_organisation_noun(noun: str) -> str | None:
    """``noun`` when it is a lower-case organisation noun a spokesperson or an official speaks for (a campaign is
    read apart), None otherwise."""
    return noun if noun.islower() and is_organisation_noun(noun) and noun != "campaign" else None


OFFICIALS = vocabulary("official officials")
_OFFICIAL_MODIFIERS = vocabulary("unidentified unnamed anonymous senior junior top another one")
"""Words that may stand between the determiner and an official's organisation noun (``an unidentified ministry
official``)."""


def official_of_noun(written: str, head: str) -> str | None:
    """``a ministry official``, ``an unnamed senior agency official`` -> ``ministry``, ``agency``: the lower-case
    organisation noun right before an official ``head``, when only modifiers of an unnamed official precede it (an
    unnamed official of a named organisation speaks for it); None otherwise (``a campaign official``, read apart)."""
    words = without_article(written.strip()).split()
    if len(words) < 2 or words[-1].lower() != head or any(w not in _OFFICIAL_MODIFIERS for w in words[:-2]):
        return None
    return _unnamed_organisation_noun(words[-2])


def nearest_organisation(
    mentions: Sequence[Mention], starts: Sequence[int], position: int, quoted: Callable[[int], bool]
) -> Mention | None:
    """The organisation (ORG) named last before ``position``, within ``ORG_NOUN_REACH``, outside quotations."""
    lo, hi = bisect.bisect_left(starts, position - ORG_NOUN_REACH), bisect.bisect_left(starts, position)
    for mention in reversed(mentions[lo:hi]):
        if mention.label == "ORG" and not quoted(mention.char_start):
            return mention
    return None
