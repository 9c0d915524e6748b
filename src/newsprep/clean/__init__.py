"""Clean: one decoded article to its headline, paragraphs (body, sub-heading, contributor line), photo captions with
their credits, dateline and contributors. Pure.

- ``article``: ``clean_article``, the stage: the headline, the paragraphs and their kinds, dateline, contributors.
- ``captions``: the photo captions and credits a scrape repeats around its caption buttons, found by structure.
"""

from newsprep.clean.article import clean_article

__all__ = ["clean_article"]
