"""Quotations: who said what, where, from a cleaned article and its resolved entity mentions.

``extract_quotes`` is pure and never raises on odd text: unbalanced or stray quote marks are recovered as far
as they can be (see ``marks``). The steps:

1. quoted spans per paragraph, and transcript turns (``VOSS: ...``) as whole-paragraph quotes;
2. for each span, its sentence, whether it is a whole utterance (direct) or a fragment (partial), and the
   attribution next to it (``cues``);
3. spans that are terms, titles or scare quotes are dropped: no attribution, short, no speech cue nearby, or
   introduced by a naming phrase (so-called, self-styled, what officials call, dubbed, a saying, diagnosed with);
   a title after the noun of a work; thoughts and self-talk (``mentioned``); a lone answer word run into the
   sentence. They are not recorded anywhere: the quotes table holds quotations only;
4. a quote split around its attribution is joined; unattributed quotes continue the previous speaker;
5. speakers are resolved to canonical names (``speakers``); a pronoun goes first to the person
   credited earlier in the same paragraph, then to the nearest person before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprep.extract.quotes.attribution import Candidate, described_subject, speaker_of
from newsprep.extract.quotes.clauses import (
    addressed_before,
    attribution_after,
    attribution_before,
    trailing_attribution,
)
from newsprep.extract.quotes.grammar import Attribution, Phrase
from newsprep.extract.quotes.published import published_speaker
from newsprep.extract.quotes.quotations import is_quotation, quote_kind
from newsprep.extract.quotes.spans import (
    QuoteLayout,
    QuoteSpan,
    continuing,
    dash_asides_as_commas,
    find_quote_spans,
    going_on_span,
    masked,
    paragraphs_of,
    sentence_starts,
    speaker_from_next_paragraph,
    turn_labels,
    turn_name,
    turn_span,
    turns_going_on,
)
from newsprep.extract.quotes.speaker_value import Speaker
from newsprep.extract.quotes.speakers import SpeakerResolver
from newsprep.model import CleanArticle, Mention, Quote
from newsprep.text.tokens import WORDS

REPEATED_QUOTE_MIN_WORDS = 6
"""A quote with no speaker whose words (this many or more) stand inside another quote is a repeat of it: a pull
quote or a sub-heading that repeats a speaker's words."""
_COORDINATION = re.compile(r",?\s+(?:and|or)\s+(?:(?:a|an|the|as)\s+)?", re.IGNORECASE)


def _candidates(article: CleanArticle, *, join: bool) -> tuple[list[Candidate], str, list[int]]:
    text = article.clean_text
    paragraphs = paragraphs_of(article)
    turns = turn_labels(text, paragraphs)
    going_on = turns_going_on(text, paragraphs, turns) if turns else {}
    spans_of: dict[int, list[QuoteSpan]] = {}
    turn_of: dict[int, Phrase] = {}
    continued: set[int] = set()
    for p in paragraphs:
        turn = turns.get(p.idx)
        whole_turn = turn_span(text, p, turn) if turn else None
        if turn is not None and whole_turn is not None:
            spans_of[p.idx] = [whole_turn]
            description = turn.group("role")
            turn_of[p.idx] = Phrase(turn.start("label"), turn.end("label"), description)
        elif p.idx in going_on and going_on[p.idx] in turn_of:
            spans_of[p.idx] = [going_on_span(text, p)]
            turn_of[p.idx] = turn_of[going_on[p.idx]]
            continued.add(p.idx)
        else:
            spans_of[p.idx] = find_quote_spans(text, p.start, p.end)
    mask = dash_asides_as_commas(masked(text, [s for spans in spans_of.values() for s in spans]))
    candidates: list[Candidate] = []
    all_starts: list[int] = []
    for p in paragraphs:
        starts = sentence_starts(mask, p.start, p.end)
        all_starts.extend(starts)
        for span in spans_of[p.idx]:
            sentence = max(s for s in starts if s <= span.open_at)
            left = mask[sentence : span.open_at]
            before = attribution_before(mask, sentence, span.open_at)
            if before is None and text[span.start : span.start + 1].isupper():
                # "she instructed her drivers, “Nobody ...”": a sentence handed on by a comma after someone addressed
                before = addressed_before(mask, sentence, span.open_at)
            kind = quote_kind(left, text[span.start : span.end], before)
            candidate = Candidate(
                span, p.idx, p.start, sentence, kind, turn=turn_of.get(p.idx), turn_goes_on=p.idx in continued
            )
            if candidate.turn is None:
                quoted = text[span.start : span.end].rstrip("’'\")] ")
                handed_on = quoted[-1:] == "," or mask[span.outer_end : span.outer_end + 1] == ","
                candidate.after = attribution_after(
                    mask, span.outer_end, p.end, complete=quoted[-1:] in (".", "?", "!"), handed_on=handed_on
                )
                candidate.before = before
            ends = [s for s in starts if s > span.outer_end]
            sentence_end = ends[0] if ends else p.end
            if candidate.turn is None and candidate.after is None and candidate.before is None:
                candidate.trailing = trailing_attribution(mask, span.outer_end, sentence_end)
            previous = candidates[-1] if candidates else None
            if (
                is_quotation(candidate, text, mask, sentence_end)
                or _coordinated(previous, candidate, mask)
                or _goes_on(previous, candidate, mask)
            ):
                candidate.parts = [span]
                candidates.append(candidate)
                _share_attribution(previous, candidate, mask)
    return (_joined(candidates, text, mask) if join else candidates), mask, all_starts


