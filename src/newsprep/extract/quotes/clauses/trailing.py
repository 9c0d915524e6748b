"""The attribution closing the sentence of a quote that has none beside it: ``The lanes will bring a “drop”, says
Marta Kovel.`` A speaker set off by an appositive puts commas of its own into that clause (``..., says Marta Kovel,
a transport planner.``, ``..., Dorian Platt, chief executive of Orbis, said on Monday.``), so the clause may open
at an earlier comma than the sentence's last."""

from __future__ import annotations

from newsprep.extract.quotes.clauses.after import attribution_after
from newsprep.extract.quotes.grammar import Attribution
from newsprep.extract.quotes.spans import MASK

APPOSITIVE_COMMAS = 2
"""The commas an appositive may add after the clause's opening one: one closing the sentence (``says X, an
astronomer.``), two around it (``X, chief executive of Orbis, said``)."""


def trailing_attribution(mask: str, start: int, sentence_end: int) -> Attribution | None:
    """The attribution after the sentence's last comma (``..., Warren said.``), else after one of the commas before it
    that an appositive of the speaker explains, the earliest first (``..., Platt, chief executive of Orbis, said``
    read from the comma before the name, not from the one before ``chief``); none where a quotation stands between
    that comma and the sentence's end (the clause is that quotation's, not this one's)."""
    commas: list[int] = []
    comma = sentence_end
    while len(commas) <= APPOSITIVE_COMMAS:
        comma = mask.rfind(",", start, comma)
        if comma < 0 or MASK in mask[comma:sentence_end]:
            break
        commas.append(comma)
    for comma in commas[:1] + commas[:0:-1]:
        attribution = attribution_after(mask, comma, sentence_end, complete=True)
        if attribution is not None:
            return attribution
    return None
