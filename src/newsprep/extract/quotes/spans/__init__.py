"""The quoted spans of a paragraph and the page's layout around them: the first step of the quote stage, below
every other sub-package (``MASK``, the masked text every attribution reader reads, is made here).

- ``marks``: which quote marks open and close, and the quoted spans they enclose (never fails on odd marks); the
  masked text and its sentence starts.
- ``transcripts``: paragraph bounds and transcript turns (``VOSS: ...``), each turn a whole-paragraph quote.
- ``open_paragraphs``: a quotation over several paragraphs, each left open but the last.
"""

from newsprep.extract.quotes.spans.marks import (
    MASK,
    QuoteSpan,
    dash_asides_as_commas,
    find_quote_spans,
    masked,
    sentence_starts,
    subject_after_quotation,
)
from newsprep.extract.quotes.spans.open_paragraphs import QuoteLayout, continuing, speaker_from_next_paragraph
from newsprep.extract.quotes.spans.transcripts import (
    going_on_span,
    paragraphs_of,
    turn_labels,
    turn_name,
    turn_span,
    turns_going_on,
)

__all__ = [
    "MASK",
    "QuoteLayout",
    "QuoteSpan",
    "continuing",
    "dash_asides_as_commas",
    "find_quote_spans",
    "going_on_span",
    "masked",
    "paragraphs_of",
    "sentence_starts",
    "speaker_from_next_paragraph",
    "subject_after_quotation",
    "turn_labels",
    "turn_name",
    "turn_span",
    "turns_going_on",
]