def _coordinated(previous: Candidate | None, candidate: Candidate, mask: str) -> bool:
    """``... as a “paper tiger who hides” and a “quitter.”``: a short span joined by ``and``/``or`` to a quotation
    just before it in its sentence is more of the same speaker's words, not a term."""
    if previous is None or previous.sentence_start != candidate.sentence_start:
        return False
    between = mask[previous.span.outer_end : candidate.span.open_at]
    return _COORDINATION.fullmatch(between) is not None


def _share_attribution(previous: Candidate | None, candidate: Candidate, mask: str) -> None:
    """``The delay was “unacceptable” and “avoidable,” the council said``: quotes joined by and/or before one
    attribution share it, when the first has none of its own."""
    if (
        previous is not None
        and candidate.after is not None
        and previous.after is None
        and previous.before is None
        and _coordinated(previous, candidate, mask)
    ):
        previous.after = candidate.after


def _goes_on(previous: Candidate | None, candidate: Candidate, mask: str) -> bool:
    """``“We lost everything,” Ambler said. “Everything.”``: a quoted sentence right after the attribution of the
    quote before it, in its paragraph, is more of those words, however short."""
    if previous is None or previous.after is None or previous.paragraph_idx != candidate.paragraph_idx:
        return False
    return candidate.sentence_start > previous.span.open_at and not mask[
        previous.after.end : candidate.span.open_at
    ].strip(" .,;:—")


def _joined(candidates: list[Candidate], text: str, mask: str) -> list[Candidate]:
    """“First half,” she said. “Second half.” -> one quote with two parts."""
    out: list[Candidate] = []
    for candidate in candidates:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.after is not None
            and prev.turn is None
            and candidate.turn is None
            and candidate.after is None
            and prev.paragraph_idx == candidate.paragraph_idx
            and len(prev.parts) == 1
            and prev.kind == "direct"
            and text[prev.span.start : prev.span.end].rstrip("’' ")[-1:] not in ("?", "!", ".")
            and mask[prev.after.end : candidate.span.open_at].strip() in ("", ".", ",", ":", ";", "—")
            and _opens_after_punctuation(mask, candidate.span.open_at)
            and not _own_attribution(candidate, prev.after)
        ):
            prev.parts.append(candidate.span)
            continue
        out.append(candidate)
    return out


def _opens_after_punctuation(mask: str, open_at: int) -> bool:
    """``“...,” Pell said, “and ...”``: a second part opens after the attribution's punctuation; a quote opening
    inside the clause that goes on after it (``Pell said, adding that repairs need “several more weeks”``) is a partial
    quote of that clause, not the rest of the first."""
    return mask[max(0, open_at - 80) : open_at].rstrip()[-1:] in ("", ".", ",", ":", ";", "—", "–", "-")


def _own_attribution(candidate: Candidate, shared: Attribution) -> bool:
    """``“It will fail,” Brenner said, while Falk said it “might work.”``: the second quote has a speaker of its own
    between the two, so it is not the second part of the first."""
    before = candidate.before
    return before is not None and before.phrase.start > shared.phrase.end


