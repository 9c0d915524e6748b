"""Social follow lines and embedded posts' media links (issues 16, 17 and 20, cleaning round cl2).

A page's call to follow an account ('Follow us on Twitter', 'Like us on Facebook') is page furniture by the outlets'
conventions (tests/fixtures/outlets/README.md) and is dropped on any page, as a whole line; a sentence of reporting
about following someone, a quotation and a bio paragraph stay. A post's media link glued to its text
('... pic.twitter.com/<id>') is dropped as a token; the post's words, its other links and its signature stay. The
drop tables fail on the base (5dc05bf); the guards pass on it and after. Every line is invented.
"""

from __future__ import annotations

import pytest

from newsprep.clean import clean_article

BEFORE = "Kessler Rovers signed the winger from Dunmore Town on Tuesday."
AFTER = "The club said the fee was not disclosed."
SIGNATURE = "— Nora Bly (@norably) May 2, 2026"


def _paragraphs(*lines: str) -> list[str]:
    page = "\n\n".join(["Invented headline: the winger who crossed the river", *lines]) + "\n"
    return [p.text for p in clean_article(page).paragraphs]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Follow us on Twitter", id="follow-us"),
        pytest.param("Like us on Facebook", id="like-us"),
        pytest.param("Follow @roversdaily on Facebook", id="follow-handle-on"),
        pytest.param("Follow the Dunmore Courier on Facebook, X and Instagram.", id="name-three-platforms"),
        pytest.param("Be sure to visit Kessler Rovers on Instagram, TikTok, and X.", id="be-sure-to-visit"),
        pytest.param("Don't forget to like us on Instagram!", id="dont-forget"),
        pytest.param("Follow Courier Sport on TikTok and YouTube for more match clips and interviews.", id="for-more"),
        pytest.param("Follow Nora Bly on Twitter @norably.", id="name-platform-handle"),
        pytest.param("Follow the Courier on Facebook, on Instagram and on Threads.", id="on-each-platform"),
        pytest.param("Get Courier Sport On Threads And Bluesky!", id="get-title-case"),
        pytest.param(
            "Catch Courier Sport On Threads! Got a tip? E-mail us at tips@courier.example",
            id="call-question-contact",
        ),
        pytest.param("Curious about Nora Bly's work? Follow her on Mastodon or Bluesky.", id="question-then-call"),
    ],
)
def test_a_social_follow_line_is_dropped_wherever_it_stands(line: str) -> None:
    assert _paragraphs(BEFORE, line, AFTER) == [BEFORE, AFTER]
    assert _paragraphs(BEFORE, AFTER, line) == [BEFORE, AFTER]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("She began to follow the winger on Twitter last year.", id="reporting-about-following"),
        pytest.param("Fans can follow the match on Rovers TV from 3pm.", id="subject-first"),
        pytest.param("Follow our live coverage of the transfer deadline tonight.", id="no-platform"),
        pytest.param("Join us on Saturday at the ground for the open day.", id="join-us-no-platform"),
        pytest.param(
            "Follow him on Twitter, his agent advised, because he never answers calls.", id="call-in-a-sentence"
        ),
        pytest.param("Follow the money on Facebook's ad platform, investigators said.", id="platform-possessive"),
        pytest.param("“Follow us on Instagram,” the club’s new owner told supporters.", id="quoted-call"),
        pytest.param('"Follow us on Twitter."', id="quote-mark-line"),
        pytest.param("E-mail us at tips@courier.example", id="contact-alone"),
        pytest.param("Any questions? E-mail us at tips@courier.example", id="question-and-contact-alone"),
        pytest.param(
            "Nora Bly covers sport for the Courier. Follow her on Twitter @norably.", id="bio-paragraph-with-a-call"
        ),
        pytest.param("Kessler Rovers announced the signing on Instagram.", id="platform-in-reporting"),
        pytest.param("Like us on Facebook? Fewer teenagers do, a survey found.", id="question-then-reporting"),
    ],
)
def test_reporting_and_quotes_that_mention_following_on_a_platform_stay(line: str) -> None:
    assert _paragraphs(BEFORE, line, AFTER) == [BEFORE, line, AFTER]


@pytest.mark.parametrize(
    ("post", "kept"),
    [
        pytest.param(
            "The river at dawn, from the new bridge. pic.twitter.com/Ab12Cd34Ef",
            "The river at dawn, from the new bridge.",
            id="link-after-the-text",
        ),
        pytest.param(
            "Tickets for Saturday are on sale now https://t.co/Zx9Yw8Vu7T pic.twitter.com/Qr5St6Uv7W",
            "Tickets for Saturday are on sale now https://t.co/Zx9Yw8Vu7T",
            id="the-post-s-own-link-stays",
        ),
        pytest.param(
            "See you there.https://t.co/Zx9Yw8Vu7T pic.twitter.com/Qr5St6Uv7W— Rovers (@rovers) May 2, 2026",
            "See you there.https://t.co/Zx9Yw8Vu7T — Rovers (@rovers) May 2, 2026",
            id="glued-to-the-signature",
        ),
        pytest.param("Welcome, Nora. https://pic.twitter.com/Ab12Cd34Ef", "Welcome, Nora.", id="with-scheme"),
    ],
)
def test_an_embedded_post_s_media_link_is_dropped_and_its_words_stay(post: str, kept: str) -> None:
    assert _paragraphs(BEFORE, post, SIGNATURE, AFTER) == [BEFORE, kept, SIGNATURE, AFTER]


def test_a_media_link_alone_on_a_line_leaves_no_paragraph() -> None:
    assert _paragraphs(BEFORE, "pic.twitter.com/Ab12Cd34Ef", AFTER) == [BEFORE, AFTER]


def test_a_post_s_text_freed_of_its_link_is_body_not_a_heading() -> None:
    page = "\n\n".join(
        ["Invented headline", BEFORE, "What a goal from the halfway line. pic.twitter.com/Ab12Cd34Ef", AFTER]
    )
    assert [p.kind for p in clean_article(page).paragraphs] == ["body", "body", "body"]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Pictures posted to pic.twitter.com stay up for years, the archivist said.", id="host-named"),
        pytest.param("The club’s picture host, pic.twitter.com/, was down on Monday.", id="host-without-an-id"),
        pytest.param("See archive.example/pic.twitter.com/Ab12 for the mirror.", id="inside-another-address"),
        pytest.param("The river at dawn, from the new bridge.", id="post-text-without-a-link"),
    ],
)
def test_text_naming_the_media_host_stays_as_written(line: str) -> None:
    assert _paragraphs(BEFORE, line, AFTER) == [BEFORE, line, AFTER]
