"""Election results (round 9; tests in ``tests/stages/statistics/test_statistics_genres.py``):

- a candidate's share after a verb of getting votes, in a paragraph about a race: 'Gary Whitcomb, who took 44.1%'
  -> 'vote share for Gary Whitcomb'; 'A third candidate, Lena Ortiz, received 3.1%' -> 'vote share for Lena Ortiz';
- a margin after 'won by', 'lost by' or 'beat X by': 'Pruitt won by 3,480 votes' -> 'Pruitt winning margin';
- a tally against a rival's: 'Okafor finished with 6,210 votes to Marsh's 5,104' -> 'votes for Okafor' (the rival's
  tally is ``neighbours``': 'votes for Marsh').
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import strip_qualifiers
from newsprep.extract.statistics.measures.polls import is_poll_paragraph, named_subject
from newsprep.extract.statistics.measures.word_classes import FUNCTION, HAVING, LOSING, bare_word
from newsprep.text import word_set

VOTE_VERBS = word_set(
    "took takes received receives won wins got gets garnered garners captured captures drew draws polled secured"
)
"""Verbs a candidate's share of the vote follows ('took 44.1%')."""
MARGIN_NOUNS = word_set("votes points seats strokes goals runs lengths")
"""What a margin of victory is counted in."""
WINNING = word_set("won wins win winning")
BEATING = word_set("beat beats beating beaten defeated defeats defeating edged edges outpolled thrashed crushed routed")
"""'beat Cole by 212 votes': the subject won, by the count after 'by'."""
MAX_BEATEN_WORDS = 3
_CONTEST_DETERMINERS = word_set("the this that its their his her")
"""'won the opening match by 75 runs': what was won, between the verb and 'by'."""
_PRONOUNS = word_set("he she they it we i you")


_FUNCTION_OR_PRONOUN = FUNCTION | _PRONOUNS


def _name_at_end(words: list[str]) -> str | None:
    """The run of capitalised words that ends ``words`` ('defeating incumbent Gary Whitcomb,' -> 'Gary Whitcomb');
    None when the last word is not capitalised, is a pronoun or a function word ('The')."""
    if words and bare_word(words[-1]) in {"who", "which"}:
        words = words[:-1]
    name: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i].rstrip(",") if i == len(words) - 1 else words[i]
        if not word[:1].isupper() or not word[-1:].isalpha() or bare_word(word) in _FUNCTION_OR_PRONOUN:
            break
        name.insert(0, word)
    return " ".join(name) or None


def candidate_share(text: str, sentence_before: list[str], right: list[str]) -> str | None:
    """'Gary Whitcomb, who took 44.1%' -> 'vote share for Gary Whitcomb': a share after a verb of getting votes, with a
    named subject, in a paragraph about a race (``is_poll_paragraph``); not a share 'of' a group the clause names
    ('won two-thirds of them')."""
    if right[:1] == ["of"] or not any(bare_word(w) in VOTE_VERBS for w in sentence_before[-4:]):
        return None  # cheap first: most shares follow no such verb
    words = strip_qualifiers(sentence_before)
    if len(words) < 2 or bare_word(words[-1]) not in VOTE_VERBS or not is_poll_paragraph(text):
        return None
    name = _name_at_end(words[:-1])
    return f"vote share for {name}" if name else None


_WINNING_LOSING_OR_BEATING = WINNING | LOSING | BEATING


def winning_margin(sentence_before: list[str], noun_phrase: str) -> str | None:
    """'Pruitt won by 3,480 votes' -> 'Pruitt winning margin'; 'lost by 12 votes' -> 'losing margin'; 'Ruiz beat Cole
    by 212 votes' -> 'Ruiz winning margin'."""
    if bare_word(noun_phrase.split()[-1]) not in MARGIN_NOUNS or "by" not in sentence_before[-4:]:
        return None
    words = strip_qualifiers(sentence_before)
    if len(words) < 2 or bare_word(words[-1]) != "by":
        return None
    verb_at = next(
        (i for i in range(len(words) - 2, max(-1, len(words) - 3 - MAX_BEATEN_WORDS), -1)
         if bare_word(words[i]) in _WINNING_LOSING_OR_BEATING),
        None,
    )  # fmt: skip
    if verb_at is None:
        return None
    won = words[verb_at + 1 : -1]  # 'won by' and 'lost by' with nothing between; 'beat Cole by' with the beaten
    if bare_word(words[verb_at]) not in BEATING and won and bare_word(won[0]) not in _CONTEST_DETERMINERS:
        return None
    margin = "losing margin" if bare_word(words[verb_at]) in LOSING else "winning margin"
    subject = words[:verb_at]
    while subject and bare_word(subject[-1]) in HAVING:
        subject = subject[:-1]  # 'Kenya has beaten the Lions by'
    name = _name_at_end(subject)
    if name is None and won and bare_word(words[verb_at]) not in BEATING:
        return f"{margin} of {' '.join(won[1:])}"  # 'after winning the opening match by 75 runs'
    return f"{name} {margin}" if name else margin


def tally_against_rival(sentence_before: list[str], noun_phrase: str, right: list[str]) -> str | None:
    """'Okafor finished with 6,210 votes to Marsh's 5,104' -> 'votes for Okafor': a count set against a named rival's
    count belongs to the name that opens the clause."""
    rival = right[1] if len(right) > 2 and bare_word(right[0]) == "to" else ""
    if not (rival[:1].isupper() and rival.endswith(("'s", "’s")) and right[2][:1].isdigit()):
        return None
    name = named_subject(strip_qualifiers(sentence_before))
    return f"{noun_phrase} for {name}" if name else None
