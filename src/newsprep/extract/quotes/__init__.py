"""Quotes: every quotation in an article's body, with its speaker where the text says who spoke. Pure.

- ``stage``: ``extract_quotes``, the stage: the candidate spans, joined when split, and their speakers.
- ``published``: the row's speaker, ``speaker_kind``, entity and attribution; ``speaker_value``: ``Speaker``, the
  value every sub-package passes on (the name, the phrase as written, whether a person).

The sub-packages, each importing only those listed before it (and its own modules):

- ``spans``: which quote marks open and close and the spans they enclose, the masked text, paragraphs and
  transcript turns, quotations left open over paragraphs.
- ``grammar``: the words of attribution (speech cues, function words), the phrase before a cue, after it, and a
  sentence's subject.
- ``people``: where names begin and end, full names, titles, genders, the referents of a he/she.
- ``organisations``: documents, organisation nouns, spokespeople, campaigns and public bodies as speakers.
- ``descriptions``: speakers the text describes but does not name (``a senior official``), roles and possessives.
- ``clauses``: the attribution clause after and before a quotation, its rarer shapes, speech clauses, fronted phrases.
- ``speakers``: ``SpeakerResolver``, from the phrase at an attribution to a canonical name, and its parts.
- ``attribution``: where a quote's speaker is found, and how (``quotes.attribution``), the rules in order.
- ``quotations``: which quoted spans are quotations (not terms, titles or scare quotes), direct or partial.
"""

from newsprep.extract.quotes.stage import extract_quotes

__all__ = ["extract_quotes"]
