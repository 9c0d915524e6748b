"""The statistics stage's hedges and cues, read together: the words written before a number that make it approximate
or bound it, and the verbs that report a number or the clause holding it.

Each list is what one rule reads, named for that rule, in the order the rule tries them. They differ on purpose, and
reading them side by side is what this module is for:

- the widest hedges are the qualifier's (``QUALIFIERS``: what ``qualifier`` publishes) and the measures' look-back
  (``QUALIFIER_END_WORDS``, every word that may stand between a phrase and its number, 'a' and 'record' too);
- between a number and what it is read against ('from about', ', or about', ', with just') the rules take only
  words that change no meaning of the measure: ``APPROXIMATE`` and its subsets;
- limits ('just', 'only', 'barely') are hedges where the count is still the count ('with just 3 percent'), not
  where they would name another quantity;
- the reporting verbs are three lists for three readers: who published a figure (``SOURCE_VERBS``), a finding's
  verb after a study (``FINDING_VERBS``) and an aside inside a sentence (``ASIDE_VERBS``); a poll's respondents
  (``POLL_ANSWER_VERBS``) and a group's opinion (``OPINION_VERBS``) are read as what people said or think.

Each list is written as one line of words and phrases parted by commas; a phrase's space matches any run of white
space (``one_of``); nothing here is a regular expression of its own.
"""

from __future__ import annotations


def _phrases(listed: str) -> tuple[str, ...]:
    """A list written as one string, its words or phrases parted by commas, kept in order."""
    return tuple(phrase.strip() for phrase in listed.split(","))


APPROXIMATE = _phrases("about, around, roughly, nearly, almost, some")
"""The plain hedges of a size: 'or about $290 million', 'up from about 41 million'."""
FROM_HEDGES = _phrases("about, around, roughly, nearly")
"""After 'from' ('ranging from about', a range's 'from around'): no 'some' or 'almost' there."""
POLL_HEDGES = _phrases("about, roughly, nearly")
"""A poll's margin: 'leads by about', 'a roughly 6-point lead'."""
POLL_LIMITS = _phrases("just, only")
"""A poll's margin bounded: 'by just', 'won only'."""
LEAD_ADJECTIVES = _phrases("commanding, narrow, solid")
"""'Moss had a commanding 9-point lead': words between 'a' and a compound margin, read with ``POLL_HEDGES``."""
SAMPLE_HEDGES = _phrases("about, nearly, more than, some")
"""'a poll of nearly 1,000': the size of a sample."""
PARTITIVE_HEDGES = _phrases("only, just, about, nearly, almost")
"""'Of the 12 riders who finished, only seven ...': a number word counted out of its sentence's group."""
CHANGE_HEDGES = _phrases("about, nearly, almost, roughly, more than, less than")
"""'fell by nearly a third': the size of a change by a fraction."""
LEVEL_HEDGES = _phrases("around, about, roughly, nearly, some, only, just")
"""'which now stands at about': what may stand between 'which' and an antecedent's level."""
TOLD_WITH_HEDGES = _phrases("just, only, about, around, roughly, nearly, almost, barely")
"""', with just 3 percent': a share told with the clause before it."""
PLACE_SIZE_HEDGES = _phrases("about, some, nearly, roughly, almost, around, over, more than")
"""'a city of some 40,000': how many people live in a place."""
SAME_MEASURE_WORDS = (*APPROXIMATE, *_phrases("up, down, then"))
"""', or about', 'and up': what may join two numbers that measure the same thing."""
RANGE_END_HEDGES = _phrases(
    "more than, less than, fewer than, about, around, nearly, almost, roughly, over, under, as much as"
)
"""'$20,000 to over $50,000': a hedge before a range's second end."""
QUALIFIERS = _phrases(
    "nearly, almost, about, around, approximately, roughly, some, over, under, more than, less than, fewer than,"
    " up to, at least, at most, as many as, as much as, as few as, close to, just over, just under, well over,"
    " well under, an estimated, upwards of, in excess of, no more than, no fewer than, no less than, nearly all"
)
"""What a statistic's ``qualifier`` may be: the words right before its number."""
QUALIFIER_END_WORDS = _phrases(
    "nearly, almost, about, around, approximately, roughly, some, over, under, more than, less than, fewer than,"
    " up to, at least, at most, as many as, as much as, as few as, close to, closer to, nearer to, nearer, just, well,"
    " an estimated, upwards of,"
    " in excess of, short of, just short of, plus or minus, ±, no more than, no fewer than, no less than,"
    " a total of, only, between, record, new record, a, an, cumulative"
)
"""The words a measure phrase's end may carry before its number ('rose to a record', 'a total of', 'by a
cumulative'): cut off it."""
APPROXIMATIONS = _phrases("approximately, about, nearly, roughly, almost, some, estimated")
"""'there were approximately': a hedge between what there is and its count."""

SOURCE_VERBS = _phrases("said, says, reported, reports, estimated, estimates, found, finds, announced, showed, shows")
"""'the Census Bureau said': a capitalised source before one of these published the figure."""
FINDING_VERBS = _phrases(
    "found, finds, showed, shows, show, suggested, suggests, estimated, estimates, reported, reports, says, said"
)
"""'a study published in May found': what a study, a poll or a report did."""
ASIDE_VERBS = _phrases("says, said, claims, claimed, estimates, estimated")
"""', it says,', ', officials said,': a reporting aside inside a sentence."""
REPORTING_WORDS = _phrases(
    "said, says, say, told, reported, reports, found, finds, showed, shows, estimated, estimates, added, noted,"
    " claims, claimed, claim, believes, believe, predicts, predicted, expects, expected, expect"
)
"""Verbs of saying and expecting that end a measure phrase: the phrase is what was said, not who said it."""
POLL_ANSWER_VERBS = _phrases(
    "said, say, says, indicated, indicate, agreed, agree, believe, believed, think, thought, told pollsters"
)
"""'42 percent of voters said that ...': what a poll's respondents answered."""
OPINION_VERBS = _phrases("say, says, said, think, thinks, thought, believe, believes, feel, feels")
"""A verb that reports what a group says or thinks: a copula after it belongs to the reported clause."""


def one_of(words: tuple[str, ...]) -> str:
    """The words as a regular-expression alternation in their order, a phrase's spaces matching any white space:
    ``('about', 'more than')`` -> ``about|more\\s+than``."""
    return "|".join(word.replace(" ", r"\s+") for word in words)


def optional_before(words: tuple[str, ...]) -> str:
    """One of the words and the space after it, or nothing: ``(?:(?:about|nearly)\\s+)?``."""
    return rf"(?:(?:{one_of(words)})\s+)?"
