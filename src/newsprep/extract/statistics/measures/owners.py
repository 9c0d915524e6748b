"""Whose a count or an amount is when the clause rules found nothing: what someone has ('Lee, who has two sons' ->
'sons of Lee'), what there is ('Last week, there were nine auctions' -> 'auctions last week') and the amount a
relative clause after it says someone got or spent ('the $9,000 he borrowed' -> 'money borrowed')."""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import (
    is_verb,
    names_a_time,
    noun_phrase_back,
    strip_qualifiers,
    tail_words,
    tidy_phrase,
)
from newsprep.extract.statistics.measures.holders import opening_subject
from newsprep.extract.statistics.measures.word_class_unions import FUNCTION_OR_PREPOSITION
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    CHANGE_NOUNS,
    DETERMINERS,
    FUNCTION,
    HAVING,
    PREPOSITIONS,
    RELATIVES,
    REPORTING,
    STANDING_ADVERBS,
    SUBJECT_PRONOUNS,
    TIME_OBJECTS,
    bare_word,
)
from newsprep.extract.statistics.words import APPROXIMATIONS, ASIDE_VERBS
from newsprep.text import word_set

EXISTING_FORMS = frozenset(
    {("there", verb) for verb in ("is", "are", "was", "were")}
    | {("there's",), ("there'll", "be"), ("there'd", "be"), ("there", "will", "be"), ("there", "would", "be")}
)
"""What there is, was or will be ('there were', "there'll be", 'there will be'), as bare words with a plain
apostrophe."""
SAYING = frozenset(ASIDE_VERBS)
OPENING_WORDS = 4
"""At most this many words before 'there' name a time or a place of what there is ('Last week in Ohio,')."""
BEING_WORDS = word_set("is are was were be would will could may might should")
ASIDE_VERB_WORDS = 2
ASIDE_WORDS = 3
"""An aside of at most this many words ('it says', 'state officials said'); a verb of being of at most two."""
CASUALTY_VERBS = {"killing": "killed", "killed": "killed", "injuring": "injured", "injured": "injured"}
CASUALTY_VERBS |= {"wounding": "wounded", "wounded": "wounded"}
QUOTES_AND_COMMAS = " ,;:“”\"‘’'"
MAX_SUBJECT_WORDS = 6
STATE_VERBS = word_set("is are was were remains remained stays stayed has had")
OPENING_TIMES = word_set("yesterday today tonight now then later earlier last this next")
AMOUNT_ARTICLES = word_set("the that")
APPROXIMATION_WORDS = frozenset(APPROXIMATIONS)


def owned_count(left: list[str], sentence_before: list[str], noun: str | None) -> str | None:
    """A count after a form of 'have': 'Lee, who has two sons' -> 'sons of Lee'; 'a judge who said he had seven
    cousins' -> 'cousins he had'; a list's item with no subject ('Had two yachts;') -> 'yachts had'. None for any
    other clause."""
    words = strip_qualifiers(left)
    if not noun or not words or bare_word(words[-1]) not in HAVING:
        return None
    verb, owner = bare_word(words[-1]), words[:-1]
    if not owner:
        return f"{noun} {verb}"
    if bare_word(owner[-1]) in SUBJECT_PRONOUNS:
        return f"{noun} {bare_word(owner[-1])} {verb}"
    if bare_word(owner[-1]) in RELATIVES:
        antecedent = _antecedent(sentence_before)
        return f"{noun} of {antecedent}" if antecedent else None
    return named_owner(owner, noun)


def named_owner(owner: list[str], noun: str) -> str | None:
    """'Halvorsen now has 17 goals' -> 'goals of Halvorsen': a count a named subject has (a team's points, a
    player's goals), when no other rule read it; the subject must open with a capital ('The Falcons', 'Halvorsen')
    and be a short noun phrase right before the verb."""
    while owner and bare_word(owner[-1]) in STANDING_ADVERBS:
        owner = owner[:-1]
    named = noun_phrase_back(owner)
    opening = owner[: len(owner) - len(named)]
    if not named or len(opening) > 1 or not all(bare_word(w) == "the" for w in opening):
        return None
    if not any(w[:1].isupper() for w in named):
        return None
    return f"{noun} of {tidy_phrase(named)}" if tidy_phrase(named) else None


