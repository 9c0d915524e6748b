"""What a number measures: a short phrase read from the shape of its clause (``phrases.measures_of``), and the
rules each shape has. Imports ``numbers`` and ``words``, never ``detection``.

- ``phrases``: ``measures_of``, the rules in order; ``count_phrases``: its rules for a count;
- ``clause``: the clause as words and phrases; ``word_classes``: the word classes the rules read (also read
  by ``detection``); ``word_class_unions``: unions of those classes built once; ``fronted``: a place written before the
  subject; ``unit_openings``: a phrase that opens on the number's own unit; ``joins``: a phrase run on past 'and';
  ``tidying``: the last touches to a phrase; ``empty``: phrases that say nothing; ``implied``: words a count already
  says; ``phrase_checks``: whether a phrase says something (``is_a_measure``);
- changes and levels: ``levels``, ``earlier``, ``from_to``, ``asides``, ``averages``, ``projections``,
  ``relative_changes``, ``appositive_changes``;
- what a count counts: ``counts``, ``casualty_counts``, ``actions``, ``agents``, ``employees``, ``deaths``,
  ``repeats``, ``groups``, ``referents``, ``settings``, ``box_scores``, ``cricket``, ``crowds``, ``falls``,
  ``derived_words``; ``casualty_events``: the event a toll was left by ('the raid left 8 dead');
- whose a quantity is: ``holders``, ``owners``, ``refs``;
- shares, money and sizes: ``shares``, ``money``, ``prices``, ``deals``, ``bases``, ``sizes``, ``shapes``,
  ``temperatures``, ``estimates``; ``measured_sizes``: a length a verb of measuring gives ('measures 40 cm in
  width');
- polls and races: ``polls``, ``votes``;
- ``given_amounts``: an amount given to or spent for a named party;
- ``paired_modifiers``: a count's noun after two modifiers joined by 'and' ('300 state and federal agents');
- ``main_predicates``: a count that is its clause's subject, with a relative clause before the main verb;
- ``neighbours``: a measure said by the number before it in the paragraph; ``list_items``: a list's counts; ``placed``:
  a statistic as its neighbours see it (``Placed``).
"""

from newsprep.extract.statistics.measures.derived_words import (
    with_fall_noun,
    with_money_noun,
    with_quality_noun,
    with_speed_noun,
)
from newsprep.extract.statistics.measures.earlier import earlier_result, peak_of_first, with_earlier_time
from newsprep.extract.statistics.measures.falls import fall_place
from newsprep.extract.statistics.measures.from_to import from_level_measure
from newsprep.extract.statistics.measures.given_amounts import given_to_party
from newsprep.extract.statistics.measures.groups import CountedGroup, counted_group, elided_group_count, group_for_them
from newsprep.extract.statistics.measures.list_items import measure_of_first_item
from newsprep.extract.statistics.measures.neighbours import measure_beside
from newsprep.extract.statistics.measures.phrases import measures_of
from newsprep.extract.statistics.measures.placed import Placed
from newsprep.extract.statistics.measures.polls import change_of_a_share, is_poll_paragraph, point_compound_end
from newsprep.extract.statistics.measures.prices import listing_price
from newsprep.extract.statistics.measures.temperatures import SCALE_UNITS
from newsprep.extract.statistics.measures.word_class_unions import CHANGE_OR_DIRECTION_WORD
from newsprep.extract.statistics.measures.word_classes import CHANGE_NOUN_WORDS, PARENT_NOUN, PAST_VERBS, POSSESSIVES

__all__ = [
    "CHANGE_NOUN_WORDS",
    "CHANGE_OR_DIRECTION_WORD",
    "PARENT_NOUN",
    "PAST_VERBS",
    "POSSESSIVES",
    "SCALE_UNITS",
    "CountedGroup",
    "Placed",
    "change_of_a_share",
    "counted_group",
    "earlier_result",
    "elided_group_count",
    "fall_place",
    "from_level_measure",
    "given_to_party",
    "group_for_them",
    "is_poll_paragraph",
    "listing_price",
    "measure_beside",
    "measure_of_first_item",
    "measures_of",
    "peak_of_first",
    "point_compound_end",
    "with_earlier_time",
    "with_fall_noun",
    "with_money_noun",
    "with_quality_noun",
    "with_speed_noun",
]
