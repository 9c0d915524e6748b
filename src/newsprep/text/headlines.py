"""How headlines are written: in title case every word is capitalised, so capitals no longer mark names and the
verbs that follow a name ("Mayor Lee Drops Bid") look like more of it."""

from __future__ import annotations

import re

from newsprep.text.words import word_set

HEADLINE_VERBS = word_set(
    """
    is are was were be been has have had will would can could should may might must do does did
    says said tells told asks asked talks speaks calls called urges urged warns warned vows vowed
    wins won loses lost beats leads trails edges tops clinches secures takes took gets got makes made
    gives gave goes went comes came drops dropped quits resigns resigned dies died leaves left joins
    joined backs backed faces faced plans planned seeks sought sues sued signs signed announces
    announced launches unveils rejects rejected accepts accepted approves approved blocks blocked
    slams blasts hits defends defended denies denied admits admitted claims pledges promises endorses
    endorsed attacks attacked criticizes praises meets met visits visited returns names named picks
    picked taps tapped fires fired hires hired ends ended starts started opens opened closes closed
    cuts raises raised files filed wants needs responds reacts apologizes concedes conceded falls fell
    rises rose jumps surges slips sinks gains moves pushes pulls steps stepped suspends suspended
    withdraws enters exits targets threatens accuses accused charges charged arrested killed wounded
    thanks thanked explains reveals reveal eyes weighs mulls considers shares sets hails honors
    mourns remembers
    """,
    casefold=True,
)
"""Verbs news headlines use, as capitalised there ("Drops", "Thanks"); never part of a name in a title-case
headline."""

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def is_title_case(headline: str) -> bool:
    """Whether the headline capitalises its words ("Mayor Lee Drops Bid for Second Term"): its words of four letters or
    more (three at least) start with a capital, all but one where there are six or more."""
    long_words = [w for w in _WORD.findall(headline) if len(w) >= 4]
    lower = sum(1 for w in long_words if not w[0].isupper())
    allowed_lower = 1 if len(long_words) >= 6 else 0
    return len(long_words) >= 3 and lower <= allowed_lower
