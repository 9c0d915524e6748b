"""What a count measures, read from its clause: ``phrases.measures_of``'s rules for a count, in order (split out of
``measures`` when it reached its size; each rule has its own module and tests)."""

from __future__ import annotations

from newsprep.extract.statistics.measures.actions import event_of_count
from newsprep.extract.statistics.measures.agents import passive_agent_count
from newsprep.extract.statistics.measures.box_scores import box_score_player
from newsprep.extract.statistics.measures.casualty_counts import casualty_count_of
from newsprep.extract.statistics.measures.clause import (
    after_other_quantity,
    participle_after,
    strip_qualifiers,
    tidy_phrase,
)
from newsprep.extract.statistics.measures.counts import count_measure, counted_by_clause
from newsprep.extract.statistics.measures.deaths import deaths_of_count
from newsprep.extract.statistics.measures.estimates import level_named_before
from newsprep.extract.statistics.measures.groups import count_per_period, left_out, listed_in_group, part_of_count
from newsprep.extract.statistics.measures.holders import relative_holder, scorer_of
from newsprep.extract.statistics.measures.main_predicates import subject_main_predicate
from newsprep.extract.statistics.measures.money import money_measure
from newsprep.extract.statistics.measures.owners import casualty_count
from newsprep.extract.statistics.measures.refs import population_measure
from newsprep.extract.statistics.measures.settings import setting_of
from newsprep.extract.statistics.measures.shapes import (
    adjective_copula,
    copula_subject,
    held_by_participle,
    held_by_relative,
    run_measure,
)
from newsprep.extract.statistics.measures.shares import percent_measure
from newsprep.extract.statistics.measures.votes import tally_against_rival, winning_margin
from newsprep.extract.statistics.measures.word_class_unions import FUNCTION_OR_PREPOSITION
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    CASUALTIES,
    FUNCTION,
    MEASURE_UNITS,
    SCORING_NOUNS,
    bare_word,
)
from newsprep.extract.statistics.numbers import is_minor_unit


def count_phrase(
    before: str,
    left: list[str],
    right: list[str],
    *,
    unqualified: list[str],
    noun_phrase: str | None,
    unit: str,
    sized: str | None,
) -> str | None:
    """What a count measures, read from its clause (``measures_of``'s rules for a count, in order); ``unqualified``:
    the sentence's words before the number without its qualifier."""
    sentence_before = before.split()
    scorer = (scorer_of(sentence_before) or box_score_player(unqualified)) if noun_phrase else None
    phrase: str | None = None
    if sized:
        phrase = sized  # 'the ferry measures 90 feet long' -> 'length of ferry'; '500 meters of cable' -> 'cable'
    elif grouped := listed_in_group(before, noun_phrase) or part_of_count(sentence_before, right):
        phrase = grouped  # 'The dead were six boys, three women' -> 'boys among the dead'; '12 of them children'
    elif excepted := left_out(sentence_before, right):
        phrase = excepted  # 'except for one village' -> 'village'
    elif periodic := count_per_period(unqualified, noun_phrase, right):
        phrase = periodic  # 'four meals a day' -> 'meals a day'
    elif named := level_named_before(sentence_before, noun_phrase or "", right):
        phrase = named  # 'sustained winds of 85 mph' -> 'sustained winds'
    elif (
        noun_phrase
        and noun_phrase.lower() in MEASURE_UNITS
        and adjective_copula(between := strip_qualifiers(after_other_quantity(left)[1]))
    ):
        phrase = copula_subject(between)  # 'its top speed is a governed 130 mph' -> 'top speed'
    elif noun_phrase and (event := event_of_count(sentence_before, noun_phrase, right)):
        phrase = event  # 'the arrival this morning of 80 firefighters' -> 'firefighters arriving'
    elif populated := population_measure(before, noun_phrase):
        phrase = populated  # 'a republic of 12 million people' -> 'population of the republic'
    elif held := held_by_participle(unqualified, noun_phrase) or held_by_relative(unqualified, noun_phrase):
        phrase = held  # 'a boat carrying 50 migrants capsized'
    elif not noun_phrase and (run := run_measure(sentence_before, right)):
        phrase = run  # 'Dallas has won four in a row'
    elif noun_phrase and (margin := winning_margin(sentence_before, noun_phrase)):
        phrase = margin  # 'Pruitt won by 3,480 votes' -> 'Pruitt winning margin'
    elif noun_phrase and (tally := tally_against_rival(sentence_before, noun_phrase, right)):
        phrase = tally  # 'Okafor finished with 6,210 votes to Marsh's 5,104' -> 'votes for Okafor'
    elif noun_phrase and scorer and noun_phrase.split()[-1].lower() in SCORING_NOUNS:
        phrase = f"{noun_phrase.split()[-1]} by {scorer}"  # 'Ann had 9 points, 4 assists' -> 'assists by Ann'
    elif noun_phrase and (studied := setting_of(sentence_before, noun_phrase)):
        phrase = studied  # 'a study in 38 people found that' -> 'people in study'; 'cities with protests'
    elif noun_phrase and (main := subject_main_predicate(unqualified, noun_phrase, right)):
        phrase = main  # 'Two guides who survived were acquitted' -> 'guides acquitted', not the relative's verb
    elif noun_phrase:
        phrase = count_measure(left, noun_phrase, right)
        phrase = deaths_of_count(unqualified, phrase) or phrase  # 'the deaths of 21 hikers in the gorge'
        if phrase is None and is_minor_unit(unit):
            phrase = money_measure(left, right)  # 'gas traded at 118 pence a therm': a price, as '$1.18' is
        phrase = phrase or passive_agent_count(unqualified, noun_phrase)  # 'a meeting attended by 300 parents'
    elif relative_holder(left) and right and right[0][:1].isalpha() and bare_word(right[0]) not in FUNCTION:
        phrase = tidy_phrase([*relative_holder(left), right[0]])  # 'an engine which produces 471 horsepower'
    elif not noun_phrase and (elided := casualty_count_of(sentence_before, right)):
        phrase = elided  # 'Two Danes were killed and 12 wounded in the storm' -> 'Danes wounded in the storm'
    elif right and bare_word(right[0]) in CASUALTIES:
        phrase = f"people {bare_word(right[0])}"  # 'the blast left 3 dead and 12 wounded' -> 'people wounded'
    elif right and bare_word(right[0]) in {"that", "who"}:
        phrase = counted_by_clause(sentence_before, right)
    elif right and bare_word(right[0]) in AUXILIARIES and participle_after(right):
        phrase = participle_after(right)  # 'as many as 200 have been killed' -> 'killed'
    else:
        unit_word = bool(right) and right[0][:1].isalpha() and bare_word(right[0]) not in FUNCTION_OR_PREPOSITION
        phrase = casualty_count(left) or percent_measure(left, right[1:] if unit_word else right, counted=True)
    return phrase
