"""Documents as speakers (``the statement said``, ``the lawsuit says``, ``it read``): the nouns that name a document,
who issued one (its maker after ``by``, the owner of the site it is on, the possessive before it, the subject of the
sentence that brought it in), and the document phrase named last before a quote. Pure functions over one article's
body mentions, sorted by offset (``starts``: their offsets)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from newsprep.extract.quotes.grammar import sentence_subject
from newsprep.extract.quotes.organisations.as_speakers import (
    ORG_NOUN_REACH,
    OWNED_VOICES,
    organisation_in_subject,
    without_article,
)
from newsprep.model import Mention
from newsprep.text import word_set as vocabulary

DOCUMENT_NOUNS = vocabulary(
    "readout statement release report communique communiqué transcript memo letter filing notice "
    "announcement post tweet website ad advertisement email e-mail lawsuit complaint message document "
    "study survey poll audit review analysis editorial column essay op-ed article story book video clip "
    "indictment ruling order decision opinion affidavit petition motion warrant verdict guidance bill proposal "
    "resolution update note bulletin"
)


AUTHORED_WORKS = vocabulary("study editorial column essay op-ed article story book video clip review analysis")
"""Documents someone writes or makes: their issuer is who the text says made them (``a study by``, ``a Times
article``), never a guess from the organisation named last."""


DOCUMENT_KINDS = (
    vocabulary("video clip ad advertisement commercial"),
    vocabulary("book memoir memoirs biography autobiography"),
    vocabulary("statement release communique communiqué"),
)
"""Nouns a text uses in turn for one document (``a web video by the Pell campaign``, then ``the clip says``;
``Okoro wrote a memoir``, then ``the book said``): the sentence that brought it in under any of them says who
issued it."""


def same_document_nouns(head: str) -> frozenset[str]:
    """``head`` and the nouns of its kind in ``DOCUMENT_KINDS`` (``clip``: video, ad, ...)."""
    return frozenset({head}).union(*(kind for kind in DOCUMENT_KINDS if head in kind))


_INTRODUCING_VERBS = {"lawsuit": "sued", "ruling": "ruled", "order": "ordered", "decision": "decided"}
"""Documents brought in by a verb rather than a noun (``Velde Shipping sued the port``, then ``the lawsuit says``):
the verb's subject issued them."""


_ISSUER_LINK = re.compile(r"\s+(?:from|by|of|for)\s+(?:the\s+)?")
"""``a report from Brinmoor Capital Research``, ``a spokeswoman for the ministry``: the issuer, or who is spoken
for."""


_MADE_BY = re.compile(
    r"(?:\s+(?:of|on|into)\s+[^,.;:“”\"]{1,60}?)?,?\s+(?:written|prepared|carried\s+out|conducted|released|issued|"
    r"published|compiled|produced|drawn\s+up|put\s+out|signed|sent|posted)\s+by\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}"
)
"""``The audit, carried out by the accounting firm Halsey & Crane,``, ``A readout of the talks released by Kolar’s
office``: the document's maker, past what it is of or about and a description of the maker in lower case. Only
participles of making or issuing it: who obtained, saw or commissioned a document (``seen by this newspaper``,
``commissioned by the council``) did not write it."""


def issuer_after(text: str, mentions: Sequence[Mention], starts: Sequence[int], end: int) -> Mention | None:
    """The person or organisation named right after ``from``/``by``/``of``/``for`` at ``end``, as the maker of the
    document after a participle (``The audit, carried out by the accounting firm Halsey & Crane,``, ``A readout of
    the meeting released by Kolar’s office``), or as the owner of the site the document is on (``a notice on the
    Harbor Council’s website``, ``a post on Pell’s campaign page``)."""
    for link in (_ISSUER_LINK.match(text, end), _MADE_BY.match(text, end), _POSTED_ON.match(text, end)):
        i = len(mentions) if link is None else bisect.bisect_left(starts, link.end())
        if link is None or i >= len(mentions) or mentions[i].char_start != link.end():
            continue
        if mentions[i].label not in ("PERSON", "ORG"):
            return None
        owned = link.re is not _POSTED_ON or _SITE_OF.match(text, mentions[i].char_end) is not None
        return mentions[i] if owned else None
    return None


_POSTED_ON = re.compile(r"\s+on\s+(?:the\s+)?")


_SITE_OF = re.compile(
    r"(?:\s+campaign)?[’']s\s+(?:(?:official|own|campaign)\s+)?(?:website|web\s+site|site|page|account|feed|blog|channel)\b"
)
"""``on the Harbor Council’s website``, ``on the Pell campaign’s page``: where the document is, owned by its issuer
(``a report on Velde Shipping`` is about it, not from it)."""


