"""Social platforms a page asks the reader to follow an account on, and the one convention for such calls.

The convention (issues 16, 17 and 20; tests/fixtures/outlets/README.md, and the descriptions of `goose-entities-dev`
and `np4k-entities`, whose gold lists "a follow-us line" as furniture and counts a byline or a writer's bio):

- a line that is nothing but calls to follow ('Follow us on X', 'Follow <Name> on Instagram and TikTok.') is page
  furniture: the clean stage drops it whole, whatever it names (``newsprep.clean.follow_lines``), as it drops a share
  menu. No name on such a line is an entity or a contributor.
- a call inside a longer line (a writer's bio, 'Jane Doe covers courts. Follow her on Twitter @jdoe.') leaves the
  line in the article, and the bio is text the gold counts (the writer and the employer it names are listed). Only
  the call's platforms and the organisations it asks to follow are furniture: the entity stage drops those spans of
  the call's sentence and keeps its people (``newsprep.extract.entities.furniture``). A person kept so is an entity
  of the article, not a contributor: contributors come from the contributor line alone.
"""

from __future__ import annotations

import re

__all__ = ["PLATFORM_NAMES", "PLATFORM_PATTERN", "is_platform_name"]

PLATFORM_NAMES = (
    "Twitter",
    "X",
    "Facebook",
    "Instagram",
    "TikTok",
    "YouTube",
    "LinkedIn",
    "Threads",
    "Bluesky",
    "Mastodon",
    "Snapchat",
    "Pinterest",
    "Tumblr",
    "Twitch",
    "Reddit",
    "Flipboard",
    "WhatsApp",
    "Telegram",
    "GitHub",
    "Google+",
    "Google Buzz",
)
"""Sites one follows an account on, as pages print them. No name is the start of another, so the alternation below
needs no order."""


def _printed_forms(name: str) -> str:
    """A platform's name as a pattern: any spacing between its words, and 'Google +' as well as 'Google+'."""
    return re.escape(name).replace(r"\ ", r"\s+").replace(r"\+", r"\s*\+")


PLATFORM_PATTERN = "(?:" + "|".join(_printed_forms(name) for name in PLATFORM_NAMES) + ")"
"""One of ``PLATFORM_NAMES``, for a larger pattern (case as the caller's flags say)."""
_PLATFORM_NAME = re.compile(PLATFORM_PATTERN)


def is_platform_name(text: str) -> bool:
    """Whether ``text`` is a platform's name, written as pages write it."""
    return _PLATFORM_NAME.fullmatch(text) is not None
