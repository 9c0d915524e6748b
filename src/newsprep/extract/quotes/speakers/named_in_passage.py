"""The people a passage names, for the attribution rules that ask who a stretch of text is about: the first person
named in it, whether it names nobody, the one person it introduces with a description after a comma, and the
person set off right after a description (a mixin of ``SpeakerResolver``; split from ``resolver``)."""

from __future__ import annotations

import bisect
import re

from newsprep.extract.quotes.speaker_value import Speaker
from newsprep.extract.quotes.speakers.antecedents import CAPITALISED
from newsprep.extract.quotes.speakers.article_lookups import ArticleLookups
from newsprep.text import COURTESY_TITLES, without_periods

_COURTESY = "|".join(sorted((title.capitalize() for title in without_periods(COURTESY_TITLES)), key=len, reverse=True))
_APPOSITIVE_LEAD = re.compile(rf"(?:\s+(?:on|for|of|at|in)(?:\s+[a-z]+){{1,3}})?,\s*(?:(?:{_COURTESY})\.?\s+)?")
"""The comma before an appositive name, with a courtesy title the name may carry (``the minister, Dr Abdullah``),
after a complement of the role in lower case (``the opposition spokesman on transport, Declan Firth``)."""


class PeopleNamedInPassage(ArticleLookups):
    """Who ``text[start:end]`` names, and the name set off after a description (a mixin of ``SpeakerResolver``)."""

    def first_person(self, start: int, end: int) -> Speaker | None:
        """The first person named (outside quotations) in ``text[start:end]``: the subject of the passage."""
        for mention in self._mentions[bisect.bisect_left(self._starts, start) :]:
            if mention.char_start >= end:
                break
            if self._is_person(mention) and not self._is_quoted(mention.char_start):
                return self._named(mention, mention.text)
        # NER missed the name: a capitalised word that is the surname of a person named in full.
        for match in CAPITALISED.finditer(self._text, start, end):
            if match.group() in self._names.surnames and not self._is_quoted(match.start()):
                return Speaker(self._fullest(match.group(), match.start()), match.group(), True)
        return None

    def names_nobody(self, start: int, end: int) -> bool:
        """No person (tagged or a known surname) nor organisation named in ``text[start:end]`` outside quotations."""
        lo, hi = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        named = (m for m in self._mentions[lo:hi] if m.label == "ORG" or self._is_person(m))
        return all(self._is_quoted(m.char_start) for m in named) and self.first_person(start, end) is None

    def introduced_person(self, start: int, end: int) -> Speaker | None:
        """``That worries Abdul Rahimi, who owns a bakery.``: the one person ``text[start:end]`` names (outside
        quotations), named in full for the first time there and described after a comma."""
        lo, hi = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        people = [m for m in self._mentions[lo:hi] if self._is_person(m) and not self._is_quoted(m.char_start)]
        if len({m.entity_id for m in people}) != 1 or " " not in people[0].text.strip():
            return None
        first = people[0]
        if self._text[first.char_end : first.char_end + 1] != "," or any(
            m.entity_id == first.entity_id for m in self._mentions[:lo]
        ):
            return None
        return self._named(first, first.text)

    def appositive_person(self, end: int) -> Speaker | None:
        """``his cousin, Ruth Ambler``: the person named right after the description that ends at ``end``."""
        lead = _APPOSITIVE_LEAD.match(self._text, end)
        if lead is None:
            return None
        i = bisect.bisect_left(self._starts, lead.end())
        if i < len(self._mentions) and self._mentions[i].char_start == lead.end():
            mention = self._mentions[i]
            return self._named(mention, mention.text) if self._is_person(mention) else None
        return None
