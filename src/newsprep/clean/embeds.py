"""Embedded social posts' widget lines: the platform's own strings a scraper copies with an embedded post.

A page that embeds a post prints, around the post's text and its signature, the widget's lines: its counts ('1,204
Replies 980 Retweets 3,100 likes'), its ad-disclosure link ('Twitter Ads info and privacy'), its image link ('View
image on Twitter'). They belong to the platform, not to the outlet or the story, so they are dropped on any page, no
profile's marks needed (the cleaning round of stop 54 found the counts published as four statistics and the
disclosure line tagged as a person who then spoke a quote). A line goes only when a pattern fits it whole: a sentence
that mentions likes, replies or privacy stays, and so do the post's text and its signature ('— Name (@handle) May 2,
2024'), which say what was posted and by whom (tests/fixtures/outlets/README.md). The media link a post prints after
its text is no word of the post; it is taken out of the line as a token (cleaning round cl2 found it in 4 aeb articles,
2 trafilatura pages and 1 PolNeAR page, where it was published as an entity and turned a post's line into a heading).
"""

from __future__ import annotations

import re

__all__ = ["widget_lines", "without_media_links"]

_COUNT = r"(?:\d[\d,.]*[KkMm]?\s+){1,2}"
"""A widget's count, printed once or twice ('980' or '980 980': the number and its screen-reader copy)."""
_WIDGET_LINE = re.compile(
    r"(?:"
    + "|".join(
        [
            rf"{_COUNT}Repl(?:y|ies)\s+{_COUNT}(?:Retweets?|Reposts?)\s+{_COUNT}Likes?",
            r"(?:Twitter\s+|X\s+)?Ads\s+info\s+and\s+privacy",
            r"View\s+image\s+on\s+(?:Twitter|X)",
            r"View\s+this\s+post\s+on\s+Instagram",
        ]
    )
    + r")",
    re.IGNORECASE,
)


def widget_lines(lines: list[str]) -> list[bool]:
    """For each line (blank ones included), whether it is an embedded post's widget line, whole."""
    return [_WIDGET_LINE.fullmatch(line.strip()) is not None for line in lines]


_MEDIA_LINK = re.compile(r"\s*(?<![\w/.])(?:https?://)?pic\.twitter\.com/[A-Za-z0-9]+(?![\w/])")
"""An embedded post's media link, as the platform prints it after the post's text ('... the ferry at dawn.
pic.twitter.com/Ab12Cd34Ef'): the address of the post's picture, not a word of the post."""


def without_media_links(line: str) -> str:
    """``line`` without the media links glued to an embedded post's text; the post's own words stay as written."""
    return _MEDIA_LINK.sub(lambda link: _gap_left(line, link), line) if "pic.twitter.com/" in line else line


def _gap_left(line: str, link: re.Match[str]) -> str:
    """A space where the link stood between two words ('link— Name' would glue the post to its signature), else
    nothing."""
    between_words = link.start() > 0 and link.end() < len(line) and not line[link.end()].isspace()
    return " " if between_words else ""
