"""What the parts of ``SpeakerResolver`` (``resolver``) share: one article's text, its name mentions in order, its
sentence starts and full names, and the person lookups the resolver itself implements."""

from __future__ import annotations

from newsprep.extract.quotes.people import FullNames
from newsprep.extract.quotes.speaker_value import Speaker
from newsprep.model import Mention


class ArticleLookups:
    """The article a speaker is resolved in (a base of the resolver's mixins; ``SpeakerResolver`` fills it)."""

    _text: str
    _mentions: list[Mention]
    _starts: list[int]
    _sentences: list[int]
    _names: FullNames

    def _owns_after(self, mention: Mention) -> bool:
        """Whether a possessive ``’s`` follows ``mention`` (``Velde’s Lanark Group``: Velde owns what comes next), or
        the apostrophe alone after a name ending in s (``Jones' lawyer``)."""
        after = self._text[mention.char_end : mention.char_end + 2]
        return after in ("’s", "'s") or (mention.text.endswith("s") and after[:1] in ("’", "'") and after[1:] == " ")

    def _is_person(self, mention: Mention) -> bool:
        raise NotImplementedError

    def _is_quoted(self, position: int) -> bool:
        raise NotImplementedError

    def _fullest(self, name: str, position: int) -> str:
        raise NotImplementedError

    def _named(self, mention: Mention, written: str) -> Speaker:
        raise NotImplementedError  # ``DescribedSpeakers``': the speaker a mention names
