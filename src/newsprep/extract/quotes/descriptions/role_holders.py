"""How a name was given a role, read from the words around it, for ``the <role> said`` (speakers round 44).

An article names a person with a role in three places: in an appositive after the name (``Marcus Ellery, an
oceanographer at the Scripps Institution who was not involved, said``), right before the name (``led by glaciologist
Priya Raman``, ``Detective Inspector Karen Holloway``) and set off before it (``their fly-half, Ada Roe,``). A
description that repeats the role picks that person; one whose place or club differs from the role's does not (``the
Rovers manager`` is not ``The Albion manager, Sue Kettering``)."""

from __future__ import annotations

import functools
import re

from newsprep.extract.quotes.grammar import NOUN_LINKS, RELATIVES, head_noun_end
from newsprep.text import word_set as vocabulary

APPOSITIVE_MAX_CHARS = 60
"""An appositive longer than this before its comma, relative or full stop is a clause, not a role."""
_APPOSITIVE = re.compile(
    rf",\s+(?:the|a|an)\s+([A-Za-z][^,.;:“\"]{{0,{APPOSITIVE_MAX_CHARS}}}?)"
    rf"(?=\s+(?:{'|'.join(sorted(RELATIVES))})\b|[,.;])"
)
"""``Dale Ormsby, the governor of Vermont,``; ``Desmond Corrigan, the Dublin-born character actor whose ...``: the
description after a name, up to its comma or the relative clause that goes on about the person."""
DESCRIPTION_REACH = 60
"""How far after its start a description's role is looked for (``the Liberal Democrat councillor``)."""
_HEAD_ENDS = NOUN_LINKS | {"in", "by"}
"""Words after an appositive's head noun (``an oceanographer at the Scripps Institution``)."""
_NOT_QUALIFIERS = vocabulary("the a an his her their its our my your this that")
_QUALIFIER_BEFORE = r"(?:^|\s)([A-Z][\w’'\-]*?)(?:[’']s)?\s+(?:{titles})\.?\s*,?\s*$"
"""``The Albion manager, `` or ``Rovers manager `` or ``Texas Sen. ``: the capitalised word right before the role."""


def appositive_text(text: str, end: int) -> str:
    """The description set off right after a name that ends at ``end``, as written ('' when none)."""
    found = _APPOSITIVE.match(text, end)
    return found.group(1) if found is not None else ""


def appositive_head(words: list[str]) -> str:
    """The head noun of an appositive's words: the last before a preposition (``oceanographer at the ...``), else the
    last word (``the fly-half``); '' for no words."""
    return words[head_noun_end(words, _HEAD_ENDS) - 1].strip(".,") if words else ""


def role_right_before(lead: str, role: str) -> bool:
    """``led by glaciologist `` or ``Detective Inspector ``: ``lead``, the text before a name, ends with the role
    word itself (any case) written as the name's title, with no determiner before it: ``met the plumber Ada Roe
    hired`` puts a noun next to a name, and the name is not the plumber."""
    found = re.search(rf"(?:^|[^\w’'-]){re.escape(role)}\s+$", lead, re.IGNORECASE)
    if found is None:
        return False
    before = lead[: found.start()].split()
    return not before or before[-1].lower() not in _NOT_QUALIFIERS


def qualifier_of(text: str, titles: frozenset[str] | set[str]) -> str | None:
    """The capitalised word right before the role in ``text`` (``the Rovers manager`` -> ``Rovers``), which ends with
    the role; None when the role has no such word or the word is a determiner (``The manager``)."""
    found = _qualifier_pattern(frozenset(titles)).search(text)
    if found is None or not found.group(1)[:1].isupper() or found.group(1).lower() in _NOT_QUALIFIERS:
        return None
    return found.group(1)


