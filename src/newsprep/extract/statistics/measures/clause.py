"""A statistic's clause as words: the words before and after the number, trimmed to phrases."""

from __future__ import annotations

import re
from functools import lru_cache

from newsprep.extract.statistics.measures.fronted import fronted_place_last
from newsprep.extract.statistics.measures.word_class_unions import (
    AUXILIARY_OR_MODAL,
    AUXILIARY_OR_RELATIVE,
    FUNCTION_AUXILIARY_OR_PREPOSITION,
    FUNCTION_OR_PREPOSITION,
)
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    CLAUSE_BREAK,
    CONNECTORS,
    DASH,
    DETERMINERS,
    FUNCTION,
    MAX_MEASURE_WORDS,
    MAX_SUBJECT_WORDS,
    MAX_TAIL_WORDS,
    MEASURE_UNITS,
    MODALS,
    NUMBER_WORDS,
    OUTDOING,
    PARTICLES,
    PAST_VERBS,
    PHRASE_ENDS,
    PREPOSITIONS,
    PROJECTIONS,
    QUALIFIER_END,
    QUALIFIER_LAST_WORDS,
    QUANTITY_WORD,
    RELATIVES,
    REPORTING,
    SCALE_OR_PERCENT,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TIME_MODIFIERS,
    TIME_OBJECTS,
    TIME_STOPS,
    VERB_ENDINGS,
    YEAR,
    after_last_of,
    bare_word,
    is_quantity,
)
from newsprep.extract.statistics.words import OPINION_VERBS, is_plural_noun

# the word classes' unions the rules below test words against, built once at import, not at each test
_CONNECTOR_OR_SCALE = CONNECTORS | SCALE_OR_PERCENT
_DETERMINER_SUBORDINATOR_OR_LINK = DETERMINERS | SUBORDINATORS | frozenset({"of", "to", "in", "with"})
_AUXILIARY_PROJECTION_OR_TO = AUXILIARIES | PROJECTIONS | frozenset({"to"})
_FUNCTION_AUXILIARY_PARTICLE_OR_OUTDOING = FUNCTION | AUXILIARIES | PARTICLES | OUTDOING
_REPORTING_AUXILIARY_OR_MODAL = REPORTING | AUXILIARIES | MODALS
_REPORTING_OR_SUBORDINATOR = REPORTING | SUBORDINATORS
_FUNCTION_AUXILIARY_PREPOSITION_OR_NUMBER_WORD = FUNCTION | AUXILIARIES | PREPOSITIONS | NUMBER_WORDS


def only_connectors(words: list[str]) -> bool:
    return all(bare_word(w) in _CONNECTOR_OR_SCALE or is_quantity(words, i) for i, w in enumerate(words))


_DASH = re.compile(DASH)


