"""Speakers, round 13 (issue 16): a speaker the text describes but does not name is published as that description
(``speaker_kind`` 'description', no entity), trimmed to its noun phrase with its opening determiner in lower case; a
description never replaces a name (a role noun that names someone elsewhere still resolves to the name, a pull quote
or an open paragraph still takes a named speaker), and a pronoun never becomes one. Every sentence here is invented;
each rule case fails on main's code (which gives no speaker), the guards pass on both."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.descriptions.as_written import common_noun_read_as_name, description_as_written, speaks
from newsprep.extract.quotes.speakers.resolver import SpeakerResolver
from newsprep.model import Quote
from tests.stages.builders import make_article, make_mentions, quotes_of

NAMES = {
    "Dana Pell": ("Dana Pell", "PERSON"),
    "Pell": ("Dana Pell", "PERSON"),
    "Omar Velde": ("Omar Velde", "PERSON"),
    "Velde": ("Omar Velde", "PERSON"),
    "Mara Lindqvist": ("Mara Lindqvist", "PERSON"),
    "Lindqvist": ("Mara Lindqvist", "PERSON"),
    "Harbor Council": ("Harbor Council", "ORG"),
}


def rows(paragraphs: list[str]) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.speaker_kind) for q in quotes_of(paragraphs, NAMES)]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            ["“The ferry contract was never put out to tender,” a senior port official said."],
            [("The ferry contract was never put out to tender", "a senior port official", "description")],
            id="an-unnamed-official-after-the-quote",
        ),
        pytest.param(
            ["Omar Velde runs the shipyard.", "“He never paid the welders on time,” Velde’s former foreman said."],
            [("He never paid the welders on time", "Velde’s former foreman", "description")],
            id="a-possessive-description",
        ),
        pytest.param(
            ["The council aired an advertisement on Sunday.", "“Vote for the harbor you want,” the clip says."],
            [("Vote for the harbor you want", "the clip", "description")],
            id="a-recording-opening-its-clause-in-lower-case",
        ),
        pytest.param(
            ["The Gull Island businessman told the crowd: “The bridge will be built by spring.”"],
            [("The bridge will be built by spring.", "the Gull Island businessman", "description")],
            id="a-capitalised-determiner-opening-the-sentence-put-in-lower-case",
        ),
        pytest.param(
            ["The former strategist also told reporters, “Nobody in that room believed the numbers.”"],
            [("Nobody in that room believed the numbers.", "the former strategist", "description")],
            id="trimmed-at-an-adverb-before-the-verb",
        ),
        pytest.param(
            ["“We were told nothing,” said one of the protesters. “Not a single word.”"],
            [("We were told nothing, Not a single word.", "one of the protesters", "description")],
            id="one-of-a-group-and-the-split-quote-joined",
        ),
        pytest.param(
            [
                "“The water was at the door by midnight,” a neighbour said.",
                "“We carried the children out through the window.”",
            ],
            [
                ("The water was at the door by midnight", "a neighbour", "description"),
                ("We carried the children out through the window.", "a neighbour", "description"),
            ],
            id="a-paragraph-continuing-a-described-speaker",
        ),
        pytest.param(
            ["A senior official called the levy “a tax on fishermen.”"],
            [("a tax on fishermen.", "a senior official", "description")],
            id="a-partial-quote-whose-subject-is-a-description",
        ),
        pytest.param(
            ["One resident put it bluntly: “Nobody asked us.”"],
            [("Nobody asked us.", "one resident", "description")],
            id="a-colon-introduction-by-a-description",
        ),
        pytest.param(
            ["Officials said the harbor would reopen in “a matter of weeks.”"],
            [("a matter of weeks.", "officials", "description")],
            id="a-bare-plural-opening-the-sentence-read-as-a-name-on-main",
        ),
        pytest.param(
            ["“We will not comment,” according to a senior administration official."],
            [("We will not comment", "a senior administration official", "description")],
            id="according-to-a-description",
        ),
        pytest.param(
            ["“The road is closed until Friday,” Police said."],
            [("The road is closed until Friday", "police", "description")],
            id="police-with-no-force-named",
        ),
    ],
)
def test_a_described_speaker_is_published_as_written(
    paragraphs: list[str], expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert rows(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            ["Sen. Mara Lindqvist toured the dock.", "“It is a disgrace,” the senator said."],
            [("It is a disgrace", "Mara Lindqvist", "person")],
            id="a-role-noun-naming-someone-elsewhere-still-resolves",
        ),
        pytest.param(
            ["The Harbor Council met on Monday.", "“The levy will stay,” the council said."],
            [("The levy will stay", "Harbor Council", "organisation")],
            id="an-organisation-noun-still-resolves",
        ),
        pytest.param(
            ["“Nobody told us a thing,” they said."],
            [("Nobody told us a thing", None, None)],
            id="a-pronoun-with-no-antecedent-stays-null",
        ),
        pytest.param(
            ["“It is over,” someone said."],
            [("It is over", None, None)],
            id="an-indefinite-pronoun-is-no-description",
        ),
        pytest.param(
            ["The dispute centers on what the council called “a fair levy.”"],
            [],
            id="a-subject-whose-head-does-not-speak-adds-no-quote",
        ),
        pytest.param(
            [
                "“We will not sell the pier, whatever the council offers us,” Dana Pell said.",
                "A sign at the gate repeated it: “We will not sell the pier, whatever the council offers us.”",
            ],
            [
                ("We will not sell the pier, whatever the council offers us", "Dana Pell", "person"),
                ("We will not sell the pier, whatever the council offers us.", "Dana Pell", "person"),
            ],
            id="a-repeat-of-a-named-speakers-words-keeps-the-name",
        ),
    ],
)
def test_a_description_never_replaces_a_name_nor_a_pronoun(
    paragraphs: list[str], expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert rows(paragraphs) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("a senior administration official", "a senior administration official"),
        ("The clip", "the clip"),
        ("Other leaders", "other leaders"),
        ("Republican leaders", "Republican leaders"),
        ("the mayor also", "the mayor"),
        ("The governor’s spokesman, who", "the governor’s spokesman"),
        ("the 52-year-old", "the 52-year-old"),
        ("the secretary of state", "the secretary of state"),
        ("he", None),
        ("they", None),
        ("Others", None),
        ("three", None),
        ("The storm surge", None),
        ("The only other entity", None),
        ("That is why I always", None),
    ],
)
def test_description_as_written(written: str, expected: str | None) -> None:
    assert description_as_written(written) == expected


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("officials", True),
        ("authorities", True),
        ("businessmen", True),
        ("witnesses", True),
        ("economist", True),
        ("appointee", True),
        ("dockworkers", True),
        ("commuter", True),
        ("conductor", True),
        ("list", False),
        ("centers", False),
        ("levy", False),
        ("winter", False),
    ],
)
def test_speaking_nouns(noun: str, expected: bool) -> None:
    assert speaks(noun) is expected


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“We came with nothing,” a woman holding a sleeping toddler said.", "a woman"),
        ("“We are not done,” a coach from another team said.", "a coach from another team"),
        ("“The line moved,” a man injured in the crush said.", "a man"),
        ("“The talks have stalled,” two people familiar with the matter said.", "two people"),
        ("“It will pass,” the mayor and the governor said.", "the governor"),  # guard: two speakers, no lead-in
    ],
)
def test_a_description_opens_before_the_noun_the_subject_reader_took(paragraph: str, speaker: str) -> None:
    """The phrase reader takes the noun phrase right before the verb (``a sleeping toddler``); the description opens
    with the speaking noun before a participle or a preposition."""
    assert [q.speaker for q in quotes_of([paragraph], NAMES)] == [speaker]


@pytest.mark.parametrize(
    ("name", "written", "expected"),
    [
        ("Officials", "Officials", "officials"),
        ("Police", "Police", "police"),
        ("Alliance", "the harbor group Alliance", None),  # an organisation named by one word
        ("Union", "Union", None),  # an organisation noun: may be a name
        ("Christian", "Christian", None),  # a noun only by its ending
        ("Pell", "Pell", None),
    ],
)
def test_a_lone_capitalised_noun_for_people_is_no_name(name: str, written: str, expected: str | None) -> None:
    assert common_noun_read_as_name(name, written) == expected


def test_an_adverb_the_subject_reader_kept_is_no_part_of_the_speaker() -> None:
    """``the mayor also`` read before a cue: the role noun still resolves to the mayor named before (on main the
    adverb was read as the phrase's head and no one was found)."""
    text = "Mayor Dana Pell spoke on Monday. Later the mayor also warned of delays."
    article = make_article(text)
    resolver = SpeakerResolver(text, make_mentions(article, NAMES), sentence_starts=[0, 33], quoted=[])
    start = text.index("the mayor also")
    assert resolver.resolve(start, start + len("the mayor also")).name == "Dana Pell"


def test_a_described_speaker_has_no_entity_and_says_how_it_was_found() -> None:
    (quote,) = quotes_of(["“The levy is fair,” a council aide said."], NAMES)
    assert (quote.speaker, quote.speaker_kind, quote.speaker_entity_id, quote.attribution) == (
        "a council aide",
        "description",
        None,
        "cue",
    )
    assert quote.speaker_mention == "a council aide"


def test_speaker_kind_is_null_exactly_when_the_speaker_is() -> None:
    quotes: tuple[Quote, ...] = quotes_of(
        ["“Yes,” Dana Pell said.", "“No,” a harbor worker said.", "“Maybe,” they said.", "The Harbor Council agreed."],
        NAMES,
    )
    assert [(q.speaker is None, q.speaker_kind is None, q.attribution == "none") for q in quotes] == [
        (False, False, False),
        (False, False, False),
        (True, True, True),
    ]
