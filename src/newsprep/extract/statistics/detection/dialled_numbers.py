"""A number the reader is told to dial is a telephone or service number, never an amount (statistics round 37).

'call 101 quoting the incident', 'by calling 111 or visiting the website', 'call the support line on 16 9 12 free of
charge', 'a neighbour dialled 999.': the digits after a calling verb (or after 'the ... line on' that follows one)
name a line to ring. ``identifiers.is_phone_number`` already knows the long forms ('0300 555 0142', '555-867-5309');
a short service number has no form of its own, only the verb before it and no noun after it ('call 14 witnesses'
and 'called 100 times' stay counts).
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.numbers import Quantity

_DIALLED = re.compile(
    r"\b(?:call|calls|called|calling|dial|dials|dialled|dialed|dialling|dialing|ring|ringing|phone|phoning)\s+"
    r"(?:(?:the|a|our|its|their|this)\s+(?:[\w-]+\s+){0,3}?(?:line|number|hotline|helpline)\s+on\s+)?"
    r"(?P<number>[0-9]{2,5}(?:[ -][0-9]{1,5}){0,3})"
    r"(?=\s*(?:[.;:!?)]|,\s|$)|\s+(?:quoting|free|anytime|or\s+(?:visit|visiting|go|going|email|emailing|text"
    r"|texting|write|writing|log|use|using|contact|contacting|see|search)))",
    re.IGNORECASE,
)
"""A calling verb, optionally 'the ... line on', then one to four groups of digits and no noun: a stop, 'quoting',
'free', or 'or' and another way to get in touch."""


def is_dialled_number(text: str, q: Quantity) -> bool:
    """Whether ``q`` is a number the text tells someone to dial (the module docstring)."""
    if q.is_word or q.currency or q.scale or q.percent:
        return False
    lo = max(0, q.start - 48)
    return any(
        m.start("number") + lo <= q.start < m.end("number") + lo for m in _DIALLED.finditer(text[lo : q.end + 40])
    )
