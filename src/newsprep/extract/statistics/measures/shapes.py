"""Shapes of a measure a reader names with a word the clause only implies (round 5; each has a test with an
invented sentence in ``tests/stages/statistics/test_statistics_shapes.py``; sizes are ``sizes``', the last touches to a
phrase ``tidying``'):

- the subject of a copula across the number's adjectives: 'its top speed is a governed 130 mph'
  -> 'top speed';
- a run of results: 'Dallas has taken four in a row' -> 'Dallas wins in a row'; 'lost six straight' -> 'straight
  losses';
- a count after a possessive pronoun belongs to the sentence's subject: 'Portland converted two of its six chances'
  -> 'Portland chances' (for 'six');
- a count held by a participle: 'a boat carrying 50 migrants capsized' -> 'migrants on boat' (the verb after it is
  the boat's);
- a change after an appositive: 'Brent, the benchmark, slipped 1.2% to $61.40' -> 'fall in Brent', 'Brent'.
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import (
    is_verb,
    noun_phrase_back,
    tidy_phrase,
)
from newsprep.extract.statistics.measures.employees import employees_of
from newsprep.extract.statistics.measures.holders import (
    opening_subject,
)
from newsprep.extract.statistics.measures.tidying import is_number_word
from newsprep.extract.statistics.measures.word_class_unions import AUXILIARY_OR_MODAL, FUNCTION_OR_PREPOSITION
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    DETERMINERS,
    FUNCTION,
    HOLDING_VERBS,
    MAX_SUBJECT_WORDS,
    PREPOSITIONS,
    RELATIVES,
    THIRD_PERSON_POSSESSIVES,
    bare_word,
    comma_chunks,
)
from newsprep.extract.statistics.words import is_plural_noun
from newsprep.text import word_set

BEING = word_set("is are was were be been being measures measured stands stood covers covered spans spanned")
"""Verbs whose subject a following size or level belongs to."""


RESULTS = {"won": "wins", "win": "wins", "wins": "wins", "lost": "losses", "lose": "losses", "loses": "losses"}
RESULTS |= {"drew": "draws", "drawn": "draws", "tied": "ties", "dropped": "losses"}
"""A verb of results and the noun of its run."""


_RUN_OWNERS = frozenset({"their", "its", "his", "her", "our", "the", "last", "past"})
"""Words between 'of' and a run's length: 'seven of their last nine', 'eight of the past 10'."""


def run_measure(sentence_before: list[str], right: list[str]) -> str | None:
    """'Dallas has won four in a row' -> 'Dallas wins in a row'; 'the Owls lost six straight' -> 'Owls straight
    losses'; 'won four in a row and seven of nine' -> 'Dallas wins' (the other number of 'of nine' is left out)."""
    rb = [bare_word(w) for w in right[:3]]
    if not rb or rb[0] not in {"in", "straight", "consecutive", "of"}:
        return None
    if rb[0] == "of":  # 'seven of their last nine': the run's length after its owner and 'last'
        skipped = 1
        while skipped < min(len(right) - 1, 3) and bare_word(right[skipped]) in _RUN_OWNERS:
            skipped += 1
        right = ["of", *right[skipped:]]
        rb = [bare_word(w) for w in right[:3]]
    at = next((i for i in range(len(sentence_before) - 1, -1, -1) if bare_word(sentence_before[i]) in RESULTS), None)
    if at is None or not rb:
        return None
    results = RESULTS[bare_word(sentence_before[at])]
    before = sentence_before[:at]
    while before and bare_word(before[-1]) in AUXILIARIES:
        before = before[:-1]
    subject = noun_phrase_back(before)
    named = tidy_phrase(subject) if subject and subject[-1][:1].isupper() else None
    if rb == ["in", "a", "row"]:
        said = f"{results} in a row"
    elif rb[0] in {"straight", "consecutive"}:
        said = f"{rb[0]} {results}"
    elif rb[0] == "of" and len(rb) > 1 and _run_length(right[1]) and not (len(rb) > 2 and is_plural_noun(rb[2])):
        said = results  # 'five of six'; 'won 11 of its last 14 games' is the series rule's ('games won')
    else:
        return None
    return f"{named} {said}" if named else said


def being_subject(words: list[str]) -> str | None:
    """The noun phrase before the last verb of being or extent in ``words`` ('the new ferry measures just over' -> 'new
    ferry'); None when there is none or it is a pronoun."""
    at = next((i for i in range(len(words) - 1, 0, -1) if bare_word(words[i]) in BEING), None)
    if at is None:
        return None
    before = words[:at]
    while before and bare_word(before[-1]) in AUXILIARY_OR_MODAL:
        before = before[:-1]  # 'the ferry will be'
    if before and before[-1].endswith(","):
        # 'the bridge, which opened in 1937, is': the subject before the aside
        first = next(i for i, w in enumerate(before) if w.endswith(","))
        before = [*before[:first], before[first].rstrip(",")]
    subject = noun_phrase_back(before)
    if not subject or bare_word(subject[-1]) in FUNCTION or any(c.isdigit() for c in subject[-1]):
        return None
    return tidy_phrase(subject)


