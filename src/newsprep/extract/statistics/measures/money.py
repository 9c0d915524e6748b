"""What an amount of money measures, read from its clause: '$5 million for road repairs' -> 'road repairs'; 'will
invest $2 million in the yard' -> 'investment in the yard'; 'the firm earned $3 billion' -> 'firm earnings'; 'offered
$45 a share' -> 'offer per share'; 'Ithaca bought Big Machine for $300 million' -> 'price of Big Machine'."""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.clause import (
    after_other_quantity,
    clause_fallback,
    is_verb,
    names_a_time,
    noun_phrase_back,
    noun_phrase_forward,
    strip_qualifiers,
    subject_words,
    tail_words,
    tidy_phrase,
    without_time,
)
from newsprep.extract.statistics.measures.levels import change_or_level, changed_by
from newsprep.extract.statistics.measures.owners import (
    money_for_purpose,
)
from newsprep.extract.statistics.measures.prices import (
    cost_per_unit,
    offered_item,
    selling_price,
    starting_price,
    store_price,
    told_per_share,
    usual_price,
)
from newsprep.extract.statistics.measures.refs import (
    loss_measure,
    per_period_measure,
    taken_in_measure,
)
from newsprep.extract.statistics.measures.word_class_unions import AUXILIARY_OR_MODAL
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    CLAUSE_OPENERS,
    DETERMINERS,
    FUNCTION,
    MODALS,
    MONEY_NOUNS,
    PAYOUT_NOUNS,
    POSSESSIVE_ENDS,
    PREPOSITIONS,
    TIME_OBJECTS,
    TIME_STOPS,
    as_participle,
    bare_word,
)

_CLAUSE_OPENERS = CLAUSE_OPENERS | {"once"}
"""Words after an amount that open a clause of their own, which says when or why, not what the amount is."""
_SPENT_ON = frozenset({"for", "on", "toward", "towards", "in", "into"})
"""What money goes to after it: '$5 million for road repairs', 'put $3 million into grants'."""


_SPENT_ON_OR_TO_OF_FROM = _SPENT_ON | frozenset({"to", "of", "from"})
_FUNCTION_OR_PLUS = FUNCTION | frozenset({"plus"})


def money_measure(left: list[str], right: list[str]) -> str | None:
    before, between = after_other_quantity(left)
    follows_quantity = len(between) < len(left)
    between = strip_qualifiers(without_time(between))
    noun_right_after = True  # False once the words right after the amount are skipped to reach its noun
    if (
        [bare_word(w) for w in right[:2]] in (["of", "every"], ["of", "each"])
        and right[2:3]
        and right[2][:1] in "$0123456789"
    ):
        right, noun_right_after = right[3:], False  # '$3 of every $4 worth of aid' -> 'aid'
    if [bare_word(w) for w in right[:2]] == ["worth", "of"]:
        right, noun_right_after = right[2:], False  # '$75 billion worth of goods'
    if len(right) > 1 and bare_word(right[0]) in {"more", "extra"} and bare_word(right[1]) in _SPENT_ON:
        right = right[1:]  # 'will put $3 million more into grants': the object after 'more'
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
        or selling_price(unqualified)
    )
    if priced:
        return priced  # 'Ithaca bought Big Machine for $300 million' -> 'price of Big Machine'
    verb_i = next((i for i in range(len(between) - 1, -1, -1) if bare_word(between[i]) in MONEY_NOUNS), None)
    nominal = MONEY_NOUNS[bare_word(between[verb_i])] if verb_i is not None else None
    if len(between) > 1 and bare_word(between[-1]) == "worth":
        valued = tidy_phrase(noun_phrase_back(between[:-1]))
        bought = tidy_phrase(tail_words(right[1:])) if rb[:1] == ["for"] and not names_a_time(rb[1:]) else None
        if valued:  # 'jewelry worth $2 million in the raid'; 'a contract worth $3 billion for new trains'
            return f"{valued} for {bought}" if bought else valued
    if (
        rb[:1]
        and rb[0] in _SPENT_ON_OR_TO_OF_FROM
        and not names_a_time(rb[1:])
        and not (rb[0] == "to" and len(right) > 1 and right[1][:1].islower() and rb[1] not in DETERMINERS)
    ):
        obj = tidy_phrase(tail_words(right[1:]))
        if obj and rb[0] == "from" and not nominal and between and is_verb(between[-1]):
            return f"money {as_participle(between[-1])} from {obj}"  # 'stole $600,000 from clients'
        if obj:
            return f"{nominal} {rb[0]} {obj}" if nominal and nominal != "cost" and rb[0] != "of" else obj
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
    timed = timed or (bool(rb) and rb[0] in _CLAUSE_OPENERS)  # 'to $27,500 once fees are counted': another clause
    if rb[:1] and rb[0] not in _FUNCTION_OR_PLUS and right[0][:1].isalpha() and not timed:  # '$899 plus tax'
        head = noun_phrase_forward(right)
        after_head = bare_word(right[len(head)]) if len(head) < len(right) else ""
        after_after = right[len(head) + 1] if len(head) + 1 < len(right) else ""
        infinitive = after_head == "to" and after_after[:1].islower() and bare_word(after_after) not in DETERMINERS
        if head and between and is_verb(between[-1]) and (after_head not in PREPOSITIONS or infinitive):
            return tidy_phrase([*head, between[-1]])
        if noun_right_after and _before_its_noun(between):
            return tidy_phrase(_without_its_verb(tail_words(right)))  # 'the $60 lamp often goes on sale'
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
        doer = between[:verb_i]
        if len(doer) > 2 and bare_word(doer[-1]).endswith("ly") and bare_word(doer[-2]) in MODALS:
            doer = doer[:-2]  # 'the deal could eventually raise': the subject before the modal and its adverb
        subject = [] if by_gerund else subject_words(doer)
        hedge = _PAID_HEDGE.fullmatch(" ".join(between[verb_i + 1 :]))
        recipient = None if hedge else tidy_phrase(between[verb_i + 1 :])
        if nominal in {"payment", "loan", "award", "donation"} and recipient:
            return f"{nominal} to {recipient}"  # 'agreed to lend the club $5 million' -> 'loan to club'
        if hedge and hedge.group("average") and nominal == "payment":
            return "average payment"  # 'Truckers paid an average of $4.62': an average, not a payment to 'average'
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


