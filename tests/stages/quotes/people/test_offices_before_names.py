"""Speakers, round 27 (issue 16): the gap between a lenient and a strict speaker, what a seventh Lee dev set (lee.cor,
``lee-quotes-dev7``) and the other dev sets showed, taken as general causes. A person's office after a place's or a
people's name (``Ecuadorian President Tavita Manoa``, ``New Zealand Prime Minister ...``, ``Crown Prince ...``) was
kept in the speaker when NER gave the name no PERSON tag: the title rule only cut titles that open the phrase. An
office written ``<Office> for|of <Portfolio> <Name>`` (``Minister for Fisheries Orin Valcourt``) gave NER's span, the
portfolio and the name, as the person's name (``Fisheries Orin Valcourt``): the portfolio is cut before the first
given name, else before the last two words. A bare surname two people share went to the one named last before the
quote even when that one was named in passing as a relative of the other, after a verb or a preposition (``a picture
of Liesl Vance``, ``a rally for his wife Marisol Orlen``): the article's bare surname is the person it is about, while a
relative who opens a sentence (``His son, Erik Brandt, took over.``) is still the one named last. Every sentence here
is invented; each rule case fails on the base code
(bd3a7ec), the guards pass on both."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pytest

from newsprep.extract import extract_article
from newsprep.model import NerSpan
from tests.stages.builders import Names, QuoteRow, make_article, people, quote_rows

OFFICE_AFTER_PLACE = [
    pytest.param(
        ['Ecuadorian President Tavita Manoa, speaking at the opening, said: "We will build the road."'],
        {"Tavita Manoa": ("Tavita Manoa", "GPE")},
        [("We will build the road.", "Tavita Manoa", "colon")],
        id="a-people's-adjective-before-an-office-name-tagged-a-place",
    ),
    pytest.param(
        ['"The levy stays until spring," New Zealand Prime Minister Tavita Manoa said on Tuesday.'],
        {},
        [("The levy stays until spring", "Tavita Manoa", "cue")],
        id="a-place-of-two-words-before-an-office-of-two-words",
    ),
    pytest.param(
        ['"Nobody will be forced to move," Northern Territory Chief Minister Keturah Abelard told a rally.'],
        {},
        [("Nobody will be forced to move", "Keturah Abelard", "cue")],
        id="a-territory-before-a-chief-minister",
    ),
    pytest.param(
        ['"The palace will pay for the repairs," Crown Prince Orin Valcourt said.'],
        {},
        [("The palace will pay for the repairs", "Orin Valcourt", "cue")],
        id="a-crown-prince",
    ),
]

OFFICE_GUARDS = [
    pytest.param(
        ['"We will build the road," Orin King Valcourt said.'],
        {},
        [("We will build the road", "Orin King Valcourt", "cue")],
        id="a-title-word-inside-a-name-opening-with-a-given-name-stays",
    ),
    pytest.param(
        ['"We will build the road," Tavita Manoa said.'],
        {},
        [("We will build the road", "Tavita Manoa", "cue")],
        id="a-name-alone-stays",
    ),
    pytest.param(
        ['"We will build the road," US Secretary of State Orin Valcourt said.'],
        {},
        [("We will build the road", "Orin Valcourt", "cue")],
        id="a-title-opening-the-phrase-is-cut-as-before",
    ),
    pytest.param(
        ['Orin Valcourt chairs the board. "We will build the road," Valcourt said.'],
        people("Orin Valcourt"),
        [("We will build the road", "Orin Valcourt", "cue")],
        id="a-surname-still-completes-to-the-full-name",
    ),
    pytest.param(
        ['"The bridge will open," the Mayor of Port Tasman said.'],
        {"Port Tasman": ("Port Tasman", "GPE")},
        [("The bridge will open", None, "none")],
        id="a-place-after-an-office-and-of-is-no-person",
    ),
]


def rows_through_entities(paragraph: str, spans: Mapping[str, str]) -> list[tuple[str | None, list[str]]]:
    """The quotes' speakers and the PERSON entities, with NER's ``spans`` ({surface: label}) resolved by the
    entities stage first, as the pipeline does."""
    article = make_article(paragraph)
    found = [
        NerSpan("body", None, m.start(), m.end(), m.group(), label)
        for surface, label in spans.items()
        for m in re.finditer(re.escape(surface), article.clean_text)
    ]
    extraction = extract_article(article, sorted(found, key=lambda s: s.char_start))
    persons = sorted(e.text for e in extraction.entities if e.label == "PERSON")
    return [(q.speaker, persons) for q in extraction.quotes]


PORTFOLIO_RULES = [
    pytest.param(
        '"We will lift the levy as planned," Minister for Fisheries Orin Valcourt told reporters.',
        {"Fisheries Orin Valcourt": "PERSON"},
        [("Orin Valcourt", ["Orin Valcourt"])],
        id="a-portfolio-of-one-word-before-a-given-name",
    ),
    pytest.param(
        'Minister for Foreign Affairs Orin Valcourt said: "The embassy will stay open."',
        {"Foreign Affairs Orin Valcourt": "PERSON"},
        [("Orin Valcourt", ["Orin Valcourt"])],
        id="a-portfolio-of-two-words",
    ),
    pytest.param(
        '"The talks resume in May," Minister for Resettlement Kelum Weerasekera told the agency.',
        {"Resettlement Kelum Weerasekera": "PERSON"},
        [("Kelum Weerasekera", ["Kelum Weerasekera"])],
        id="a-given-name-the-records-miss-keeps-the-last-two-words",
    ),
    pytest.param(
        '"The port will reopen," said Secretary of the Navy Orin Valcourt.',
        {"Navy Orin Valcourt": "PERSON"},
        [("Orin Valcourt", ["Orin Valcourt"])],
        id="secretary-of-the",
    ),
]

PORTFOLIO_GUARDS = [
    pytest.param(
        'The plan is the work of Tavita Manoa Vaifale. "The port will reopen," Vaifale said.',
        {"Tavita Manoa Vaifale": "PERSON"},
        [("Tavita Manoa Vaifale", ["Tavita Manoa Vaifale"])],
        id="after-a-word-that-is-no-office-the-name-stays-whole",
    ),
    pytest.param(
        '"The port will reopen," said the Minister for Youth Ann Lee Moreno.',
        {"Ann Lee Moreno": "PERSON"},
        [("Ann Lee Moreno", ["Ann Lee Moreno"])],
        id="a-span-opening-with-the-given-name-stays-whole",
    ),
]


@pytest.mark.parametrize(("paragraph", "spans", "expected"), PORTFOLIO_RULES + PORTFOLIO_GUARDS)
def test_a_portfolio_ner_takes_into_a_name_is_cut(
    paragraph: str, spans: Mapping[str, str], expected: list[tuple[str | None, list[str]]]
) -> None:
    assert rows_through_entities(paragraph, spans) == expected


def _with_bare_surnames(*full_names: str) -> Names:
    """People named in full, and each surname alone as its own mention, as the entities stage leaves a surname two
    people share (it resolves to neither)."""
    names = {name: (name, "PERSON") for name in full_names}
    return names | {name.split()[-1]: (name.split()[-1], "PERSON") for name in full_names}


RELATIVE_RULES = [
    pytest.param(
        [
            "Senator Dorian Vance backed the bill on Friday. Critics have turned on his family: his wife, Liesl, runs "
            "a lobbying firm. A blog ran an unflattering picture of Liesl Vance on Thursday.",
            '"I will not be bullied," Vance said.',
        ],
        _with_bare_surnames("Dorian Vance", "Liesl Vance"),
        [("I will not be bullied", "Dorian Vance", "cue")],
        id="a-wife-named-after-a-preposition",
    ),
    pytest.param(
        [
            "Former governor Wyatt Orlen spoke in Tarrow on Monday at a rally for his wife Marisol Orlen.",
            '"The plan does not work," Orlen said.',
        ],
        _with_bare_surnames("Wyatt Orlen", "Marisol Orlen"),
        [("The plan does not work", "Wyatt Orlen", "cue")],
        id="a-campaign-for-his-wife",
    ),
]

RELATIVE_GUARDS = [
    pytest.param(
        [
            "Walter Brandt opened the bakery in 1975.",
            "His son, Erik Brandt, took over the ovens in 2004.",
            '"Dad still checks on me," Brandt said.',
        ],
        _with_bare_surnames("Walter Brandt", "Erik Brandt"),
        [("Dad still checks on me", "Erik Brandt", "cue")],
        id="a-son-opening-a-sentence-is-still-the-one-named-last",
    ),
    pytest.param(
        ["Omar Velde, 70, and his son Kerem Velde, 41, run the bakery.", '"We bake at four," Velde said.'],
        _with_bare_surnames("Omar Velde", "Kerem Velde"),
        [("We bake at four", "Kerem Velde", "cue")],
        id="a-son-named-with-his-father-as-subjects",
    ),
    pytest.param(
        [
            "Wyatt Orlen spoke at a rally for his wife Marisol Orlen, a judge.",
            '"The count was fair," Mrs Orlen said.',
        ],
        _with_bare_surnames("Wyatt Orlen", "Marisol Orlen"),
        [("The count was fair", "Marisol Orlen", "cue")],
        id="an-honorific-still-chooses-by-gender",
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "names", "expected"), OFFICE_AFTER_PLACE + OFFICE_GUARDS + RELATIVE_RULES + RELATIVE_GUARDS
)
def test_speaker(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    """An office after a place is no part of the speaker; a relative named in passing does not take the bare
    surname; the guards keep what was right."""
    assert quote_rows(paragraphs, names) == expected
