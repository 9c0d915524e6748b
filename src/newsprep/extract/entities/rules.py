"""Rule fixes applied to NER spans before name resolution, where the small model fails on news text.

Each rule is a pattern over tokens and capitalisation: cut a span at a line break or a sentence start, drop a
leading "the" and a possessive, strip a person's title, drop title words taken for organisations, parse photo
credits; ``labels`` then lets the document's majority decide the label of a name tagged two ways.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from newsprep.extract.entities.acronym_long_forms import drop_acronyms_of_common_nouns, untagged_long_forms
from newsprep.extract.entities.added import added_spans
from newsprep.extract.entities.common_words import drop_common_words_at_sentence_start
from newsprep.extract.entities.companies import companies_tagged_place_or_person
from newsprep.extract.entities.continued import join_names_cut_at_of
from newsprep.extract.entities.counted_things import drop_counted_or_owned_names
from newsprep.extract.entities.credits import credit_spans
from newsprep.extract.entities.furniture import drop_page_furniture
from newsprep.extract.entities.headlines import cut_heading_line_spans, cut_headline_spans
from newsprep.extract.entities.labels import name_key, relabel_places, vote_labels
from newsprep.extract.entities.legal_forms import companies_by_legal_form
from newsprep.extract.entities.lexicon import FACILITY_HEADS, LINK_WORDS, PORTFOLIO_WORDS
from newsprep.extract.entities.modifiers import drop_leading_modifiers
from newsprep.extract.entities.openers import drop_sentence_openers
from newsprep.extract.entities.page_lines import drop_heading_words, outlets_tagged_person
from newsprep.extract.entities.places import NORP_WORDS, PLACE_KEYS
from newsprep.extract.entities.post_nominals import drop_post_nominals, lone_post_nominal
from newsprep.extract.entities.punctuation import cut_at_open_bracket, split_listed_names
from newsprep.extract.entities.roles import people_tagged_org
from newsprep.extract.entities.source_text import SourceKey, at_sentence_start, source_key
from newsprep.extract.entities.split_names import join_split_person_names
from newsprep.extract.entities.spoken_for import organisations_spoken_for
from newsprep.extract.entities.surname_people import people_named_by_surname
from newsprep.extract.entities.surnames import names_tagged_org
from newsprep.extract.entities.things import (
    drop_brand_case_things,
    drop_titles_of_works,
    sites_tagged_person,
    thing_label,
)
from newsprep.extract.entities.titles import drop_epithets, drop_portfolios, people_after_portfolios
from newsprep.model import CleanArticle, NerSpan
from newsprep.text import (
    NAME_PARTICLES,
    ORG_HEADS,
    ORG_HEADS_ALSO_SURNAMES,
    ORG_KIND_NOUNS,
    PERSON_TITLES,
    SENTENCE_OPENERS,
    word_set,
)
from newsprep.text.tokens import CHUNKS

_LEAD_EDGE = " \t\u00a0\"'“”‘’([{—–―-,.;:!?*•"
_TRAIL_EDGE = ' \t\u00a0"“”‘([{)]}—–―-,;:!?*•/'
"""Never part of a name at its edges: spaces (also no-break), quote marks, brackets, dashes (also the horizontal bar
``―`` some outlets set before a quoted reader's name), punctuation and bullets; at its end, the slash a credit line
sets between a photographer and an agency (``<Name> / <Agency>``)."""
_POSSESSIVE = re.compile(r"['’]s?$")
_INNER_POSSESSIVE = re.compile(r"['’]s\b")
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){1,4}$|^[A-Z][a-z]{0,4}\.$")
_QUALIFIER = re.compile(r", (?:[A-Z][a-z]{0,4}\.|(?:[A-Z]\.){2,3})$")
_SPACE = re.compile(r"\s")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_TITLE_KEEPS_PARTICLES = NAME_PARTICLES - word_set("ben della du el y")
"""Lower-case words that do not end a title before a name ("Prime Minister Ursula von der Leyen"); the rule has always
left out these five of ``NAME_PARTICLES`` (issue 17 owns the entity rules)."""


def source_texts(article: CleanArticle) -> dict[SourceKey, str]:
    texts: dict[SourceKey, str] = {("title", None): article.title, ("body", None): article.clean_text}
    for caption in article.captions:
        texts[("caption", caption.idx)] = caption.mention_text
    return texts


def fix_spans(article: CleanArticle, spans: Sequence[NerSpan], labels: frozenset[str]) -> list[NerSpan]:
    """Spans with offsets that slice their source, fixed by the rules, without overlaps, in text order."""
    texts = source_texts(article)
    credit_starts = {
        c.idx: start
        for c in article.captions
        if (start := c.credit_start) is not None and c.credit and c.credit.strip()
    }
    fixed: list[NerSpan] = []
    for span in spans:
        key = source_key(span)
        text = texts.get(key)
        if text is None or span.label not in labels:
            continue
        start, end = max(0, span.char_start), min(len(text), span.char_end)
        credit_start = credit_starts.get(key[1]) if key[1] is not None else None
        if credit_start is not None and end > credit_start - 1:
            continue  # the credit is parsed by its own grammar below
        trimmed = _fix_one(text, start, end, span.label)
        if trimmed is not None:
            start, end, label = trimmed
            fixed.append(NerSpan(key[0], key[1], start, end, text[start:end], label))
    for caption in article.captions:
        if caption.credit is not None and caption.idx in credit_starts:
            found = credit_spans(caption.credit, offset=credit_starts[caption.idx], caption_idx=caption.idx)
            fixed.extend(s for s in found if s.label in labels)
    fixed = _drop_place_qualifiers(fixed, texts)
    fixed = _drop_overlaps(join_names_cut_at_of(_join_split_orgs(fixed, texts), texts))
    fixed = companies_by_legal_form(fixed, texts)
    fixed = _add_rule_spans(fixed, [s for s in added_spans(article, texts) if s.label in labels])
    fixed = people_tagged_org(
        drop_sentence_openers(
            cut_heading_line_spans(cut_headline_spans(fixed, article.title, article.clean_text), article.clean_text),
            texts,
        ),
        texts,
    )
    fixed = people_named_by_surname(join_split_person_names(fixed, texts))
    fixed = sites_tagged_person(drop_brand_case_things(fixed, texts), texts)
    fixed = split_listed_names(drop_page_furniture(fixed, texts), texts)  # a follow line's list goes whole
    fixed = drop_titles_of_works(drop_heading_words(drop_common_words_at_sentence_start(fixed, texts), texts), texts)
    fixed = outlets_tagged_person(drop_counted_or_owned_names(fixed, texts))
    relabelled = relabel_places(names_tagged_org(fixed, vote_labels(fixed), texts))
    relabelled = organisations_spoken_for(companies_tagged_place_or_person(relabelled, texts), texts)
    fixed = drop_epithets(people_after_portfolios(drop_portfolios(relabelled, texts), texts))
    fixed = drop_acronyms_of_common_nouns(fixed, texts)
    long_forms = untagged_long_forms(fixed, texts)  # sorted only when spans are added: the order stays the model's
    return _add_rule_spans(fixed, long_forms) if long_forms else fixed


def _fix_one(text: str, start: int, end: int, label: str) -> tuple[int, int, str] | None:
    if start >= end:
        return None
    newline = text.find("\n", start, end)
    if newline != -1:
        end = newline
    start, end = _strip_edges(text, start, end)
    end = cut_at_open_bracket(text, start, end)
    doubled_apostrophe = text.find("''", start, end)  # a quotation mark in some house styles
    if doubled_apostrophe != -1:
        end = doubled_apostrophe
    start = drop_leading_modifiers(text, _drop_sentence_initial_the(text, start), end)
    end = _cut_at_sentence_start(text, start, end)
    if label in ("PERSON", "GPE", "NORP"):
        inner = _INNER_POSSESSIVE.search(text, start, end)
        if inner is not None:
            end = inner.start()
    possessive = _POSSESSIVE.search(text[start:end])
    if possessive is not None and (possessive.group() != "’" or text[start:end].endswith("s’")):
        end = start + possessive.start()
    start, end = _strip_edges(text, start, end)
    end = _drop_trailing_lowercase(text, start, end)
    if label == "GPE":
        qualifier = _QUALIFIER.search(text, start, end)
        end = qualifier.start() if qualifier is not None else end
    if lone_post_nominal(text, start, end):
        return None  # "received an OBE", "Simon Marchbank KC" with only "KC" tagged: letters after a name
    if label == "ORG" and _opens_with_members_title(text[start:end]):
        label = "PERSON"  # "Cllr Rafferty" tagged ORG: a councillor's or a legislator's title opens a person's name
    if label == "PERSON":
        start = _strip_title(text, start, end)
        end = drop_post_nominals(text, start, end)
        if _ends_with_org_head(_words(text[start:end])) or _after_org_kind_noun(text, start):
            label = "ORG"
    elif label in _PLACE_LABELS and _ends_with_org_head(_words(text[start:end])) and not _known_place(text[start:end]):
        label = "ORG"  # "the Orlen Islands Wildlife Trust" tagged a place: its last word says what it is
    if start >= end or not any(map(str.isupper, text[start:end])):
        return None
    if label in ("ORG", "PERSON", "GPE") and _is_title_only(text, start, end):
        return None
    if label in ("GPE", "LOC") and _has_facility_head(text[start:end]):
        label = "FAC"
    return start, end, thing_label(text[start:end], label)


def _ends_with_org_head(words: list[str]) -> bool:
    """ "Calder Semiconductor", "Jakarta Post": an organisation; "Margaret Court" or a lone "Post": a person's name
    (or a place's: "Earls Court"). Read for a span tagged PERSON and for one tagged a place alike, so the quote stage
    finds the organisation ``the trust said`` stands for among the published ORGs.

    A head ends a name of two or more words; a head that also ends people's names ("Court", "Post") makes an
    organisation only after a word that is not a person's: a known place or demonym, an organisation or
    portfolio word.
    """
    if len(words) < 2 or words[-1] not in ORG_HEADS:
        return False
    if words[-1] not in ORG_HEADS_ALSO_SURNAMES:
        return True
    return any(w in PLACE_KEYS or w in ORG_HEADS or w in PORTFOLIO_WORDS or w in NORP_WORDS for w in words[:-1])


def _known_place(span_text: str) -> bool:
    """ "Soviet Union": a name the gazetteer holds is a place whatever its last word."""
    return name_key(span_text) in PLACE_KEYS


def _after_org_kind_noun(text: str, start: int) -> bool:
    """ "the vaccine alliance Gavi": a name just after a lower-case noun for a kind of organisation names one."""
    before = text[max(0, start - 40) : start]
    words = before.split()
    return before.endswith(" ") and bool(words) and words[-1].islower() and words[-1] in ORG_KIND_NOUNS


def _strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _LEAD_EDGE:
        start += 1
    while end > start and text[end - 1] in _TRAIL_EDGE:
        end -= 1
    # A period ends "U.S." or "Jr." but not "Washington." at the end of a sentence.
    if end > start and text[end - 1] == "." and not _ABBREVIATION.match(_last_token(text[start:end])):
        end -= 1
    return start, end


def _drop_trailing_lowercase(text: str, start: int, end: int) -> int:
    """ "Sindh province" -> "Sindh": a name does not end in a common noun."""
    if _SPACE.search(text, start, end) is None:  # one word (or none): nothing to drop, as the tokens below find
        return end
    tokens = list(CHUNKS.finditer(text, start, end))
    while len(tokens) > 1 and tokens[-1].group()[0].islower():
        tokens.pop()
    return tokens[-1].end() if tokens else end


def _last_token(span_text: str) -> str:
    parts = span_text.split()
    return parts[-1] if parts else ""


def _drop_sentence_initial_the(text: str, start: int) -> int:
    """ "The Tax Board said" opening a sentence -> "Tax Board": the capital is the sentence's, not the name's. A
    lower-case "the " is a leading modifier ``drop_leading_modifiers`` drops with any other; a "The" inside a
    sentence is written as part of the name ("The Hague")."""
    if text.startswith("The ", start) and at_sentence_start(text, start):
        return start + 4
    return start


def _cut_at_sentence_start(text: str, start: int, end: int) -> int:
    if text.find(".", start, end) == -1:  # no word ends in a period: no cut (most spans)
        return end
    tokens = list(CHUNKS.finditer(text, start, end))
    for previous, token in itertools.pairwise(tokens):
        if previous.group().endswith(".") and token.group().strip(",") in SENTENCE_OPENERS:
            return previous.end()
    return end


def _strip_title(text: str, start: int, end: int) -> int:
    """ "Chinese Foreign Minister Qin Gang" -> "Qin Gang"; "national security adviser Jake Sullivan" too."""
    tokens = list(CHUNKS.finditer(text, start, end))
    cut = -1
    for i, token in enumerate(tokens[:-1]):
        word = token.group().strip(",").casefold()
        if word in PERSON_TITLES or (token.group()[0].islower() and word not in _TITLE_KEEPS_PARTICLES):
            cut = i
    i = cut + 1
    while i < len(tokens) - 1 and cut >= 0:
        word = tokens[i].group().casefold()
        if word not in LINK_WORDS and word not in PORTFOLIO_WORDS:
            break
        i += 1
    return tokens[i].start() if 0 < i < len(tokens) else start


_MEMBERS_TITLES = frozenset({"cllr", "cllr.", "councillor", "mla"})
"""The titles of an elected member that British, Irish and Indian pages write before a name (``Cllr Ann Lee``, ``MLA
Ravi Rane``) and no organisation's name opens with (``MP`` is left out: ``MP Materials``)."""


def _opens_with_members_title(span_text: str) -> bool:
    """``Cllr Rafferty``, ``Cllr Máire``: a member's title, then one to three capitalised words, none an
    organisation's head word (``Councillor Services Board`` stays an organisation)."""
    first, *rest = span_text.split() or [""]
    return (
        first.casefold() in _MEMBERS_TITLES
        and 1 <= len(rest) <= 3
        and all(word[:1].isupper() and word.casefold() not in ORG_HEADS for word in rest)
    )


def _words(span_text: str) -> list[str]:
    return [w.strip(",.").casefold() for w in span_text.split()]


def _is_title_only(text: str, start: int, end: int) -> bool:
    """ "State" in "Secretary of State", "Defense" in "Defense Secretary": a title, not an organisation."""
    words = _words(text[start:end])
    if not all(w in PERSON_TITLES or w in PORTFOLIO_WORDS or w in LINK_WORDS for w in words):
        return False
    if any(w in PERSON_TITLES for w in words):
        return True
    before = _words(text[max(0, start - 40) : start])
    after = _words(text[end : end + 40])
    follows_title = len(before) >= 2 and before[-1] in ("of", "for") and before[-2] in PERSON_TITLES
    return follows_title or (bool(after) and after[0] in PERSON_TITLES)


def _has_facility_head(span_text: str) -> bool:
    words = _words(span_text)
    return len(words) >= 2 and words[-1] in FACILITY_HEADS


def _drop_place_qualifiers(spans: list[NerSpan], texts: dict[SourceKey, str]) -> list[NerSpan]:
    """ "Washington, D.C." or "Redmond, Wash.": the abbreviation qualifies the city; it names no place."""
    kept: list[NerSpan] = []
    for span in sorted(spans, key=_order):
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and span.label == "GPE"
            and previous.label == "GPE"
            and _ABBREVIATION.match(span.text)
            and (previous.source, previous.caption_idx) == (span.source, span.caption_idx)
            and texts[(span.source, span.caption_idx)][previous.char_end : span.char_start] == ", "
        ):
            continue
        kept.append(span)
    return kept


def _join_split_orgs(spans: list[NerSpan], texts: dict[SourceKey, str]) -> list[NerSpan]:
    """ "Federation of Red Cross" + "and" + "Red Crescent Societies": one name cut at its "and".

    Only where the text shows one name: the second part ends as a name's tail does (an organisation head or a
    portfolio word: "Societies", "Human Services"), and neither part is a complete name the text uses on its own
    elsewhere ("Bank of America and Google" are two).
    """
    uses = Counter(name_key(s.text) for s in spans if s.label == "ORG")
    joined: list[NerSpan] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and span.label == previous.label == "ORG"
            and (previous.source, previous.caption_idx) == (span.source, span.caption_idx)
            and " of " in previous.text
            and texts[(span.source, span.caption_idx)][previous.char_end : span.char_start] == " and "
            and _continues_a_name(span.text)
            and uses[name_key(previous.text)] == uses[name_key(span.text)] == 1
        ):
            text = texts[(span.source, span.caption_idx)][previous.char_start : span.char_end]
            joined[-1] = replace(previous, char_end=span.char_end, text=text)
            continue
        joined.append(span)
    return joined


