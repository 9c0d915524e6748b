"""The attribution clause beside a quotation: its cue and where the speaker phrase stands, read on the masked
paragraph's tokens with the ``grammar``'s phrase readers.

- ``after``: the clause after a quotation's closing mark (``says X``, ``X said``, ``according to X``).
- ``before``: the clause before its opening mark (the last speech cue of the sentence with its subject).
- ``shapes``: the clauses of shapes those readers miss (a verb no list holds, a long subject, a cue set off by commas).
- ``speech``: a partial quote inside a clause that speaks on its own (``as Pell talked about “...”``).
- ``fronted_phrases``: a participle's phrase opening a sentence and holding a quotation.
- ``naming``: a short phrase a named speaker gives something as its name (``Vass has labelled the “...”``).
- ``trailing``: the attribution closing a quote's sentence, its speaker set off by an appositive or not.
"""

from newsprep.extract.quotes.clauses.after import attribution_after
from newsprep.extract.quotes.clauses.before import attribution_before
from newsprep.extract.quotes.clauses.fronted_phrases import fronted_subject
from newsprep.extract.quotes.clauses.naming import NAMED_BY, named_by_speaker
from newsprep.extract.quotes.clauses.shapes import addressed_before
from newsprep.extract.quotes.clauses.speech import speech_clause
from newsprep.extract.quotes.clauses.trailing import trailing_attribution

__all__ = [
    "NAMED_BY",
    "addressed_before",
    "attribution_after",
    "attribution_before",
    "fronted_subject",
    "named_by_speaker",
    "speech_clause",
    "trailing_attribution",
]
