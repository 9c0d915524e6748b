"""Which entity of ``entities`` a speaker's canonical name is (``quotes.speaker_entity_id``)."""

from __future__ import annotations

from collections.abc import Sequence

from newsprep.extract.quotes.organisations import without_article
from newsprep.extract.quotes.people import PERSON_LABELS, person_name
from newsprep.model import Mention


class EntityIds:
    """One article's entities by the forms of their canonical names (a person's name, a name without its article)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._ids: dict[tuple[bool, str], str] = {}
        self._labels = {m.entity_id: m.label for m in mentions}
        for m in sorted(mentions, key=lambda m: m.label not in PERSON_LABELS):
            is_person = m.label in PERSON_LABELS
            for form in (m.entity_text, person_name(m.entity_text), without_article(m.entity_text)):
                self._ids.setdefault((is_person, form), m.entity_id)

    def of(self, name: str, is_person: bool) -> str | None:
        """The entity whose canonical name ``name`` is, if one is."""
        found = self._ids.get((is_person, name))
        found = found if found is not None else self._ids.get((not is_person, name))
        if found is None and " " in name:
            # "Dorotea Vasquez" completed from the text where NER tagged only "Vasquez": the surname's entity; "Office
            # of the Attorney General" where NER tagged it a word short: that entity
            words = name.split()
            found = self._ids.get((True, words[-1]) if is_person else (False, " ".join(words[:-1])))
        return found

    def label(self, entity_id: str) -> str | None:
        return self._labels.get(entity_id)
