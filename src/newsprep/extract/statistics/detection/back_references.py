"""Whether a number word after 'the', 'all', 'their'... is a first mention or points back at the article's earlier text.

"The three victims were taken to hospital" reports a count when no count of victims came before it; "the two
countries" after both are named, "those four pumps" after "four diesel pumps", "each of the three riders" after
"the three set off" point back at what the article has already said, and report nothing new. ``points_back`` decides
from the earlier paragraphs and the paragraph's own text before the number; it looks at words only (no parse).

Each judge takes the paragraph and the number's offset in it (``text``, ``pos``), not a copy of the text before the
number: the stage asks up to four of them per number, and most answer from a few characters before ``pos``.
``first_mentions`` applies them to a paragraph's hits, with the counts of members named right after and the amounts
restated.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsprep.extract.statistics.detection.hits import Hit
from newsprep.extract.statistics.words import REPORTING_WORDS, is_plural_noun, noun_phrase_after, one_of, qualifier_of
from newsprep.text import NUMBER_WORD_VALUES, singular_forms, word_set
from newsprep.text.words import follows_the

PAIR_NOUNS = word_set(
    "countries nations sides parties candidates nominees leaders governments campaigns presidents allies rivals "
    "superpowers economies powers capitals men women teams clubs squads groups companies firms"
)
"""With two, these are the sides of a relation the article has named or everyone knows ('the two countries agreed to
talk', 'both major parties', 'the two men met again', 'the two teams took the field', 'talks between the two groups',
'the two companies agreed to merge'): a pair pointed at, not a figure reported."""
MAX_WORDS_BETWEEN = 3
"""'four diesel pumps' then 'those four pumps': words allowed between the earlier number and its noun."""
LOOKBACK_CHARS = 30_000
"""How far back a restatement is looked for: a long article's own length (news runs to a few thousand words), and a
bound on the work per number word in a huge file."""
_POINTERS = r"(?:the|these|those|all|both|their|its|his|her|our)"


def _number_forms(value: float) -> list[str]:
    """How the article could have written the same count before: its digits and its number word."""
    if value != int(value):
        return [re.escape(f"{value:g}")]
    whole = int(value)
    return [str(whole), *(word for word, word_value in NUMBER_WORD_VALUES.items() if word_value == whole)]


def counted_before(earlier_text: str, value: float, head: str) -> bool:
    """True when ``earlier_text`` already counts ``value`` of the same noun ('four diesel pumps', 'two plays')."""
    return _counted_pattern(value, head).search(earlier_text) is not None


@lru_cache(maxsize=1024)
def _counted_pattern(value: float, head: str) -> re.Pattern[str]:
    """The pattern of ``value`` counting ``head``, compiled once per pair (``re``'s own cache is too small to hold
    a corpus's pairs beside every other pattern)."""
    numbers = "|".join(_number_forms(value))
    nouns = "|".join(re.escape(form) for form in singular_forms(head))
    between = rf"(?:[\s-]+[\w’'&-]+){{0,{MAX_WORDS_BETWEEN}}}?"
    return re.compile(rf"(?<![\w.,-])(?:{numbers})(?![\w-]|[.,][0-9]){between}[\s-]+(?:{nouns})\b", re.IGNORECASE)


def named_as_group_before(text: str, pos: int, number_word: str) -> bool:
    """True when ``text`` before ``pos`` uses 'the four', 'the two' alone, as a pronoun for people or things it has
    named ('the three set off', 'The two then opened a shop')."""
    pattern = re.compile(rf"\b{_POINTERS}\s+{re.escape(number_word)}(?![\w-])", re.IGNORECASE)
    text_before: str | None = None  # cut only once a pointer is found: its noun phrase may not run past ``pos``
    for match in pattern.finditer(text, 0, pos):
        text_before = text[:pos] if text_before is None else text_before
        if noun_phrase_after(text_before, match.end()) is None:
            return True
    return False


_NAME = r"(?:[a-z]+(?:-[a-z]+)*\s+){0,3}[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*"
"""A name with up to three lower-case words before it ('former astronaut Tom Stafford', 'hedge-fund manager Ann Ruiz',
'Blue Origin')."""
_NAMES_AFTER = re.compile(
    rf"\s*(?:,|:|\s[—–]|\s--?(?=\s)|--(?=[A-Z])|\()\s*{_NAME}(?:\s*(?:,|\([^()]{{1,12}}\),?)\s*{_NAME})*,?\s+and\s+{_NAME}"
)
"""', Dana Pell and Omar Reyes', ' — Astra, Lumen, Veld and Corvid': the group counted is named right after. A dash
typed as a spaced hyphen or two (' - Astra, Lumen and Veld -', ' -- A, B and C --', as wire copy and plain-text
archives write it), or as two hyphens between words ('members--A, B and C--dissented'), sets the names off as a dash
does, and so does a bracket ('wrote two novels (Red Sky and The Long Road)')."""


def names_listed_after(text: str, pos: int = 0) -> bool:
    """True when the noun phrase counted, ending at ``pos``, is followed by the names of its members ('the two
    witnesses, A and B')."""
    return _NAMES_AFTER.match(text, pos) is not None


_ASIDE = re.compile(r"\([^()]*\)")
_OTHERS_AFTER = re.compile(r",?\s+(?:among\s+(?:them|others)|and\s+others|etc)\b", re.IGNORECASE)
_EXAMPLES = re.compile(r"\W*(?:including|such\s+as|like|notably|among\s+them|from)\b", re.IGNORECASE)


def _names_in(listed: str) -> int:
    """How many names a list ', A, B and C' holds: its commas and its 'and' (a comma before 'and' adds none)."""
    items = _ASIDE.sub("", listed).strip(" ,:—–")
    return items.count(",") + 1 + items.count(" and ") - items.count(", and ")


def all_members_named_after(text: str, pos: int, value: float) -> bool:
    """True when the count whose noun phrase ends at ``pos`` is followed by the names of as many members as it counts
    ('charged two developers, Ann Roe and Lee Voss'): the names say who, and the count adds nothing to them. Matched
    in place (no copy of the rest of the paragraph: a huge paragraph stays linear)."""
    listed = _NAMES_AFTER.match(text, pos)
    if listed is None or _EXAMPLES.match(listed.group()) or _OTHERS_AFTER.match(text, listed.end()):
        return False  # '14 countries, including A, B ...', 'A and B among them': examples, whatever their number
    return _names_in(listed.group()) == value


def earlier_text(earlier: str | None, paragraph: str) -> str:
    """The article's text read so far once ``paragraph`` is read: ``earlier`` (or nothing) and ``paragraph``, joined
    by a newline, its last ``LOOKBACK_CHARS`` characters at most. Built once per paragraph, not per number."""
    joined = paragraph if earlier is None else f"{earlier}\n{paragraph}"
    return joined[-LOOKBACK_CHARS:]


def _text_before(earlier: str | None, text: str, pos: int) -> str:
    """The article's text before the number at ``pos``: the earlier paragraphs' stretch (``earlier_text``), a newline,
    and this paragraph up to the number (its last ``LOOKBACK_CHARS`` characters at most)."""
    own = text[max(0, pos - LOOKBACK_CHARS) : pos]
    return own if earlier is None else f"{earlier}\n{own}"


_DEMONSTRATIVE_BEFORE = re.compile(r"\b(?:these|those)\s+$", re.IGNORECASE)


def after_demonstrative(text: str, pos: int) -> bool:
    """'these three types', 'those 12 plans': a demonstrative before ``pos`` points at a group the text has already
    set out, so the count after it is the group's size again, never news."""
    return _DEMONSTRATIVE_BEFORE.search(text, max(0, pos - 12), pos) is not None


_AMOUNT_POINTER_BEFORE = re.compile(r"\b(?:that|this)\s+$", re.IGNORECASE)
"""Not 'the': 'the $99 keyboard' after 'a $99 mouse' prices another thing at the same amount."""
_CLAUSE_THAT_BEFORE = re.compile(rf"\b(?:{one_of(REPORTING_WORDS)})\s+that\s+$", re.IGNORECASE)
"""'a survey found that 12 percent of ...': 'that' after a verb of saying or finding opens the clause the number
is in; it points at nothing, and a plain repeat is an entry."""


def restates_amount(earlier: str | None, text: str, pos: int, amount: str) -> bool:
    """'who pays for that $240?' after 'a fee of $240 a year': an amount at ``pos`` after 'that'/'this' that the
    article already gave, as printed, points back at it."""
    if _AMOUNT_POINTER_BEFORE.search(text, max(0, pos - 8), pos) is None:
        return False
    if _CLAUSE_THAT_BEFORE.search(text, max(0, pos - 24), pos) is not None:
        return False
    pattern = rf"(?<![\w.,]){re.escape(amount)}(?![\w]|[.,][0-9])"
    return re.search(pattern, _text_before(earlier, text, pos)) is not None


def _plural_words(noun_phrase: str) -> list[str]:
    return [word.lower() for word in noun_phrase.split() if is_plural_noun(word)]


def restates_count(earlier: str | None, text: str, pos: int, *, value: float, noun_phrase: str) -> bool:
    """Whether the article already counted ``value`` of the noun ``noun_phrase`` counts ('Of the 14 judges' after
    '14 judges will sit in March'), for the count at ``pos`` of the paragraph ``text``; ``earlier``: the earlier
    paragraphs' stretch (``earlier_text``), None at the first paragraph."""
    plurals = _plural_words(noun_phrase)
    if not plurals:
        return False
    searched = _text_before(earlier, text, pos)
    return any(counted_before(searched, value, plural) for plural in plurals)


_SUBJECT_VERB_AFTER = re.compile(
    r"\s+(?:also\s+|both\s+|then\s+|still\s+)?(?:is|are|was|were|have|had|has|will|would|could|should|can|may|"
    r"might|must|did|do|knew|said|say|says)\b"
)


def _subject_pointer(earlier: str | None, text: str, pos: int, noun_phrase: str, noun_end: int | None) -> bool:
    """'the three painters knew', 'the two camps should stay apart' after the painters or the camps were spoken of: a
    count with 'the' that is its clause's subject (its verb right after the noun) and whose noun the article has
    already used speaks of things the reader has met. A first mention names them for the first time ('A bus crashed.
    The three victims were taken to hospital'); a noun phrase with a name in it says which group by itself ('the four
    Kurdish parties have agreed')."""
    plurals = _plural_words(noun_phrase)
    if (
        noun_end is None
        or not plurals
        or any(word[:1].isupper() for word in noun_phrase.split())
        or not follows_the(text, pos)
        or _SUBJECT_VERB_AFTER.match(text, noun_end) is None
    ):
        return False
    forms = "|".join(re.escape(form) for form in singular_forms(plurals[-1]))
    return re.search(rf"\b(?:{forms})s?\b", _text_before(earlier, text, pos), re.IGNORECASE) is not None


def points_back(
    earlier: str | None,
    text: str,
    pos: int,
    *,
    number_word: str,
    value: float,
    noun_phrase: str | None,
    noun_end: int | None = None,
) -> bool:
    """Whether a determined number word ('the three', 'all five') at ``pos`` of the paragraph ``text`` restates or
    points back rather than reports.

    ``earlier``: the paragraphs read before this one (``earlier_text``), None at the first; ``noun_phrase``: what it
    counts, up to its plural head ('cargo bike lanes'), when it has one, ending at ``noun_end`` in ``text``.
    """
    if noun_phrase is None:
        return True  # 'the two that remained': the number word stands for things already named
    plurals = _plural_words(noun_phrase)
    if (value == 2 and plurals and plurals[-1] in PAIR_NOUNS) or (
        noun_end is not None and names_listed_after(text, noun_end)
    ):
        return True
    if _subject_pointer(earlier, text, pos, noun_phrase, noun_end):
        return True
    if restates_count(earlier, text, pos, value=value, noun_phrase=noun_phrase):
        return True
    # only the paragraph's own words: 'the two' alone further back may be another pair
    return named_as_group_before(text, pos, number_word.lower())


def _is_back_reference(hit: Hit, text: str, read_before: str | None) -> bool:
    """A count after 'the'/'all'/'their' that points back: a number word by ``points_back``; digits ('Of the 14
    judges') only when they restate an earlier count of the same noun (a digit count alone names no group)."""
    noun_phrase = text[hit.noun.start : hit.noun.end] if hit.noun else None
    if after_demonstrative(text, hit.start):
        return True
    if text[hit.start].isdigit():
        return noun_phrase is not None and restates_count(
            read_before, text, hit.start, value=hit.value, noun_phrase=noun_phrase
        )
    return points_back(
        read_before,
        text,
        hit.start,
        number_word=text[hit.start : hit.end],
        value=hit.value,
        noun_phrase=noun_phrase,
        noun_end=hit.noun.end if hit.noun else None,
    )


def _names_its_members(hit: Hit, text: str) -> bool:
    """'two developers, Ann Roe and Lee Voss': a count whose members are all named right after it, with no 'at least'
    or 'more than' before it (then the names are examples and the count says more)."""
    if hit.kind != "count" or hit.noun is None or hit.in_range:
        return False
    named = all_members_named_after(text, hit.noun.end, hit.value)
    return named and qualifier_of(text, hit.start, hit.end) is None


def first_mentions(hits: list[Hit], text: str, read_before: str | None) -> list[Hit]:
    """The hits without the counts after 'the'/'all'/'their' that point back at the earlier text, and without the
    counts of members named right after."""
    return [
        hit
        for hit in hits
        if not (hit.determined and _is_back_reference(hit, text, read_before))
        and not _names_its_members(hit, text)
        and not (
            hit.kind in {"money", "percent"}
            and restates_amount(read_before, text, hit.start, text[hit.start : hit.end])
        )
    ]
