"""What a statistic measures: a short phrase read from the shape of its clause, not a window of words.

The clause around the number is split into words; a handful of structures name the measure (each has a test
with an invented sentence):

- a share of a group: '40% of the tenants' -> 'tenants'; 'half of the riders surveyed' -> 'riders surveyed';
- a change: 'exports fell 35%' -> 'fall in exports'; 'shares are up 4%' -> 'rise in shares';
  'a 5% rise in rents' -> 'rise in rents';
- a named quantity: 'a margin of error of 3 points' -> 'margin of error'; 'revenue of $2 billion' -> 'revenue';
  'unemployment stood at 4%' -> 'unemployment';
- money spent on something: '$5 million for road repairs' -> 'road repairs'; 'will invest $2 million in the
  yard' -> 'investment in the yard'; 'the firm earned $3 billion' -> 'firm earnings';
- what a count counts: '9 people were injured' -> 'people injured'; 'crews rescued 63 people from rooftops'
  -> 'people rescued from rooftops'; '12 homes without power' -> 'homes without power';
- a share in brackets after what it is a share of: 'renters (40%)' -> 'renters';
- market reports: 'crude fell 45 cents, or 0.7%, to $62.10' -> 'fall in crude' twice, then 'crude'; 'the euro was
  flat at $1.10' -> 'euro'; a poll: 'Lind leads with 27%' -> 'share for Lind'; a series: 'won 11 of its last 14
  games' -> 'games won';
- named away from the number (``refs``): 'the levy, which, at 6 percent, ...' -> 'levy'; 'fees, ranging from
  2% to 9%' -> 'fees'; 'a republic of 12 million people' -> 'population of the republic'; 'set aside $80 each month'
  -> 'monthly savings'; 'the retailer lost $40 million' -> 'retailer losses'; 'half the money -- $4 million --' ->
  'money'; 'has pulled in $9 million' -> 'money raised';
- a number beside the one before it (``neighbours``): a list's verb ('killed 12 soldiers and 3 civilians'), a change
  after a level ('earned $2 billion, up 9%' -> 'rise in earnings'), a running total, a conversion, a comparison.

Another number in the clause (the other side of a comparison, the start of a change) is never part of the
phrase. A phrase that would be a lone function word or only the count's unit is no phrase (None).
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.actions import group_count_doing, group_done_by, share_did, share_doing
from newsprep.extract.statistics.measures.asides import moved_measure, named_past_asides, says_only_a_move
from newsprep.extract.statistics.measures.averages import averaged_level, averaged_subject
from newsprep.extract.statistics.measures.bases import with_rate_base
from newsprep.extract.statistics.measures.casualty_events import casualty_event
from newsprep.extract.statistics.measures.chain_subjects import chain_subject
from newsprep.extract.statistics.measures.clause import (
    after_other_quantity,
    before_as,
    clause_words,
    is_noun_phrase,
    noun_phrase_forward,
    strip_qualifiers,
    tidy_phrase,
)
from newsprep.extract.statistics.measures.count_phrases import count_phrase
from newsprep.extract.statistics.measures.cricket import cricket_measure
from newsprep.extract.statistics.measures.crowds import crowd_place
from newsprep.extract.statistics.measures.deals import deal_measure
from newsprep.extract.statistics.measures.empty import subject_for_empty
from newsprep.extract.statistics.measures.estimates import estimated_measure, level_after_change
from newsprep.extract.statistics.measures.holders import (
    alone_in_brackets,
    bracketed,
    coordinated_state_holder,
    dimension_phrase,
    opening_subject,
    share_holder,
)
from newsprep.extract.statistics.measures.implied import (
    TRAVEL_UNITS,
    children_of_parent,
    distance_named,
    people_harmed,
    without_difference_adjective,
    without_tally_verb,
)
from newsprep.extract.statistics.measures.joins import without_joined_clause
from newsprep.extract.statistics.measures.levels import change_noun_of
from newsprep.extract.statistics.measures.measured_sizes import measured_size
from newsprep.extract.statistics.measures.money import money_measure
from newsprep.extract.statistics.measures.owners import (
    amount_in_relative,
    owner_or_subject,
    possessed_level,
    pronoun_level,
    says_there_is,
)
from newsprep.extract.statistics.measures.paired_modifiers import paired_modifier_noun
from newsprep.extract.statistics.measures.phrase_checks import is_a_measure
from newsprep.extract.statistics.measures.polls import poll_measure, saying_measure, surveyed_count
from newsprep.extract.statistics.measures.prices import (
    exchange_rate,
)
from newsprep.extract.statistics.measures.projections import projected_subject
from newsprep.extract.statistics.measures.referents import harmed_group_before, leader_count
from newsprep.extract.statistics.measures.refs import (
    compared_multiple,
    dashed_apposition,
    ranging_holder,
    relative_antecedent,
    share_told_with,
    subject_to_holder,
)
from newsprep.extract.statistics.measures.relative_changes import relative_change_holder
from newsprep.extract.statistics.measures.repeats import repeated_event
from newsprep.extract.statistics.measures.shapes import (
    BEING,
    appositive_subject,
    copula_subject,
    possessed_count,
)
from newsprep.extract.statistics.measures.shares import percent_measure, rate_among, without_restated_amount
from newsprep.extract.statistics.measures.sizes import PLAIN_DIMENSIONS, rate_measure, size_measure
from newsprep.extract.statistics.measures.temperatures import bare_temperature
from newsprep.extract.statistics.measures.tidying import (
    threshold_subject,
    without_also,
    without_dangling_possessive,
    without_named_site,
    without_number_words,
    without_pronoun_opening,
    without_reporting_tail,
    without_since_clause,
    without_time_clause,
)
from newsprep.extract.statistics.measures.unit_openings import opens_with_unit, without_unit_opening
from newsprep.extract.statistics.measures.votes import candidate_share
from newsprep.extract.statistics.measures.word_classes import (
    CHANGE_NOUNS,
    DETERMINERS,
    DIMENSIONS,
    MEASURE_UNITS,
    bare_word,
)
from newsprep.extract.statistics.numbers import share_group_noun
from newsprep.extract.statistics.words import is_plural_noun

_ASIDE_AFTER = re.compile(
    r"(?:\s*,\s*(?:including|among\s+them|mostly|mainly|largely|chiefly|many|most|some|all)\b"
    r"(?:[^,;:.!?()]|,\s+(?=[A-Z]))*,|\s+including\s[^,;:.!?()\"“”]*?)"
    r"(?=\s+(?:are|is|was|were|have|has|had|will|would|could|may|might|remain|remains|[a-z]+ed)\b)"
)
"""'Five prisoners, including a driver, are being held': an aside between a count's noun and its verb (names in it may
have commas of their own: 'including the pilot, Ann Lee,'); not before an infinitive ('..., to avoid'). Asides that
say which of them ('Nine workers, mostly from the night shift, were hurt') are read alike, and so is an unbracketed
'including' ('Twelve hikers including four Danes were rescued'), up to the first verb after it."""


_HEDGE_AFTER = re.compile(r"\s+or\s+(?:so|more|fewer|less|over)\b(?=\s+(?:of\s+)?(?P<next>[a-z]+))")
"""'the 2,000 or so chairs', '10% or more of lessons': a hedge between a number and what it counts or is a share of
(measures round 31); the clause rules read the words after it as they read those right after the number."""


def _hedge_end(text: str, end: int, stop: int) -> int | None:
    """Where a hedge right after the number ends ('2,000 or so chairs'); None without one, or when a unit follows it
    ('60 or more miles at sea': the unit is the number's, and the phrase rules would open on it)."""
    hedge = _HEDGE_AFTER.match(text, end, stop)
    if hedge is None or hedge["next"] in MEASURE_UNITS or hedge["next"] in TRAVEL_UNITS:
        return None
    return hedge.end()


_RELATIVE_AMOUNTS = frozenset({"amount", "number", "size", "level", "rate", "price", "cost", "time", "total", "value"})
"""'half the amount', 'half the normal rate': a quantity compared with another, not a group a share is taken of."""


def _half_the_group(number: str, right: list[str]) -> bool:
    """'half the herd', 'half its staff': a share of the group named after it, as 'half of the herd' is."""
    if not number.lower().endswith("half") or not right or bare_word(right[0]) not in DETERMINERS:
        return False
    return not any(bare_word(w) in _RELATIVE_AMOUNTS for w in right[1:3])


def _as_much_as(right: list[str]) -> list[str] | None:
    """'as much water as the oceans' -> 'water': what a multiple or a fraction sizes against another amount."""
    if len(right) > 2 and [bare_word(w) for w in right[:2]] in (["as", "much"], ["as", "many"]):
        return before_as(right[2:])
    return None


def measures_of(
    text: str,
    sentence: tuple[int, int],
    start: int,
    end: int,
    *,
    kind: str,
    noun_phrase: str | None,
    unit: str,
    previous_sentence: tuple[int, int] | None,
) -> str | None:
    """What the number between ``start`` and ``end`` (with its counted noun, for a count) measures, or None.

    ``text`` is the paragraph, ``sentence`` the span of the number's sentence in it (cut to ``context.CONTEXT_CHARS``
    around the number), ``previous_sentence`` the whole sentence before it (None for the paragraph's first).
    """
    before = text[sentence[0] : start]  # the number's sentence up to it
    dealt = deal_measure(text, start, end) if kind in {"money", "percent"} else None
    if dealt is not None:
        return dealt  # 'Halo Lamp: $59 (was $79)' -> 'former price of Halo Lamp'; 'save 30%' -> 'discount'
    if kind == "count" and noun_phrase is None and (children := children_of_parent(before)):
        return children  # 'Ana Ruiz, a mother of three, said ...' -> 'children of mother'
    polled = poll_measure(text, sentence, start, end, unit=unit) or (
        surveyed_count(before, noun_phrase) if kind == "count" else None
    )
    if is_a_measure(polled, unit):
        return polled  # 'Ruiz leads Cole 48% to 41%' -> 'support for Ruiz'; 'led by 6 points' -> 'Ruiz lead'
    ranged = ranging_holder(before) or (
        dashed_apposition(text, sentence[0], start, end, counted=kind == "count")
        if kind in {"money", "percent", "count"}
        else None
    )
    if is_a_measure(ranged, unit):
        return ranged  # 'landing fees, ranging from 2 percent to 9 percent' -> 'landing fees'
    estimated = (
        estimated_measure(before.split(), money=kind == "money") if kind in {"money", "count", "percent"} else None
    )
    if is_a_measure(estimated, unit):
        return estimated  # 'put insured losses at $2.5 billion' -> 'insured losses'; 'listed at $640,000'
    if kind in {"money", "percent"} and is_a_measure(changed := level_after_change(before), unit):
        return changed  # 'lifted its base rate by half a point to an eight-year high of 6.5 per cent' -> 'base rate'
    aside = _ASIDE_AFTER.match(text, end, sentence[1]) if kind == "count" and noun_phrase else None
    hedged = _hedge_end(text, end, sentence[1]) if aside is None and noun_phrase is None else None
    left, right = clause_words(text, sentence, start, aside.end() if aside else hedged or end)
    if hedged and kind == "count" and right and is_plural_noun(bare_word(right[0])):
        noun_phrase, right = right[0], right[1:]  # the counted noun the hedge kept from the number's own reading
    if kind == "count" and noun_phrase is None and (paired := paired_modifier_noun(right)):
        noun_phrase, right = paired  # '300 state and federal agents raided ...': the noun after two joined modifiers
    clause_right = right
    sentence_before = before.split()
    unqualified = strip_qualifiers(sentence_before)  # 'which employs more than 300 people': the verb before 'more than'
    phrase: str | None = None
    sized_unit = unit if kind == "size" else noun_phrase or ""
    sized = measured_size(sentence_before, sized_unit, text[end : sentence[1]].split()) or size_measure(
        sentence_before, sized_unit, right
    )  # 'measures 5 feet (1.5 meters) in length': the words after the number, past the bracket the clause stops at
    if kind == "count":
        phrase = cricket_measure(text, before, right, noun_phrase) or count_phrase(
            before, left, right, unqualified=unqualified, noun_phrase=noun_phrase, unit=unit, sized=sized
        )
    elif kind == "size":
        # 'a 275-horsepower motor' -> 'motor'; '16GB of memory' -> 'memory'
        phrase = sized or tidy_phrase(noun_phrase_forward(right)) or percent_measure(left, right)
    elif kind == "money":
        phrase = exchange_rate(unit, right) or amount_in_relative(left, right) or money_measure(left, right)
    elif alone_in_brackets(text, start, end):
        phrase = bracketed(text, sentence, start)
    else:
        if kind == "percent":
            right = without_restated_amount(right)  # '30% or $2 million of fare revenue'
        if (group := share_group_noun(text[start:end])) is not None:
            right = [group, *right]  # 'one charity in eight says' is read as 'one in eight charities says'
        if _half_the_group(text[start:end], right):
            right = ["of", *right]  # 'nearly half the herd crossed' is read as 'half of the herd'
        compared = right
        if kind in {"times", "percent"} and (as_much := _as_much_as(right)) is not None:
            right = as_much  # 'twice as much water as the oceans', 'half as much power as in 1998' -> the noun
        elif kind == "times" and right and bare_word(right[0]) in {"the", "as"}:
            right = right[1:]  # 'twice the rate of', 'three times as many'
        phrase = percent_measure(left, right)
        if kind == "times":
            phrase = compared_multiple(compared, phrase) or phrase  # 'water compared with oceans'
        holder = share_holder(unqualified) if kind == "percent" and right[:1] == ["of"] else None
        rated = rate_among(unqualified, phrase) if kind == "percent" and right[:1] == ["of"] else None
        if rated:
            phrase = rated  # 'Turnout reached 61% of registered voters' -> 'Turnout among registered voters'
        elif holder and phrase:
            phrase = f"{holder} share of {phrase}"  # 'plains cover 65% of the surface' -> 'plains share of surface'
        elif kind == "percent" and right[:1] == ["of"] and is_noun_phrase(phrase):
            phrase = f"share of {phrase}"  # '12% of the budget' -> 'share of budget'
    made_change = bool(sentence_before[-1:]) and bare_word(sentence_before[-1]) == "of"
    made_change = made_change and change_noun_of(sentence_before[:-1], right) is not None  # 'approved a cut of'
    if phrase in CHANGE_NOUNS.values() and not made_change and (held := relative_change_holder(sentence_before)):
        phrase = f"{phrase} in {held}"  # 'blamed steel prices, which rose 52%': the clause's noun, not 'Officials'
    elif phrase in CHANGE_NOUNS.values() and not made_change and (opener := opening_subject(sentence_before)):
        # 'Home sales fell for a sixth month, dropping 2.2% in May': the change of the sentence's subject
        phrase = f"{phrase} in {opener}"
    elif level := pronoun_level(left, sentence_before):
        phrase = level  # 'Turnout was low, though it climbed from 40% to 52%' -> 'Turnout'
    elif (phrase in CHANGE_NOUNS.values() or phrase is None) and (held := appositive_subject(sentence_before, left)):
        phrase = f"{phrase} in {held}" if phrase else held  # 'Brent, the benchmark, slipped 1.2% to $61.40'
    if (
        (phrase is None or says_only_a_move(phrase))
        and not made_change
        and (moved := moved_measure(phrase, sentence_before))
    ):
        phrase = moved  # 'The vacancy rate, a figure landlords watch, fell to 3.2%' -> 'vacancy rate'
    elif phrase in {"cost", "price"} and (priced := named_past_asides(sentence_before)):
        phrase = f"{phrase} of {priced}"  # 'The base model, with 128GB of storage, costs $799' -> 'cost of base model'
    named = unit.split() if kind == "size" else (noun_phrase or (right[0] if right else "")).split()
    dimension = DIMENSIONS.get(unit.lower()) or (
        (DIMENSIONS.get(" ".join(named).lower()) or DIMENSIONS.get(bare_word(named[-1]))) if named else None
    )
    if unit in PLAIN_DIMENSIONS:
        phrase = PLAIN_DIMENSIONS[unit]  # 'a steady 30fps' -> 'frame rate'
    elif dimension and not (phrase and dimension in phrase.lower().split()):
        after = right if kind == "size" or noun_phrase else right[1:]
        phrase = dimension_phrase(left, after, dimension)
    if phrase is None or (" " not in phrase and not is_a_measure(phrase, unit)):
        # 'its top speed is a governed 130 mph' -> 'top speed'; 'two of its six chances'
        being = any(bare_word(w) in BEING for w in left) and not says_there_is(left)  # "there'll be four"
        phrase = (copula_subject(strip_qualifiers(after_other_quantity(left)[1])) if being else None) or (
            possessed_count(left, sentence_before, noun_phrase) if kind == "count" else None
        )
        if phrase is None:  # 'Lee, who has two sons' -> 'sons of Lee'; 'The cost, he said, was $9' -> 'cost'
            phrase = owner_or_subject(left, sentence_before, noun_phrase, right, counted=kind == "count")
        if phrase is None and kind == "count":  # 'She now leads the league with 41 points' -> 'points of <her>'
            phrase = leader_count(text, previous_sentence, left, noun_phrase)
    phrase = without_also(without_reporting_tail(without_pronoun_opening(without_number_words(phrase))))
    phrase = without_dangling_possessive(without_since_clause(without_time_clause(phrase)))
    phrase = threshold_subject(rate_measure(phrase), sentence_before)
    if kind == "count":
        phrase = without_named_site(phrase)
        phrase = crowd_place(phrase, text[end : sentence[1]]) or phrase  # 'A crowd of 9,000 watched at Elm Park'
    if kind == "percent" and (doing := share_doing(sentence_before, right) or group_done_by(sentence_before, right)):
        phrase = doing  # 'Of the farms surveyed, 40% were expecting a smaller harvest' -> 'farms expecting ...'
    if (
        kind == "count"
        and noun_phrase is None
        and (done := group_count_doing(sentence_before, right) or group_done_by(sentence_before, right))
    ):
        phrase = done  # 'Of the 12 referees, five were picked by the league' -> 'referees picked by the league'
    if kind == "percent":
        phrase = coordinated_state_holder(sentence_before, phrase, right)  # 'has burned 900 acres and is 40% contained'
    if kind == "percent" and (phrase is None or " " not in phrase):
        phrase = (
            candidate_share(text, sentence_before, right)  # 'Whitcomb, who took 44.1%' -> 'vote share for Whitcomb'
            or saying_measure(text, sentence, end)  # '12 percent said ...'
            or share_did(right)
            or phrase
        )
    if kind in {"percent", "money"} and (phrase is None or " " not in phrase):
        told = share_told_with(before, right) if kind == "percent" else None  # ', with just 3 percent.'
        phrase = relative_antecedent(before) or subject_to_holder(before, phrase) or told or phrase  # 'tax on income'
    if kind == "times" and (repeated := repeated_event(phrase, left, clause_right)):
        phrase = repeated  # 'the launch was delayed three times' -> 'times launch delayed'
    phrase = without_joined_clause(phrase)  # 'of the growers and see the plan as a boon' -> 'growers'
    if kind == "count":
        phrase = people_harmed(without_tally_verb(without_difference_adjective(phrase)))  # '60 have been killed'
        if (
            noun_phrase is None
            and phrase
            and phrase.startswith("people ")
            and (group := harmed_group_before(sentence_before))
        ):
            phrase = (
                f"{group}{phrase.removeprefix('people')}"  # 'killed eight miners and injured 12' -> 'miners injured'
            )
        phrase = casualty_event(phrase, sentence_before) or phrase  # 'a raid left 8 dead' -> 'people dead in raid'
    phrase = distance_named(phrase)  # '40 kilometres upstream from the dam'
    if kind in {"percent", "money"}:
        phrase = possessed_level(sentence_before, clause_right, phrase)  # "the central bank's 2% target"
    if kind in {"money", "count"}:
        phrase = with_rate_base(phrase, clause_right)  # 'a bonus of $30 per kilogram of leaf'
    phrase = averaged_subject(phrase, sentence_before) or phrase  # 'Jet fuel, a big cost, averaged $2.61'
    phrase = averaged_level(phrase, sentence_before) or phrase  # 'Gas prices rose 9 cents to an average of $3.41'
    phrase = subject_for_empty(phrase, sentence_before)  # 'pixel density goes ever so slightly to 412ppi'
    if opens_with_unit(phrase, unit):  # 'He drank 500 ml of water and ...' -> 'water'; '400 milligrams a day' -> None
        phrase = without_unit_opening(phrase, unit)
    phrase = phrase if is_a_measure(phrase, unit) else None
    phrase = projected_subject(phrase, sentence_before) or phrase  # 'Repairs are forecast to top $9 million'
    phrase = chain_subject(phrase, sentence_before) or phrase  # 'The fare, with fees, is thought to be $9'
    sentence_text = text[sentence[0] : sentence[1]]
    return bare_temperature(phrase, unit, sentence_text)  # 'by noon it was 28 degrees' -> 'temperature'
