"""Small builders shared by the stage tests."""

from __future__ import annotations

from newsprep.model import CleanArticle, Paragraph


def body_article(*paragraphs: str, title: str = "Headline") -> CleanArticle:
    """A CleanArticle whose body paragraphs are ``paragraphs``, joined by a blank line as clean_article does."""
    built, pos = [], 0
    for idx, text in enumerate(paragraphs):
        built.append(Paragraph(idx, "body", text, pos, pos + len(text)))
        pos += len(text) + 2
    return CleanArticle(title, None, (), "\n\n".join(paragraphs), tuple(built), ())
