"""A player's count in a box-score line (measures round 15 of issue 17).

'Kira Dalton 14 points and 3 steals.', 'Westfield (2-1): Okoro 12 points.': a line of a game report that names the
player and lists the counts with no verb between. ``holders.scorer_of`` finds the player before a verb
('Kira Dalton had 14 points'); here the name alone opens the line (or follows its team's colon), and a reader writes
the same 'points by Kira Dalton'.
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.word_class_unions import FUNCTION_OR_AUXILIARY
from newsprep.extract.statistics.measures.word_classes import SCORING_NOUNS, bare_word

NAME_WORD = re.compile(r"[A-Z][A-Za-z'’.-]*$")
COUNT = re.compile(r"\d+(?:\.\d+)?$")


def box_score_player(unqualified: list[str]) -> str | None:
    """The name that opens the line (after a team's 'Team (2-1):'), when only the player's earlier counts ('14
    points and', '9 rebounds,') stand between it and the number; None otherwise."""
    words = list(unqualified)
    colon = max((i for i, w in enumerate(words) if w.endswith(":")), default=-1)
    words = words[colon + 1 :]
    while words:
        if bare_word(words[-1]) == "and":
            words = words[:-1]
        elif len(words) >= 2 and COUNT.match(words[-2]) and bare_word(words[-1]) in SCORING_NOUNS:
            words = words[:-2]  # an earlier count of the same line: '14 points,'
        else:
            break
    if not 0 < len(words) <= 3 or words[-1].endswith((",", ";")):
        return None
    if not all(NAME_WORD.match(w) and bare_word(w) not in FUNCTION_OR_AUXILIARY for w in words):
        return None
    return " ".join(words)
