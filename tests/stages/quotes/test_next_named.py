"""``descriptions.next_named`` (round 57): which descriptions at a cue are one person by a role (head noun), and
the resolver reading only the next sentence's people for it."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.descriptions.next_named import described_head
from newsprep.extract.quotes.speakers.resolver import SpeakerResolver
from newsprep.model import Mention
from tests.stages.builders import make_article, make_mentions, people


@pytest.mark.parametrize(
    ("written", "head"),
    [
        ("A co-owner of the Harbor Hawks", "co-owner"),
        ("the company's founder", "founder"),
        ("an Ashford councillor", "councillor"),
        ("a group of parents", None),
        ("the researchers", None),
        ("another lawyer", None),
        ("a spokesman for the council", None),
    ],
)
def test_described_head(written: str, head: str | None) -> None:
    assert described_head(written) == head


class _FullNamesBuilt(SpeakerResolver):
    """The resolver, keeping where it built a person's full name (the work ``_named_next`` bounds)."""

    def __init__(self, text: str, mentions: tuple[Mention, ...], sentence_starts: list[int]) -> None:
        super().__init__(text, mentions, sentence_starts=sentence_starts, quoted=[])
        self.built_at: list[int] = []

    def _fullest(self, name: str, position: int) -> str:
        self.built_at.append(position)
        return super()._fullest(name, position)


def test_only_the_next_sentences_people_are_named_in_full() -> None:
    """Review round rv58: the description is only asked about the next sentence, so the people named after it are
    never read (on 308ab7b the full name of every later person was built, then all but the next sentence's dropped)."""
    text = (
        "The company's founder said the plant would stay open. Founder Ilse Marrow started the firm with one lathe. "
        "Coach Mina Ostrova and Tal Berg said nothing."
    )
    third = text.index("Coach")
    article = make_article(text)
    names = people("Ilse Marrow", "Mina Ostrova", "Tal Berg")
    resolver = _FullNamesBuilt(text, make_mentions(article, names), [0, text.index("Founder"), third])
    assert resolver.resolve(0, len("The company's founder")).name == "Ilse Marrow"
    assert resolver.built_at and all(position < third for position in resolver.built_at)
