"""A person's name the model tagged as an organisation: in a story that names "Donald Trump" (PERSON), a bare
"Trump" tagged ORG is that person, unless the text makes it an organisation ("the Trump campaign", "Trump
Organization lawyers"). The small model's labels for one name often disagree across sentences; the document's full
names settle them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsprep.model import MentionSource, NerSpan
from newsprep.text import ORG_HEADS, ORG_NOUNS, shorter_runs
from newsprep.text.words import follows_the

_NEXT_WORD = re.compile(r"\s*([A-Za-z][\w'’-]*)")


def _key_words(text: str) -> tuple[str, ...]:
    return tuple(text.casefold().replace(".", "").replace("’", "'").removesuffix("'s").split())


def names_tagged_org(
    model_spans: Sequence[NerSpan], voted: Sequence[NerSpan], texts: dict[tuple[MentionSource, int | None], str]
) -> list[NerSpan]:
    """``voted`` (the spans after the label vote, in the order of ``model_spans``), with each span the model or the
    vote labelled ORG that is a run of a full PERSON name in the document labelled by how the text uses it."""
    full_names = {_key_words(s.text) for s in voted if s.label == "PERSON" and len(s.text.split()) >= 2}
    keys = [_key_words(m.text) for m in model_spans]
    lengths = frozenset(len(key) for key in keys)
    runs = frozenset().union(*(shorter_runs(name, lengths) for name in full_names))
    result = []
    for model, key, span in zip(model_spans, keys, voted, strict=True):
        if "ORG" in (model.label, span.label) and key in runs:
            text = texts.get((span.source, span.caption_idx), "")
            label = "ORG" if _used_as_organisation(text, span.char_start, span.char_end) else "PERSON"
            span = replace(span, label=label)
        result.append(span)
    return result


def _used_as_organisation(text: str, start: int, end: int) -> bool:
    """ "the Trump campaign", "Trump Organization lawyers": a determiner before, or an organisation word after."""
    if follows_the(text, start):
        return True
    after = _NEXT_WORD.match(text, end)
    return after is not None and (after.group(1).casefold() in ORG_NOUNS or after.group(1).casefold() in ORG_HEADS)
