"""Page furniture a web page's extracted text keeps, whose names are no entity of the article (issue 17, round e5).

Extracted web text keeps some of the page around the article: a line linking to another story (``MORE: <Title>``,
``More from <Site> and <Site>: ...``) and a line asking the reader to follow the outlet or the writer on a social
site (``Get <Outlet> On <Site>``, ``follow him on <Site>``). A link line's names are the other story's or the sites',
so every span in it goes. A follow request the clean stage left in (a sentence of a writer's bio, of a listings
paragraph) follows the convention of ``newsprep.text.social``: its platforms and the organisations it asks to follow
are furniture and go, its people stay (the writer a bio names, which the gold counts), and only in the sentence that
asks the reader to follow: the sentence before it, which says whom the writer works for, stays.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsprep.extract.entities.source_text import SourceKey, source_key
from newsprep.model import NerSpan
from newsprep.text.social import PLATFORM_PATTERN, is_platform_name

_LINK_LINE = re.compile(
    r"^\(?(?:MORE|More|READ MORE|Read more|Read More|RELATED|Related|SEE ALSO|See also|ALSO READ|Also read|WATCH|Watch)"
    r"\s*:.*$|^More from\b[^:\n]{0,80}:.*$",
    re.MULTILINE,
)
"""A line opening with a link to another story or page: a label and a colon, or ``More from <Sites>:``."""
_ON_PLATFORM = rf"\b(?:on|On|ON)\s+{PLATFORM_PATTERN}(?![\w-]|\s+[A-Z])"
"""'on' and a platform's name, capitalised, ending there: 'on X', not 'on x-rays', 'on X-ray film' or a longer name
that holds one ('on X Corp's filing', 'on Twitter Inc.')."""
_FOLLOW = re.compile(rf"\b(?:[Ff]ollow|[Ss]ubscribe|[Ff]riend|[Gg]et|[Ll]ike)\b[^.!?\n]{{0,60}}?{_ON_PLATFORM}")
"""An imperative asking the reader to follow, subscribe or get something on a social site."""
_PLATFORM_NAMED = re.compile(_ON_PLATFORM)
"""The part every follow request holds: most texts have none, and then the costlier search is skipped."""
_SENTENCE_END = ".!?\n"
_REACH = 300
"""How far before a follow request its sentence is looked for: sentences are short, and a request deep in a long
paragraph (a Lee article is one) must not make the rule read the whole text before it."""


def drop_page_furniture(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """Without the spans of a line linking to another story, and the ORG and platform spans of a sentence asking the
    reader to follow someone on a social site (a platform the model tagged PERSON, 'on Facebook and Twitter', too).
    Each text is searched once for such lines and sentences (most have none: then no span is read)."""
    furniture = {key: _furniture_ranges(text) for key, text in texts.items()}
    if not any(links or follows for links, follows in furniture.values()):
        return list(spans)
    kept: list[NerSpan] = []
    for span in spans:
        links, follows = furniture.get(source_key(span), ((), ()))
        if _inside(span, links) or ((span.label == "ORG" or is_platform_name(span.text)) and _inside(span, follows)):
            continue
        kept.append(span)
    return kept


Ranges = tuple[tuple[int, int], ...]


def _furniture_ranges(text: str) -> tuple[Ranges, Ranges]:
    """The link lines of ``text`` and the sentences holding a follow request, as (start, end) offsets."""
    links = tuple(match.span() for match in _LINK_LINE.finditer(text))
    if _PLATFORM_NAMED.search(text) is None:
        return links, ()
    follows = tuple(_sentence_around(text, match.start(), match.end()) for match in _FOLLOW.finditer(text))
    return links, follows


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    reach_start = max(0, start - _REACH)
    sentence_start = max(max(text.rfind(mark, reach_start, start) for mark in _SENTENCE_END) + 1, reach_start)
    ends = [i for mark in _SENTENCE_END if (i := text.find(mark, end)) != -1]
    return sentence_start, min(ends) if ends else len(text)


def _inside(span: NerSpan, ranges: Ranges) -> bool:
    return any(start <= span.char_start and span.char_end <= end for start, end in ranges)
