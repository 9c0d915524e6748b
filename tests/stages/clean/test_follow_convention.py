"""Issues 16, 17 and 20, cleaning round cl3: one list of social platforms and one convention for calls to follow.

A line of nothing but calls ('Follow <Name> on <Platform>.') is furniture, dropped whole by the clean stage, its
person included, and names no contributor. A call inside a longer line (a writer's bio) leaves the line: the entity
stage drops the call's platforms and organisations and keeps its people. Both read one list of platforms
(``newsprep.text.social``); the entity rule used to know eight of them and to keep a platform the model tagged PERSON
('on Facebook and Twitter'). The platforms are written out here, not imported, so that the guards run on the base
(26db140), where the ``CHANGED`` rows fail. Every other name is invented.
"""

from __future__ import annotations

import pytest

from newsprep.clean import clean_article
from tests.stages.builders import article_from
from tests.stages.entities.test_entities import body_spans, entity_set

KNOWN_TO_BOTH = (
    "Twitter",
    "Facebook",
    "Instagram",
    "YouTube",
    "LinkedIn",
    "TikTok",
    "Pinterest",
    "Google+",
    "Google Buzz",
)
"""Platforms the entity rule knew before this round (its 'Google' took both Google names)."""
KNOWN_TO_THE_CLEAN_STAGE_ONLY = (
    *("X", "Threads", "Bluesky", "Mastodon", "Snapchat", "Tumblr", "Twitch", "Reddit", "Flipboard", "WhatsApp"),
    *("Telegram", "GitHub"),
)
BIO = "Ann Lee covers courts for the Delford Ledger. Follow her on {platform}."


def _bio_case(platform: str) -> object:
    body = BIO.format(platform=platform)
    spans = [("Ann Lee", "PERSON"), ("Delford Ledger", "ORG"), (platform, "ORG")]
    return pytest.param(body, spans, {("Ann Lee", "PERSON"), ("Delford Ledger", "ORG")}, id=f"bio-{platform}")


CHANGED = [
    *(_bio_case(platform) for platform in KNOWN_TO_THE_CLEAN_STAGE_ONLY),
    pytest.param(
        "Ann Lee covers courts. Follow her on Facebook and Twitter.",
        [("Ann Lee", "PERSON"), ("Facebook", "ORG"), ("Twitter", "PERSON")],
        {("Ann Lee", "PERSON")},
        id="a-listed-platform-tagged-person",
    ),
    pytest.param(
        "Rates held, she said. Follow Tom Brask on Threads and Mastodon for more.",
        [("Tom Brask", "PERSON"), ("Threads", "ORG"), ("Mastodon", "PERSON")],
        {("Tom Brask", "PERSON")},
        id="the-person-a-call-names-stays",
    ),
    pytest.param(
        "The count ends on Friday. Follow the Delford Ledger on Telegram.",
        [("Delford Ledger", "ORG"), ("Telegram", "ORG")],
        set(),
        id="the-outlet-a-call-names-goes",
    ),
]

GUARDS = [
    *(_bio_case(platform) for platform in KNOWN_TO_BOTH),
    pytest.param(
        "Regulators will follow up on X Corp's filing, Ann Lee said.",
        [("X Corp", "ORG"), ("Ann Lee", "PERSON")],
        {("X Corp", "ORG"), ("Ann Lee", "PERSON")},
        id="a-name-holding-a-platform-is-no-call",
    ),
    pytest.param(
        "Ann Lee will get on X-ray duty at Norvale General.",
        [("Ann Lee", "PERSON"), ("Norvale General", "ORG")],
        {("Ann Lee", "PERSON"), ("Norvale General", "ORG")},
        id="a-word-opening-like-a-platform",
    ),
    pytest.param(
        "Norvale Mining posted the plan on Bluesky, Ann Lee said.",
        [("Norvale Mining", "ORG"), ("Bluesky", "ORG"), ("Ann Lee", "PERSON")],
        {("Norvale Mining", "ORG"), ("Bluesky", "ORG"), ("Ann Lee", "PERSON")},
        id="a-platform-in-reporting",
    ),
    pytest.param(
        "Ann Lee writes for Norvale Daily. Follow her on Twitter @annlee.",
        [("Ann Lee", "PERSON"), ("Norvale Daily", "ORG"), ("Twitter", "ORG")],
        {("Ann Lee", "PERSON"), ("Norvale Daily", "ORG")},
        id="a-known-platform-with-a-handle",
    ),
]


@pytest.mark.parametrize(("body", "spans", "expected"), CHANGED + GUARDS)
def test_a_call_inside_a_longer_line_keeps_its_people_only(
    body: str, spans: list[tuple[str, str]], expected: set[tuple[str, str]]
) -> None:
    """Each ``CHANGED`` row fails on base 26db140; each ``GUARDS`` row passes there and after."""
    assert entity_set(article_from(body), body_spans(body, spans)) == expected


@pytest.mark.parametrize("platform", KNOWN_TO_BOTH + KNOWN_TO_THE_CLEAN_STAGE_ONLY)
def test_a_line_of_calls_goes_whole_with_its_person_and_names_no_contributor(platform: str) -> None:
    """The clean stage's side of the convention, on every platform of the one list (passes on base and after)."""
    before, after = "Kessler Rovers signed the winger on Tuesday.", "The fee was not disclosed."
    page = f"Invented headline\n\n{before}\n\nFollow Nora Bly on {platform} for more.\n\n{after}\n"
    article = clean_article(page)
    assert [p.text for p in article.paragraphs] == [before, after]
    assert article.contributors == ()
