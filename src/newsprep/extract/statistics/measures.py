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
- named away from the number (``measure_refs``): 'the levy, which, at 6 percent, ...' -> 'levy'; 'fees, ranging from
  2% to 9%' -> 'fees'; 'a republic of 12 million people' -> 'population of the republic'; 'set aside $80 each month'
  -> 'monthly savings'; 'the retailer lost $40 million' -> 'retailer losses'; 'half the money -- $4 million --' ->
  'money'; 'has pulled in $9 million' -> 'money raised';
- a number beside the one before it (``neighbours``): a list's verb ('killed 12 soldiers and 3 civilians'), a change
  after a level ('earned $2 billion, up 9%' -> 'rise in earnings'), a running total, a conversion, a comparison.

Another number in the clause (the other side of a comparison, the start of a change) is never part of the
phrase. A phrase that would be a lone function word or only the count's unit is no phrase (None).
"""

from __future__ import annotations

from newsprep.extract.statistics.measure_actions import share_did
from newsprep.extract.statistics.measure_asides import moved_measure, named_past_asides, says_only_a_move
from newsprep.extract.statistics.measure_clause import (
    after_other_quantity,
    before_as,
    clause_fallback,
    clause_words,
    is_a_measure,
    is_noun_phrase,
    is_verb,
    names_a_time,
    noun_phrase_back,
    noun_phrase_forward,
    participle_after,
    strip_qualifiers,
    subject_words,
    tail_words,
    tidy_phrase,
    without_auxiliaries,
    without_time,
)
from newsprep.extract.statistics.measure_counts import count_measure, counted_by_clause, series_noun
from newsprep.extract.statistics.measure_deals import deal_measure
from newsprep.extract.statistics.measure_holders import (
    bracketed,
    dimension_phrase,
    in_brackets,
    opening_subject,
    relative_holder,
    scorer_of,
    share_holder,
)
from newsprep.extract.statistics.measure_levels import change_or_level, changed_by
from newsprep.extract.statistics.measure_owners import (
    amount_in_relative,
    casualty_count,
    money_for_purpose,
    owner_or_subject,
    pronoun_level,
    says_there_is,
)
from newsprep.extract.statistics.measure_polls import named_subject, poll_measure, saying_measure, surveyed_count
from newsprep.extract.statistics.measure_prices import (
    cost_per_unit,
    exchange_rate,
    offered_item,
    starting_price,
    store_price,
    told_per_share,
    usual_price,
)
from newsprep.extract.statistics.measure_refs import (
    compared_multiple,
    dashed_apposition,
    loss_measure,
    per_period_measure,
    population_measure,
    ranging_holder,
    relative_antecedent,
    share_told_with,
    subject_to_holder,
    taken_in_measure,
)
from newsprep.extract.statistics.measure_settings import setting_of
from newsprep.extract.statistics.measure_shapes import (
    BEING,
    PLAIN_DIMENSIONS,
    adjective_copula,
    appositive_subject,
    as_participle,
    copula_subject,
    held_by_participle,
    held_by_relative,
    possessed_count,
    rate_measure,
    run_measure,
    size_measure,
    threshold_subject,
    without_number_words,
    without_pronoun_opening,
)
from newsprep.extract.statistics.measure_words import (
    AUXILIARIES,
    CASUALTIES,
    CHANGE_AFTER,
    CHANGE_NOUNS,
    CLOSING_NOUNS,
    DETERMINERS,
    DIMENSIONS,
    FUNCTION,
    MAX_MEASURE_WORDS,
    MEASURE_UNITS,
    MONEY_NOUNS,
    NUMBER_WORDS,
    PAYOUT_NOUNS,
    PREPOSITIONS,
    REPORTING,
    SCORING_NOUNS,
    SERIES,
    TIME_OBJECTS,
    TIME_STOPS,
    UP_DOWN,
    bare_word,
)
from newsprep.extract.statistics.minor_units import is_minor_unit


def percent_measure(left: list[str], right: list[str], *, counted: bool = False) -> str | None:
    """What a share or a bare number measures; ``counted``: a bare count ('11 of its last 14 games')."""
    before, between = after_other_quantity(left)
    between = strip_qualifiers(without_time(between))
    rb = [bare_word(w) for w in right]
    if rb[:1] == ["of"]:
        group = right[1:]
        while group and (
            bare_word(group[0]) in DETERMINERS | SERIES or group[0][:1].isdigit() or bare_word(group[0]) in NUMBER_WORDS
        ):
            group = group[1:]  # 'of its last 14 games' -> 'games'
        series = series_noun(right[1:5])
        if counted and series and left and is_verb(left[-1]):
            return f"{series} {bare_word(left[-1])}"  # 'won 11 of its last 14 games' -> 'games won'
        return tidy_phrase(without_auxiliaries(tail_words(group, MAX_MEASURE_WORDS)))
    if rb[:1] and rb[0] in CHANGE_AFTER:
        return tidy_phrase(right[:1] + tail_words(right[1:]))
    if rb[:2] and rb[0] in {"and", "or", "to"} and len(rb) > 2 and rb[2] in CHANGE_AFTER:
        return tidy_phrase(right[2:3] + tail_words(right[3:]))
    if rb[:1] and rb[0] in UP_DOWN and between and bare_word(between[-1]) in CLOSING_NOUNS:
        subject = tidy_phrase(subject_words(between[:-1]))  # 'the index closed 1.2% higher'
        return f"{UP_DOWN[rb[0]]} in {subject}" if subject else UP_DOWN[rb[0]]
    if left and bare_word(left[-1]) in {"a", "an"}:
        return _following_noun(right) or change_or_level(before, between) or clause_fallback(between or before)
    if not counted and between and bare_word(between[-1]) == "with" and not right and named_subject(between[:-1]):
        return f"share for {named_subject(between[:-1])}"  # 'Lind leads the field with 27%' -> 'share for Lind'
    return change_or_level(before, between, right) or _following_noun(right) or clause_fallback(between or before)


def _following_noun(right: list[str]) -> str | None:
    """'a 55% chance that ...' -> 'chance that ...'; '20% more powerful than X' -> 'more powerful than X'."""
    if right and bare_word(right[0]) in REPORTING:
        return tidy_phrase(without_auxiliaries(right))
    if not right or bare_word(right[0]) in FUNCTION - {"more", "less"} or not right[0][:1].isalpha():
        return None
    return tidy_phrase(tail_words(right, MAX_MEASURE_WORDS))


def money_measure(left: list[str], right: list[str]) -> str | None:
    before, between = after_other_quantity(left)
    follows_quantity = len(between) < len(left)
    between = strip_qualifiers(without_time(between))
    if (
        [bare_word(w) for w in right[:2]] in (["of", "every"], ["of", "each"])
        and right[2:3]
        and right[2][:1] in "$0123456789"
    ):
        right = right[3:]  # '$3 of every $4 worth of aid' -> 'aid'
    if [bare_word(w) for w in right[:2]] == ["worth", "of"]:
        right = right[2:]  # '$75 billion worth of goods'
    rb = [bare_word(w) for w in right]
    if left and bare_word(left[-1]) == "the" and rb[:1] and rb[0] in {"that", "which"} and len(right) > 2:
        told = tidy_phrase(tail_words(right[1:]))
        if told and " " in told:
            return f"money {told}"  # 'the $4 million that flowed into the fund' -> 'money flowed into fund'
    per_period = per_period_measure(between, right)
    if per_period:
        return per_period  # 'set aside $80 each month' -> 'monthly savings'
    if changed := changed_by(between):
        return changed  # 'the firm raised prices by $5' -> 'rise in prices' (not money raised)
    unqualified = strip_qualifiers(left)
    priced = (
        usual_price(between, right)
        or offered_item(unqualified)
        or store_price(unqualified)
        or starting_price(between, right)
    )
    if priced:
        return priced  # 'Ithaca bought Big Machine for $300 million' -> 'price of Big Machine'
    verb_i = next((i for i in range(len(between) - 1, -1, -1) if bare_word(between[i]) in MONEY_NOUNS), None)
    nominal = MONEY_NOUNS[bare_word(between[verb_i])] if verb_i is not None else None
    if (
        rb[:1]
        and rb[0] in {"for", "on", "toward", "towards", "in", "to", "of", "from"}
        and not names_a_time(rb[1:])
        and not (rb[0] == "to" and len(right) > 1 and right[1][:1].islower() and rb[1] not in DETERMINERS)
    ):
        obj = tidy_phrase(tail_words(right[1:]))
        if obj and rb[0] == "from" and not nominal and between and is_verb(between[-1]):
            return f"money {as_participle(between[-1])} from {obj}"  # 'stole $600,000 from clients'
        if obj:
            return f"{nominal} {rb[0]} {obj}" if nominal and nominal != "cost" and rb[0] != "of" else obj
    if len(between) > 1 and bare_word(between[-1]) == "worth":
        valued = noun_phrase_back(between[:-1])
        if valued:
            return tidy_phrase(valued)  # 'jewelry worth $2 million'
    if between and bare_word(between[-1]) in {"of", "at"}:
        level = change_or_level(before, between)
        if level:
            return told_per_share(level, right)  # 'earnings of $7.40 to $7.80 a share' -> 'earnings per share'
    if rb[:1] and rb[0] in {"a", "per"} and "share" in rb[1:3]:
        per_share = " ".join(right[1 : rb.index("share", 1) + 1])
        if nominal and nominal not in {"earnings", "money received"}:
            return f"{nominal} per {per_share}"  # 'offered $45 a share' -> 'offer per share'
        paid_out = any(bare_word(w) in PAYOUT_NOUNS for w in left)  # 'the payout to $1.40 per share'
        return ("dividend per " if paid_out else "earnings per ") + per_share
    timed = bool(rb) and (rb[0] in TIME_OBJECTS or rb[0] in TIME_STOPS or rb[0] in {"last", "next", "this"})
    if rb[:1] and rb[0] not in FUNCTION and right[0][:1].isalpha() and not timed:
        head = noun_phrase_forward(right)
        after_head = bare_word(right[len(head)]) if len(head) < len(right) else ""
        after_after = right[len(head) + 1] if len(head) + 1 < len(right) else ""
        infinitive = after_head == "to" and after_after[:1].islower() and bare_word(after_after) not in DETERMINERS
        if head and between and is_verb(between[-1]) and (after_head not in PREPOSITIONS or infinitive):
            return tidy_phrase([*head, between[-1]])
        return tidy_phrase(tail_words(right))
    if between and bare_word(between[0]) in {"and", "or"} and follows_quantity:  # '$2 million and $3 million'
        return None
    lost = loss_measure(between) or taken_in_measure(between)
    if lost:
        return lost  # 'the chain lost $40 million': its losses, not a fall in the chain
    level = change_or_level(before, between)
    if level:
        return level
    if verb_i is not None and nominal:
        # 'gain residency by investing $500,000': a gerund after 'by' has no subject of its own
        by_gerund = verb_i > 0 and bare_word(between[verb_i - 1]) == "by" and between[verb_i].endswith("ing")
        subject = [] if by_gerund else subject_words(between[:verb_i])
        recipient = tidy_phrase(between[verb_i + 1 :])
        if nominal in {"payment", "loan", "award", "donation"} and recipient:
            return f"{nominal} to {recipient}"  # 'agreed to lend the club $5 million' -> 'loan to club'
        if nominal == "fine" and recipient:
            return f"{recipient} fine"  # 'the regulator fined the bank $40 million' -> 'bank fine'
        if nominal == "cost" and (per := cost_per_unit(right)):
            return f"cost per {per}"  # 'the program costs $5,500 per death averted' -> 'cost per death averted'
        if nominal == "cost" and tidy_phrase(subject):
            return f"cost of {tidy_phrase(subject)}"
        if nominal == "money received" and tidy_phrase(subject):
            return f"money received by {tidy_phrase(subject)}"
        purpose = tail_words(right[1:]) if rb[:1] == ["to"] and len(right) > 1 and right[1][:1].islower() else []
        if purpose and tidy_phrase(purpose):
            return f"{nominal} to {tidy_phrase(purpose)}"  # 'paid $2 million to settle the claims'
        return f"{tidy_phrase(subject)} {nominal}" if tidy_phrase(subject) else nominal
    return money_for_purpose(right) or clause_fallback(between)


def measures_of(
    text: str, sentence: tuple[int, int], start: int, end: int, *, kind: str, noun_phrase: str | None, unit: str
) -> str | None:
    """What the number between ``start`` and ``end`` (with its counted noun, for a count) measures, or None.

    ``text`` is the paragraph, ``sentence`` the span of the number's sentence in it.
    """
    before = text[sentence[0] : start]  # the number's sentence up to it
    dealt = deal_measure(text, start, end) if kind in {"money", "percent"} else None
    if dealt is not None:
        return dealt  # 'Halo Lamp: $59 (was $79)' -> 'former price of Halo Lamp'; 'save 30%' -> 'discount'
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
    left, right = clause_words(text, sentence, start, end)
    sentence_before = before.split()
    unqualified = strip_qualifiers(sentence_before)  # 'which employs more than 300 people': the verb before 'more than'
    scorer = scorer_of(sentence_before) if kind == "count" and noun_phrase else None
    phrase: str | None = None
    sized = size_measure(sentence_before, unit if kind == "size" else noun_phrase or "", right)
    if kind == "count":
        if sized:
            phrase = sized  # 'the ferry measures 90 feet long' -> 'length of ferry'; '500 meters of cable' -> 'cable'
        elif (
            noun_phrase
            and noun_phrase.lower() in MEASURE_UNITS
            and adjective_copula(between := strip_qualifiers(after_other_quantity(left)[1]))
        ):
            phrase = copula_subject(between)  # 'its top speed is a governed 130 mph' -> 'top speed'
        elif populated := population_measure(before, noun_phrase):
            phrase = populated  # 'a republic of 12 million people' -> 'population of the republic'
        elif held := held_by_participle(unqualified, noun_phrase) or held_by_relative(unqualified, noun_phrase):
            phrase = held  # 'a boat carrying 50 migrants capsized'
        elif not noun_phrase and (run := run_measure(sentence_before, right)):
            phrase = run  # 'Dallas has won four in a row'
        elif noun_phrase and scorer and noun_phrase.split()[-1].lower() in SCORING_NOUNS:
            phrase = f"{noun_phrase.split()[-1]} by {scorer}"  # 'Ann had 9 points, 4 assists' -> 'assists by Ann'
        elif noun_phrase and (studied := setting_of(sentence_before, noun_phrase)):
            phrase = studied  # 'a study in 38 people found that' -> 'people in study'; 'cities with protests'
        elif noun_phrase:
            phrase = count_measure(left, noun_phrase, right)
            if phrase is None and is_minor_unit(unit):
                phrase = money_measure(left, right)  # 'gas traded at 118 pence a therm': a price, as '$1.18' is
        elif relative_holder(left) and right and right[0][:1].isalpha() and bare_word(right[0]) not in FUNCTION:
            phrase = tidy_phrase([*relative_holder(left), right[0]])  # 'an engine which produces 471 horsepower'
        elif right and bare_word(right[0]) in CASUALTIES:
            phrase = f"people {bare_word(right[0])}"  # 'the blast left 3 dead and 12 wounded' -> 'people wounded'
        elif right and bare_word(right[0]) in {"that", "who"}:
            phrase = counted_by_clause(sentence_before, right)
        elif right and bare_word(right[0]) in AUXILIARIES and participle_after(right):
            phrase = participle_after(right)  # 'as many as 200 have been killed' -> 'killed'
        else:
            unit_word = bool(right) and right[0][:1].isalpha() and bare_word(right[0]) not in FUNCTION | PREPOSITIONS
            phrase = casualty_count(left) or percent_measure(left, right[1:] if unit_word else right, counted=True)
    elif kind == "size":
        # 'a 275-horsepower motor' -> 'motor'; '16GB of memory' -> 'memory'
        phrase = sized or tidy_phrase(noun_phrase_forward(right)) or percent_measure(left, right)
    elif kind == "money":
        phrase = exchange_rate(unit, right) or amount_in_relative(left, right) or money_measure(left, right)
    elif in_brackets(text, start, end):
        phrase = bracketed(text, sentence, start)
    else:
        compared = right
        if kind == "times" and right and bare_word(right[0]) in {"the", "as"}:
            right = right[1:]  # 'twice the rate of', 'three times as many'
        if kind == "times" and len(right) > 1 and bare_word(right[0]) in {"much", "many"}:
            right = before_as(right[1:])  # 'twice as much water as the oceans' -> 'water'
        phrase = percent_measure(left, right)
        if kind == "times":
            phrase = compared_multiple(compared, phrase) or phrase  # 'water compared with oceans'
        holder = share_holder(unqualified) if kind == "percent" and right[:1] == ["of"] else None
        if holder and phrase:
            phrase = f"{holder} share of {phrase}"  # 'plains cover 65% of the surface' -> 'plains share of surface'
        elif kind == "percent" and right[:1] == ["of"] and is_noun_phrase(phrase):
            phrase = f"share of {phrase}"  # '12% of the budget' -> 'share of budget'
    if phrase in CHANGE_NOUNS.values() and (opener := opening_subject(sentence_before)):
        # 'Home sales fell for a sixth month, dropping 2.2% in May': the change of the sentence's subject
        phrase = f"{phrase} in {opener}"
    elif level := pronoun_level(left, sentence_before):
        phrase = level  # 'Turnout was low, though it climbed from 40% to 52%' -> 'Turnout'
    elif (phrase in CHANGE_NOUNS.values() or phrase is None) and (held := appositive_subject(sentence_before, left)):
        phrase = f"{phrase} in {held}" if phrase else held  # 'Brent, the benchmark, slipped 1.2% to $61.40'
    if (phrase is None or says_only_a_move(phrase)) and (moved := moved_measure(phrase, sentence_before)):
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
    phrase = threshold_subject(rate_measure(without_pronoun_opening(without_number_words(phrase))), sentence_before)
    if kind == "percent" and (phrase is None or " " not in phrase):
        phrase = saying_measure(text, sentence, end) or share_did(right) or phrase  # '12 percent said ...'
    if kind in {"percent", "money"} and (phrase is None or " " not in phrase):
        told = share_told_with(before, right) if kind == "percent" else None  # ', with just 3 percent.'
        phrase = relative_antecedent(before) or subject_to_holder(before, phrase) or told or phrase  # 'tax on income'
    return phrase if is_a_measure(phrase, unit) else None
