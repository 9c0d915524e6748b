"""Fixed cost round 20 (issue 19): three rules read less, with the same answers.

- Entities: the join of names the model cut (``split_names``, round e10) reads only the stretches of a text where a
  run can be and a span starts (``name_runs_near``), not every word of it. ``WINDOW_CASES`` compare the stretches'
  runs with the whole text's (``name_runs``, the word-by-word reading): each holds a place where a wrong stretch would
  differ (an initial's period before a line break, a period inside a name, a run that starts before its span, a word
  with a capital inside, numbers, a no-break space, a thin space, a span over a comma, a span at either end).
- Quotes: ``qualifier_of`` builds its pattern once per set of titles; ``split_names`` reads what follows a mention
  once per mention, not once per name that might follow it (``SPLIT_NAME_GUARDS``).

``WINDOW_CASES`` and ``test_qualifier_pattern_is_built_once_per_titles`` fail on base e9ab4ea (the functions are not
there); ``JOIN_GUARDS``, ``QUALIFIER_GUARDS`` and ``SPLIT_NAME_GUARDS`` pass on it and here. Every name and sentence
is invented.
"""

from __future__ import annotations

import pytest

from newsprep.extract.entities.split_names import join_split_person_names
from newsprep.extract.quotes.descriptions.role_holders import qualifier_of
from newsprep.extract.quotes.people.fullnames import split_names
from newsprep.model import Mention, NerSpan

Span = tuple[str, str] | tuple[str, str, int]
"""(text, label) of a span over the first place ``text`` is written, or over its n-th place."""


def _spans(text: str, wanted: list[Span]) -> list[NerSpan]:
    spans = []
    for item in wanted:
        written, label = item[0], item[1]
        at = -1
        for _ in range(item[2] + 1 if len(item) == 3 else 1):
            at = text.index(written, at + 1)
        spans.append(NerSpan("body", None, at, at + len(written), written, label))
    return spans


WINDOW_CASES = [
    pytest.param(
        "The grant went to a lab run by Joan T.\nThe board said so.", [("Joan", "PERSON")], id="initial-before-newline"
    ),
    pytest.param(
        "The mayor, Maria T. Lins Barros, said the vote was close.",
        [("Maria", "PERSON"), ("Lins Barros", "PERSON")],
        id="period-inside-a-name",
    ),
    pytest.param(
        "The minister, Ana Beatriz Lacerda Fontes, signed the contract.",
        [("Lacerda Fontes", "PERSON")],
        id="run-starts-before-its-span",
    ),
    pytest.param("It sold on eBay Ana Lins said.", [("Ana", "PERSON")], id="a-word-with-a-capital-inside"),
    pytest.param("In 2024 Ana Lins and 12 Bo Roe won.", [("Ana", "PERSON"), ("Bo", "PERSON")], id="after-numbers"),
    pytest.param("Its founder Rui\u00a0Manuel Tavares spoke first.", [("Rui", "PERSON")], id="no-break-space"),
    pytest.param("Its founder Rui\u2009Manuel Tavares spoke first.", [("Rui", "PERSON")], id="thin-space-breaks"),
    pytest.param("Ada Roe Lins opened the fair", [("Ada Roe", "PERSON")], id="span-at-the-start"),
    pytest.param("The fair was opened by Ada Roe Lins", [("Roe Lins", "PERSON")], id="span-at-the-end"),
    pytest.param(
        "Present were Tomas Brenner, Ilse Maren Vogt and Pia Lund; Karl Ott sent word.",
        [("Tomas Brenner, Ilse", "PERSON"), ("Karl", "PERSON")],
        id="span-over-a-comma",
    ),
    pytest.param(
        "“Kemal Arslan Demir” was the name on the card, said Ayla Demir (no relation) of Ankara.",
        [("“Kemal Arslan", "PERSON"), ("Ayla", "PERSON"), ("Ankara", "GPE")],
        id="span-from-a-quotation-mark",
    ),
    pytest.param(
        "Sven Holm runs it.\nLater: Nadia Farouk Haddad, Omar bin Saeed al-Rashid and T. J. Okafor Eze spoke.",
        [("Nadia", "PERSON"), ("Saeed", "PERSON"), ("Okafor Eze", "PERSON")],
        id="several-stretches-one-without-a-span",
    ),
    pytest.param("", [], id="empty-text"),
]


@pytest.mark.parametrize(("text", "wanted"), WINDOW_CASES)
def test_the_stretches_runs_are_the_whole_texts_runs_that_hold_a_span(text: str, wanted: list[Span]) -> None:
    from newsprep.extract.entities.split_names import name_runs, name_runs_near

    spans = _spans(text, wanted)
    whole = name_runs(text)
    near = name_runs_near(text, spans)
    holding = [run for run in whole if any(run[0].start <= s.char_start and s.char_end <= run[-1].end for s in spans)]
    assert all(run in whole for run in near)  # no run the whole text does not have
    assert [run for run in near if run in holding] == holding  # every run that holds a span, in the text's order
    assert near == sorted(near, key=lambda run: run[0].start)


