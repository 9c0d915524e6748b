"""The speaker a quote's attribution names: the canonical name (None when the text names nobody), the phrase as
written there, and whether it is a person (not an organisation or a document's issuer)."""

from __future__ import annotations

from dataclasses import dataclass

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    mention: str
    is_person: bool
