"""The corpus key of every resolved entity and mention: one person, one key, whichever document and form of the name.

``corpus_keys`` is a pure function of the set of entities it is given (their order does not matter), so keys
computed over a corpus published in one run or in many are the same. People and organisations are keyed together,
since one name can be tagged PERSON in one document and ORG in another: the label a key carries is the one most of
its documents give. The rules:

1. every name is reduced to its words (``names.name_words``: case, diacritics, periods, hyphens, apostrophes,
   "the", a possessive) and to a well-known form ("U.S." -> "united states");
2. a name of two or more words that most of its documents tag PERSON is a person's full name: titles go, middle
   names and initials go ("Donald J. Trump" = "Donald Trump"), a suffix stays ("Jr."), unless the corpus holds two
   different middles for one first name and surname ("George W." and "George H. W. Bush"): those keep theirs. A
   leading word before a full name the corpus knows is not a first name ("Crooked Hillary Clinton"). Two different
   full names are never merged;
3. an organisation's acronym that an article defines ("Federal Bureau of Investigation (FBI)") takes the defined
   name, in that article and, when the corpus defines the acronym one way only, everywhere;
4. a surname given alone (or a first name: the one person of its document with that first name) joins the one
   person of its document with that surname; in a document that gives no such full name, it joins a person only
   when exactly one person is called by that surname alone in the documents that give the full name (in two
   documents or more, else in one), or when none is and exactly one person of the corpus has the surname;
   otherwise it keeps a key of its own document (a lone "Scott" where the corpus has five). A one-word name most
   documents tag ORG is read as a surname across the corpus only when the people of that surname appear in as many
   documents ("Trump" tagged ORG: yes; "Bloomberg" the news agency: no);
5. an entity takes the key of its full name that most documents use; each mention takes the key of its own written
   form when that form is a full name, a defined acronym or, in an entity with no full name, a surname or first
   name that rule 4 resolves; else its entity's key.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from newsprep.corpus.names import CACHED_NAMES, PersonName, name_words, person_name, well_known_form

NAME_LABELS = frozenset({"PERSON", "ORG"})
"""Labels keyed together (the recogniser confuses them on people's names); other labels key by label and name."""
SURE_DOCUMENTS = 2
"""Documents that must call a person by the surname alone before a lone surname elsewhere is taken for them, when
another person is so called in fewer (a headline span such as "Derelict Hallett" is called "Hallett" in one)."""

G = TypeVar("G", bound=Hashable)
Ref = tuple[str, str]
"""(doc_id, entity_id): one entity of one document."""
Words = tuple[str, ...]
Group = tuple[str, Words, str]
"""What a key stands for: the label family ('names' or a label), the words, and a document for a lone surname that
names no one person of the corpus (empty otherwise)."""


@dataclass(frozen=True, slots=True)
class EntityName:
    """One resolved entity of one document, as the corpus keys read it."""

    doc_id: str
    entity_id: str
    text: str
    """The canonical (fullest) form in its document."""
    label: str
    forms: tuple[str, ...] = ()
    """Every form its mentions are written in."""

    @property
    def ref(self) -> Ref:
        return (self.doc_id, self.entity_id)


@dataclass(frozen=True, slots=True)
class CorpusKey:
    """A corpus key, the label its documents vote for, and the words it is made of."""

    key: str
    label: str
    words: Words


@dataclass(frozen=True, slots=True)
class CorpusKeys:
    """Every entity's key and every (entity, written form)'s key."""

    entities: dict[Ref, CorpusKey]
    forms: dict[tuple[Ref, str], CorpusKey]

    def form_key(self, ref: Ref, form: str | None) -> CorpusKey:
        """The key of a form an entity is written in (its entity's key for a form not seen among its mentions)."""
        if form is None:
            return self.entities[ref]
        return self.forms.get((ref, form), self.entities[ref])


@lru_cache(maxsize=CACHED_NAMES)
def _words(text: str) -> Words:
    """A name's words; a name with no word at all (punctuation only) is keyed by a hash of its text."""
    return well_known_form(name_words(text)) or (hashlib.sha256(text.encode("utf-8")).hexdigest()[:12],)


def key_parts(key: str) -> tuple[str, Words]:
    """The label and the words of a corpus key ("person:donald-trump" -> ("PERSON", ("donald", "trump")))."""
    label, _, rest = key.partition(":")
    return label.upper(), tuple(rest.split("@", 1)[0].split("-"))


def _voted(counts: Mapping[str, int]) -> str:
    """The label most documents give; PERSON on a tie with ORG (then the first label alphabetically)."""
    return min(counts, key=lambda label: (-counts[label], label != "PERSON", label))


def _votes(assigned: Iterable[tuple[G, str, str]]) -> dict[G, str]:
    """The label of each group, from (group, doc_id, label) triples: the one most documents give."""
    docs: dict[G, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for group, doc_id, label in assigned:
        docs[group][label].add(doc_id)
    return {g: _voted({label: len(ids) for label, ids in by_label.items()}) for g, by_label in docs.items()}


def _key(label: str, group: Group) -> str:
    _family, words, doc_id = group
    scope = f"@{doc_id[:12]}" if doc_id else ""
    return f"{label.casefold()}:{'-'.join(words)}{scope}"


class _Names:
    """The corpus's people: full names, who is called by a surname alone, the acronyms defined."""

    def __init__(self, names: Sequence[EntityName], acronyms: Mapping[str, Mapping[Words, Words]]) -> None:
        self.acronyms = acronyms
        meanings: dict[Words, set[Words]] = defaultdict(set)
        for defined in acronyms.values():
            for acronym, words in defined.items():
                meanings[acronym].add(well_known_form(words))
        self.corpus_acronyms = {a: next(iter(w)) for a, w in meanings.items() if len(w) == 1}
        self.votes = _votes((_words(e.text), e.doc_id, e.label) for e in names)
        self.word_documents: dict[Words, set[str]] = defaultdict(set)
        for entity in names:
            self.word_documents[_words(entity.text)].add(entity.doc_id)
        self.full: dict[tuple[Ref, str], PersonName] = {}
        for entity in names:
            for form in {entity.text, *entity.forms}:
                name = person_name(form) if self._is_person(_words(form), entity.label) else None
                if name is not None and name.full:
                    self.full[(entity.ref, form)] = name
        self.full_words = self._full_person_words()
        self.documents_of: Counter[Words] = Counter()
        for words, doc_ids in self._documents_by_words().items():
            self.documents_of[words] = len(doc_ids)
        self.in_document: dict[str, dict[str, set[Words]]] = defaultdict(lambda: defaultdict(set))
        self.bare: dict[str, dict[Words, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.everyone: dict[str, set[Words]] = defaultdict(set)
        self.entity_full: dict[Ref, set[Words]] = {}
        for entity in names:
            full_keys = {
                self.full_words[(entity.ref, f)] for f in {entity.text, *entity.forms} if (entity.ref, f) in self.full
            }
            self.entity_full[entity.ref] = full_keys
        self.best: dict[Ref, Words | None] = {e.ref: self._best_full_key(e) for e in names}
        for entity in names:
            for key in self.entity_full[entity.ref]:
                surname = self._surname(key)
                self.in_document[entity.doc_id][surname].add(key)
                self.everyone[surname].add(key)
                for form in entity.forms:
                    alone = person_name(form)
                    if alone is not None and not alone.full and alone.surname == surname:
                        self.bare[surname][key].add(entity.doc_id)

    def _is_person(self, words: Words, label: str) -> bool:
        return self.votes.get(words, label) == "PERSON"

    def _full_person_words(self) -> dict[tuple[Ref, str], Words]:
        """Key words of full names: first name, surname, suffix; the middles kept only where the corpus holds two
        different middles for one first name and surname; a known full name in the tail taken for the name."""
        middles: dict[Words, set[str]] = defaultdict(set)
        known: set[Words] = set()
        for name in self.full.values():
            known.add(name.key_words())
            if name.middles:
                middles[name.key_words()].add(name.middle_initials)
        keyed = {}
        for at, name in self.full.items():
            base = name.key_words()
            if name.middles:
                tail = PersonName(name.middles[-1], (), name.surname, name.suffix).key_words()
                if tail in known:
                    base = tail
                elif len(middles[base]) > 1:
                    assert name.first is not None
                    base = (name.first, *name.middle_initials, *base[1:])
            keyed[at] = base
        return keyed

    def _documents_by_words(self) -> dict[Words, set[str]]:
        docs: dict[Words, set[str]] = defaultdict(set)
        for (ref, _form), words in self.full_words.items():
            docs[words].add(ref[0])
        return docs

    def _surname(self, words: Words) -> str:
        name = person_name(" ".join(words))
        return name.surname if name is not None else words[-1]

    def best_full_key(self, entity: EntityName) -> Words | None:
        return self.best[entity.ref]

    def _best_full_key(self, entity: EntityName) -> Words | None:
        """The full name among the entity's forms that most documents use (the canonical's on a tie)."""
        keys = self.entity_full[entity.ref]
        if not keys:
            return None
        canonical = self.full_words.get((entity.ref, entity.text))
        return min(keys, key=lambda k: (-self.documents_of[k], k != canonical, k))

    def lone_surname(self, doc_id: str, surname: str, *, corpus_wide: bool = True) -> Words | None:
        """The full name a surname given alone stands for in a document, or None when it is not one person's."""
        bare = self.bare.get(surname, {})
        sure = self.sure(surname)
        here = self.in_document.get(doc_id, {}).get(surname, set())
        if len(here) == 1:
            (only,) = here
            # One person of the surname here, never called by it alone, while the corpus calls one other person so:
            # the lone surname is that other person ("Trump" beside "Ivanka Trump").
            if only not in bare and len(sure) == 1 and len(self.bare_documents(surname)) >= SURE_DOCUMENTS:
                return next(iter(sure))
            return only
        if here:  # several people of this surname in the document: the one the corpus calls by it alone, if one
            called = here & sure
            return next(iter(called)) if len(called) == 1 else None
        if not corpus_wide:
            return None
        candidates = sure or self.everyone.get(surname, set())
        return next(iter(candidates)) if len(candidates) == 1 else None

    def sure(self, surname: str) -> set[Words]:
        """The people the corpus calls by the surname alone in two documents or more (else in one)."""
        bare = self.bare.get(surname, {})
        return {k for k, docs in bare.items() if len(docs) >= SURE_DOCUMENTS} or set(bare)

    def bare_documents(self, surname: str) -> set[str]:
        return {doc for docs in self.bare.get(surname, {}).values() for doc in docs}

    def first_name(self, doc_id: str, word: str) -> Words | None:
        """The one full name of the document whose first name is ``word``, if exactly one."""
        found = {k for keys in self.in_document.get(doc_id, {}).values() for k in keys if k[0] == word}
        return next(iter(found)) if len(found) == 1 else None

    def acronym(self, doc_id: str, words: Words) -> Words | None:
        defined = self.acronyms.get(doc_id, {}).get(words) or self.corpus_acronyms.get(words)
        return well_known_form(defined) if defined is not None else None

    def form_group(self, entity: EntityName, form: str) -> Group | None:
        """What a written form names on its own: a full name, a defined acronym, a resolved lone surname or first
        name; None when the form says no more than its entity."""
        if (entity.ref, form) in self.full:
            return ("names", self.full_words[(entity.ref, form)], "")
        words = _words(form)
        expanded = self.acronym(entity.doc_id, words)
        if expanded is not None:
            return ("names", expanded, "")
        alone = person_name(form)
        if alone is None or alone.full or len(words) != 1:
            return None
        if self.best_full_key(entity) is not None:  # the document's own resolution stands: "Clinton" in Bill
            return None  # Clinton's entity, "Taylor" in Taylor Swift's
        # An organisation's one-word name is a person's surname only where the document names that person, or where
        # most documents tag the word PERSON ("Bloomberg" the company is not Michael Bloomberg elsewhere).
        corpus_wide = self._surname_first(entity, words)
        resolved = self.lone_surname(entity.doc_id, alone.surname, corpus_wide=corpus_wide)
        if resolved is None and entity.label == "PERSON" and alone.surname not in self.in_document[entity.doc_id]:
            resolved = self.first_name(entity.doc_id, alone.surname)
        return ("names", resolved, "") if resolved is not None else None

    def _surname_first(self, entity: EntityName, words: Words) -> bool:
        """Whether a one-word name is read as a person's surname across the corpus: tagged PERSON here or by most
        documents, or the name of people of that surname in as many documents as it names an organisation ("Trump"
        tagged ORG). Else it is an organisation's name that only the document's own people can claim ("Bloomberg"
        the news agency in 32 documents, Michael Bloomberg in one)."""
        if entity.label == "PERSON" or self.votes.get(words) == "PERSON":
            return True
        people = self.everyone.get(words[0], set())
        return max((self.documents_of[k] for k in people), default=0) >= len(self.word_documents.get(words, ()))

    def entity_group(self, entity: EntityName) -> Group:
        best = self.best_full_key(entity)
        if best is not None:
            return ("names", best, "")
        found = self.form_group(entity, entity.text)
        if found is not None:
            return found
        words = _words(entity.text)
        alone = person_name(entity.text)
        # A surname the corpus cannot settle keeps a key of its own document; so does an organisation's one-word name
        # that is the surname of several people ("Scott" tagged ORG), which the corpus cannot tell apart.
        unsettled = alone is not None and not alone.full and len(words) == 1 and bool(self.everyone.get(alone.surname))
        if unsettled and (self._surname_first(entity, words) or len(self.everyone[words[0]]) > 1):
            return ("names", words, entity.doc_id)
        return ("names", words, "")


def corpus_keys(
    entities: Sequence[EntityName], *, acronyms: Mapping[str, Mapping[Words, Words]] | None = None
) -> CorpusKeys:
    """Every entity's and every mention form's corpus key. ``acronyms`` maps a doc_id to the acronyms its text
    defines (``acronyms.defined_acronyms``). Deterministic in the set of entities: no rule depends on their order."""
    names = [e for e in entities if e.label in NAME_LABELS]
    known = _Names(names, acronyms or {})
    groups: dict[Ref, Group] = {e.ref: (e.label, _words(e.text), "") for e in entities if e.label not in NAME_LABELS}
    form_groups: dict[tuple[Ref, str], Group] = {}
    for entity in names:
        groups[entity.ref] = known.entity_group(entity)
        for form in entity.forms:
            found = known.form_group(entity, form)
            if found is not None and found != groups[entity.ref]:
                form_groups[(entity.ref, form)] = found
    by_ref = {e.ref: e for e in entities}
    votes = _votes(
        [(g, ref[0], by_ref[ref].label) for ref, g in groups.items()]
        + [(g, at[0][0], by_ref[at[0]].label) for at, g in form_groups.items()]
    )

    keyed = {g: CorpusKey(_key(label, g), label, g[1]) for g, label in votes.items()}
    return CorpusKeys({ref: keyed[g] for ref, g in groups.items()}, {at: keyed[g] for at, g in form_groups.items()})
