"""An organisation's name as an attribution writes it: all of a name NER tagged whole when the phrase reader took
only its tail (``the Harbour and Estuary Board said`` read from ``Estuary``), and a name after the noun that says
what kind of organisation it is (``Developer Quillforge said``, ``Rival Northwind Media said``). Pure functions over
one article's text and body mentions, sorted by offset (``starts``: their offsets)."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from newsprep.model import Mention
from newsprep.text import MONTHS, WEEKDAYS
from newsprep.text import word_set as vocabulary
from newsprep.text.given_names import is_given_name

KIND_NOUNS_BEFORE_NAMES = vocabulary(
    "developer publisher studio lender insurer airline retailer automaker carmaker planemaker manufacturer "
    "broadcaster newspaper magazine outlet drugmaker chipmaker automaker startup firm company rival regulator "
    "watchdog charity nonprofit broker brokerage streamer supermarket grocer distributor supplier conglomerate "
    "telecom telco utility exporter"
)
"""Nouns that say what kind of organisation a name is, written before it (``Developer Quillforge``, ``Insurer
Calloway``, ``Rival Northwind Media``) and with a capital when they open the sentence; never the first word of a name
(unlike ``Team``, ``Bank``, ``Network`` or ``Carrier``: ``Team Vireo``, ``Network Rail``)."""
_NAME_AFTER = re.compile(r"([A-Z][\w\-]*)\s+([A-Z][\w’'&.\-]*(?:\s+(?:&\s+)?[A-Z][\w’'&.\-]*)*)$")
"""A capitalised noun, then a name of capitalised words (``Developer Quillforge``, ``Publisher Northgate Books``)."""
_CUT_BEFORE_CONNECTOR = re.compile(r"[A-Z][\w’'.\-]*(?:\s+[\w’'.\-]+)*\s+(?:and|&|to|of|for|on)\s+")
"""The head of a name the phrase reader left out: capitalised words up to a connector (``Securities and ``)."""


def whole_organisation(mentions: Sequence[Mention], starts: Sequence[int], start: int, end: int) -> int:
    """Where the phrase ``text[start:end]`` starts once widened to the organisation NER tagged whole when the phrase
    reader stopped at a connector inside its name and kept its tail (``Estuary Board`` of ``Harbour and
    Estuary Board``, ``Save Our Libraries`` of ``Coalition to Save Our Libraries``); ``start`` otherwise."""
    i = bisect.bisect_left(starts, start)
    for mention in mentions[max(0, i - 3) : i]:
        if mention.label == "ORG" and mention.char_start < start < mention.char_end <= end + 2:
            head = _CUT_BEFORE_CONNECTOR.fullmatch(mention.text[: start - mention.char_start])
            return mention.char_start if head is not None else start
    return start


_REST_AFTER_CONNECTOR = re.compile(
    r"\s+(?:and|&|to|of|for|on)\s+[A-Z][\w’'.\-]*(?:\s+(?:and|&|to|of|for|on|the|[A-Z][\w’'.\-]*))*"
)
"""The rest of a name the phrase reader cut at a connector or by its length: ``and Exchange Authority``, ``to Save Our
Libraries``: a connector, then capitalised words (and connectors) to the name's end."""


def whole_organisation_end(mentions: Sequence[Mention], starts: Sequence[int], start: int, end: int) -> int:
    """Where the phrase ``text[start:end]`` ends once widened to the organisation NER tagged whole when the phrase
    reader kept only its head: it stops at a lower-case connector inside a name (``Coalition`` of ``according to the
    organiser Coalition to Save Our Libraries``) or at its word limit (``according to a complaint filed by the federal
    Markets`` of ``Markets and Exchange Authority``); ``end`` otherwise. The head alone is no organisation the
    article names: read whole, the phrase is resolved as one naming the organisation uncut."""
    for mention in mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
        if mention.label == "ORG" and end < mention.char_end:
            rest = _REST_AFTER_CONNECTOR.fullmatch(mention.text[end - mention.char_start :])
            return mention.char_end if rest is not None else end
    return end


def name_after_kind_noun(written: str) -> str | None:
    """``Developer Quillforge`` -> ``Quillforge``: the name after a capitalised noun of an organisation's kind opening
    the phrase, when the name does not open with a given name (``Producer Dana Pell`` is a person); None otherwise."""
    found = _NAME_AFTER.fullmatch(written.strip(" ,."))
    if found is None or found.group(1).lower() not in KIND_NOUNS_BEFORE_NAMES:
        return None
    name = found.group(2)
    return None if is_given_name(name.split()[0]) else name


_ITS_AFTER = re.compile(r"([^.!?;:“”\"\n]{0,60}?)\bits\b")
"""Up to an ``its`` later in the clause (``Lumora on Tuesday unveiled its first glasses``)."""
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w’'\-]*")


def organisations_taken_for_people(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a one-word name NER tagged a person relabelled an organisation, at every mention of it, when
    an ``its`` refers back to it once: ``its`` follows it in its clause with no he/she and no other capitalised word
    between (a weekday or a month may stand there: ``Lumora on Tuesday unveiled its first glasses``)."""
    companies = {
        m.text
        for m in mentions
        if m.label == "PERSON" and " " not in m.text.strip() and _refers_back_as_its(text, m.char_end)
    }
    return [dataclasses.replace(m, label="ORG") if m.text in companies else m for m in mentions]


def _refers_back_as_its(text: str, end: int) -> bool:
    found = _ITS_AFTER.match(text, end)
    if found is None or re.search(r"\b(?:he|she|his|her|him)\b", found.group(1), re.IGNORECASE):
        return False
    return all(word.group().lower() in WEEKDAYS | MONTHS for word in _CAPITALISED_WORD.finditer(found.group(1)))