def _antecedent(sentence_before: list[str]) -> str | None:
    """The name before the sentence's last relative pronoun, set off by a comma ('Lee, who has')."""
    at = max((i for i, w in enumerate(sentence_before) if bare_word(w) in RELATIVES), default=0)
    before = sentence_before[:at]
    if not before or not before[-1].endswith(","):
        return None
    named = noun_phrase_back([*before[:-1], before[-1].rstrip(",")])
    return tidy_phrase(named) if named and named[0][:1].isupper() else None


def owner_or_subject(
    left: list[str], sentence_before: list[str], noun: str | None, right: list[str], *, counted: bool
) -> str | None:
    """Whose a count is or where and when there is it, or the subject a reporting aside cuts off, when the clause
    rules found nothing."""
    owned = owned_count(left, sentence_before, noun) or existing_count(left, sentence_before, noun, right)
    return (owned if counted else None) or subject_across_aside(left, sentence_before)


def subject_across_aside(left: list[str], sentence_before: list[str]) -> str | None:
    """'The monthly stipend, it says, would be $450' -> 'monthly stipend': a number whose clause is only
    a verb of being takes the subject before a reporting aside set off by commas ('it says', 'officials said')."""
    if not left or len(left) > ASIDE_VERB_WORDS or not all(bare_word(w) in BEING_WORDS for w in left):
        return None
    before = sentence_before[: len(sentence_before) - len(left)]
    aside_at = next((i for i in range(len(before) - 2, -1, -1) if before[i].endswith(",")), None)
    if aside_at is None or not before[-1].endswith(","):
        return None
    aside = [bare_word(w) for w in before[aside_at + 1 :]]
    if not 1 < len(aside) <= ASIDE_WORDS or aside[-1] not in REPORTING:
        return None
    subject = noun_phrase_back([*before[:aside_at], before[aside_at].rstrip(",")])
    return tidy_phrase(subject) if subject else None


def casualty_count(left: list[str]) -> str | None:
    """'Floods swept the valley, killing more than 1,000' -> 'people killed': a bare count after a verb
    of killing or wounding counts people."""
    words = strip_qualifiers(left)
    done = CASUALTY_VERBS.get(bare_word(words[-1])) if words else None
    return f"people {done}" if done else None


def says_there_is(left: list[str]) -> bool:
    """Whether the clause before a count is only 'there is', 'there were', "there'll be" (and a qualifier)."""
    return tuple(bare_word(w).replace("’", "'") for w in strip_qualifiers(left)) in EXISTING_FORMS


_OPENING_TIME_PREPOSITION_OR_FUNCTION = OPENING_TIMES | PREPOSITIONS | FUNCTION


def existing_count(left: list[str], sentence_before: list[str], noun: str | None, right: list[str]) -> str | None:
    """'Last week, there were nine auctions.' -> 'auctions last week': what there is, with the short time or place that
    opens its sentence; None when words follow the noun (the clause rules read those) or nothing opens it."""
    if not noun or right or not says_there_is(left):
        return None
    opening = sentence_before[: len(sentence_before) - len(left)]
    if not opening or len(opening) > OPENING_WORDS or not opening[-1].endswith(","):
        return None
    first = opening[0].lower() if bare_word(opening[0]) in _OPENING_TIME_PREPOSITION_OR_FUNCTION else opening[0]
    said = " ".join([first, *opening[1:]]).strip(QUOTES_AND_COMMAS)
    return f"{noun} {said}" if any(c.isalpha() for c in said) else None


def amount_in_relative(left: list[str], right: list[str]) -> str | None:
    """'the $7 million she says she collected from fans' -> 'money collected from fans': an amount the clause after
    it gives a subject and a verb in the past (a report verb and its subject between are skipped)."""
    before = [bare_word(w) for w in left[-2:]]
    approximate = len(before) == 2 and before[0] in AMOUNT_ARTICLES and before[1] in APPROXIMATION_WORDS
    if not before or not (before[-1] in AMOUNT_ARTICLES or approximate):
        return None
    rest = list(right)
    if len(rest) < 2 or bare_word(rest[0]) not in SUBJECT_PRONOUNS:
        return None
    rest = rest[1:]
    if len(rest) > 2 and bare_word(rest[0]) in SAYING and bare_word(rest[1]) in SUBJECT_PRONOUNS:
        rest = rest[2:]  # 'she says she collected'
    if not rest or not is_verb(rest[0]) or rest[0].endswith((",", ";", ":")):
        return None
    after = _object_words(rest[1:])
    return tidy_phrase(["money", bare_word(rest[0]), *after])


