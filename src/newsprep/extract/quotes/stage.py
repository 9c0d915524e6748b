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
from dataclasses import dataclass

from newsprep.extract.quotes.attribution import Candidate, speaker_of
from newsprep.extract.quotes.clauses import attribution_after, attribution_before
from newsprep.extract.quotes.cues import Attribution, Phrase
from newsprep.extract.quotes.described_subjects import described_subject
from newsprep.extract.quotes.marks import (
    DOUBLE_MARKS,
    MASK,
    QuoteSpan,
    dash_asides_as_commas,
    find_quote_spans,
    masked,
    sentence_starts,
)
from newsprep.extract.quotes.mentioned import is_mentioned
from newsprep.extract.quotes.open_paragraphs import QuoteLayout, continuing, speaker_from_next_paragraph
from newsprep.extract.quotes.published import published_speaker
from newsprep.extract.quotes.speaker_value import Speaker
from newsprep.extract.quotes.speakers import SpeakerResolver
from newsprep.extract.quotes.speech_clauses import speech_clause
from newsprep.extract.quotes.words import CAST_AS, CLAIM_OF, COMPARED_TO, has_speech_cue, names_a_term
from newsprep.model import CleanArticle, Mention, Quote, QuoteKind
from newsprep.text import word_set
from newsprep.text.tokens import WORDS

REPEATED_QUOTE_MIN_WORDS = 6
"""A quote with no speaker whose words (this many or more) stand inside another quote is a repeat of it: a pull
quote or a sub-heading that repeats a speaker's words."""
SCARE_QUOTE_MAX_WORDS = 3
"""An unattributed quoted span this short, with no speech cue in its sentence, is a term or a scare quote."""
TITLE_MAX_WORDS = 8
WORK_TITLE_MAX_WORDS = 20
"""A capitalised span right after the noun of a work (``his book “...”``) is its title up to this many words: a
subtitle doubles a title's length (``“Harbor Lights: A Short History of the Towns That Built Them”``)."""
_WORK_NOUN = re.compile(
    r"\b(?:book|novel|memoir|biography|film|movie|documentary|song|single|album|show|series|episode|podcast|play|"
    r"musical|opera|poem|essay|column|op-ed|article|paper|report|study|newsletter|blog\s+post|speech|lecture|talk|"
    r"course|game|app)s?,?\s*$",
    re.IGNORECASE,
)
"""The nouns of works whose titles are written in quotation marks."""

_TURN = re.compile(
    r"[\"“„]?\s*(?P<label>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})"
    r"(?:,\s*(?P<role>[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,4}))?:\s+(?=\S)"
)
_SMALL_WORDS = word_set("a an and as at but by for from in of on or the to with vs")
_COORDINATION = re.compile(r",?\s+(?:and|or)\s+(?:(?:a|an|the|as)\s+)?", re.IGNORECASE)
_SALUTATIONS = word_set("dear")
"""``DEAR ADVISER:``, ``DEAR TIRED:``: an advice column's letters and answers open with the one addressed, not a
speaker's label, however often it repeats."""


@dataclass(frozen=True, slots=True)
class _Paragraph:
    idx: int
    start: int
    end: int


def _paragraphs(article: CleanArticle) -> list[_Paragraph]:
    """Paragraph bounds clamped to the text; the text split on blank lines when paragraphs are missing."""
    size = len(article.clean_text)
    found = [
        _Paragraph(p.idx, max(0, p.char_start), min(size, p.char_end))
        for p in article.paragraphs
        if p.kind != "contributor" and max(0, p.char_start) < min(size, p.char_end)
    ]
    if found or (not article.paragraphs and not size):
        return found
    bounds, pos = [], 0
    for idx, block in enumerate(article.clean_text.split("\n\n")):
        if block.strip():
            bounds.append(_Paragraph(idx, pos, pos + len(block)))
        pos += len(block) + 2
    return bounds


def _turn_labels(text: str, paragraphs: Sequence[_Paragraph]) -> dict[int, re.Match[str]]:
    """Transcript turns: upper-case speaker labels opening paragraphs (``VOSS:``), once the article shows it is a
    transcript: a label used twice, or one with a role (``RENATA OKAFOR, HOST:``)."""
    matches = {p.idx: m for p in paragraphs if (m := _TURN.match(text, p.start, p.end)) is not None}
    matches = {
        idx: m
        for idx, m in matches.items()
        if sum(ch.isalpha() for ch in m.group("label")) >= 2 and m.group("label").split()[0].lower() not in _SALUTATIONS
    }
    labels = [m.group("label") for m in matches.values()]
    is_transcript = len(set(labels)) < len(labels) or any(m.group("role") for m in matches.values())
    return matches if is_transcript else {}


def _turn_span(text: str, paragraph: _Paragraph, match: re.Match[str]) -> QuoteSpan | None:
    start, end = match.end(), paragraph.end
    body = text[start:end].rstrip()
    opened = text[paragraph.start] in DOUBLE_MARKS
    if opened and body and body[-1] in DOUBLE_MARKS and sum(ch in DOUBLE_MARKS for ch in body) % 2 == 1:
        body = body[:-1].rstrip()
    if not any(ch.isalnum() for ch in body):
        return None
    return QuoteSpan(start - 1, None, start, start + len(body))


