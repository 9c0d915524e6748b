"""Words a reader writes that the number's clause holds in another form (measures round 28, issue 17; tests in
``tests/stages/statistics/measures/test_derived_words.py``, every sentence invented).

Three derivations, each where the stage's phrase held the clause's own word and the readers of two or more sets
wrote its derived form, none where a reader kept the clause's form (every phrase they change was read):

- a money verb in the past tense, just before the amount, left at the end of a money statistic's phrase ('each of
  whom spent about $112 ashore' -> 'ashore spent', 'has now earned $203 million worldwide') is the verb's noun,
  opening the phrase ('spending ashore', 'earnings worldwide'), as the stage's own money rules write it when they
  read the clause ('spent $4m on roads' -> 'spending on roads', ``word_classes.MONEY_NOUNS``, the one table of
  those nouns);
- a length of rain is rainfall ('recorded 9 inches of rain' -> 'rain' -> 'rainfall'), the word readers write for it
  wherever the text says 'rain' or 'rainfall' (snow is left: its readers wrote 'snow');
- a share or a multiple told by the adjective of a quality is that quality's noun ('the vaccine is 91 percent
  effective' -> 'vaccine effectiveness', '4 times as cost-effective as' -> 'cost-effectiveness as'); an adjective
  before its noun is left ('a 30 percent effective tax rate').

Measures round 29 added one (``tests/stages/statistics/measures/test_speeds_and_peaks.py``): a speed whose phrase is the
wind's noun alone ('with winds of 115 mph' -> 'winds') is 'wind speed', the readers' word for it in two sets; 'gusts'
alone is left, its readers kept it ('peak wind gusts').
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.word_classes import MODALS, MONEY_NOUNS
from newsprep.extract.statistics.numbers import LENGTH_NAMES
from newsprep.text import word_set

_IRREGULAR_PASTS = frozenset({"spent", "lent", "paid", "sold", "bought", "lost"})
MONEY_VERBS_DONE = {
    verb: noun
    for verb, noun in MONEY_NOUNS.items()
    if (verb.endswith("ed") or verb in _IRREGULAR_PASTS) and not noun.startswith("money ")
}
"""Money verbs in the past tense, to the noun that names their amount ('spent' -> 'spending', 'earned' ->
'earnings'). The present is left: 'pay', 'costs' and 'charges' end phrases as nouns as often as verbs ('starting
pay', 'housing costs'); so are the nouns that are a phrase of their own ('money raised'), which their rules write."""
_VERB_REACH = 3
"""How far before the amount its verb may stand: 'spent $4m', 'spent about $4m', 'spent nearly all of $4m'."""
FALL_NOUNS = {"rain": "rainfall"}
"""What falls, to the noun of how much fell, for a length ('inches of rain' -> 'rainfall')."""
QUALITY_NOUNS = {"effective": "effectiveness"}
"""The adjective a share of a quality is told by, to the quality ('97 percent effective' -> 'effectiveness')."""
SPEED_NOUNS = {"winds": "wind speed", "wind": "wind speed"}
"""What moves, alone as a speed's phrase, to the noun of how fast it moves ('winds of 115 mph' -> 'wind speed')."""
_FALLING = word_set("fell fall falls fallen falling")
_MODALS = MODALS - {"and"}
_COMPARED_BY = frozenset({"as", "than"})
"""Words after a predicative adjective in a multiple's phrase ('cost-effective as the old one')."""


def with_money_noun(phrase: str | None, before: str) -> str | None:
    """'ashore spent' (a money statistic's phrase ending on the verb just ``before`` the amount, 'each of whom spent
    about') -> 'spending ashore'; unchanged otherwise: a participle after the amount names what it is per ('$9,100
    per life saved')."""
    if not phrase or " " not in phrase:
        return phrase
    *rest, last = phrase.split()
    noun = MONEY_VERBS_DONE.get(last)  # lower case only: a capital is a name's
    if noun is None or last not in before.split()[-_VERB_REACH:]:
        return phrase
    return " ".join([noun, *rest])


def with_fall_noun(phrase: str | None, unit: str) -> str | None:
    """'rain' for a length -> 'rainfall'; 'rain could fall inland' -> 'rainfall inland' (the noun says the fall)."""
    if not phrase or unit.lower() not in LENGTH_NAMES:
        return phrase
    words = phrase.split()
    for index, word in enumerate(words):
        if (noun := FALL_NOUNS.get(word.lower())) is None:
            continue
        verb_at = index + 1 + (index + 1 < len(words) and words[index + 1].lower() in _MODALS)
        falls = verb_at < len(words) and words[verb_at].lower() in _FALLING
        return " ".join([*words[:index], noun, *words[verb_at + 1 if falls else index + 1 :]])
    return phrase


def with_quality_noun(phrase: str | None) -> str | None:
    """'vaccine effective' -> 'vaccine effectiveness'; 'cost-effective as cash' -> 'cost-effectiveness as cash'; an
    adjective before a noun ('effective tax rate') is unchanged."""
    if not phrase:
        return phrase
    words = phrase.split()
    for index, word in enumerate(words):
        head, _, adjective = word.rpartition("-")
        predicative = index == len(words) - 1 or words[index + 1].lower() in _COMPARED_BY
        if adjective.lower() in QUALITY_NOUNS and predicative:
            words[index] = f"{head}-" * bool(head) + QUALITY_NOUNS[adjective.lower()]
    return " ".join(words)


def with_speed_noun(phrase: str | None, unit: str) -> str | None:
    """'winds' alone for a speed ('per hour') -> 'wind speed'; a longer phrase ('sustained winds', 'wind gusts')
    already says which wind it is and is unchanged."""
    if not phrase or not unit.endswith(" per hour"):
        return phrase
    return SPEED_NOUNS.get(phrase.lower(), phrase)
