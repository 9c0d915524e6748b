"""Organisations as speakers: documents, organisation nouns and spokespeople (``the statement said``, ``the network
said``, ``a Lanark spokesman said``) resolved to the organisation by its full name. Pure functions over one article's
body mentions, sorted by offset (``starts``: their offsets)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence

from newsprep.extract.quotes.cues import sentence_subject
from newsprep.model import Mention
from newsprep.text import word_set as vocabulary

DOCUMENT_NOUNS = vocabulary(
    "readout statement release report communique communiqué transcript memo letter filing notice "
    "announcement post tweet website ad advertisement email e-mail lawsuit complaint message"
)
COMPANY_NOUNS = vocabulary(
    "company firm group network broadcaster airline carrier retailer automaker carmaker manufacturer maker lender "
    "insurer bank startup studio publisher developer brand label newspaper magazine outlet agency organization "
    "organisation charity hospital club league regulator watchdog utility union association foundation institute "
    "university nonprofit non-profit coalition alliance school college"
)
"""Nouns for an organisation the article named by a name without that noun (``NBC News`` ... ``the network
said``): the nearest organisation named before, when none has the noun in its name."""
ORG_NOUNS = (
    vocabulary(
        "ministry department agency campaign company committee office administration government council "
        "commission party court bank board firm group organization organisation team union university institute "
        "association foundation authority service council"
    )
    | COMPANY_NOUNS
)
SPOKESPEOPLE = vocabulary("spokesman spokeswoman spokesperson spokespeople representative")
"""An unnamed spokesperson speaks for the organisation (``a Lanark spokesman said``)."""
ORG_NOUN_REACH = 2000
"""How far back (characters) ``the network said`` looks for the organisation named nearest before it."""
_ORG_LABELS = frozenset({"ORG", "GPE", "NORP"})
_ISSUER_LINK = re.compile(r"\s+(?:from|by|of|for)\s+(?:the\s+)?")
"""``a report from Brinmoor Capital Research``, ``a spokeswoman for the ministry``: the issuer, or who is spoken
for."""
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_ADDRESSED = re.compile(r"\b(?:to|told|tells)\s+(?:the\s+)?$", re.IGNORECASE)
"""``In an email to NPR, the company ...``: the one spoken to (an outlet), not the one that speaks."""


def without_article(name: str) -> str:
    return _DETERMINER.sub("", name)


_CUT_TAIL = re.compile(
    r" (General|Services|Affairs|Commission|Council|Committee|Department|Office|Board|Authority|Agency|Bureau|"
    r"Administration|Association|Institute|Foundation|Fund|Trust|Company|Corporation|Group|Union)\b(?![ \-][A-Z])"
)


def completed_organisation(written: str, inside: Sequence[Mention]) -> str:
    """``Copperline said`` where the entities merged that mention into ``Copperline Networks``: the organisation by its
    full name, when that name completes the one written (an acronym, ``IMF``, stays as written)."""
    full = [m.entity_text for m in inside if m.label == "ORG" and m.entity_text.startswith(written + " ")]
    return full[-1] if full else written


def org_name(text: str, mention: Mention) -> str:
    """An organisation's full name: NER sometimes ends it a word short (``the Office of the Attorney`` before
    ``General``); the word of an organisation's name right after the mention completes it."""
    name = without_article(mention.entity_text)
    tail = _CUT_TAIL.match(text, mention.char_end)
    return f"{name} {tail.group(1)}" if tail is not None and name.endswith(mention.text.split()[-1]) else name


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
    its first four words."""
    match = _APPOSITIVE_NOUN.match(text, end)
    return match is not None and head in match.group(1).lower().split()


_APPOSITIVE_NOUN = re.compile(r",\s+(?:a|an)\s+((?:[\w\-]+\s+){0,3}[\w\-]+)")
"""``, a drugmaker``, ``, a nonprofit that ...``: an indefinite article (``In an email to NPR, the company ...`` is no
appositive)."""


def organisation_modifier(written: str, head: str) -> str | None:
    """``a Corvane spokesperson`` -> ``Corvane``: the capitalised words between the article and ``head``."""
    words = without_article(written.strip()).split()
    if len(words) < 2 or words[-1].lower() != head:
        return None
    modifier = words[:-1]
    return " ".join(modifier) if all(w[:1].isupper() and not w.endswith(("’s", "'s")) for w in modifier) else None


def issuer_after(text: str, mentions: Sequence[Mention], starts: Sequence[int], end: int) -> Mention | None:
    """The person or organisation named right after ``from``/``by``/``of``/``for`` at ``end``."""
    link = _ISSUER_LINK.match(text, end)
    if link is None:
        return None
    i = bisect.bisect_left(starts, link.end())
    if i < len(mentions) and mentions[i].char_start == link.end() and mentions[i].label in ("PERSON", "ORG"):
        return mentions[i]
    return None


def nearest_organisation(
    mentions: Sequence[Mention], starts: Sequence[int], position: int, quoted: Callable[[int], bool]
) -> Mention | None:
    """The organisation (ORG) named last before ``position``, within ``ORG_NOUN_REACH``, outside quotations."""
    lo, hi = bisect.bisect_left(starts, position - ORG_NOUN_REACH), bisect.bisect_left(starts, position)
    for mention in reversed(mentions[lo:hi]):
        if mention.label == "ORG" and not quoted(mention.char_start):
            return mention
    return None


def organisation_described(
    head: str, position: int, text: str, mentions: Sequence[Mention], quoted_organisations: Sequence[str]
) -> str | None:
    """``the readout said``: the organisation quoted or named last; ``the ministry said``: the nearest organisation
    named so, by its full name; ``the network said``: the organisation named nearest before (``COMPANY_NOUNS``); any
    other noun: the organisation named before whose name it ends or opens (``Water District``, ``Bureau of``)."""
    if head in DOCUMENT_NOUNS and quoted_organisations:
        return quoted_organisations[-1]
    organisations = [m for m in mentions if m.char_start < position and m.label in _ORG_LABELS]
    described = [m for m in organisations if m.label == "ORG" and _described_as(text, m.char_end, head)]
    if described and head not in DOCUMENT_NOUNS:
        return org_name(text, described[-1])  # "Vantor Pharmaceuticals, a drugmaker in Ohio, ... the drugmaker said"
    if head not in ORG_NOUNS and head not in DOCUMENT_NOUNS:
        # "the Kestrel Valley Water District ... the district said": the organisation whose name the noun ends
        named = [m for m in organisations if m.label == "ORG" and _headed_by(without_article(m.entity_text), head)]
        return org_name(text, named[-1]) if named else None
    for mention in reversed(organisations):
        if head in mention.entity_text.lower():
            return org_name(text, mention)
    for name in reversed(quoted_organisations):
        if head in name.lower():
            return name
    # "the institute said": the last name ending in that noun ("the Nordic Sleep Institute").
    names = re.findall(rf"(?:[A-Z][\w’'&.\-]*\s+(?:of\s+|for\s+)?){{1,5}}{head.capitalize()}\b", text[:position])
    if names:
        return without_article(names[-1])
    # "In an email to NPR, the company ...", "sent a letter to the Ridgeway board": not who is spoken to
    senders = [m for m in organisations if not _ADDRESSED.search(text, max(0, m.char_start - 12), m.char_start)]
    if head in DOCUMENT_NOUNS and senders:
        return org_name(text, senders[-1])
    nearest = [m for m in senders if m.label == "ORG" and m.char_start >= position - ORG_NOUN_REACH]
    if head in COMPANY_NOUNS and nearest:
        return org_name(text, nearest[-1])  # "NBC News ... the network said"
    return None


_OWNED_DOCUMENT = re.compile(r"^(?:the\s+)?([a-z][\w\-]*)[’']s\s+(?:[\w\-]+\s+)?([a-z][\w\-]*)$", re.IGNORECASE)


def document_owner(written: str) -> str | None:
    """``the department’s report``, ``the agency’s annual report``: the owner noun of a document (``department``);
    None when the phrase is no document of a lower-case owner."""
    match = _OWNED_DOCUMENT.match(written.strip())
    if match is None or match.group(2).lower() not in DOCUMENT_NOUNS or not match.group(1).islower():
        return None
    return match.group(1).lower()


def document_introduction(
    text: str, head: str, position: int, sentences: Sequence[int], quoted: Callable[[int], bool]
) -> tuple[int, int] | None:
    """``The Gull Ferry Company posted a notice on its website. “...,” the notice said``: the span of the subject of
    the sentence that brought in the document (``a notice``, ``its statement``), nearest before ``position``; None
    when no sentence did."""
    pattern = re.compile(rf"\b(?:a|an|its|their|his|her)\s+(?:[\w\-]+\s+)?{re.escape(head)}\b", re.IGNORECASE)
    found = [m.start() for m in pattern.finditer(text, max(0, position - ORG_NOUN_REACH), position)]
    found = [at for at in found if not quoted(at)]
    if not found:
        return None
    i = bisect.bisect_right(sentences, found[-1]) - 1
    phrase = sentence_subject(text, sentences[i] if i >= 0 else 0, found[-1])
    return None if phrase is None else (phrase.start, phrase.end)
