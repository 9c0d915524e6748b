"""Fixed cost round 23 (issue 19): the quotes and entities stages read less, with the same answers.

- Entities: the words a text writes in lower case (``split_names.lower_case_words``) come from one substitution and a
  split, not a regex match per word; ``resolve_names`` reads each person span's words once, not twice.
- Quotes (``fullnames``): a full name's own pronoun is read only for a person's mention; ``person_tagged_org`` reads
  the text around an organisation only when its own words could be a name; ``fullest`` and ``person`` read the
  honorifics of one surname at one position once, not once per full name weighed.

``LOWER_WORD_CASES`` and the ``test_*_reads_*`` tests fail on base 07a079a (``lower_case_words`` is not there; the other
helpers read as often as before); ``LOWER_WORD_CASES`` also hold the new function to the regex it replaces.
``TAGGED_ORG_GUARDS``, ``FULLEST_GUARDS``, ``PERSON_GUARDS`` and ``RESOLVE_GUARDS`` pass on base and here. Every name
and sentence is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsprep.extract.entities import resolution
from newsprep.extract.entities.resolution import resolve_names
from newsprep.extract.entities.split_names import _WORD
from newsprep.extract.quotes.people import fullnames
from newsprep.extract.quotes.people import names as people
from newsprep.extract.quotes.people.fullnames import FullNames
from newsprep.extract.quotes.people.names import person_tagged_org
from newsprep.model import Mention, NerSpan

LOWER_WORD_CASES = [
    pytest.param("", frozenset(), id="empty"),
    pytest.param("The mayor said so.", frozenset({"mayor", "said", "so"}), id="a-sentence"),
    pytest.param("J. R. Okafor and Ada Roe Jr. spoke", frozenset({"and", "spoke"}), id="initials-and-jr"),
    pytest.param("e.g. the x.y rule", frozenset({"e", "g", "the", "x", "y", "rule"}), id="periods-inside-words"),
    pytest.param("a well-known al-Tamimi ally", frozenset({"a", "well-known", "ally"}), id="hyphens"),
    pytest.param("don’t say ‘maybe’ or “no”", frozenset({"don’t", "say", "maybe’", "or", "no"}), id="quote-marks"),
    pytest.param(
        "and/or (this) [that]; then: yes! no?",
        frozenset({"and", "or", "this", "that", "then", "yes", "no"}),
        id="marks",
    ),
    pytest.param(
        "rain\u00a0fell\u2009on\u3000the\x1croofs", frozenset({"rain", "fell", "on", "the", "roofs"}), id="spaces"
    ),
    pytest.param("NASA and Straße near straße", frozenset({"and", "near", "straße"}), id="case"),
    pytest.param("x1 1x 42 ǅemal Ó", frozenset({"x1", "1x"}), id="digits-titlecase-and-o"),
    pytest.param("line\nbreak\tand\r\nmore", frozenset({"line", "break", "and", "more"}), id="line-breaks"),
]


@pytest.mark.parametrize(("text", "expected"), LOWER_WORD_CASES)
def test_lower_case_words_are_the_regex_words_in_lower_case(text: str, expected: frozenset[str]) -> None:
    from newsprep.extract.entities.split_names import lower_case_words

    assert lower_case_words(text) == expected
    assert lower_case_words(text) == frozenset(filter(str.islower, _WORD.findall(text)))  # the reading it replaces


def _mention(text: str, written: str, label: str, entity_text: str | None = None, nth: int = 0) -> Mention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(written, at + 1)
    return Mention("id", entity_text or written, label, "body", None, at, at + len(written), written)


def _counting(calls: list[tuple[Any, ...]], function: Callable[..., Any]) -> Callable[..., Any]:
    def counted(*args: Any) -> Any:
        calls.append(args)
        return function(*args)

    return counted


_FAMILY = (
    "Omar Velde and his wife Nuray Velde run the Harbor Trust. Ms. Velde said the Velde Group will sell. "
    "Dana Pell says the claims against her are false. Mr. Velde agreed."
)


def _family_mentions() -> list[Mention]:
    """``_FAMILY``'s mentions in text order: ``Ms. Velde`` resolved to Nuray Velde, ``Mr. Velde`` to Omar Velde."""
    return [
        _mention(_FAMILY, "Omar Velde", "PERSON"),
        _mention(_FAMILY, "Nuray Velde", "PERSON"),
        _mention(_FAMILY, "Harbor Trust", "ORG"),
        _mention(_FAMILY, "Velde", "PERSON", "Nuray Velde", nth=2),
        _mention(_FAMILY, "Velde Group", "ORG"),
        _mention(_FAMILY, "Dana Pell", "PERSON"),
        _mention(_FAMILY, "Velde", "PERSON", "Omar Velde", nth=4),
    ]


