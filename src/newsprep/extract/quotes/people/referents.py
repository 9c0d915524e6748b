"""Referents for he/she beyond NER's person mentions (issue 16): the people NER left untagged, the namesake of a
pronoun's gender, and the names a pronoun's own referent acted on. One article's state, built once, found on demand.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from newsprep.extract.quotes.people.fullnames import FullNames
from newsprep.extract.quotes.people.genders import PRONOUN_GENDER, PersonGenders
from newsprep.extract.quotes.people.names import untagged_names
from newsprep.model import Mention
from newsprep.text.given_names import Gender

_CAPITALISED = re.compile(r"\b[A-Z][\w’'\-]+")
_SUBJECT_PRONOUN = re.compile(r"\b(he|she)\b", re.IGNORECASE)
CONTRAST_BREAK = re.compile(r"(?:[,;]\s+(?:however|but|whereas|while|although|though|yet)|;)\s")
"""A clause of contrast after a comma, or a semicolon: the pronoun before it acts in another clause."""


class Referents:
    """The people of one article a he/she may refer to that its person mentions do not give directly."""

    def __init__(
        self,
        text: str,
        mentions: Sequence[Mention],
        sentences: Sequence[int],
        names: FullNames,
        genders: PersonGenders,
        is_quoted: Callable[[int], bool],
    ) -> None:
        """``mentions``: the body's name mentions sorted by offset; ``sentences``: the sentence starts, sorted."""
        self._text = text
        self._mentions = mentions
        self._starts = [m.char_start for m in mentions]
        self._sentences = sentences
        self._names = names
        self._genders = genders
        self._is_quoted = is_quoted
        self._untagged: list[tuple[int, str]] | None = None
        self._untagged_people: list[tuple[int, str]] | None = None
        self._written: frozenset[str] | None = None

    def untagged_names(self) -> list[tuple[int, str]]:
        """People named in full that NER did not tag (``names.untagged_names``), found once per article on demand."""
        if self._untagged_people is None:
            places = frozenset(m.text for m in self._mentions if m.label not in ("PERSON", "ORG"))
            spans = [(m.char_start, m.char_end) for m in self._mentions]
            self._untagged_people = untagged_names(self._text, spans, places)
        return self._untagged_people

    def written_surnames(self) -> frozenset[str]:
        """Surnames of people NER did not tag when named in full (``Dorotea Vasquez``, then ``Vasquez`` tagged ORG)."""
        if self._written is None:
            self._written = frozenset(name.split()[-1] for _, name in self.untagged_names())
        return self._written

    def namesake(self, name: str, gender: Gender) -> str:
        """``name``, or when it is of the other gender than a he/she, the person of its surname named in full who is
        of that gender (``The younger Marlowe ... she said``: Rosalind, not Ignatius Marlowe)."""
        if self._genders.of(name) in (gender, None):
            return name
        namesakes = [full for full in self._names.namesakes(name.split()[-1]) if self._genders.of(full) == gender]
        return namesakes[0] if len(namesakes) == 1 else name

    def after_own_pronoun(self, at: int, gender: Gender) -> bool:
        """True when a he/she of ``gender`` (outside quotations) comes before ``at`` in its sentence: the name is
        then someone that pronoun's referent acted on (``She gave me the address of Martha Fry``), not a referent
        for a later he/she of that gender."""
        i = bisect.bisect_right(self._sentences, at) - 1
        start = self._sentences[i] if i >= 0 else 0
        breaks = [match.end() for match in CONTRAST_BREAK.finditer(self._text, start, at)]
        start = breaks[-1] if breaks else start  # "Staff said she was tired, however Rena Voss ...": a new clause
        return any(
            PRONOUN_GENDER[match.group(1).lower()] == gender and not self._is_quoted(match.start())
            for match in _SUBJECT_PRONOUN.finditer(self._text, start, at)
        )

    def untagged_surnames(self, start: int, end: int) -> list[tuple[int, str]]:
        """Surnames of people named in full that NER left untagged (``Sabatier encourages ...`` after ``Grant
        Sabatier``), outside quotations and outside the mentions, in ``text[start:end]``."""
        if self._untagged is None:
            self._untagged = []
            for match in _CAPITALISED.finditer(self._text) if self._names.surnames else ():
                if match.group() not in self._names.surnames:
                    continue
                at = match.start()
                i = bisect.bisect_right(self._starts, at) - 1
                if not (i >= 0 and self._mentions[i].char_end > at) and not self._is_quoted(at):
                    self._untagged.append((at, match.group()))
        lo = bisect.bisect_left(self._untagged, (start, ""))
        hi = bisect.bisect_left(self._untagged, (end, ""))
        return self._untagged[lo:hi]