def test_a_stretch_reads_no_run_far_from_the_spans() -> None:
    from newsprep.extract.entities.split_names import name_runs, name_runs_near

    text = "Lena Okafor Eze said so, and Bruno Castell Vidal agreed."
    near = name_runs_near(text, _spans(text, [("Lena", "PERSON")]))
    assert [[w.text for w in run] for run in near] == [["Lena", "Okafor", "Eze"]]
    assert len(name_runs(text)) == 2


JOIN_GUARDS = [
    pytest.param(
        "The grant went to a lab run by Joan T.\nThe board said so.",
        [("Joan", "PERSON")],
        [("Joan T.", "PERSON")],
        id="initial-before-newline-joined",
    ),
    pytest.param(
        "The mayor, Maria T. Lins Barros, said the vote was close.",
        [("Maria", "PERSON"), ("Lins Barros", "PERSON")],
        [("Maria T. Lins Barros", "PERSON")],
        id="period-inside-a-name-joined",
    ),
    pytest.param(
        "Its founder Rui\u2009Manuel Tavares spoke first.",
        [("Rui", "PERSON")],
        [("Rui", "PERSON")],
        id="thin-space-not-joined",
    ),
    pytest.param(
        "Later: Nadia Farouk Haddad spoke, and Omar Saeed Nasser did not.",
        [("Nadia", "PERSON"), ("Saeed Nasser", "PERSON")],
        [("Nadia Farouk Haddad", "PERSON"), ("Omar Saeed Nasser", "PERSON")],
        id="two-stretches-each-joined",
    ),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), JOIN_GUARDS)
def test_join_split_person_names_on_invented_text(text: str, wanted: list[Span], expected: list[Span]) -> None:
    joined = join_split_person_names(_spans(text, wanted), {("body", None): text})
    assert [(s.text, s.label) for s in joined] == expected
    assert all(text[s.char_start : s.char_end] == s.text for s in joined)


MANAGER = frozenset({"manager", "boss"})
QUALIFIER_GUARDS = [
    pytest.param("the Rovers manager", MANAGER, "Rovers", id="club-before-role"),
    pytest.param("The Albion manager, ", MANAGER, "Albion", id="set-off-by-a-comma"),
    pytest.param("The manager", MANAGER, None, id="determiner-only"),
    pytest.param("Texas Sen. ", {"sen", "senator"}, "Texas", id="a-plain-set-and-an-abbreviation"),
    pytest.param("the rovers manager", MANAGER, None, id="lower-case-word-is-no-qualifier"),
    pytest.param("the Rovers coach", MANAGER, None, id="another-role"),
]


@pytest.mark.parametrize(("text", "titles", "expected"), QUALIFIER_GUARDS)
def test_qualifier_of_answers(text: str, titles: frozenset[str] | set[str], expected: str | None) -> None:
    assert qualifier_of(text, titles) == expected


def test_qualifier_pattern_is_built_once_per_titles() -> None:
    from newsprep.extract.quotes.descriptions.role_holders import _qualifier_pattern

    titles = {"warden", "governor"}
    first = _qualifier_pattern(frozenset(titles))
    assert qualifier_of("the Harbour warden", titles) == "Harbour"
    assert qualifier_of("the Harbour governor", frozenset(titles)) == "Harbour"
    assert _qualifier_pattern(frozenset(titles)) is first


def _people(text: str, names: list[str]) -> list[Mention]:
    """A PERSON mention at each place ``names`` are written, in order (a name written twice: name it twice)."""
    people, at = [], -1
    for name in names:
        at = text.index(name, at + 1)
        people.append(Mention("e", name, "PERSON", "body", None, at, at + len(name), name))
    return people


SPLIT_NAME_GUARDS = [
    pytest.param(
        "José Luis Rodríguez Zapatero spoke. Rodríguez Zapatero left.",
        ["José Luis", "Rodríguez Zapatero", "Rodríguez Zapatero"],
        [(0, "José Luis Rodríguez Zapatero")],
        id="two-spans-side-by-side",
    ),
    pytest.param(
        "Rosnah binti Ismail said so, and Ismail agreed.",
        ["Rosnah", "Ismail", "Ismail"],
        [(0, "Rosnah binti Ismail")],
        id="patronymic-after-a-lone-given-name",
    ),
    pytest.param("She told Pell Velde would win. Velde did.", ["Pell", "Velde", "Velde"], [], id="lone-word-left"),
    pytest.param(
        "Ana Maria Lins, Lins said.", ["Ana Maria", "Lins", "Lins"], [(0, "Ana Maria Lins")], id="comma-after"
    ),
    pytest.param("Ana Maria Linsford said. Lins left.", ["Ana Maria", "Lins"], [], id="name-goes-on-in-a-word"),
    pytest.param("Ana Maria, Lins said.", ["Ana Maria", "Lins"], [], id="comma-between"),
    pytest.param("It was Ana Maria Lins", ["Ana Maria", "Lins"], [(7, "Ana Maria Lins")], id="at-the-text-end"),
    pytest.param("It was Ana Maria", ["Ana Maria"], [], id="mention-at-the-text-end"),
]


@pytest.mark.parametrize(("text", "names", "expected"), SPLIT_NAME_GUARDS)
def test_quotes_split_names_on_invented_text(text: str, names: list[str], expected: list[tuple[int, str]]) -> None:
    assert sorted(split_names(text, _people(text, names))) == expected
