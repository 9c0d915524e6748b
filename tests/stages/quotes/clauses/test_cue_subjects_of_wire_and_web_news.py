"""Speakers, round 26 (issue 16): what a dev set of US magazine, web and wire news (``np4k-quotes-dev``,
newspaper4k's English articles) showed.

- A person and the body they belong to before the cue (``Patrol Chief Dana Pell with the Harbor Police said``):
  the phrase reader stopped at the article and took the body for the speaker, or gave up on the long subject (more
  than eight words before the cue); the person speaks, also when NER missed their name.
- A sentence's subject behind what opens it: a wire dateline with a double hyphen (``SEOUL, May 4 (Wire) --``), a
  sentence adverb (``Finally,``) and a past participle's phrase (``Signed on club paper,``) were read as the subject
  of a participle cue (``..., warning that ...``).
- A cue and its subject set between commas before the quotation (``The contract, said Tavi Brenn, “...”``) gave no
  speaker.
- A verb of saying no cue list holds after a quotation closed by a comma (``“...,” he rejoined``, ``“...,” Benz
  bellowed``) gave no speaker, or the previous speaker as a continuation.
- A cue after ``to`` whose subject is not the sentence's: the one a causative verb prompts (``an attack that prompted
  Aya Senn to quip``) and the one a relative pronoun names (``Dov Haran, who proceeded to tell his staff, “...”``).
- An organisation after its owner's possessive (``a spokesman for Velde’s Lanark Group said``): the owner was taken
  for the speaker.
- A sentence quoted right after a verb no list holds and the one it is addressed to (``she instructed her drivers,
  “...”``, ``Penn ordered Tomas Vire, “...”``): no speaker, or the one addressed.

Every sentence here is invented, in several styles; each rule case fails on the base code (bd3a7ec), the guards pass
on both."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, organisations, people, quote_rows

HARBOR_POLICE = organisations("Harbor Police Department")
LANARK = {**people("Ivo Velde"), **organisations("Lanark Group")}

RULES = [
    pytest.param(
        [
            "The storm closed the harbor bridge on Monday.",
            "“We will reopen the bridge by Friday,” Deputy Chief Maren Olsk with the Harbor Police Department said "
            "Tuesday.",
        ],
        {**people("Maren Olsk"), **HARBOR_POLICE},
        [("We will reopen the bridge by Friday", "Maren Olsk", "cue")],
        id="titled-name-with-the-department-said",
    ),
    pytest.param(
        ['"Nobody expected the ice this early," Maren Olsk of the Harbor Police Department said.'],
        {**people("Maren Olsk"), **HARBOR_POLICE},
        [("Nobody expected the ice this early", "Maren Olsk", "cue")],
        id="name-of-the-department-said-is-the-person",
    ),
    pytest.param(
        ["“We will reopen the bridge by Friday,” Patrol Chief James Olsk with the Harbor Police Department said."],
        HARBOR_POLICE,
        [("We will reopen the bridge by Friday", "James Olsk", "cue")],
        id="name-ner-missed-with-the-department",
    ),
    pytest.param(
        [
            "LISBRIDGE, May 3 (Wirecast) -- Mayor Ona Felt blasted the regional board on Monday, warning that the "
            'board would pay for "reckless and cruel" cuts.'
        ],
        people("Ona Felt"),
        [("reckless and cruel", "Ona Felt", "cue")],
        id="wire-dateline-with-double-hyphen-is-no-subject",
    ),
    pytest.param(
        [
            "Judge Kemal Aru heard the motion in May.",
            "Finally, Aru pushed to close the hearing, insisting that cameras would “turn a trial into a show.”",
        ],
        people("Kemal Aru"),
        [("turn a trial into a show.", "Kemal Aru", "cue")],
        id="sentence-adverb-finally-is-no-subject",
    ),
    pytest.param(
        [
            "Signed on club paper, Ruth Ambe stated that the coach had “worked with the juniors for six years,” "
            "praising him for his “patience and care.”"
        ],
        people("Ruth Ambe"),
        [
            ("worked with the juniors for six years", "Ruth Ambe", "cue"),
            ("patience and care.", "Ruth Ambe", "cue"),
        ],
        id="past-participle-phrase-is-no-subject",
    ),
    pytest.param(
        [
            "Talks with the unions stalled in March.",
            'The new contract, said Tavi Brenn, "was all about keeping the night shift open."',
        ],
        people("Tavi Brenn"),
        [("was all about keeping the night shift open.", "Tavi Brenn", "cue")],
        id="inverted-cue-between-commas-before-the-quote",
    ),
    pytest.param(
        [
            "“Is that your view?” Ulrich Benz asked.",
            "“No, it is not,” Greta Holm said. “I was making a narrower point.”",
            "“Then why raise it at all,” he rejoined.",
        ],
        people("Ulrich Benz", "Greta Holm"),
        [
            ("Is that your view?", "Ulrich Benz", "cue"),
            ("No, it is not, I was making a narrower point.", "Greta Holm", "cue"),
            ("Then why raise it at all", "Ulrich Benz", "pronoun"),
        ],
        id="he-and-a-verb-no-list-holds-after-a-comma",
    ),
    pytest.param(
        ["Ulrich Benz took the stage at noon.", '"It is time to close the old mine for good," Benz bellowed.'],
        people("Ulrich Benz"),
        [("It is time to close the old mine for good", "Ulrich Benz", "cue")],
        id="name-and-a-verb-no-list-holds-after-a-comma",
    ),
    pytest.param(
        [
            "Pim Rook said the figures were “very good” before a new attack that prompted Aya Senn to quip it "
            "sounded like a “scratched disc.”"
        ],
        people("Pim Rook", "Aya Senn"),
        [("very good", "Pim Rook", "cue"), ("scratched disc.", "Aya Senn", "cue")],
        id="the-one-prompted-to-quip-speaks",
    ),
    pytest.param(
        [
            "The rules were handed over in front of Dov Haran, who proceeded to tell his staff, “These rules come "
            "from the owners.”"
        ],
        people("Dov Haran"),
        [("These rules come from the owners.", "Dov Haran", "cue")],
        id="who-proceeded-to-tell-is-the-one-named-before",
    ),
    pytest.param(
        ["The levy was backed by the Harbor Council, which voted to call it “a fair share.”"],
        organisations("Harbor Council"),
        [("a fair share.", "Harbor Council", "cue")],
        id="which-voted-to-call-is-the-body-named-before",
    ),
    pytest.param(
        [
            "Ivo Velde bought the Lanark Group in May.",
            "A spokesman for Velde’s Lanark Group said the report was “a fairy tale.”",
        ],
        LANARK,
        [("a fairy tale.", "Lanark Group", "cue")],
        id="owners-organisation-before-the-cue-speaks",
    ),
    pytest.param(
        [
            "Ivo Velde bought the Lanark Group in May.",
            "“It is a fairy tale,” said a spokesman for Velde’s Lanark Group.",
        ],
        LANARK,
        [("It is a fairy tale", "Lanark Group", "cue")],
        id="spokesman-for-the-owners-organisation-speaks-for-it",
    ),
    pytest.param(
        [
            "Orla Penn ran the depot for a decade.",
            "On her last day she instructed her drivers, “Nobody leaves a van unlocked.”",
        ],
        people("Orla Penn"),
        [("Nobody leaves a van unlocked.", "Orla Penn", "pronoun")],
        id="a-verb-no-list-holds-addressed-to-someone-before-a-sentence",
    ),
    pytest.param(
        ["Orla Penn ran the depot for a decade.", 'Penn ordered Tomas Vire, "Lock the gate tonight."'],
        people("Orla Penn", "Tomas Vire"),
        [("Lock the gate tonight.", "Orla Penn", "cue")],
        id="the-one-who-orders-speaks-not-the-one-addressed",
    ),
]

GUARDS = [
    pytest.param(
        [
            'To the question, "did you make any mistakes?", Mr Lorre replied: "No, I do not think so".',
        ],
        people("Stefan Lorre"),
        [("did you make any mistakes?", None, "none"), ("No, I do not think so", "Stefan Lorre", "colon")],
        id="a-question-put-to-the-one-who-replied-is-not-theirs",
    ),
    pytest.param(
        ["Ulrich Benz took the stage at noon.", "The “quiet years for the old mining towns” he remembered were over."],
        people("Ulrich Benz"),
        [("quiet years for the old mining towns", None, "none")],
        id="a-verb-no-list-holds-after-a-quote-no-comma-hands-on",
    ),
    pytest.param(
        ["Orla Penn ran the depot for a decade.", "In the end she locked the gate, “for the last time.”"],
        people("Orla Penn"),
        [("for the last time.", None, "none")],
        id="a-phrase-after-a-comma-is-no-addressed-sentence",
    ),
    pytest.param(
        ["Ivo Velde bought the Lanark Group in May.", "“It is a fairy tale,” said a spokesman for Velde’s campaign."],
        LANARK,
        [("It is a fairy tale", "Ivo Velde campaign", "organisation_noun")],
        id="spokesman-for-the-owners-campaign-unchanged",
    ),
    pytest.param(
        ["Ivo Velde bought the Lanark Group in May.", "“It is a fairy tale,” said a spokeswoman for Velde."],
        LANARK,
        [("It is a fairy tale", "Ivo Velde", "cue")],
        id="spokeswoman-for-a-person-unchanged",
    ),
    pytest.param(
        ["Pim Rook took to Twitter to accuse the council of “wasting every cent.”"],
        {**people("Pim Rook"), **organisations("Twitter")},
        [("wasting every cent.", "Pim Rook", "cue")],
        id="took-to-a-platform-to-accuse-is-the-subject",
    ),
    pytest.param(
        ["Ina Welt praised Dov Haran, who was about to retire, calling him “the best of us.”"],
        people("Dov Haran", "Ina Welt"),
        [("the best of us.", "Ina Welt", "cue")],
        id="a-relative-clause-between-commas-leaves-the-subject",
    ),
    pytest.param(
        ["Ulrich Benz took the stage at noon.", "“It is time to close the old mine for good.” He smiled and left."],
        people("Ulrich Benz"),
        [("It is time to close the old mine for good.", None, "none")],
        id="a-full-stop-ends-the-quote-before-the-next-sentence",
    ),
    pytest.param(
        ["Ulrich Benz took the stage at noon.", "“It is time to close the old mine,” the crowd roared."],
        people("Ulrich Benz"),
        [("It is time to close the old mine", None, "none")],
        id="a-description-and-an-unlisted-verb-unchanged",
    ),
    pytest.param(
        ["“We will reopen the bridge by Friday,” Maren Olsk, a spokeswoman for the Harbor Police Department, said."],
        {**people("Maren Olsk"), **HARBOR_POLICE},
        [("We will reopen the bridge by Friday", "Maren Olsk", "cue")],
        id="appositive-role-for-the-department-unchanged",
    ),
    pytest.param(
        ["“We will reopen the bridge by Friday,” the chairman of the Harbor Police Board said."],
        organisations("Harbor Police Board"),
        [("We will reopen the bridge by Friday", "the chairman of the Harbor Police Board", "cue")],
        id="role-of-the-board-is-no-named-person",
    ),
    pytest.param(
        ["Mohamed in his statement said the fund was “nearly empty.”"],
        people("Mohamed"),
        [("nearly empty.", "his statement", "cue")],
        id="given-name-ending-in-ed-is-no-participle",
    ),
    pytest.param(
        ["“We will win,” said Tavi Brenn, “and we will do it at home.”"],
        people("Tavi Brenn"),
        [("We will win, and we will do it at home.", "Tavi Brenn", "cue")],
        id="split-quote-around-an-inverted-cue-unchanged",
    ),
    pytest.param(
        ["The plan, the union said, was “a gift to landlords.”"],
        {},
        [("a gift to landlords.", "the union", "cue")],
        id="subject-before-cue-between-commas-unchanged",
    ),
    pytest.param(
        [
            "The wells would supply water by June.",
            "Director-General of the Harbor Water Agency, Dr. Ilse Varga, warned that the rains could come late. “We "
            "must plan for the worst case,” she said.",
        ],
        {**people("Ilse Varga"), **organisations("Harbor Water Agency")},
        [("We must plan for the worst case", "Ilse Varga", "pronoun")],
        id="title-of-the-agency-after-a-month-is-no-name",
    ),
    pytest.param(
        ["PORT ELLIS, Ore. — Mayor Ona Felt said the levy was “the last resort.”"],
        people("Ona Felt"),
        [("the last resort.", "Ona Felt", "cue")],
        id="dateline-with-a-dash-unchanged",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), RULES)
def test_round26_rule(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected


@pytest.mark.parametrize(("paragraphs", "names", "expected"), GUARDS)
def test_round26_guard(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected
