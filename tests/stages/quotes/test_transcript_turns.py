"""A transcript's turn of several paragraphs (issue 16): ../shared/fixtures/README.md says transcript turns are
direct quotes and each paragraph of a multi-paragraph quote is its own quote, so each further paragraph of a turn is
a quote of the person its label names ('continuation'). Invented transcripts."""

from __future__ import annotations

from tests.stages.builders import quote_rows

INTERVIEW = [
    "Harbour towns count the cost of the storm",
    "NINA ARKWRIGHT: The storm tore through the harbour on Friday night.",
    "By morning, half the boats were on the quay.",
    "Tom Quayle reports.",
    "TOM QUAYLE: The harbour master has seen nothing like it in thirty years.",
    "DORA PENGELLY: We lost two boats and most of the nets.",
    "It will take the summer to get back on our feet.",
    "TOM QUAYLE: Do you blame the council?",
    "DORA PENGELLY: No. Nobody could have stopped that sea.",
]


def test_each_further_paragraph_of_a_turn_is_a_quote_of_its_speaker() -> None:
    assert quote_rows(INTERVIEW) == [
        ("The storm tore through the harbour on Friday night.", "Nina Arkwright", "colon"),
        ("By morning, half the boats were on the quay.", "Nina Arkwright", "continuation"),
        ("Tom Quayle reports.", "Nina Arkwright", "continuation"),
        ("The harbour master has seen nothing like it in thirty years.", "Tom Quayle", "colon"),
        ("We lost two boats and most of the nets.", "Dora Pengelly", "colon"),
        ("It will take the summer to get back on our feet.", "Dora Pengelly", "continuation"),
        ("Do you blame the council?", "Tom Quayle", "colon"),
        ("No. Nobody could have stopped that sea.", "Dora Pengelly", "colon"),
    ]


def test_the_paragraphs_after_the_last_turn_are_not_taken() -> None:
    rows = quote_rows([*INTERVIEW, "Copyright the Harbour Broadcasting Company. All rights reserved."])
    assert rows[-1] == ("No. Nobody could have stopped that sea.", "Dora Pengelly", "colon")
    assert len(rows) == 8


def test_a_bracketed_stage_line_ends_the_turn() -> None:
    rows = quote_rows(
        [
            "NINA ARKWRIGHT: The storm tore through the harbour on Friday night.",
            "(SOUNDBITE OF WAVES)",
            "The lifeboat crew were out until dawn.",
            "NINA ARKWRIGHT: Tom Quayle was there.",
        ]
    )
    assert [text for text, _, _ in rows] == [
        "The storm tore through the harbour on Friday night.",
        "Tom Quayle was there.",
    ]


def test_a_single_labelled_line_in_an_article_is_no_transcript() -> None:
    rows = quote_rows(
        [
            "The council met on Tuesday to decide the harbour's repairs.",
            "NOTE: The meeting was held in public.",
            "The vote is due next week, and the repairs could start in May.",
        ]
    )
    assert rows == []


def test_a_quotation_inside_a_further_paragraph_stays_inside_the_turn() -> None:
    rows = quote_rows(
        [
            "NINA ARKWRIGHT: What did the council say?",
            "DORA PENGELLY: They told us to wait.",
            "They said “help is coming,” and we are still waiting.",
            "NINA ARKWRIGHT: Thank you.",
        ]
    )
    assert ("They said “help is coming,” and we are still waiting.", "Dora Pengelly", "continuation") in rows
    assert not any(text == "help is coming" for text, _, _ in rows)


def test_a_label_the_text_writes_as_a_name_goes_on_though_its_first_word_is_no_common_given_name() -> None:
    rows = quote_rows(
        [
            "NINA ARKWRIGHT: Zelpha Quennell reports from the quay.",
            "ZELPHA QUENNELL: The water came over the wall at midnight.",
            "By dawn the road was closed.",
            "NINA ARKWRIGHT: Thank you.",
        ]
    )
    assert ("By dawn the road was closed.", "Zelpha Quennell", "continuation") in rows


def test_a_pages_repeated_furniture_labels_are_no_interview_whose_turns_go_on() -> None:
    rows = quote_rows(
        [
            "The league will change the finals' format next year.",
            "SHOP NOW: A gift card for the league's store",
            "Teams will play three rounds before the knockout stage.",
            "SHOP NOW: A figure of the champion",
            "The change was announced on Tuesday.",
            "SHOP NOW: A poster of the final",
        ]
    )
    assert not any(attribution == "continuation" for _, _, attribution in rows)
    assert not any("three rounds" in text or "announced" in text for text, _, _ in rows)


def test_a_stage_line_inside_quote_marks_ends_the_turn_too() -> None:
    rows = quote_rows(
        [
            '"NINA ARKWRIGHT: The storm tore through the harbour on Friday night.',
            '"(CROSSTALK.)',
            '"NINA ARKWRIGHT: Tom Quayle was there.',
        ]
    )
    assert not any("CROSSTALK" in text for text, _, _ in rows)
