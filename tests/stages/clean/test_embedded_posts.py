"""Embedded social posts (issues 16 and 17, cleaning round cl1): what of a post a scrape prints is content and stays.

A page that embeds a post prints the post's text and, under it, its signature line ('— Name (@handle) Month d,
yyyy'). The signature is who posted it: the quotes stage reads a dash-signed line under a quote paragraph as its
speaker, as under a reader's letter, so cleaning must keep it. Ordinary sentences about privacy, likes and replies,
and a count of likes in the article's own prose, are the story's. Those are guards (they held before the widget rule
and hold after it); the widget's own lines (its counts, its ad-disclosure and image links) are dropped on any page
(`newsprep.clean.embeds`). Every line is invented.
"""

from __future__ import annotations

import pytest

from newsprep.clean import clean_article
from tests.stages.builders import found_statistics, quotes_of

SIGNATURE = "— Dana Pell (@danapell_7) March 3, 2025"
POST = "“Forty minutes on the pier and then nothing. Not even a notice.”"


def _page(*paragraphs: str) -> str:
    return "\n\n".join(["Invented headline: the ferry that never came", *paragraphs]) + "\n"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(SIGNATURE, id="post-signature"),
        pytest.param("— Harbour Trust (@harbourtrust) November 18, 2024", id="organisation-signature"),
        pytest.param("— Dana Pell 🌊 (@danapell) Jan. 9, 2026", id="signature-with-emoji"),
        pytest.param("Privacy campaigners said the ferry app shared riders’ locations.", id="privacy-sentence"),
        pytest.param("Ads info and privacy rules for the app changed in May, the operator said.", id="ads-sentence"),
        pytest.param("The clip had 12,000 likes and 800 replies by noon.", id="counts-in-prose"),
        pytest.param("Replies to the council’s survey closed on Monday.", id="replies-sentence"),
        pytest.param("Nobody likes the new timetable, riders said.", id="likes-verb"),
        pytest.param("A post shared by the operator on Tuesday blamed the weather.", id="post-shared-sentence"),
    ],
)
def test_a_post_signature_and_sentences_about_posts_stay_in_the_body(line: str) -> None:
    before = "Riders reacted online after the 7.10 crossing was cancelled."
    after = "The operator said the crossing would resume on Friday."
    cleaned = clean_article(_page(before, POST, line, after))
    assert [p.text for p in cleaned.paragraphs] == [before, POST, line, after]


@pytest.mark.parametrize(
    "signature",
    [
        pytest.param(SIGNATURE, id="handle-and-date"),
        pytest.param("— Dana Pell, Harbour Road", id="letter-form"),
    ],
)
def test_a_post_printed_as_a_quote_is_its_signature_s(signature: str) -> None:
    names = {"Dana Pell": ("Dana Pell", "PERSON")}
    quotes = quotes_of(["Riders reacted online after the crossing was cancelled.", POST, signature], names)
    assert [(q.speaker, q.attribution) for q in quotes] == [("Dana Pell", "cue")]


def test_likes_counted_in_the_article_s_prose_are_statistics_and_a_signature_s_date_is_none() -> None:
    found = found_statistics(SIGNATURE, "Her post drew 4,200 likes and 310 replies by Friday.")
    assert [(text, unit) for text, _, unit in found] == [("4,200", "likes"), ("310", "replies")]


@pytest.mark.parametrize(
    "widget",
    [
        pytest.param(["1,204 1,204 Replies 980 980 Retweets 3,100 3,100 likes"], id="counts-with-screen-reader-copies"),
        pytest.param(["12 Replies 40 Reposts 1.2K Likes"], id="counts-reposts-thousands"),
        pytest.param(["Twitter Ads info and privacy"], id="ads-disclosure"),
        pytest.param(["Ads info and privacy"], id="ads-disclosure-bare"),
        pytest.param(["View image on Twitter"], id="image-link"),
        pytest.param(["View this post on Instagram"], id="instagram-link"),
        pytest.param(["View image on Twitter", "1 Reply 2 Retweets 9 Likes", "Twitter Ads info and privacy"], id="all"),
    ],
)
def test_an_embedded_post_s_widget_lines_are_dropped_and_its_text_and_signature_stay(widget: list[str]) -> None:
    before = "Riders reacted online after the 7.10 crossing was cancelled."
    after = "The operator said the crossing would resume on Friday."
    cleaned = clean_article(_page(before, POST, SIGNATURE, *widget, after))
    assert [p.text for p in cleaned.paragraphs] == [before, POST, SIGNATURE, after]


def test_a_widget_s_counts_are_no_statistics() -> None:
    cleaned = clean_article(_page(POST, SIGNATURE, "1,204 1,204 Replies 980 980 Retweets 3,100 3,100 likes"))
    assert "Replies" not in cleaned.clean_text and "likes" not in cleaned.clean_text
