"""Speakers, round 11 (issue 16): names with particles kept whole, a person NER tagged an organisation known by an
age, a document brought in by an opening adverbial, and a description that names nobody with its title going to
the one person the text was just about. Every sentence here is invented; each test fails without its rule, but the
guards, which keep a rule from overreaching."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.grammar.words import opens_name
from newsprep.extract.quotes.people.names import person_name, person_tagged_org
from newsprep.extract.quotes.speakers.salience import sole_person, window_start
from newsprep.model import Mention
from tests.stages.builders import speakers_in

NAMES = {
    "Jorrit van Daalen": ("Jorrit van Daalen", "PERSON"),
    "Van Daalen": ("Jorrit van Daalen", "PERSON"),
    "Wynn Castellane": ("Wynn Castellane", "ORG"),
    "Yusuf": ("Yusuf", "PERSON"),
    "Xavier Lindqvist-Moreau": ("Xavier Lindqvist-Moreau", "PERSON"),
    "Lindqvist": ("Lindqvist", "ORG"),
    "Greta St. Clair": ("Greta St. Clair", "PERSON"),
    "Mary Ostrowski": ("Mary Ostrowski", "PERSON"),
    "St. Clair": ("St. Clair", "GPE"),
    "al-Amin": ("al-Amin", "PERSON"),
    "Dorrit Alvane": ("Dorrit Alvane", "PERSON"),
    "Dorrit": ("Dorrit Alvane", "PERSON"),
    "Tomas Brenner": ("Tomas Brenner", "PERSON"),
    "Brenner Foundation": ("Brenner Foundation", "ORG"),
    "Marrow Valley Transit Authority": ("Marrow Valley Transit Authority", "ORG"),
    "Office of Consumer Affairs": ("Office of Consumer Affairs", "ORG"),
}


found = speakers_in(NAMES)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            [
                "Councillor Jorrit van Daalen opposed the levy. Van Daalen’s concern was the harbour fund.",
                "“Nobody explained the numbers,” he said.",
            ],
            [("Nobody explained the numbers", "Jorrit van Daalen")],
            id="particle-surname-by-pronoun",
        ),
        pytest.param(
            ["Councillor Jorrit van Daalen opposed the levy.", "“It was a long night,” Van Daalen said."],
            [("It was a long night", "Jorrit van Daalen")],
            id="particle-surname-capitalised-at-the-cue",
        ),
        pytest.param(
            [
                "Yusuf al-Amin, a poll watcher, raised a complaint.",
                "“Two boxes came in unsealed,” al-Amin said.",
                "“I will keep watching,” said Mr. al-Amin.",
            ],
            [("Two boxes came in unsealed", "Yusuf al-Amin"), ("I will keep watching", "Yusuf al-Amin")],
            id="a-surname-opening-with-a-joined-particle",
        ),
        pytest.param(
            ["Xavier Lindqvist-Moreau, 34, lost his shop.", "“Everything is ruined,” said Lindqvist."],
            [("Everything is ruined", "Xavier Lindqvist-Moreau")],
            id="a-part-of-a-double-surname",
        ),
        pytest.param(
            ["Xavier Lindqvist-Moreau, 34, lost his shop.", "“Everything is ruined,” said Lindqvist Partners."],
            [("Everything is ruined", "Lindqvist Partners")],
            id="guard-a-firm-named-after-a-part-of-a-double-surname",
        ),
        pytest.param(
            ["Councilwoman Greta St. Clair spoke last.", "“Then talk about fares,” St. Clair added."],
            [("Then talk about fares", "Greta St. Clair")],
            id="a-two-word-surname-tagged-a-place",
        ),
        pytest.param(
            ["The ferry runs to St. Clair twice a day.", "“Then talk about fares,” St. Clair added."],
            [("Then talk about fares", "St. Clair")],
            id="guard-a-place-with-no-person-of-that-name",
        ),
        pytest.param(
            ["The board met on Monday.", "“Two boxes came in unsealed,” an-other said."],
            [("Two boxes came in unsealed", None)],
            id="guard-a-lower-case-hyphenated-word-is-no-name",
        ),
        pytest.param(
            [
                "The crackdown began in 2017.",
                "Files show it grew out of directives from Tomas Brenner to “spare no boat and no crew” there.",
            ],
            [("spare no boat and no crew", "Tomas Brenner")],
            id="orders-from-a-named-owner",
        ),
        pytest.param(
            [
                "Files show orders from Tomas Brenner to “spare no boat and no crew” in the “long war on smugglers”.",
            ],
            [("spare no boat and no crew", "Tomas Brenner"), ("long war on smugglers", "Tomas Brenner")],
            id="a-partial-quote-after-another-in-its-sentence",
        ),
        pytest.param(
            ["“We will win,” Dorrit Alvane said, but the files describe “a long war on smugglers” there."],
            [("We will win", "Dorrit Alvane"), ("a long war on smugglers", None)],
            id="guard-a-partial-quote-after-another-speakers-cue",
        ),
        pytest.param(
            ["The port reopened after a pledge by the Brenner Foundation to “fix every pier by May.”"],
            [("fix every pier by May.", "Brenner Foundation")],
            id="a-pledge-by-an-organisation",
        ),
        pytest.param(
            ["Dorrit Alvane called the orders from Tomas Brenner “a disgrace to the port.”"],
            [("a disgrace to the port.", "Dorrit Alvane")],
            id="guard-orders-from-an-owner-but-no-to",
        ),
        pytest.param(
            [
                "For 30 years, Wynn Castellane has run the lighthouse museum.",
                "Castellane, 71, opened it in 1994. He still polishes the lens every week.",
                "“The light is the last of its kind on this coast.”",
            ],
            [("The light is the last of its kind on this coast.", "Wynn Castellane")],
            id="an-age-makes-a-name-tagged-org-a-person",
        ),
        pytest.param(
            [
                "“We open at dawn,” Dorrit Alvane said.",
                "The tour ended at noon.",
                "Alvane has run the lighthouse museum since 1994. The lens came from a ship that sank in 1911.",
                "“The light is the last of its kind on this coast.”",
            ],
            [
                ("We open at dawn", "Dorrit Alvane"),
                ("The light is the last of its kind on this coast.", "Dorrit Alvane"),
            ],
            id="a-quote-paragraph-after-narration-naming-one-person",
        ),
        pytest.param(
            [
                "Tomas Brenner met Dorrit Alvane at the museum. The lens came from a ship that sank in 1911.",
                "“The light is the last of its kind on this coast.”",
            ],
            [("The light is the last of its kind on this coast.", None)],
            id="guard-a-quote-paragraph-after-narration-naming-two-people",
        ),
        pytest.param(
            [
                "Dorrit Alvane has run the lighthouse museum since 1994. The lens came from a ship that sank in 1911.",
                "“The light is the last of its kind on this coast.”",
            ],
            [("The light is the last of its kind on this coast.", None)],
            id="guard-one-person-named-who-never-spoke",
        ),
        pytest.param(
            [
                "For Dorrit Alvane, the fight is personal. Her father built the pier in 1961.",
                "“My whole childhood is on those boards.”",
            ],
            [("My whole childhood is on those boards.", "Dorrit Alvane")],
            id="a-quote-paragraph-after-a-paragraph-about-one-person",
        ),
        pytest.param(
            [
                "For Mary Ostrowski, the fight is personal. His father built the pier in 1961.",
                "“My whole childhood is on those boards.”",
            ],
            [("My whole childhood is on those boards.", None)],
            id="guard-a-pronoun-of-another-gender-is-about-someone-else",
        ),
        pytest.param(
            ["“The show was fun for the whole family.”", "– Dorrit***", "“Good seats, fair price.”"],
            [("The show was fun for the whole family.", None), ("Good seats, fair price.", None)],
            id="guard-a-masked-signature-names-no-one",
        ),
        pytest.param(
            [
                "The Marrow Valley Transit Authority raised fares on Monday, the Office of Consumer Affairs said.",
                "In a statement, the authority said it would review fares. “We hear the riders,” the statement said.",
            ],
            [("We hear the riders", "Marrow Valley Transit Authority")],
            id="in-a-statement-the-subject-after-the-adverbial",
        ),
        pytest.param(
            [
                "Dorrit Alvane charges that the levy helped her rivals.",
                "“It will cost you jobs,” the Ohio senator said.",
            ],
            [("It will cost you jobs", "Dorrit Alvane")],
            id="a-description-is-the-one-person-just-named",
        ),
        pytest.param(
            [
                "Tomas Brenner founded a charity in 1990.",
                "Years later, Dorrit Alvane gave a speech at the Brenner Foundation.",
                "“It was a promise kept,” the Ohio businesswoman said.",
            ],
            [("It was a promise kept", "Dorrit Alvane")],
            id="a-surname-inside-an-organisation-names-no-one",
        ),
        pytest.param(
            [
                "“We will hold the line,” Tomas Brenner said after meeting Dorrit Alvane.",
                "“There is no doubt at all,” the Ohio senator said.",
            ],
            [("We will hold the line", "Tomas Brenner"), ("There is no doubt at all", "Tomas Brenner")],
            id="a-description-in-a-run-of-quotes-is-the-one-quoted-last",
        ),
        pytest.param(
            [
                "“We will hold the line,” Tomas Brenner said after meeting Dorrit Alvane.",
                "“There is no doubt,” the Ohio senator said, adding that she would vote yes.",
            ],
            [("We will hold the line", "Tomas Brenner"), ("There is no doubt", "the Ohio senator")],
            id="guard-the-one-quoted-last-of-another-gender",
        ),
        pytest.param(
            [
                "Dorrit Alvane met Tomas Brenner on Friday.",
                "“It will cost you jobs,” the Ohio senator said.",
            ],
            [("It will cost you jobs", "the Ohio senator")],
            id="guard-two-people-no-guess",
        ),
        pytest.param(
            [
                "Tomas Brenner charges that the levy helped his rivals.",
                "“It will cost you jobs,” the Ohio senator said, adding that she would vote no.",
            ],
            [("It will cost you jobs", "the Ohio senator")],
            id="guard-another-gender-no-guess",
        ),
        pytest.param(
            [
                "Dorrit Alvane charges that the levy helped her rivals.",
                "The vote came late on Friday.",
                "“It will cost you jobs,” the Ohio senator said.",
            ],
            [("It will cost you jobs", "the Ohio senator")],
            id="guard-named-two-paragraphs-back-no-guess",
        ),
    ],
)
def test_round11_speakers(paragraphs: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert found(paragraphs) == expected


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Jorrit van Daalen", "Jorrit van Daalen"),
        ("Lorna de la Cruz", "Lorna de la Cruz"),
        ("Sleepy Dan Ferrante", "Dan Ferrante"),  # guard: an epithet before a given name is still cut
    ],
)
def test_a_particle_is_no_given_name(written: str, canonical: str) -> None:
    assert person_name(written) == canonical


def _org(text: str, at: int) -> Mention:
    return Mention(text, text, "ORG", "body", None, at, at + len(text), text)


def test_an_age_in_apposition_makes_a_person() -> None:
    text = "Wynn Castellane runs the museum. Castellane, 71, opened it."
    assert person_tagged_org(_org("Wynn Castellane", 0), text)


def test_guard_no_age_no_person() -> None:
    text = "Wynn Castellane runs the museum. Castellane opened it in 1994."
    assert not person_tagged_org(_org("Wynn Castellane", 0), text)


def test_window_is_this_paragraph_and_the_one_before() -> None:
    text = "First one.\nSecond one.\nThird one."
    assert text[window_start(text, text.index("Third") + 3) :].startswith("Second")
    assert window_start(text, 3) == 0


def test_sole_person_counts_a_surname_as_its_full_name() -> None:
    assert sole_person(["Dorrit Alvane", "Alvane", None]) == "Dorrit Alvane"
    assert sole_person(["Dorrit Alvane", "Tomas Brenner"]) is None
    assert sole_person([]) is None


@pytest.mark.parametrize(
    ("word", "is_name"),
    [("al-Amin", True), ("el-Sayed", True), ("d’Arcy", True), ("Pell", True), ("al-fresco", False), ("dance", False)],
)
def test_a_joined_particle_opens_a_name(word: str, is_name: bool) -> None:
    assert opens_name(word) is is_name
