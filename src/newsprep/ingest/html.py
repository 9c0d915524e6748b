"""Article text from an HTML page with trafilatura (offline: the page is parsed, never fetched).

trafilatura drops ``<figcaption>``, so each figure is first rewritten into the block shape a scraped text
file has ("Enlarge this image", caption, credit as separate paragraphs); the cleaner then finds those
captions exactly as it does in text files and the same tables result.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["html_to_article_text", "looks_like_html"]

_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(r"</(?:p|div|article|figure|section|h[1-6])\s*>", re.IGNORECASE)
_CREDIT_CLASS = re.compile(r"credit|byline|copyright|attribution|photographer|source", re.IGNORECASE)
_ENLARGE = "Enlarge this image"
_MIN_BLOCK_TAGS = 2
_MIN_SENTENCE_WORDS = 4


def looks_like_html(text: str) -> bool:
    """An HTML document opens with a doctype or html/head/body tag, or closes several block elements."""
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_BLOCK_TAG.findall(head)) >= _MIN_BLOCK_TAGS


def html_to_article_text(html: str) -> str | None:
    """Headline, then the article's paragraphs one per line with blank lines between; None if none found."""
    import trafilatura  # imported when a page is first read: it costs a fifth of a second, and most inputs are text
    from trafilatura.utils import load_html

    tree: Any = load_html(html)
    if tree is None:
        return None
    title = _headline(tree)
    _rewrite_figures(tree)
    body = trafilatura.extract(
        tree, output_format="txt", include_comments=False, include_tables=False, deduplicate=False
    )
    if not body:
        return None
    blocks = [line.strip() for line in str(body).splitlines() if line.strip()]
    # Boilerplate fallbacks ("Home", a lone link) are not an article: some block must read like a sentence.
    if not any(len(block.split()) >= _MIN_SENTENCE_WORDS and block != title for block in blocks):
        return None
    if title and (not blocks or " ".join(blocks[0].split()) != title):
        blocks.insert(0, title)
    return "\n\n".join(blocks) + "\n"


def _collapse(text: Any) -> str:
    return " ".join(str(text or "").split())


def _headline(tree: Any) -> str:
    import trafilatura

    for h1 in tree.iter("h1"):
        text = _collapse(h1.text_content())
        if text:
            return text
    metadata = trafilatura.extract_metadata(tree)
    return _collapse(getattr(metadata, "title", None)) if metadata is not None else ""


def _rewrite_figures(tree: Any) -> None:
    for figure in list(tree.iter("figure")):
        caption_el = figure.find(".//figcaption")
        blocks: list[str] = []
        if caption_el is not None:
            credit = _pop_credit(caption_el)
            caption = _collapse(caption_el.text_content())
            blocks = [b for b in (_ENLARGE if caption else "", caption, credit) if b]
        _replace(figure, blocks)


def _pop_credit(caption_el: Any) -> str:
    """Remove and return the credit element inside a figcaption (class like 'credit', or <small>/<cite>)."""
    for el in list(caption_el.iter()):
        if el is caption_el:
            continue
        css = str(el.get("class") or "")
        if _CREDIT_CLASS.search(css) or el.tag in ("small", "cite"):
            credit = _collapse(el.text_content())
            el.drop_tree()
            return credit
    return ""


def _replace(element: Any, blocks: list[str]) -> None:
    parent = element.getparent()
    if parent is None:
        return
    position = parent.index(element)
    tail = element.tail
    parent.remove(element)
    new = []
    for offset, text in enumerate(blocks):
        paragraph = element.makeelement("p", {})
        paragraph.text = text
        parent.insert(position + offset, paragraph)
        new.append(paragraph)
    if tail and tail.strip():
        if new:
            new[-1].tail = tail
        elif position > 0:
            prev = parent[position - 1]
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
