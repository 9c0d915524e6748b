"""extract_quotes: the speaker of each quotation shape, with split quotes joined and kept apart."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes import extract_quotes
from tests.stages.builders import (
    make_article,
    make_mentions,
)

# (id, paragraphs, mentions, expected speakers in order): who is credited, one row per attribution rule
SPEAKERS = [
    (
        "role-word-in-entity-name",
        [
            "Not everyone agrees. Beekeeper Odell Brandt said the spraying has thinned his hives. "
            "“We lost half of them in a week,” he said."
        ],
        {"Beekeeper Odell Brandt": ("Beekeeper Odell Brandt", "PERSON")},
        ["Odell Brandt"],
    ),
    (
        "role-word-at-sentence-start-no-ner",
        ["Pharmacist Ines Morrow said the shelves were bare. “We ration insulin now,” she said."],
        {},
        ["Ines Morrow"],
    ),
    (
        "role-words-after-cue",
        ["“The wait is six weeks,” said nurse practitioner Hedda Lund, who runs the clinic."],
        {"Hedda Lund": ("Hedda Lund", "PERSON")},
        ["Hedda Lund"],
    ),
    (
        "role-words-after-cue-no-ner",
        ["“A rule should mean something,” said council member Piet Vandermolen."],
        {},
        ["Piet Vandermolen"],
    ),
    (
        "role-words-around-a-capitalised-unit",
        ["“We were ready,” said retired Coast Guard captain Lorna Fitch."],
        {},
        ["Lorna Fitch"],
    ),
    (
        "pronoun-takes-paragraph-subject",
        [
            "“We cannot run the line at a loss,” said Marit Solberg, the board’s chair.",
            "Joaquín Quintero, a baker who commutes daily, said the fare hurts. “It adds up fast,” he said.",
        ],
        {"Marit Solberg": ("Marit Solberg", "PERSON"), "Quintero": ("Quintero", "ORG")},
        ["Marit Solberg", "Joaquín Quintero"],
    ),
    (
        "party-and-state-after-name",
        ["“The votes are there,” Senate Majority Leader Ada Pruitt, R-Ky., said Tuesday."],
        {"Ada Pruitt": ("Ada Pruitt", "PERSON")},
        ["Ada Pruitt"],
    ),
    (
        "cue-then-participle-after-full-sentence",
        [
            "“That’s right,” Wanda said to the nominee.",
            "“Who would have believed it?” Okoro said, looking out at the crowd.",
        ],
        {"Wanda": ("Wanda", "PERSON"), "Okoro": ("Bram Okoro", "PERSON")},
        ["Wanda", "Bram Okoro"],
    ),
    (
        "inverted-cue-opening-sentence",
        ["Experts say the code is a mess. Said Ellery: “Nobody wants to touch it.”"],
        {"Ellery": ("Tom Ellery", "PERSON")},
        ["Tom Ellery"],
    ),
    (
        "attribution-closing-the-sentence",
        ["A clerk who “takes a few dollars” is fired on the spot, Varga said."],
        {"Varga": ("Edit Varga", "PERSON")},
        ["Edit Varga"],
    ),
    (
        "introduced-by-previous-paragraph",
        ["The Harbor Gazette reports:", "“Only a quarter of the donors gave less than $200 this year.”"],
        {"The Harbor Gazette": ("The Harbor Gazette", "ORG")},
        ["Harbor Gazette"],
    ),
    (
        "infinitive-cue-takes-sentence-subject",
        ["Lindqvist took to the radio overnight to accuse the council of being “asleep at the wheel.”"],
        {"Lindqvist": ("Mona Lindqvist", "PERSON")},
        ["Mona Lindqvist"],
    ),
    (
        "leading-adverb-not-in-name",
        ["Even Norway said it was “firmly opposed” to the launch."],
        {"Norway": ("Norway", "GPE")},
        ["Norway"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), [s[1:] for s in SPEAKERS], ids=[s[0] for s in SPEAKERS])
@pytest.mark.parametrize("join", [True, False], ids=["joined", "parts"])
def test_speakers(
    paragraphs: list[str], names: dict[str, tuple[str, str]], expected: list[str | None], join: bool
) -> None:
    article = make_article(*paragraphs)
    quotes = extract_quotes(article, make_mentions(article, names), join_split_quotes=join)
    assert [q.speaker for q in quotes] == expected
