"""The text layer every stage shares: word lists, tokenisers and the sentence splitter. Pure, no spaCy.

- ``words``: ``word_set`` (how a vocabulary is written), the number words, days and months.
- ``names``: how news writes people's and organisations' names (titles, particles, organisation heads).
- ``tokens``: the tokenisers, each named for what a token is.
- ``sentences``: ``sentence_breaks`` and its two rule sets, the abbreviations, the words that open a sentence.
- ``social``: the social platforms a page asks the reader to follow an account on, and the convention for such calls
  (the clean stage's follow lines, the entity stage's follow requests inside a longer line).
"""

from newsprep.text.names import (
    COURTESY_TITLES,
    HONOURS,
    NAME_PARTICLES,
    ORG_HEADS,
    ORG_HEADS_ALSO_SURNAMES,
    ORG_KIND_NOUNS,
    ORG_NOUNS,
    PERSON_TITLES,
    POST_NOMINALS,
    SPOKESPERSON,
    after_spokesperson_for,
    shorter_runs,
    without_periods,
)
from newsprep.text.sentences import (
    ABBREVIATIONS,
    SENTENCE_OPENERS,
    STATISTICS_SENTENCES,
    SentenceRules,
    quotation_sentence_rules,
    sentence_breaks,
)
from newsprep.text.words import (
    MONTHS,
    NUMBER_WORD_VALUES,
    WEEKDAYS,
    alternatives,
    s_form,
    singular_forms,
    without_accents,
    word_set,
)

__all__ = [
    "ABBREVIATIONS",
    "COURTESY_TITLES",
    "HONOURS",
    "MONTHS",
    "NAME_PARTICLES",
    "NUMBER_WORD_VALUES",
    "ORG_HEADS",
    "ORG_HEADS_ALSO_SURNAMES",
    "ORG_KIND_NOUNS",
    "ORG_NOUNS",
    "PERSON_TITLES",
    "POST_NOMINALS",
    "SENTENCE_OPENERS",
    "SPOKESPERSON",
    "STATISTICS_SENTENCES",
    "WEEKDAYS",
    "SentenceRules",
    "after_spokesperson_for",
    "alternatives",
    "quotation_sentence_rules",
    "s_form",
    "sentence_breaks",
    "shorter_runs",
    "singular_forms",
    "without_accents",
    "without_periods",
    "word_set",
]
