"""The words around a number that both ``measures`` and ``detection`` read (below both; imports only ``numbers``).

- ``lexicon``: the hedges and cues, read together: words that make a number approximate or bound it, verbs that report
  it;
- ``noun_phrases``: what a count counts (the noun phrase after it) and whether its noun makes it a duration;
- ``preceding_words``: the word just before a number, and whether it opens its sentence;
- ``context``: a statistic's sentence, its approximation qualifier and who reports it.
"""

from newsprep.extract.statistics.words.context import (
    CONTEXT_CHARS,
    qualifier_of,
    reporter_of,
    sentence_at,
    sentence_index,
    sentence_spans,
)
from newsprep.extract.statistics.words.lexicon import (
    APPROXIMATE,
    APPROXIMATIONS,
    ASIDE_VERBS,
    CHANGE_HEDGES,
    FROM_HEDGES,
    LEAD_ADJECTIVES,
    LEVEL_HEDGES,
    OPINION_VERBS,
    PARTITIVE_HEDGES,
    PLACE_SIZE_HEDGES,
    POLL_ANSWER_VERBS,
    POLL_HEDGES,
    POLL_LIMITS,
    QUALIFIER_END_WORDS,
    RANGE_END_HEDGES,
    REPORTING_WORDS,
    SAME_MEASURE_WORDS,
    SAMPLE_HEDGES,
    TOLD_WITH_HEDGES,
    one_of,
    optional_before,
)
from newsprep.extract.statistics.words.noun_phrases import (
    TIME_UNITS,
    NounPhrase,
    in_scare_quotes,
    is_duration,
    is_plural_noun,
    noun_phrase_after,
    partitive_noun_phrase,
)
from newsprep.extract.statistics.words.preceding_words import is_sentence_start, last_word

__all__ = [
    "APPROXIMATE",
    "APPROXIMATIONS",
    "ASIDE_VERBS",
    "CHANGE_HEDGES",
    "CONTEXT_CHARS",
    "FROM_HEDGES",
    "LEAD_ADJECTIVES",
    "LEVEL_HEDGES",
    "OPINION_VERBS",
    "PARTITIVE_HEDGES",
    "PLACE_SIZE_HEDGES",
    "POLL_ANSWER_VERBS",
    "POLL_HEDGES",
    "POLL_LIMITS",
    "QUALIFIER_END_WORDS",
    "RANGE_END_HEDGES",
    "REPORTING_WORDS",
    "SAME_MEASURE_WORDS",
    "SAMPLE_HEDGES",
    "TIME_UNITS",
    "TOLD_WITH_HEDGES",
    "NounPhrase",
    "in_scare_quotes",
    "is_duration",
    "is_plural_noun",
    "is_sentence_start",
    "last_word",
    "noun_phrase_after",
    "one_of",
    "optional_before",
    "partitive_noun_phrase",
    "qualifier_of",
    "reporter_of",
    "sentence_at",
    "sentence_index",
    "sentence_spans",
]