def _words(text: str) -> list[str]:
    return WORDS.findall(text)


def _looks_like_title(text: str, *, max_words: int = TITLE_MAX_WORDS) -> bool:
    """``Shark Tank``, ``The Art of the Deal``: every word capitalised, short, no sentence inside."""
    words = _words(text)
    if not words or len(words) > max_words or text.rstrip(" .,;:")[-1:] in ("?", "!"):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words)


def _is_quotation(candidate: Candidate, text: str, mask: str, sentence_end: int) -> bool:
    """A quotation, not a term, title, nickname or scare quote."""
    span = candidate.span
    quoted = text[span.start : span.end]
    if candidate.turn is not None:
        return True
    if candidate.kind == "partial" and _looks_like_title(quoted):
        return False  # 'On “Face the Nation,” Ryan said ...': a title inside the sentence, whoever speaks
    left = mask[candidate.sentence_start : span.open_at]
    if candidate.kind == "partial" and names_a_term(left):
        return False  # 'was diagnosed with “hay lung,” according to a report': a name, whoever reports it
    if candidate.after is not None:
        return True
    if is_mentioned(left, quoted, mask[span.outer_end : sentence_end], has_attribution=candidate.before is not None):
        return False  # 'you tell yourself “no.”', 'people shrug and think, “Enough.”': a thought, a word mentioned
    if candidate.before is not None and left.rstrip().endswith(":"):
        return True  # 'Asked if it would open, Velde said: “No.”': an answer, however short, is no title
    if names_a_term(left) or _looks_like_title(quoted):
        return False
    if _WORK_NOUN.search(left) and _looks_like_title(quoted, max_words=WORK_TITLE_MAX_WORDS):
        return False  # 'In his book “Harbor Lights: A Short History of the Towns That Built Them,” Pell ...'

    if len(_words(quoted)) > SCARE_QUOTE_MAX_WORDS:
        return True
    if candidate.kind == "direct" and quoted[:1].isupper() and quoted.rstrip("’'\")]")[-1:] in (".", "?", "!"):
        return True  # a whole sentence, however short
    sentence = mask[candidate.sentence_start : sentence_end]
    return (
        candidate.before is not None
        or has_speech_cue(sentence)
        or CLAIM_OF.search(left) is not None
        or CAST_AS.search(left) is not None
        or COMPARED_TO.search(left) is not None
        or speech_clause(mask, candidate.sentence_start, span.open_at) is not None
    )


def _kind(left: str, quoted: str, before: Attribution | None) -> QuoteKind:
    lead = left.rstrip()
    if not lead.strip(" —–-([" + MASK) or lead.endswith(":"):
        return "direct"
    if before is not None and lead.endswith((",", before.cue or "\0")) and quoted[:1].isupper():
        return "direct"
    return "partial"


def _candidates(article: CleanArticle, *, join: bool) -> tuple[list[Candidate], str, list[int]]:
    text = article.clean_text
    paragraphs = _paragraphs(article)
    turns = _turn_labels(text, paragraphs)
    spans_of: dict[int, list[QuoteSpan]] = {}
    turn_of: dict[int, Phrase] = {}
    for p in paragraphs:
        turn = turns.get(p.idx)
        turn_span = _turn_span(text, p, turn) if turn else None
        if turn is not None and turn_span is not None:
            spans_of[p.idx] = [turn_span]
            description = turn.group("role")
            turn_of[p.idx] = Phrase(turn.start("label"), turn.end("label"), description)
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
            kind = _kind(left, text[span.start : span.end], before)
            candidate = Candidate(span, p.idx, p.start, sentence, kind, turn=turn_of.get(p.idx))
            if candidate.turn is None:
                quoted = text[span.start : span.end].rstrip("’'\")] ")
                candidate.after = attribution_after(
                    mask, span.outer_end, p.end, complete=quoted[-1:] in (".", "?", "!")
                )
                candidate.before = before
            ends = [s for s in starts if s > span.outer_end]
            sentence_end = ends[0] if ends else p.end
            if candidate.turn is None and candidate.after is None and candidate.before is None:
                candidate.trailing = _trailing_attribution(mask, span.outer_end, sentence_end)
            previous = candidates[-1] if candidates else None
            if (
                _is_quotation(candidate, text, mask, sentence_end)
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


def _trailing_attribution(mask: str, start: int, sentence_end: int) -> Attribution | None:
    """A short attribution clause after the sentence's last comma (``..., Warren said.``)."""
    comma = mask.rfind(",", start, sentence_end)
    if comma < 0 or MASK in mask[comma:sentence_end]:
        return None
    return attribution_after(mask, comma, sentence_end, complete=True)


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


def _turn_name(speaker: Speaker) -> Speaker:
    """``RENATA OKAFOR`` -> ``Renata Okafor`` unless the mentions knew the name already."""
    if speaker.name is not None and speaker.name.isupper():
        return Speaker(speaker.name.title(), speaker.mention, True)
    return speaker


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
            speaker = _turn_name(speaker)
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
            resolver.remember(first.start, speaker)
        previous = (candidate.paragraph_idx, previous_speaker)
    layout = [
        QuoteLayout(c.parts[-1].close_at is None, c.span.open_at == c.paragraph_start, text[c.span.open_at])
        for c in candidates
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
