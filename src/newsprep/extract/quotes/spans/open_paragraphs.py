"""A quotation over several paragraphs: news prose leaves each paragraph but the last without a closing mark and opens
the next with a mark again; the attribution may come only in the last (``“We built this pier in 1990.`` /
``“It will not close for this one either,” Pell said.``). The open paragraphs are that speaker's words, not the words
of whoever the paragraph before them was about."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsprep.model import Quote

GUESSED = frozenset({"previous_sentence", "continuation", "none"})
"""Attributions read from around the quote, not from its own sentence: an open paragraph's own speaker may be later."""


@dataclass(frozen=True, slots=True)
class QuoteLayout:
    """Where a published quote stands: whether its last part has no closing mark, whether it opens its paragraph, and
    the mark it opens with."""

    unclosed: bool
    opens_paragraph: bool
    mark: str
    opens_joined_paragraph: bool = False
    """It opens where the quote before it, in the same paragraph, stopped unclosed: a text that joined a quotation's
    paragraphs into one (``marks.joined_paragraph_openers``)."""


def speaker_from_next_paragraph(quotes: Sequence[Quote], layout: Sequence[QuoteLayout]) -> list[Quote]:
    """Each quote left open at its paragraph's end, with a speaker only guessed, takes the speaker of the quote that
    opens the next paragraph with the same mark and continues it, when that one has a speaker of its own (or took one
    this way). Another mark is another quotation: an excerpt opened with ``"`` on each paragraph quotes someone with
    ``“`` inside it. A described speaker (``speaker_kind`` 'description') goes only to a quote with no speaker: a
    description never stands where a name was found."""
    out = list(quotes)
    took: set[int] = set()  # quotes that took their speaker this way: a chain of open paragraphs passes it back
    for i in range(len(out) - 2, -1, -1):
        quote, following = out[i], out[i + 1]
        if (
            layout[i].unclosed
            and (
                (layout[i + 1].opens_paragraph and following.paragraph_idx == quote.paragraph_idx + 1)
                or layout[i + 1].opens_joined_paragraph
            )
            and layout[i + 1].mark == layout[i].mark
            and (quote.attribution in GUESSED or quote.speaker_kind == "description")
            and following.speaker is not None
            and (following.attribution not in GUESSED or i + 1 in took)
            and (following.speaker_kind != "description" or quote.speaker is None)
        ):
            out[i] = continuing(quote, following)
            took.add(i)
    return out


def continuing(quote: Quote, source: Quote) -> Quote:
    """``quote`` with the speaker of ``source``, as a continuation of its words."""
    return replace(
        quote,
        speaker=source.speaker,
        speaker_mention=source.speaker_mention,
        speaker_entity_id=source.speaker_entity_id,
        speaker_kind=source.speaker_kind,
        attribution="continuation",
    )
