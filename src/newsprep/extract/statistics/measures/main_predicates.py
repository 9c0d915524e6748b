"""A count that is its clause's subject, with a relative clause on its noun before the main verb: 'Two guides who
survived the fall were acquitted'. The count rules read the words right after the noun, so the relative clause's
verb was published ('guides survived'); a reader writes what the main clause says of them ('guides acquitted').
``subject_main_predicate`` gives that, only when an auxiliary plainly opens the main clause."""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import is_verb, names_a_time, tidy_phrase
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    DETERMINERS,
    RELATIVES,
    REPORTING,
    SUBJECT_PRONOUNS,
    bare_word,
)

_MAIN_AUXILIARIES = frozenset({"were", "was", "are", "is", "have", "has", "had", "will", "would"})
"""Auxiliaries that can open the main clause after a relative one ('... who survived were acquitted')."""
_MAX_RELATIVE_WORDS = 10
_MAX_OBJECT_WORDS = 3
"""Words kept after the main verb: 'waiting in emergency departments'."""
_SUBJECT_RELATIVES = frozenset({"who", "that"})
_PUNCTUATION = ",;:.!?"
_SENTENCE_END = tuple(".;!?")
_NEW_CLAUSE = RELATIVES | REPORTING | SUBJECT_PRONOUNS
"""Words that open another clause inside or after the relative one ('said', 'they', 'which')."""
_CLAUSE_STOPS = frozenset({"and", "but", "or", "for", "because", "while", "when", "after", "before", "as", "until"})


def _opens_its_clause(before: list[str]) -> bool:
    """Nothing but determiners stands between the count and its clause's start (the sentence's start or a comma):
    'Two guides ...', 'On a typical day, 640 patients ...', 'The 12 workers ...'."""
    after_comma = before[next((i + 1 for i in range(len(before) - 1, -1, -1) if before[i].endswith(",")), 0) :]
    return all(bare_word(word) in DETERMINERS for word in after_comma)


def _is_main_verb(word: str) -> bool:
    """A participle after the main clause's auxiliary: 'acquitted', 'held', or a progressive 'waiting'."""
    bare = bare_word(word)
    return is_verb(word) or (len(bare) > 4 and bare.isalpha() and bare.endswith("ing") and word[:1].islower())


def _main_verb_at(clause: list[str]) -> int | None:
    """Where the main clause's verb stands in the words after the relative pronoun: past the relative clause's own
    auxiliaries and verb, an auxiliary of the main clause (after a comma or not) and the verb after it; None when
    another verb, a reporting verb, a subject pronoun, a relative pronoun or the sentence's end comes first."""
    at = 0
    while at < len(clause) and bare_word(clause[at]) in AUXILIARIES:
        at += 1  # 'who had been admitted': the relative clause's own auxiliaries
    if at >= len(clause) or clause[at].endswith(_SENTENCE_END):
        return None
    for index in range(at + 1, min(len(clause), at + 1 + _MAX_RELATIVE_WORDS)):
        word = bare_word(clause[index])
        if word in _MAIN_AUXILIARIES:
            verb_at = index
            while verb_at < len(clause) and bare_word(clause[verb_at]) in AUXILIARIES:
                verb_at += 1
            return verb_at if verb_at < len(clause) and _is_main_verb(clause[verb_at]) else None
        if word in _NEW_CLAUSE or is_verb(clause[index]) or clause[index].endswith(_SENTENCE_END):
            return None  # 'who live near it said they were': the auxiliary is another clause's
    return None


def subject_main_predicate(before: list[str], noun: str, right: list[str]) -> str | None:
    """'Two guides who survived were acquitted' -> 'guides acquitted'; 'On a typical day, 640 patients who had been
    admitted were still waiting in emergency departments' -> 'patients waiting in emergency departments'. ``before``:
    the sentence's words before the number (qualifiers stripped); ``right``: the words after the count's noun. None
    unless the count opens its clause and an auxiliary plainly opens the main clause after the relative one."""
    if not right or bare_word(right[0]) not in _SUBJECT_RELATIVES or not _opens_its_clause(before):
        return None
    clause = right[1:]
    verb_at = _main_verb_at(clause)
    if verb_at is None:
        return None
    verb = clause[verb_at]
    return tidy_phrase([noun, verb.rstrip(_PUNCTUATION), *_objects_of(verb, clause[verb_at + 1 :])])


def _objects_of(verb: str, after: list[str]) -> list[str]:
    """The few words after the main verb that say more of it ('waiting in corridors'), up to punctuation, a
    conjunction, a number or a time ('rescued on Sunday')."""
    if verb.endswith(tuple(_PUNCTUATION)):
        return []
    words = after[:_MAX_OBJECT_WORDS]
    kept: list[str] = []
    for at, word in enumerate(words):
        bare_rest = [bare_word(w) for w in words[at:]]
        if bare_rest[0] in _CLAUSE_STOPS or any(char.isdigit() for char in word):
            break
        if names_a_time(bare_rest) or names_a_time(bare_rest[1:]):
            break  # 'were rescued on Sunday': the time is no part of what they are
        kept.append(word.rstrip(_PUNCTUATION))
        if word.endswith(tuple(_PUNCTUATION)):
            break
    return kept