def _family_names() -> FullNames:
    return FullNames(_FAMILY, _family_mentions(), lambda _: False)


def test_own_pronouns_are_read_only_for_persons_full_names(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(fullnames, "own_pronoun", _counting(calls, fullnames.own_pronoun))
    _family_names()
    read = sorted(_FAMILY[at : at + length] for _, at, length in calls)
    assert read == ["Dana Pell", "Nuray Velde", "Omar Velde"]


class _SearchSpy:
    """A stand-in for a compiled pattern that records each search."""

    def __init__(self, pattern: Any, calls: list[int]) -> None:
        self._pattern, self._calls = pattern, calls

    def search(self, *args: Any) -> Any:
        self._calls.append(1)
        return self._pattern.search(*args)


def test_person_tagged_org_reads_no_text_around_an_organisations_words(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(people, "_ROLE_BEFORE", _SearchSpy(people._ROLE_BEFORE, calls))
    text = "The Harbor Trust of Greater Lindholm and the Velde Group said so."
    for written in ("Harbor Trust of Greater Lindholm", "Velde Group", "Harbor"):
        assert person_tagged_org(_mention(text, written, "ORG"), text) is False
    assert calls == []


TAGGED_ORG_GUARDS = [
    pytest.param("Nadia Okoro said the bid was late.", "Nadia Okoro", "ORG", True, id="a-given-name"),
    pytest.param("Councillor Femi Adeyemi said so.", "Councillor Femi Adeyemi", "ORG", True, id="after-a-title"),
    pytest.param("Its chief executive, Tomas Velde, said so.", "Tomas Velde", "ORG", True, id="after-a-role-noun"),
    pytest.param("Wynn Pettengill said so. Pettengill, 68, retired.", "Wynn Pettengill", "ORG", True, id="aged"),
    pytest.param("Kerrow Ain Hashim, a 34-year-old nurse, said so.", "Kerrow Ain Hashim", "ORG", True, id="age-after"),
    pytest.param("Nadia Okoro said the bid was late.", "Nadia Okoro", "PERSON", False, id="not-an-org"),
    pytest.param("The Nadia Okoro Trust said so.", "Nadia Okoro Trust", "ORG", False, id="an-org-word"),
    pytest.param("He joined the Nadia Okoro band.", "Nadia Okoro", "ORG", False, id="after-the"),
    pytest.param(
        "Nadia Okoro Lindqvist Brandt said so.", "Nadia Okoro Lindqvist Brandt", "ORG", False, id="four-words"
    ),
    pytest.param("A spokeswoman for Corran Transit said so.", "Corran Transit", "ORG", False, id="spoken-for"),
    pytest.param("Nadia okoro said so.", "Nadia okoro", "ORG", False, id="lower-case-surname"),
    pytest.param("Harbor said so.", "Harbor", "ORG", False, id="one-word"),
    pytest.param("Visitors praised Brqvist Lindholm.", "Brqvist Lindholm", "ORG", False, id="a-name-of-no-person"),
]


@pytest.mark.parametrize(("text", "written", "label", "expected"), TAGGED_ORG_GUARDS)
def test_person_tagged_org_answers_as_before(text: str, written: str, label: str, expected: bool) -> None:
    assert person_tagged_org(_mention(text, written, label), text) is expected


def test_fullest_reads_a_surnames_honorifics_once(monkeypatch: pytest.MonkeyPatch) -> None:
    names = _family_names()
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(fullnames, "honorific_at", _counting(calls, fullnames.honorific_at))
    names.fullest("Velde", _FAMILY.rindex("Velde"), [])
    assert len(calls) == 1


FULLEST_GUARDS = [
    pytest.param("Velde", "Mr. Velde", [], "Omar Velde", id="mr-to-the-man"),
    pytest.param("Velde", "Ms. Velde", [], "Nuray Velde", id="ms-to-the-woman"),
    pytest.param("Velde", "Velde Group", [], "Nuray Velde", id="no-honorific-named-last"),
    pytest.param("Pell", "Dana Pell", [], "Dana Pell", id="one-person"),
    pytest.param("Velde", "Mr. Velde", [(0, "Kerem Velde")], "Omar Velde", id="a-quoted-namesake"),
    pytest.param("Dana", "Dana Pell", [], "Dana Pell", id="a-given-name"),
    pytest.param("Omar Velde", "Omar Velde", [], "Omar Velde", id="two-words"),
    pytest.param("Group", "Velde Group", [], "Group", id="nobody"),
]


@pytest.mark.parametrize(("name", "at", "quoted", "expected"), FULLEST_GUARDS)
def test_fullest_answers_as_before(name: str, at: str, quoted: list[tuple[int, str]], expected: str) -> None:
    position = _FAMILY.index(at) + at.index(name)
    assert _family_names().fullest(name, position, quoted) == expected


PERSON_GUARDS = [
    pytest.param(3, "Velde", id="ms-merged-with-a-namesake-of-unknown-gender"),
    pytest.param(6, "Omar Velde", id="mr-merged-with-the-man"),
    pytest.param(0, "Omar Velde", id="a-full-name"),
]


@pytest.mark.parametrize(("index", "expected"), PERSON_GUARDS)
def test_person_answers_as_before(index: int, expected: str) -> None:
    assert _family_names().person(_family_mentions()[index]) == expected


_PEOPLE = "Ryan Hass spoke first. Zhu Feng and Ann K. Lee replied. Hass and Lee agreed; Zhu left. Ann Lee stayed."


def _person_spans(*written: tuple[str, int]) -> list[NerSpan]:
    spans = []
    for name, nth in written:
        at = -1
        for _ in range(nth + 1):
            at = _PEOPLE.index(name, at + 1)
        spans.append(NerSpan("body", None, at, at + len(name), name, "PERSON"))
    return spans


def test_resolve_names_reads_each_persons_words_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(resolution, "_words", _counting(calls, resolution._words))
    spans = _person_spans(("Ryan Hass", 0), ("Hass", 1), ("Zhu Feng", 0), ("Zhu", 1))
    resolve_names(spans, {("body", None): _PEOPLE})
    assert len(calls) == len(spans)


RESOLVE_GUARDS = [
    pytest.param([("Ryan Hass", 0), ("Hass", 1)], ["Ryan Hass", "Ryan Hass"], id="a-surname"),
    pytest.param([("Zhu Feng", 0), ("Zhu", 1)], ["Zhu Feng", "Zhu Feng"], id="a-family-name-first"),
    pytest.param([("Ann K. Lee", 0), ("Lee", 1), ("Ann Lee", 0)], ["Ann K. Lee"] * 3, id="middle-initial"),
    pytest.param([("Hass", 1)], ["Hass"], id="alone"),
    pytest.param([], [], id="none"),
]


@pytest.mark.parametrize(("written", "expected"), RESOLVE_GUARDS)
def test_resolve_names_answers_as_before(written: list[tuple[str, int]], expected: list[str]) -> None:
    resolved = resolve_names(_person_spans(*written), {("body", None): _PEOPLE})
    assert [r.entity_text for r in resolved] == expected
