"""The tokenisers the rules read text with, each named for what a token is.

They differ on purpose where a rule needs its own view of the text (a speaker phrase keeps its commas as tokens; a
count's noun phrase keeps "U.S." whole); each is written once here. The spaCy pass tokenises every text too, but only
its entities come back from the NLP workers: using its tokens would change where the rules' spans start and end,
which is left to the issues that own the rules.
"""

from __future__ import annotations

import re

CHUNKS = re.compile(r"\S+")
"""Runs of non-space characters, punctuation attached ("Minister,"): the entity rules' tokens."""

WORDS = re.compile(r"[^\W_]+(?:[’'\-][^\W_]+)*")
"""Words of letters or digits in any script, inner apostrophes and hyphens kept ("O’Neil", "well-known")."""

LATIN_WORDS = re.compile(r"[A-Za-z]+")
"""Runs of Latin letters: where a speech verb ("said", "says") may stand."""

PHRASE_TOKENS = re.compile(r"[A-Za-z0-9À-ɏ][\w’'\-&]*(?:\.(?=[A-Za-z]\.?)[\w’'\-]*)*\.?|[,;:()—–]")
"""Words (initials such as "U.S." whole, a final period attached) and the punctuation a speaker phrase is cut at:
the attribution grammar's tokens."""

NOUN_PHRASE_WORDS = re.compile(r"[A-Za-z][A-Za-z’'.]*(?:-[A-Za-z]+)*")
"""Latin words with their apostrophes and periods, hyphenated parts joined: what a count counts ("12 U.S.-made
drones")."""