def _without_trailing_comma(text: str, span: QuoteSpan) -> QuoteSpan:
    """“Prices will rise,” she said: the comma belongs to the sentence around the quote, not to the quote."""
    end = span.end
    while end > span.start + 1 and text[end - 1] in ", ":
        end -= 1
    return span if end == span.end else QuoteSpan(span.open_at, span.close_at, span.start, end)


def extract_quotes(
    article: CleanArticle, mentions: Sequence[Mention], *, join_split_quotes: bool = True
) -> tuple[Quote, ...]:
    """Every quotation in ``article.clean_text``, in order, with its speaker where the text tells it.

    ``join_split_quotes=False`` keeps the parts of a quote split around its attribution as separate quotes
    (each with the shared attribution), the convention of corpora such as PolNeAR.
    """
    text = article.clean_text
    candidates, mask, starts = _candidates(article, join=join_split_quotes)
    if not candidates:  # a third of articles: no speakers to resolve
        return ()
    quoted = [(c.span.start, c.span.end) for c in candidates]
    resolver = SpeakerResolver(text, mentions, sentence_starts=starts, quoted=quoted)
    quotes: list[Quote] = []
    previous: tuple[int, Speaker | None] | None = None
    for candidate in candidates:
        found = speaker_of(candidate, resolver, mask, starts, previous)
        speaker = found.speaker
        if speaker is not None and candidate.turn is not None:
            speaker = turn_name(speaker)
        previous_speaker = speaker  # a described subject found below is not continued: see described_subjects
        if speaker is None and candidate.turn is None:
            found = described_subject(candidate, resolver, mask) or found
            speaker = found.speaker
        published = published_speaker(speaker, found.attribution, resolver)
        first, last = candidate.parts[0], _without_trailing_comma(text, candidate.parts[-1])
        parts = [*candidate.parts[:-1], last]
        quote_text = " ".join(text[p.start : p.end] for p in parts)
        quotes.append(
            Quote(
                idx=len(quotes),
                text=quote_text,
                kind=candidate.kind,
                speaker=published.name,
                speaker_mention=speaker.mention if speaker else None,
                speaker_description=found.description,
                cue=found.cue,
                paragraph_idx=candidate.paragraph_idx,
                char_start=first.start,
                char_end=last.end,
                part_count=len(candidate.parts),
                speaker_entity_id=published.entity_id,
                attribution=published.attribution,
                speaker_kind=published.kind,
            )
        )
        if speaker is not None:
            resolver.remember(first.start, speaker, in_full=candidate.kind == "direct")
        previous = (candidate.paragraph_idx, previous_speaker)
    layout = [
        QuoteLayout(
            c.parts[-1].close_at is None,
            c.span.open_at == c.paragraph_start,
            text[c.span.open_at],
            # an unclosed quote before it in its own paragraph stopped at its mark: a joined paragraph
            opens_joined_paragraph=n > 0
            and candidates[n - 1].parts[-1].close_at is None
            and candidates[n - 1].paragraph_idx == c.paragraph_idx,
        )
        for n, c in enumerate(candidates)
    ]
    return _repeats_attributed(speaker_from_next_paragraph(quotes, layout))


def _repeats_attributed(quotes: list[Quote]) -> tuple[Quote, ...]:
    """A quote with no speaker, a described one or one only guessed from the paragraph before, that repeats words
    another quote attributes (a pull quote before the paragraph it comes from): that quote's speaker, as a
    continuation of it; a named speaker first, a description only where the quote had no speaker."""
    words = [" ".join(WORDS.findall(q.text.lower())) for q in quotes]
    out = list(quotes)
    for i, quote in enumerate(quotes):
        guessed = quote.speaker_kind in (None, "description") or quote.attribution == "previous_sentence"
        if not guessed or len(words[i].split()) < REPEATED_QUOTE_MIN_WORDS:
            continue
        sources = [q for j, q in enumerate(quotes) if j != i and q.speaker is not None and words[i] in words[j]]
        named = [q for q in sources if q.speaker_kind != "description"]
        offered = named or (sources if quote.speaker is None else [])
        if offered:
            out[i] = continuing(quote, offered[0])
    return tuple(out)