_OWNED_DOCUMENT = re.compile(r"^(?:the\s+)?([a-z][\w\-]*)[’']s\s+(?:[\w\-]+\s+)?([a-z][\w\-]*)$", re.IGNORECASE)


def document_owner(written: str) -> str | None:
    """``the department’s report``, ``the agency’s annual report``, ``the mayor’s office``: the owner noun of a
    document or of those who speak for it (``department``, ``mayor``); None when the phrase is neither, or its owner
    is not a lower-case noun."""
    match = _OWNED_DOCUMENT.match(written.strip())
    if match is None or match.group(2).lower() not in DOCUMENT_NOUNS | OWNED_VOICES or not match.group(1).islower():
        return None
    return match.group(1).lower()


_NAMED_OWNER = re.compile(
    r"^([A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,2})(?:[’']s|(?<=s)[’'])\s+(?:[\w\-]+\s+)?[a-z][\w\-]*$"
)
"""``Loomwork’s statement``, ``Harlow & Finch’s annual report``: up to three capitalised words, a possessive, then a
lower-case noun (one word may stand before it)."""


def organisation_owning(written: str, earlier: Sequence[Mention]) -> str | None:
    """``Loomwork’s statement`` where NER tagged only ``Loomwork Technologies GmbH`` before: the organisation whose
    name the untagged owner opens, by its full name (the one named last); None when the phrase has no capitalised
    owner or no organisation named before opens with it."""
    match = _NAMED_OWNER.match(written.strip())
    if match is None:
        return None
    owner = match.group(1) + " "
    named = [m for m in earlier if m.label == "ORG" and without_article(m.entity_text).startswith(owner)]
    return without_article(named[-1].entity_text) if named else None


_BY_WAY_OF = re.compile(r"\s*(?:in|through|via|with)\s+", re.IGNORECASE)


def document_introduction(
    text: str, head: str, position: int, sentences: Sequence[int], quoted: Callable[[int], bool]
) -> tuple[int, int] | None:
    """``The Gull Ferry Company posted a notice on its website. “...,” the notice said``: the span of the subject of
    the sentence that brought in the document (``a notice``, ``its statement``, ``sued`` for a lawsuit), nearest
    before ``position``; None when no sentence did."""
    verb = _INTRODUCING_VERBS.get(head)
    modifiers = r"(?:[A-Z][\w\-]*\s+){1,3}|(?:[\w\-]+\s+)?"
    nouns = "|".join(re.escape(noun) for noun in sorted(same_document_nouns(head)))
    # "In the letter, which a reporter has read, Ada Roe wrote": a document met before, brought in again
    introduced = rf"(?:a|an|its|their|his|her|(?<=\bin\s)the)\s+({modifiers})(?:{nouns})" + (f"|{verb}" if verb else "")
    pattern = re.compile(rf"\b(?:{introduced})\b", re.IGNORECASE)
    matches = [m for m in pattern.finditer(text, max(0, position - ORG_NOUN_REACH), position) if not quoted(m.start())]
    if not matches:
        return None
    modifier = matches[-1].group(1)
    if modifier and modifier[:1].isupper():
        return matches[-1].start(1), matches[-1].start(1) + len(modifier.rstrip())  # "a Times article": the Times
    found = [m.span() for m in matches]
    i = bisect.bisect_right(sentences, found[-1][0]) - 1
    opening = sentences[i] if i >= 0 else 0
    if not text[opening : found[-1][0]].strip():
        return found[-1]  # "A new ad from the Pell campaign targets farmers.": the document is the subject
    stop = found[-1][0]
    if _BY_WAY_OF.fullmatch(text[opening:stop]):
        # "In a statement, the authority said ...": the document opens an adverbial; the subject follows it
        following = bisect.bisect_right(sentences, stop)
        stop = sentences[following] if following < len(sentences) else len(text)
    phrase = sentence_subject(text, opening, stop)
    # "The company disclosed the breach in a blog post", "Analysts at Fenwick Brothers said in a note": the issuer
    return None if phrase is None else organisation_in_subject(text, phrase.start, phrase.end, stop)


_DOCUMENT_NAMED = re.compile(
    rf"\b(?:the|a|an|its|his|her|their|this|that)\s+(?:[\w\-]+(?:[’']s)?\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(DOCUMENT_NOUNS))})\b",
    re.IGNORECASE,
)


def document_named_before(
    text: str, start: int, position: int, quoted: Callable[[int], bool]
) -> tuple[int, int] | None:
    """``The city’s press release struck a calmer tone. “...,” it read``: the span of the document phrase named last
    in ``text[start:position]`` outside quotations (its determiner and up to two words before the noun: ``a statement``,
    ``the city’s press release``); None when none is."""
    found = [m.span() for m in _DOCUMENT_NAMED.finditer(text, start, position) if not quoted(m.start())]
    return found[-1] if found else None