def clause_words(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[list[str], list[str]]:
    """The words of the number's clause before it and after it."""
    s_start, s_end = sentence
    breaks = list(CLAUSE_BREAK.finditer(text, s_start, start))
    left_start = breaks[-1].end() if breaks else s_start
    while len(breaks) > 1 and only_connectors(text[left_start:start].split()):
        # ', or 1%, to 900': a clause of connectors and numbers continues the one before it
        breaks.pop()
        left_start = breaks[-1].end()
    if breaks and only_connectors(text[left_start:start].split()):
        left_start = s_start
    following = CLAUSE_BREAK.search(text, end, s_end)
    right_end = s_end if following is None else following.start()
    left = text[left_start:start].split()
    dashes = [i for i, b in enumerate(breaks) if _DASH.fullmatch(b.group())]
    if len(dashes) > 1 and dashes[-1] == len(breaks) - 1:
        # 'rich economies - which include Japan, Chile and Peru - will grow 1.6%': the clause around a dashed aside
        opened = breaks[dashes[-2] - 1].end() if dashes[-2] > 0 else s_start
        left = text[opened : breaks[dashes[-2]].start()].split() + left
    right = text[end:right_end].strip().rstrip(".!?").split()
    return left, right


def after_other_quantity(left: list[str]) -> tuple[list[str], list[str]]:
    """Split the left words at the last other quantity: (words before it, words between it and the number)."""
    for i in range(len(left) - 1, -1, -1):
        if is_quantity(left, i):
            j = i + 1
            while j < len(left) and (
                bare_word(left[j]) in SCALE_OR_PERCENT or (j == i + 1 and is_plural_noun(bare_word(left[j])))
            ):
                j += 1
            return left[:i], left[j:]
    return [], left


_TIME_PHRASE = re.compile(
    r"\b(?:from\s+)?(?:a|the)\s+(?:year|month|week|quarter)\s+(?:earlier|ago|before)\b"
    r"|\b(?:last|this|next)\s+(?:year|month|week|quarter)\b|\bon\s+(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b",
    re.IGNORECASE,
)


def without_time(words: list[str]) -> list[str]:
    """The words without a time phrase ('from a year earlier', 'last year', 'on Monday')."""
    return _TIME_PHRASE.sub(" ", " ".join(words)).split()


_HEDGES_BEFORE_LIKE = frozenset({"something", "anything"})


def strip_qualifiers(words: list[str]) -> list[str]:
    """The words before a number without its qualifier ('more than', 'an estimated', 'between')."""
    if len(words) > 1 and bare_word(words[-1]) == "like" and bare_word(words[-2]) in _HEDGES_BEFORE_LIKE:
        return words[:-2]  # 'the museum saw something like 900 visitors': a spoken hedge, no part of what is counted
    if not words or not may_end_with_qualifier(words[-1]):
        return words
    joined = " ".join(words)
    start = _qualifier_start(joined)
    return joined[:start].split() if start is not None else words


def may_end_with_qualifier(word: str) -> bool:
    """False only where ``QUALIFIER_END`` cannot match text ending with ``word``: an ASCII word (IGNORECASE folds a
    few other letters to ASCII ones) that ends in none of the qualifiers' last words. Most words before a number
    end in none, and the pattern, tried at every place of the text, was the stage's costliest search."""
    return not word or not word.isascii() or word[-1].isspace() or word.lower().endswith(QUALIFIER_LAST_WORDS)


@lru_cache(maxsize=4096)
def _qualifier_start(joined: str) -> int | None:
    """Where the qualifier at the end of ``joined`` starts: the rules ask it of one sentence's words several times."""
    m = QUALIFIER_END.search(joined)
    return m.start() if m else None


def tidy_phrase(words: list[str], *, limit: int = MAX_MEASURE_WORDS) -> str | None:
    words = [w for w in words if w.strip("“”\"'’,.;:()")]
    while words and bare_word(words[0]) in _DETERMINER_SUBORDINATOR_OR_LINK:
        words = words[1:]
    words = cut_at_aside(words)[:limit]
    while words and bare_word(words[-1]) in FUNCTION_AUXILIARY_OR_PREPOSITION:
        words = words[:-1]
    phrase = " ".join(words).strip(" ,;:“”\"'’().-–—")
    return phrase or None


COPULAS = frozenset({"is", "are", "was", "were"})


OPINION_VERB_WORDS = frozenset(OPINION_VERBS)


def cut_at_aside(words: list[str]) -> list[str]:
    """The words up to a clause or an aside that follows the measure ('safety systems including braking' ->
    'safety systems'; 'miles per charge depending on the driving' -> 'miles per charge'); a copula after a verb of
    saying or thinking is the reported clause's and stays ('voters say Ruiz is honest')."""
    reported = False  # a verb of saying or thinking among words[1:i] ('voters say Ruiz is honest')
    for i, w in enumerate(words[1:], start=1):
        if i >= 2 and bare_word(w) in COPULAS and bare_word(words[i - 1]) in RELATIVES:
            participle = words[i + 1 : i + 2]
            if participle and bare_word(participle[0]).endswith("ed"):
                return [participle[0], *words[: i - 1]]  # 'gain that was expected' -> 'expected gain'
            return words[: i - 1]
        # kept as the loop goes, one more word each step, not read again from words[1] at each word
        reported = reported or (i >= 2 and bare_word(words[i - 1]) in OPINION_VERB_WORDS)
        if bare_word(w) in PHRASE_ENDS or (i >= 2 and bare_word(w) in COPULAS and not reported):
            return words[:i]
    return one_prepositional_phrase(words)


def one_prepositional_phrase(words: list[str]) -> list[str]:
    """The words up to a second prepositional phrase ('people killed in Europe in the 14th century' -> 'people
    killed in Europe'); 'of' joins a noun to its noun and opens none."""
    opened = in_phrase = False
    for i, w in enumerate(words):
        b = bare_word(w)
        following = words[i + 1] if i + 1 < len(words) else ""
        if b == "to" and in_phrase and following[:1].islower() and bare_word(following) not in DETERMINERS:
            return words[:i]  # 'companies to a contract to perform deliveries' -> 'companies to a contract'
        if b in PREPOSITIONS and b not in {"of", "to", "by", "per"} and i > 0:
            if opened and i >= 4:
                return words[:i]
            opened = True
        in_phrase = in_phrase or opened or (b == "to" and bare_word(following) in DETERMINERS)
    return words


def subject_words(words: list[str]) -> list[str]:
    """The subject at the end of ``words``: after any reporting frame ('X said that') or subordinator, without the
    examples a 'such as' gives ('emissions of pollutants such as lead and sulphur' -> 'emissions of pollutants').
    Unlike ``averages._after_reporting`` (a reporting verb only), this also cuts at the last subordinator
    ('fares and costs' -> 'costs'), trailing auxiliaries, a pronoun's verb and all but ``MAX_SUBJECT_WORDS``."""
    examples = next(
        (i for i in range(1, len(words) - 1) if [bare_word(w) for w in words[i : i + 2]] == ["such", "as"]), None
    )
    if examples is not None and (named := noun_phrase_back(words[:examples])):
        return named[-MAX_SUBJECT_WORDS:]
    words = after_last_of(words, _REPORTING_OR_SUBORDINATOR)
    while words and bare_word(words[-1]) in _AUXILIARY_PROJECTION_OR_TO:
        words = words[:-1]
    return fronted_place_last(_after_pronoun_verb(words)[-MAX_SUBJECT_WORDS:])


def _after_pronoun_verb(words: list[str]) -> list[str]:
    """'they do get wage growth' -> 'wage growth': after a pronoun's own verb ('if they do get wage growth up 3%'), the
    thing that moves is the verb's object; a pronoun is never what a number measures."""
    if len(words) < 3 or bare_word(words[0]) not in SUBJECT_PRONOUNS:
        return words
    rest = words[1:]
    while rest and bare_word(rest[0]) in AUXILIARY_OR_MODAL:
        rest = rest[1:]
    verb_first = len(rest) > 1 and rest[0][:1].islower() and bare_word(rest[0]) not in FUNCTION_OR_PREPOSITION
    return rest[1:] if verb_first else words


def noun_phrase_back(words: list[str]) -> list[str]:
    """The noun phrase that ends ``words`` ('... the agency's 2020 budget request'), 'of' kept inside it."""
    taken: list[str] = []
    joined_and = False
    for w in reversed(words):
        b = bare_word(w)
        if (b == "of" or (b == "and" and not joined_and and len(taken) <= 2)) and taken:
            joined_and = joined_and or b == "and"
            taken.insert(0, w)
            continue
        if not b or b in _FUNCTION_AUXILIARY_PARTICLE_OR_OUTDOING or ((b in REPORTING or is_verb(w)) and taken):
            break  # 'knocked out power to': a particle ends the verb, not the noun phrase
        if w.rstrip().endswith((",", ";", ":")) and taken:
            break
        taken.insert(0, w)
        if len(taken) >= MAX_TAIL_WORDS:
            break
    while taken and bare_word(taken[0]) in {"of", "and"}:
        taken = taken[1:]
    return taken


def noun_phrase_forward(words: list[str]) -> list[str]:
    """The words after the number up to the first function word ('contract' of 'contract to supply')."""
    out: list[str] = []
    for w in words:
        if bare_word(w) in FUNCTION or bare_word(w) in PREPOSITIONS or not w[:1].isalpha():
            break
        out.append(w)
    return out[:MAX_TAIL_WORDS]


def tail_words(words: list[str], limit: int = MAX_TAIL_WORDS) -> list[str]:
    """Words after the number up to another quantity, at most ``limit``."""
    out: list[str] = []
    for i, w in enumerate(words):
        if any(c.isdigit() for c in w) or bare_word(w) in NUMBER_WORDS or bare_word(w) in TIME_STOPS:
            break
        time_next = any(bare_word(n) in TIME_STOPS for n in words[i + 1 : i + 4])
        if bare_word(w) in {"this", "last", "next", "on", "in", "a"} and time_next:
            break
        out.append(w)
    return out[:limit]


def first_content(words: list[str]) -> str:
    """The first word that is not a determiner ('' when there is none)."""
    return next((w for w in words if w not in DETERMINERS), "")


def names_a_time(words: list[str]) -> bool:
    """Whether the words (bare, lower case) open with a time ('the third quarter', 'fiscal 2019', 'the same
    period'), not with what a number is for."""
    rest = [w for w in words[:4] if w not in DETERMINERS and w not in TIME_MODIFIERS]
    return bool(rest) and (rest[0] in TIME_OBJECTS or YEAR.match(rest[0]) is not None)


def is_verb(word: str) -> bool:
    b = bare_word(word)
    return b in PAST_VERBS or (len(b) > 4 and b.isalpha() and b.endswith(VERB_ENDINGS) and word[:1].islower())


def is_noun_phrase(phrase: str | None) -> bool:
    """A short phrase with no verb in it ('the county's road budget', 'jobs in the valley'), not a clause ('voters
    said they would stay home'): what a reader puts after 'share of'."""
    words = phrase.split() if phrase else []
    return 0 < len(words) <= MAX_TAIL_WORDS and not any(
        bare_word(w) in _REPORTING_AUXILIARY_OR_MODAL or is_verb(w) or (i and _past_form(w))
        for i, w in enumerate(words)
    )


def _past_form(word: str) -> bool:
    """'died', 'rated': a lowercase word in -ed after a phrase's first word (a short verb ``is_verb`` lets pass)."""
    return word.islower() and len(word) >= 4 and word.endswith("ed") and word.isalpha()


def without_auxiliaries(words: list[str]) -> list[str]:
    """'people are worried' -> 'people worried'; 'said they believe' -> 'believe'."""
    if len(words) >= 2 and bare_word(words[0]) in {"said", "say", "says"}:
        words = words[1:]
        if words and bare_word(words[0]) == "that":
            words = words[1:]
        if words and bare_word(words[0]) in {"they", "it", "he", "she", "we"}:
            words = words[1:]
    return [w for i, w in enumerate(words) if not (i <= 2 and bare_word(w) in AUXILIARY_OR_RELATIVE)]


_QUANTITY_TAIL = CONNECTORS | SCALE_OR_PERCENT | MEASURE_UNITS | {""}


def before_quantities(words: list[str]) -> list[str]:
    """``words`` without the quantities (and their connectors and units) that end them."""
    unit_after = False
    while words:
        i = len(words) - 1
        counted = unit_after and QUANTITY_WORD.match(words[i]) is not None  # '45' of 'fell 45 cents, or'
        if counted or is_quantity(words, i) or bare_word(words[i]) in _QUANTITY_TAIL:
            unit_after = bare_word(words[i]) in MEASURE_UNITS
            words = words[:-1]
            continue
        break
    return words


def is_modifier(determiner: str, word: str) -> bool:
    """'the original' before 'two films': an adjective between a determiner and the number."""
    b = bare_word(word)
    return (
        bare_word(determiner) in DETERMINERS
        and word[:1].islower()
        and b.isalpha()
        and b not in _FUNCTION_AUXILIARY_PREPOSITION_OR_NUMBER_WORD
        and not is_verb(word)
    )


def participle_after(words: list[str]) -> str | None:
    """The participle after the auxiliaries that follow a quantity ('21 cities have been killed' -> 'killed')."""
    for i, w in enumerate(words[:8]):
        if bare_word(w) not in AUXILIARIES:
            continue
        rest = words[i:]
        while rest and bare_word(rest[0]) in AUXILIARIES:
            rest = rest[1:]
        return bare_word(rest[0]) if rest and is_verb(rest[0]) else None
    return None


def before_as(words: list[str]) -> list[str]:
    """The compared quantity of 'as much X as Y': the words before the second 'as'."""
    at = next((i for i, w in enumerate(words) if bare_word(w) == "as"), len(words))
    return words[:at]


def clause_fallback(words: list[str]) -> str | None:
    """The clause's last words, after any other quantity (a comparison's other side is never the measure)."""
    words = subject_words(words) if any(bare_word(w) in REPORTING for w in words) else words
    numbers = [i for i, w in enumerate(words) if any(c.isdigit() for c in w)]
    if not numbers:
        return tidy_phrase(without_auxiliaries(words[-MAX_MEASURE_WORDS:]))
    after = tidy_phrase(without_auxiliaries(words[numbers[-1] + 1 :][-MAX_MEASURE_WORDS:]))
    # 'the fleet could grow from 40 now to as many as 90': what the first number measures
    return after or tidy_phrase(without_auxiliaries(words[: numbers[0]][-MAX_MEASURE_WORDS:]))