def _continues_a_name(part: str) -> bool:
    words = _words(part)
    return (
        part[:1].isupper()
        and not part.isupper()
        and bool(words)
        and (words[-1] in ORG_HEADS or words[-1] in PORTFOLIO_WORDS)
    )


def _add_rule_spans(spans: list[NerSpan], added: list[NerSpan]) -> list[NerSpan]:
    """A rule span replaces the model's spans inside it; it yields to a model span it only partly covers."""
    result = list(spans)
    for new in sorted(added, key=_order):
        same = [s for s in result if (s.source, s.caption_idx) == (new.source, new.caption_idx)]
        inside = [s for s in same if new.char_start <= s.char_start and s.char_end <= new.char_end]
        if any(s.char_start < new.char_end and new.char_start < s.char_end for s in same if s not in inside):
            continue
        if any(s.char_start == new.char_start and s.char_end == new.char_end for s in inside):
            continue  # the model found the same words; its label stands
        result = [s for s in result if s not in inside] + [new]
    return sorted(result, key=_order)


def _order(span: NerSpan) -> tuple[str, int, int, int]:
    return (span.source, -1 if span.caption_idx is None else span.caption_idx, span.char_start, -span.char_end)


def _drop_overlaps(spans: list[NerSpan]) -> list[NerSpan]:
    kept: list[NerSpan] = []
    for span in sorted(spans, key=_order):
        last = kept[-1] if kept else None
        same_source = last is not None and (last.source, last.caption_idx) == (span.source, span.caption_idx)
        if last is not None and same_source and span.char_start < last.char_end:
            continue
        kept.append(span)
    return kept