@functools.lru_cache(maxsize=256)
def _qualifier_pattern(titles: frozenset[str]) -> re.Pattern[str]:
    """``_QUALIFIER_BEFORE`` for one role's titles, built once per set: a description is matched against every person
    named before it, and building the pattern's text (sorted, escaped, joined) cost more than its search. One set per
    role noun a description uses (``the manager``, ``the senator``): the cache keeps the recent ones."""
    return re.compile(_QUALIFIER_BEFORE.format(titles="|".join(re.escape(t) for t in sorted(titles))), re.IGNORECASE)


def holder_qualifier(lead: str, appositive: str, titles: frozenset[str] | set[str]) -> str | None:
    """The place or club a person was named with beside the role: before it in the title (``Rovers manager Graham
    Pettifer``, ``The Albion manager, Sue Kettering``) or in the appositive after the name (``Sue Kettering, the
    Albion manager``)."""
    in_title = qualifier_of(lead, titles)
    if in_title is not None or not appositive:
        return in_title
    words = appositive.split()
    at = next((i for i, w in enumerate(words) if w.lower().strip(".,") in titles), None)
    return None if at is None else qualifier_of(" ".join(words[: at + 1]), titles)


def description_qualifier(text: str, start: int, titles: frozenset[str] | set[str]) -> str | None:
    """The place or club of a description at ``start`` (``the Rovers manager said`` -> ``Rovers``)."""
    words = text[start : start + DESCRIPTION_REACH].split()
    at = next((i for i, w in enumerate(words) if w.lower().strip(".,") in titles), None)
    return None if at is None else qualifier_of(" ".join(words[: at + 1]), titles)


def qualifiers_differ(description: str | None, holder: str | None) -> bool:
    """A description's place or club (``Rovers``) and the one a person was named with (``Albion``) are two: the
    description is not that person. Either missing says nothing (``the Vermont senator`` fits ``Sen. Ada Roe``)."""
    return description is not None and holder is not None and description.lower() != holder.lower()


def introduced_modifier(text: str, head: str, reach: int, before: int) -> str | None:
    """``A West Riding Police spokesman said ... “...,” the spokesman said``: the capitalised words of the last ``a/an
    <Name> <head>`` in ``text[reach:before]``, the one ``the <head>`` goes back to (``West Riding Police``), else
    None."""
    pattern = rf"\b[Aa]n?\s+((?:[A-Z][\w’'&\-]*\s+){{1,4}}){re.escape(head)}\b"
    found = list(re.finditer(pattern, text[reach:before]))
    return found[-1].group(1).strip() if found else None


_PARTY_LABEL = re.compile(r"(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}(Democrat|Republican)", re.IGNORECASE)
"""``the Ohio Democrat``: a legislator by state and party, written as one person is."""


def party_label(written: str) -> str | None:
    """``the Ohio Democrat`` -> ``democrat``: a description by party (and state), else None. The party word must be
    written with its capital (``democrat`` in lower case is no label)."""
    found = _PARTY_LABEL.fullmatch(written.strip())
    if found is None or not found.group(1)[:1].isupper() or not written.lower().startswith("the "):
        return None
    return found.group(1).lower()


TEEN_NOUNS = vocabulary("teenager teen")
TEEN_AGES = range(13, 20)
"""``the teenager said``: a person the article gave an age of 13 to 19."""
_AGE_BEFORE_NAME = re.compile(r"(\d{1,3})-year-old\s+(?:[\w’'\-]+\s+){0,2}$")
"""``Rovers' 19-year-old midfielder Kofi Asante``: an age among the three words before a name."""
_AGE_AFTER_NAME = re.compile(r",\s+(\d{1,3})\s*[,.;)]")
"""``Walt Ebersole, 70, who``: an age set off right after a name."""


def stated_age(lead: str, text: str, name_end: int) -> int | None:
    """The age the article wrote beside a name: before it (``lead``, the text up to the name) or set off right
    after it (at ``name_end`` of ``text``); None when it wrote none."""
    found = _AGE_BEFORE_NAME.search(lead) or _AGE_AFTER_NAME.match(text, name_end)
    return int(found.group(1)) if found is not None else None