def _object_words(words: list[str]) -> list[str]:
    """The prepositional phrase after a relative clause's verb, up to a comma or a word that opens another clause."""
    if not words or bare_word(words[0]) not in PREPOSITIONS:
        return []
    out: list[str] = []
    for word in words:
        if out and bare_word(word) in {"and", "but", "on", "after", "before", "when"}:
            break
        out.append(word)
        if word.endswith((",", ";", ":")) or (bare_word(word) in FUNCTION - PREPOSITIONS and len(out) > 4):
            break
    return out


_FUNCTION_OR_DETERMINER = FUNCTION | DETERMINERS


def money_for_purpose(right: list[str]) -> str | None:
    """'giving towns $40 billion to invest in buses' -> 'money to invest in buses': an infinitive after an amount says
    what the money is for."""
    if len(right) < 2 or bare_word(right[0]) != "to" or not right[1][:1].islower():
        return None
    if bare_word(right[1]) in _FUNCTION_OR_DETERMINER or names_a_time([bare_word(w) for w in right[1:]]):
        return None
    purpose = tidy_phrase(tail_words(right[1:]))
    return f"money to {purpose}" if purpose and " " in purpose else None


def pronoun_level(left: list[str], sentence_before: list[str]) -> str | None:
    """'Turnout was low, though it climbed from 40% to 52%' -> 'Turnout': the ends of a change from one level to
    another whose subject is 'it' are levels of what opens the sentence."""
    words = [bare_word(w) for w in left]
    at = next((i for i, w in enumerate(words[:2]) if w == "it"), None)
    if at is None or not words or words[-1] not in {"from", "to"}:
        return None
    verbs = [w for w in words[at + 1 :] if w not in AUXILIARIES and not w.endswith("ly")]
    if not verbs or verbs[0] not in CHANGE_NOUNS:
        return None
    opening = sentence_before[: len(sentence_before) - len(left)]
    return opening_subject(opening) or _subject_before_state(opening)


def _subject_before_state(words: list[str]) -> str | None:
    """'In better news, the library's satisfaction score remains high, though' -> "library's satisfaction score": the
    subject before a verb of state, after any opening phrase set off by a comma."""
    at = next((i for i, w in enumerate(words) if bare_word(w) in STATE_VERBS), None)
    if not at:
        return None
    start = max((i + 1 for i, w in enumerate(words[:at]) if w.endswith((",", ";", ":"))), default=0)
    subject = words[start:at]
    if not subject or len(subject) > MAX_SUBJECT_WORDS or bare_word(subject[0]) in FUNCTION - DETERMINERS:
        return None
    return tidy_phrase(subject)


OWNER_WORDS = 3
"""At most this many words name the owner before a possessive ('the central bank's', 'the state water board's')."""
NOT_OWNERS = word_set("it's that's there's here's what's who's he's she's let's today's yesterday's tonight's")
"""Words in 's before a number that own nothing (a contraction, a day: 'today's 3% rise' is a time)."""


def possessed_level(sentence_before: list[str], right: list[str], phrase: str | None) -> str | None:
    """ "above the central bank's 2% target" -> "central bank's target": a share or an amount that is an owner's
    limit, target or budget says whose, as a reader writes it; the owner before the number (after 'the', or a name
    in capitals) goes before the one noun the phrase took from after it. A time ('last year's 4% rise') owns
    nothing, and a phrase of more words is left as it is."""
    words = strip_qualifiers(sentence_before)
    if phrase is None or " " in phrase or not right or bare_word(right[0]) != phrase.lower() or not words:
        return phrase
    possessive = bare_word(words[-1])
    if not words[-1].endswith(("'s", "’s")) or possessive.replace("’", "'") in NOT_OWNERS:
        return phrase
    if possessive[:-2] in TIME_OBJECTS:
        return phrase
    owner = [words[-1]]
    for word in reversed(words[-OWNER_WORDS:-1]):
        if bare_word(word) in FUNCTION_OR_PREPOSITION or not word.isalpha():
            break
        owner.insert(0, word)
    before_owner = words[: len(words) - len(owner)][-1:]
    after_the = bool(before_owner) and bare_word(before_owner[0]) == "the"
    if not (after_the or all(word[:1].isupper() for word in owner)):
        return phrase
    return f"{' '.join(owner)} {phrase}"
