"""Speakers, round 28 (issue 16): what the freshest dev sets (``lee-quotes-dev7``, ``np4k-quotes-dev``) still got wrong,
taken as general causes. An organisation written with where it is (``the Harbor Command in Velden said``) gave the
place as the speaker: the phrase reader stops at the lower-case ``in``, and the place alone is never the speaker
there. A quotation a publisher reports (``“...,” the Lanark Wire quoted Orin Valcourt as saying``) went to the one named
before the quotation, the publisher or the previous sentence's subject: the one quoted is the speaker. An unnamed
official written with an organisation noun (``a ministry official said``) was published as that description while a
spokesman so written (``a ministry spokesman``) was the organisation: an unnamed official of an organisation the
article names speaks for it, as the annotation conventions say. Every sentence here is invented; each rule case fails
on the base code (86fedbb), the guards pass on both."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, quote_rows

_VELDEN: Names = {
    "Harbor Command": ("Harbor Command", "ORG"),
    "Velden": ("Velden", "GPE"),
    "Tavi Brenn": ("Tavi Brenn", "PERSON"),
}
_LANARK: Names = {
    "Lanark Interior Ministry": ("Lanark Interior Ministry", "ORG"),
    "Lanark Wire": ("Lanark Wire", "ORG"),
    "Tavi Brenn": ("Tavi Brenn", "PERSON"),
    "Orin Valcourt": ("Orin Valcourt", "PERSON"),
}
_HOLDING = "The Lanark Interior Ministry said on Monday it was holding a man. "

RULES = [
    pytest.param(
        ['"We struck two radar sites," the Harbor Command in Velden said.'],
        _VELDEN,
        [("We struck two radar sites", "Harbor Command", "cue")],
        id="an-organisation-in-a-place-after-the-quote",
    ),
    pytest.param(
        ['The Harbor Command in Velden said its ships fired "in response to hostile acts against our patrols."'],
        _VELDEN,
        [("in response to hostile acts against our patrols.", "Harbor Command", "cue")],
        id="an-organisation-in-a-place-before-a-partial-quote",
    ),
    pytest.param(
        ['The Harbor Command in Velden said: "We struck two radar sites."'],
        _VELDEN,
        [("We struck two radar sites.", "Harbor Command", "colon")],
        id="an-organisation-in-a-place-before-a-colon",
    ),
    pytest.param(
        [
            "The planes struck sites south of Marrow Bay. The Harbor Command in Velden said the strikes came "
            '"in response to hostile acts against our patrols."'
        ],
        {**_VELDEN, "Marrow Bay": ("Marrow Bay", "LOC")},
        [("in response to hostile acts against our patrols.", "Harbor Command", "cue")],
        id="an-organisation-in-a-place-after-a-sentence-ending-in-a-name",
    ),
    pytest.param(
        ['"We struck two radar sites," Tavi Brenn in Velden said.'],
        _VELDEN,
        [("We struck two radar sites", "Tavi Brenn", "cue")],
        id="a-person-in-a-place",
    ),
    pytest.param(
        ['"We struck two radar sites," police in Velden said.'],
        _VELDEN,
        [("We struck two radar sites", "police", "cue")],
        id="police-in-a-place-as-police-alone",
    ),
    pytest.param(
        [_HOLDING + '"He will be tried in the high court," the Lanark Wire quoted Orin Valcourt as saying.'],
        _LANARK,
        [("He will be tried in the high court", "Orin Valcourt", "cue")],
        id="a-publisher-quoted-a-named-person-as-saying",
    ),
    pytest.param(
        [
            _HOLDING + 'Police are questioning Tavi Brenn "and if he is found guilty, he will be tried," the Lanark '
            "Wire quoted Orin Valcourt as saying."
        ],
        _LANARK,
        [("and if he is found guilty, he will be tried", "Orin Valcourt", "cue")],
        id="a-partial-quote-after-another-name-quoted-as-saying",
    ),
    pytest.param(
        [_HOLDING + '"He will be tried in the high court," the radio quoted one witness as saying.'],
        _LANARK,
        [("He will be tried in the high court", "one witness", "cue")],
        id="the-one-quoted-without-the-publisher-before-it",
    ),
    pytest.param(
        [
            _HOLDING + '"He will be tried in the high court," the official Lanark Wire quoted an unidentified '
            "ministry official as saying."
        ],
        _LANARK,
        [("He will be tried in the high court", "Lanark Interior Ministry", "organisation_noun")],
        id="an-unidentified-ministry-official-quoted-as-saying",
    ),
    pytest.param(
        [_HOLDING + '"He will be tried in the high court," a ministry official said.'],
        _LANARK,
        [("He will be tried in the high court", "Lanark Interior Ministry", "organisation_noun")],
        id="a-ministry-official-speaks-for-the-ministry-named",
    ),
]

GUARDS = [
    pytest.param(
        ['"We struck two radar sites," the Harbor Command said.'],
        _VELDEN,
        [("We struck two radar sites", "Harbor Command", "cue")],
        id="an-organisation-alone",
    ),
    pytest.param(
        ['"We struck two radar sites," the Harbor Command, based in Velden, said.'],
        _VELDEN,
        [("We struck two radar sites", "Harbor Command", "cue")],
        id="an-organisation-with-its-place-between-commas",
    ),
    pytest.param(
        ['Tavi Brenn, a farmer in Velden, said: "We struck two radar sites."'],
        _VELDEN,
        [("We struck two radar sites.", "Tavi Brenn", "colon")],
        id="a-person-described-as-living-in-a-place",
    ),
    pytest.param(
        [_HOLDING + '"He will be tried in the high court," Orin Valcourt was quoted as saying.'],
        _LANARK,
        [("He will be tried in the high court", "Orin Valcourt", "cue")],
        id="the-passive-quoted-as-saying",
    ),
    pytest.param(
        [_HOLDING + '"He will be tried in the high court," a senior official said.'],
        _LANARK,
        [("He will be tried in the high court", "a senior official", "cue")],
        id="an-official-with-no-organisation-noun-stays-a-description",
    ),
    pytest.param(
        [_HOLDING + '"He will be tried in the high court," a campaign official said.'],
        _LANARK,
        [("He will be tried in the high court", "a campaign official", "cue")],
        id="a-campaign-official-is-read-apart",
    ),
    pytest.param(
        [_HOLDING + '"He will be tried in the high court," a ministry spokesman said.'],
        _LANARK,
        [("He will be tried in the high court", "Lanark Interior Ministry", "organisation_noun")],
        id="a-ministry-spokesman-as-before",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), [*RULES, *GUARDS])
def test_speaker(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    """The one before ``in <place>`` speaks, the one a publisher quoted speaks, an unnamed official of a named
    organisation speaks for it; the guards keep what was right."""
    assert quote_rows(paragraphs, names) == expected