_PREPOSITION_OR_AUXILIARY = PREPOSITIONS | AUXILIARIES


def copula_subject(between: list[str]) -> str | None:
    """'its top speed is a governed': the subject of a copula whose complement is the number, with
    at most three determiners or modifiers (no preposition, no verb) between them."""
    at = next((i for i in range(len(between) - 1, 0, -1) if bare_word(between[i]) in BEING), None)
    if at is None:
        return None
    complement = between[at + 1 :]
    if len(complement) > 3 or any(
        bare_word(w) in _PREPOSITION_OR_AUXILIARY or (bare_word(w) in FUNCTION and bare_word(w) not in DETERMINERS)
        for w in complement
    ):
        return None
    return being_subject(between[: at + 1])


def adjective_copula(between: list[str]) -> bool:
    """'is a governed': a copula, then a participle used as an adjective right before the number (which the count
    rules would read as the count's verb)."""
    return len(between) > 1 and is_verb(between[-1]) and copula_subject(between) is not None


def _run_length(word: str) -> bool:
    """'nine' or '11': how many games a run is out of."""
    return is_number_word(word) or bare_word(word).isdigit()


def possessed_count(left: list[str], sentence_before: list[str], noun: str | None) -> str | None:
    """'the club converted two of its six chances' -> 'club chances': a count after 'its', 'their', 'his', 'her'
    is the sentence subject's; after a common noun's possessive, that noun's ('the county's 22 precincts' -> 'county
    precincts'); only when the phrase rules found nothing."""
    if not noun or not left:
        return None
    if left[-1].endswith(("'s", "’s")) and left[-1][:1].islower():  # 'the county's 22 precincts' -> 'county precincts'
        owner = tidy_phrase(noun_phrase_back([*left[:-1], left[-1][:-2]]))
        return f"{owner} {noun}" if owner else None
    if bare_word(left[-1]) not in THIRD_PERSON_POSSESSIVES:
        return None
    owner = opening_subject(sentence_before)
    return f"{owner} {noun}" if owner else None


HOLDING_PARTICIPLES = {"carrying": "on", "transporting": "on", "holding": "in", "housing": "in"}
HOLDING_PARTICIPLES |= {"employing": "employed by", "serving": "served by", "sheltering": "in"}
"""'a boat carrying 50 migrants': what a count held by a participle is on or in."""


def held_by_relative(sentence_before: list[str], noun: str | None) -> str | None:
    """'The firm, which employs 12,000 people,' -> 'employees of firm': a holding verb in a relative clause
    set off by a comma belongs to the noun before the comma."""
    if not noun or len(sentence_before) < 3 or bare_word(sentence_before[-2]) not in RELATIVES:
        return None
    held = HOLDING_VERBS.get(bare_word(sentence_before[-1]))
    if held is None or not sentence_before[-3].endswith(","):
        return None
    holder = tidy_phrase(noun_phrase_back([*sentence_before[:-3], sentence_before[-3].rstrip(",")]))
    if not holder:
        return None
    return employees_of(noun, sentence_before[-1], holder) or f"{noun} {held} by {holder}"


def held_by_participle(sentence_before: list[str], noun: str | None) -> str | None:
    """'A boat carrying 50 migrants capsized' -> 'migrants on boat'; 'the plant, employing 300 people,' -> 'employees
    of plant': the count belongs to the noun before the participle, not to the verb after it."""
    if not noun or len(sentence_before) < 2 or bare_word(sentence_before[-1]) not in HOLDING_PARTICIPLES:
        return None
    holder = noun_phrase_back([*sentence_before[:-2], sentence_before[-2].rstrip(",")])
    if not holder or not holder[-1][:1].isalpha() or bare_word(holder[-1]) in FUNCTION:
        return None
    held = tidy_phrase(holder)
    if not held:
        return None
    placed = f"{noun} {HOLDING_PARTICIPLES[bare_word(sentence_before[-1])]} {held}"
    return employees_of(noun, sentence_before[-1], held) or placed


_DETERMINER_OR_RELATIVE = DETERMINERS | RELATIVES


def appositive_subject(sentence_before: list[str], left: list[str]) -> str | None:
    """'Brent crude, the global benchmark, slipped': the noun phrase before an appositive, when the number's clause
    opens with the verb the appositive interrupts (its own subject is out of the clause's reach)."""
    if not left or not left[0][:1].islower() or bare_word(left[0]) in FUNCTION_OR_PREPOSITION:
        return None
    chunks = comma_chunks(sentence_before)
    if len(chunks) != 3 or len(chunks[0]) > MAX_SUBJECT_WORDS or bare_word(chunks[1][0]) not in _DETERMINER_OR_RELATIVE:
        return None  # 'NP, the APPOSITIVE, verb ...' or 'NP, which ..., verb ...' only
    subject = [w.rstrip(",") for w in chunks[0]]
    if any(is_verb(w) or bare_word(w) in FUNCTION - DETERMINERS for w in subject):
        return None
    return tidy_phrase(subject)
