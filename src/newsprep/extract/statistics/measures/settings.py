"""Counts named by their setting: the study a count samples, the places where something happened (issue 17,
round 10; each shape has invented-sentence tests in ``tests/stages/statistics/measures/test_prices_and_settings.py``).

- 'one small study in 38 adults found that ...' -> 'adults in study'; 'a review of 14 trials' -> 'trials reviewed';
- 'Protests broke out in 40 cities' -> 'cities with protests'; 'a sit-in at 30 schools' -> 'schools with sit-in';
  'a sit-in at 30 schools in 9 states' -> 'states with sit-in' (round 12).
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import noun_phrase_back, strip_qualifiers, tidy_phrase
from newsprep.extract.statistics.measures.word_class_unions import NUMBER_WORD_OR_DETERMINER
from newsprep.extract.statistics.measures.word_classes import AUXILIARIES, MEASURE_UNITS, NUMBER_WORDS, bare_word
from newsprep.text import word_set

STUDY_NOUNS = {"study": "in study", "trial": "in trial", "experiment": "in experiment", "review": "reviewed"}
STUDY_NOUNS |= {"analysis": "analysed", "meta-analysis": "analysed", "studies": "in studies", "trials": "in trials"}
"""A study's sample: 'a study in 40 adults' -> 'adults in study'; 'a review of 12 trials' -> 'trials reviewed'."""
STUDY_PREPOSITIONS = frozenset({"in", "of", "with", "involving", "among", "on", "including", "enrolling"})
HAPPENING = word_set("held staged broke erupted spread occurred happened took planned scheduled reported")
"""Verbs that say an event happened somewhere: 'rallies were held at 200 campuses'."""
HAPPENING_PARTICLES = frozenset({"out", "place", "up"})
EVENTS = word_set(
    "protest protests rally rallies walk-in walk-ins sit-in sit-ins walkout walkouts strike strikes vigil vigils "
    "march marches demonstration demonstrations outbreak outbreaks cases shooting shootings attack attacks "
    "screening screenings event events"
)
"""Nouns of things that happen at places: 'a walk-in at 2,000 schools' -> 'schools with walk-in'."""
PLACE_PREPOSITIONS = frozenset({"in", "at", "across"})
_MAX_EVENT_WORDS = 2


def _sample(noun: str) -> str | None:
    return tidy_phrase(
        [w for w in noun.split() if bare_word(w) not in NUMBER_WORD_OR_DETERMINER and not w[:1].isdigit()]
    )


def studied_count(sentence_before: list[str], noun: str) -> str | None:
    """'one small study in 38 people found that ...' -> 'people in study': the count is the study's sample, not the
    subject of the verb after it."""
    words = strip_qualifiers(sentence_before)
    if len(words) < 2 or bare_word(words[-1]) not in STUDY_PREPOSITIONS:
        return None
    role = STUDY_NOUNS.get(bare_word(words[-2]))
    sample = _sample(noun)
    return f"{sample} {role}" if role and sample else None


def event_places(sentence_before: list[str], noun: str) -> str | None:
    """'Protests broke out in 40 cities' or 'rallies were held at 200 campuses' -> 'cities with protests',
    'campuses with rallies'; 'a nationwide walk-in at 2,000 schools' -> 'schools with nationwide walk-in'."""
    words = strip_qualifiers(sentence_before)
    if len(words) < 2 or bare_word(words[-1]) not in PLACE_PREPOSITIONS or noun.lower() in MEASURE_UNITS:
        return None
    words = words[:-1]
    if nested := _within_counted_places(words, noun):
        return nested
    if bare_word(words[-1]) in EVENTS:
        event = noun_phrase_back(words)
    else:
        if len(words) > 1 and bare_word(words[-1]) in HAPPENING_PARTICLES:
            words = words[:-1]  # 'broke out', 'took place'
        if bare_word(words[-1]) not in HAPPENING:
            return None
        words = words[:-1]
        while words and bare_word(words[-1]) in AUXILIARIES:
            words = words[:-1]  # 'were held', 'have been staged'
        event = noun_phrase_back(words)
        if not event or bare_word(event[-1]) not in EVENTS:
            return None
    event = [w for w in event if not bare_word(w).endswith("ly")][-_MAX_EVENT_WORDS:]  # 'largely peaceful protests'
    places, happened = _sample(noun), tidy_phrase(event)
    return f"{places} with {happened}" if places and happened else None


def _within_counted_places(words: list[str], noun: str) -> str | None:
    """'a walk-in at 2,000 schools in 238 cities' -> 'cities with walk-in': places that hold other counted places
    where the event happened share its event (``words`` end at the inner places' noun)."""
    if len(words) < 4 or not (words[-2][:1].isdigit() or bare_word(words[-2]) in NUMBER_WORDS):
        return None
    inner = event_places(words[:-2], words[-1])
    places = _sample(noun)
    return f"{places} with {inner.split(' with ', 1)[1]}" if inner and places else None


def setting_of(sentence_before: list[str], noun: str) -> str | None:
    """A count named by its study or by the places where something happened, or None."""
    return studied_count(sentence_before, noun) or event_places(sentence_before, noun)
