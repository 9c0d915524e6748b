"""Speakers, round 12 (issue 16): a partial quote inside an ``as``/``while``/``when`` clause of speaking is that
clause's subject's; a fact-checker's rating is its words; a passive participle after a quote attributes nothing; a
sentence adverb is no subject; comparing a person aloud makes short spans quotations; quotes joined by and/or share
the attribution after them; ``in X’s words`` names the owner; ``read a statement from X`` is X's; a clock time before
an opening mark ends a sentence; a quote over paragraphs takes the speaker its last paragraph names; a subject ends
before its auxiliary; ``police said`` is the force named before. Every sentence here is invented; each test fails
without its rule, but the guards, which keep a rule from overreaching, and the ``while``/``when`` clauses, which main
already read (a long span, a speech cue) and which the new rule must not change."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.clauses.speech import speech_clause
from newsprep.extract.quotes.grammar.words import has_speech_cue
from newsprep.extract.quotes.spans.marks import MASK, sentence_starts
from tests.stages.builders import organisations, people, speakers_in

NAMES = {
    **people("Anton Renfrew", "Dana Pell", "Omar Velde", "Joel Parrish"),
    "Ruth Ambler": ("Ruth Ambler", "PERSON"),
    "Harbor Lights": ("Harbor Lights", "PERSON"),
    "Ruben Achterberg": ("Ruben Achterberg", "PERSON"),
    **organisations("FactLine", "Velde Shipping", "Ashford Police Department", "Harbor Council", "Prairie Facts Group"),
}


found = speakers_in(NAMES)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            ["Anton Renfrew spoke at the pier.", "As Renfrew talked about “open harbors,” the crowd began to chant."],
            [("open harbors", "Anton Renfrew")],
            id="a-short-quote-in-an-as-clause-of-talking",
        ),
        pytest.param(
            ["As Renfrew talked about “open harbors” and “honest wages,” the crowd began to chant."],
            [("open harbors", "Anton Renfrew"), ("honest wages", "Anton Renfrew")],
            id="quotes-joined-by-and-in-the-clause",
        ),
        pytest.param(
            [
                "Dana Pell and Omar Velde sat by the radio.",
                "As Velde went on about “ferries that never run,” and “fares nobody pays,” Pell told a neighbour so.",
            ],
            [("ferries that never run", "Omar Velde"), ("fares nobody pays", "Omar Velde")],
            id="the-clause-speaker-not-the-main-clauses-cue",
        ),
        pytest.param(
            ["Dana Pell watched.", "While Velde spoke of “a port that pays its people,” Pell shook her head."],
            [("a port that pays its people", "Omar Velde")],
            id="a-while-clause-of-speaking",
        ),
        pytest.param(
            ["Dana Pell watched.", "When Velde warned of “a lost decade for the port,” Pell left the hall."],
            [("a lost decade for the port", "Omar Velde")],
            id="a-when-clause-with-a-speech-cue",
        ),
        pytest.param(
            ["Omar Velde sat down.", "As the vote neared, Pell called the plan “doomed from the start.”"],
            [("doomed from the start.", "Dana Pell")],
            id="guard-an-as-clause-closed-by-its-comma",
        ),
        pytest.param(
            ["Omar Velde sat down.", "The levy was described as “a gift to shippers” while Pell was talking."],
            [("a gift to shippers", None)],
            id="guard-a-clause-of-speaking-after-the-quote",
        ),
        pytest.param(
            ["FactLine checks claims.", "FactLine rated the senator's claim as “mostly false.”"],
            [("mostly false.", "FactLine")],
            id="a-fact-checkers-rating",
        ),
        pytest.param(
            ["The Prairie Facts Group checks claims.", "It rated the challenger's figure “half true,” noting a gap."],
            [("half true", "Prairie Facts Group")],
            id="a-rating-by-it-is-the-organisations",
        ),
        pytest.param(
            [
                "FactLine checks claims.",
                "Separately, FactLine rated half of the mayor’s claims as “entirely accurate.”",
            ],
            [("entirely accurate.", "FactLine")],
            id="a-sentence-adverb-is-no-subject",
        ),
        pytest.param(
            ["The app was rated “excellent” in the spring."],
            [],
            id="guard-a-passive-rating-names-no-one",
        ),
        pytest.param(
            [
                "Joel Parrish spoke for the crews.",
                "Parrish said crews had worked “double shifts for months” without the overtime they were promised.",
            ],
            [("double shifts for months", "Joel Parrish")],
            id="a-passive-after-the-quote-attributes-nothing",
        ),
        pytest.param(
            ["Joel Parrish spoke for the crews.", "“We are done waiting,” Parrish was saying as the boats left."],
            [("We are done waiting", "Joel Parrish")],
            id="guard-a-progressive-after-the-quote-still-attributes",
        ),
        pytest.param(
            [
                "In her book, Harbor Lights, Ruth Ambler recalled the injury.",
                "After calling the bridge “older than the town itself,” she was “glad … to see it repaired” at last.",
            ],
            [("older than the town itself", None), ("glad … to see it repaired", "Ruth Ambler")],
            id="a-she-after-an-opening-clause-that-ends-in-a-quote",
        ),
        pytest.param(
            [
                "Ruth Ambler inspected the pier.",
                "After saying the pier was “safe for years,” the engineers were “stunned by the cracks” there.",
            ],
            [("safe for years", None), ("stunned by the cracks", None)],
            id="guard-a-lower-case-description-after-the-clause",
        ),
        pytest.param(
            [
                "Ruth Ambler, who coaches the town team, compared Velde to a goalkeeper who keeps “arguing every "
                "whistle” so that “referees look away.”"
            ],
            [("arguing every whistle", "Ruth Ambler"), ("referees look away.", "Ruth Ambler")],
            id="comparing-a-person-aloud",
        ),
        pytest.param(
            ["Omar Velde runs the shop.", "Sales rose 5 percent compared to the “slow season” of last year."],
            [],
            id="guard-compared-to-no-person",
        ),
        pytest.param(
            ["Dana Pell runs the council.", "The delay was “unacceptable” and “avoidable,” the Harbor Council said."],
            [("unacceptable", "Harbor Council"), ("avoidable", "Harbor Council")],
            id="coordinated-quotes-share-the-attribution-after-them",
        ),
        pytest.param(
            ["Dana Pell runs the council.", "The levy is, in Velde’s words, “a tax on the poor.”"],
            [("a tax on the poor.", "Omar Velde")],
            id="in-a-persons-words",
        ),
        pytest.param(
            ["Pell spoke first.", "The levy is, in the words of council member Omar Velde, “a tax on the poor.”"],
            [("a tax on the poor.", "Omar Velde")],
            id="in-the-words-of-a-person-after-role-words",
        ),
        pytest.param(
            ["Dana Pell spoke first.", "In other words, Velde called the levy “a tax on the poor.”"],
            [("a tax on the poor.", "Omar Velde")],
            id="guard-in-other-words-names-no-owner",
        ),
        pytest.param(
            ["Mayor Ruben Achterberg signed the measure at 1 a.m. “It is done,” he said. “Now we build.”"],
            [("It is done, Now we build.", "Ruben Achterberg")],
            id="a-clock-time-ends-its-sentence-before-a-quote",
        ),
        pytest.param(
            ["Velde Shipping owns the pier.", "“We regret the delay,” read a statement from Velde Shipping."],
            [("We regret the delay", "Velde Shipping")],
            id="read-a-statement-from-an-organisation",
        ),
        pytest.param(
            ["Dana Pell runs the port.", "“We regret the delay,” read a sign on the door."],
            [("We regret the delay", None)],
            id="guard-read-a-thing-that-is-no-document",
        ),
        pytest.param(
            [
                "Omar Velde spoke first.",
                "“We built this pier in 1990. It has never closed for a storm.",
                "“It will not close for this one either,” Pell said.",
            ],
            [
                ("We built this pier in 1990. It has never closed for a storm.", "Dana Pell"),
                ("It will not close for this one either", "Dana Pell"),
            ],
            id="a-quote-over-paragraphs-attributed-in-its-last",
        ),
        pytest.param(
            [
                "Omar Velde spoke first.",
                '"We built this pier in 1990. It has never closed for a storm.',
                "“It will not close for this one either,” Pell said.",
            ],
            [
                ("We built this pier in 1990. It has never closed for a storm.", "Omar Velde"),
                ("It will not close for this one either", "Dana Pell"),
            ],
            id="guard-another-mark-is-another-quotation",
        ),
        pytest.param(
            [
                "“The pier is safe,” Velde said. “It has never closed.",
                "“It will close tomorrow,” Pell said.",
            ],
            [("The pier is safe, It has never closed.", "Omar Velde"), ("It will close tomorrow", "Dana Pell")],
            id="guard-an-open-paragraph-with-its-own-speaker",
        ),
        pytest.param(
            [
                "Velde Shipping owns the pier.",
                "The company did not respond to requests for comment but said in a filing that the delay was "
                "“temporary.”",
            ],
            [("temporary.", "Velde Shipping")],
            id="a-subject-before-its-auxiliary-shares-the-cue",
        ),
        pytest.param(
            ["Omar Velde spoke first.", "Pell has long opposed the levy and said it was “a mistake.”"],
            [("a mistake.", "Dana Pell")],
            id="guard-a-name-before-its-auxiliary",
        ),
        pytest.param(
            ["The Ashford Police Department closed the road.", "“The road reopens at noon,” police said."],
            [("The road reopens at noon", "Ashford Police Department")],
            id="police-said-is-the-force-named-before",
        ),
        pytest.param(
            ["The Ashford Police Department closed the road.", "Police said it would reopen “by noon at the latest.”"],
            [("by noon at the latest.", "Ashford Police Department")],
            id="police-opening-a-sentence-is-no-name",
        ),
        pytest.param(
            ["The road was closed on Monday.", "“The road reopens at noon,” police said."],
            [("The road reopens at noon", "police")],
            id="guard-police-with-no-force-named",
        ),
    ],
)
def test_round12_speakers(paragraphs: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert found(paragraphs) == expected


@pytest.mark.parametrize(
    ("left", "speaker"),
    [
        ("As Renfrew talked about ", "Renfrew"),
        (f"as Velde went on about {MASK * 6}, and ", "Velde"),
        ("She smiled while the mayor spoke of ", "the mayor"),
        ("As the vote neared, Pell called it ", None),
        ("As expected, the plan was described as ", None),
        ("When Pell was told about ", None),
        ("The levy passed as ", None),
    ],
)
def test_speech_clause(left: str, speaker: str | None) -> None:
    clause = speech_clause(left + MASK * 5, 0, len(left))
    written = None if clause is None else left[clause.phrase.start : clause.phrase.end]
    assert written == speaker


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("FactLine rated the claim", True),
        ("the claim was rated", False),
        ("the jobless rate rose", False),
        ("interest rates fell", False),
    ],
)
def test_a_rating_is_a_speech_cue_outside_the_passive(sentence: str, cue: bool) -> None:
    assert has_speech_cue(sentence) is cue


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("He signed it at 1 a.m. “It is done,” he said.", 2),
        ("He signed it at 1 a.m. Monday and left.", 1),
        ("He met Dr. “Bud” Velde there.", 1),
    ],
)
def test_a_clock_time_before_an_opening_mark_ends_a_sentence(text: str, starts: int) -> None:
    assert len(sentence_starts(text, 0, len(text))) == starts