_PAID_HEDGE = re.compile(
    r"(?P<average>an\s+average\s+of)|as\s+(?:little|much|low|high)\s+as|up\s+to|(?:about|around|roughly|nearly)",
    re.IGNORECASE,
)
"""Between a verb of paying and the amount: 'paid an average of', 'can be paid as little as': a hedge or an average,
never whom the money goes to (the 'to' of 'agreed to lend the club $5 million')."""


def _before_its_noun(between: list[str]) -> bool:
    """'the $60 lamp', "the firm's $2 million plan", '$5 coffee' opening a clause: an amount before the noun it
    is the price or value of (not '$3 of every $4 worth of aid goes to', where the noun is further on)."""
    return not between or bare_word(between[-1]) in DETERMINERS or between[-1].endswith(POSSESSIVE_ENDS)


_SHORTEST_ADVERB = 4
"""'only', 'fly', 'July' are no adverbs in -ly that open a verb phrase; 'regularly', 'quickly' are."""


def _without_its_verb(words: list[str]) -> list[str]:
    """'lamp often goes on sale' -> 'lamp'; 'heater for the pool is broken' -> 'heater for the pool': the verb of
    the clause whose subject the amount's noun is, and what follows it, say what the thing does, not what it is.
    A participle before a preposition stays ('fee charged to clients': which fee)."""
    for i in range(1, len(words)):
        word, bare = words[i], bare_word(words[i])
        following = bare_word(words[i + 1]) if i + 1 < len(words) else ""
        adverb = bare.endswith("ly") and len(bare) > _SHORTEST_ADVERB and word[:1].islower()
        finite = is_verb(word) and following not in PREPOSITIONS
        if bare in AUXILIARY_OR_MODAL - {"and"} or adverb or finite:
            return words if _relative_without_object(words[i:]) else words[:i]
    return words


def _relative_without_object(words: list[str]) -> bool:
    """'had predicted' in 'the $3.1 billion brokers had predicted': a clause whose object is the amount itself
    (no 'that' before it), so the noun before it is its subject, not what the amount is the price of."""
    return len(words) > 1 and all(bare_word(w) in AUXILIARIES for w in words[:-1]) and is_verb(words[-1])
