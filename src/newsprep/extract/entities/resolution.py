"""In-document name resolution: which mentions name the same person, organisation or place.

People: a mention maps to the fullest name whose words it is a run of ("Hass" -> "Ryan Hass", "Zhu" ->
"Zhu Feng"). A short name that fits two people stays its own entity, unless in the body only one of them
has been introduced before it (news writing introduces a person in full before the short form).
Organisations: acronyms join the long form they abbreviate or that the text defines with "(ECFR)"; a shorter
name joins the one longer organisation name containing it. Places: formal and short country names join
("United States", "U.S."), a US state's abbreviation joins its name ("Ala.", "Alabama"), and "Washington, D.C." joins
"Washington".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsprep.extract.entities.added import spells
from newsprep.extract.entities.labels import name_key
from newsprep.extract.entities.places import (
    COUNTRY_ALIASES,
    INFORMAL_COUNTRY_NAMES,
    PLACE_ALIASES,
    US_STATE_ABBREVIATIONS,
)
from newsprep.extract.entities.source_text import SourceKey
from newsprep.model import NerSpan
from newsprep.text import shorter_runs

Node = tuple[str, str]  # (label class, name key)
_NEVER_BESIDE_A_FORMAL_NAME = INFORMAL_COUNTRY_NAMES | US_STATE_ABBREVIATIONS.keys()

_ACRONYM = re.compile(r"^[A-Z&]{2,8}$")
_DEFINITION = re.compile(r"\s*[(\[]\s*([^()\[\]\n]{2,80}?)\s*[)\]]")


@dataclass(frozen=True, slots=True)
class ResolvedSpan:
    span: NerSpan
    entity_text: str
    label: str


def resolve_names(spans: Sequence[NerSpan], texts: dict[SourceKey, str]) -> list[ResolvedSpan]:
    persons = [s for s in spans if s.label == "PERSON"]
    others = [s for s in spans if s.label != "PERSON"]
    return _resolve_persons(persons) + _resolve_others(others, texts)


def _words(span: NerSpan) -> tuple[str, ...]:
    return tuple(name_key(span.text).split())


def _surface(spans: Sequence[NerSpan]) -> str:
    if len(spans) == 1:  # most names are mentioned once: nothing to count
        return spans[0].text
    counts = Counter(s.text for s in spans)
    if len(counts) > 1:  # several forms (few names): an informal one or an abbreviation never names the entity beside
        # a formal one ("America" beside "United States", a dateline's "Calif." beside "California")
        for form in [f for f in counts if name_key(f) in _NEVER_BESIDE_A_FORMAL_NAME][: len(counts) - 1]:
            del counts[form]
    best = max(counts.values())
    return next(s.text for s in spans if counts.get(s.text) == best)


def _resolve_persons(spans: list[NerSpan]) -> list[ResolvedSpan]:
    words_of = [_words(span) for span in spans]  # once per span: the forms and the loop below both read them
    forms: dict[tuple[str, ...], list[NerSpan]] = defaultdict(list)
    for span, words in zip(spans, words_of, strict=True):
        forms[words].append(span)
    first_in_body = {
        form: min((s.char_start for s in members if s.source == "body"), default=None)
        for form, members in forms.items()
    }
    lengths = frozenset(len(form) for form in forms)
    runs = {form: _person_runs(form, lengths) for form in forms}
    fullest_of = {form: _fullest_longer(form, runs) for form in forms}  # once per form, not per mention
    surfaces: dict[tuple[str, ...], str] = {}
    resolved: list[ResolvedSpan] = []
    for span, words in zip(spans, words_of, strict=True):
        fullest = fullest_of[words]
        if len(fullest) > 1 and span.source == "body":
            introduced = [f for f in fullest if _starts_before(first_in_body[f], span.char_start)]
            fullest = introduced if len(introduced) == 1 else fullest
        target = fullest[0] if len(fullest) == 1 else words
        if target not in surfaces:
            surfaces[target] = _surface(forms[target])
        resolved.append(ResolvedSpan(span, surfaces[target], "PERSON"))
    return resolved


def _person_runs(form: tuple[str, ...], lengths: frozenset[int]) -> frozenset[tuple[str, ...]]:
    """The shorter forms that name the same person: runs of the name's words, and the name without its middle
    initials ("Ann Lee" of "Ann K. Lee", whose key is "ann k lee"), which news writes once in full and then not."""
    runs = shorter_runs(form, lengths)
    surname = len(form) - 1
    while surname > 1 and len(form[surname - 1]) == 1:  # the initials just before the surname, not elsewhere
        surname -= 1
    if surname == len(form) - 1:
        return runs
    bare = (*form[:surname], form[-1])
    return runs | {bare} | shorter_runs(bare, lengths)


def _fullest_longer(
    words: tuple[str, ...], runs: Mapping[tuple[str, ...], frozenset[tuple[str, ...]]]
) -> list[tuple[str, ...]]:
    """The fullest of the forms (``runs``' keys) that ``words`` is a run of: those no other such form contains."""
    longer = [form for form, shorter in runs.items() if words in shorter]
    return [form for form in longer if not any(form in runs[other] for other in longer)]


def _starts_before(first: int | None, offset: int) -> bool:
    return first is not None and first < offset


def _label_class(label: str) -> str:
    return "GPE" if label in ("GPE", "LOC") else label


def _node(span: NerSpan) -> Node:
    cls, key = _label_class(span.label), name_key(span.text)
    return (cls, PLACE_ALIASES.get(key, key)) if cls == "GPE" else (cls, key)


class _Groups:
    def __init__(self, nodes: Sequence[Node]) -> None:
        self.parent: dict[Node, Node] = {node: node for node in nodes}

    def find(self, node: Node) -> Node:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def join(self, a: Node, b: Node) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def _acronym(span_text: str) -> str | None:
    bare = span_text.replace(".", "")
    return bare if _ACRONYM.match(bare) else None


def _resolve_others(spans: list[NerSpan], texts: dict[SourceKey, str]) -> list[ResolvedSpan]:
    members: dict[Node, list[NerSpan]] = defaultdict(list)
    for span in spans:
        members[_node(span)].append(span)
    groups = _Groups(list(members))
    _join_place_qualifiers(members, groups)
    _join_acronyms(members, groups)
    _join_definitions(spans, texts, members, groups)
    _join_contained_orgs(members, groups)
    by_root: dict[Node, list[Node]] = defaultdict(list)
    for node in members:
        by_root[groups.find(node)].append(node)
    resolved: list[ResolvedSpan] = []
    for nodes in by_root.values():
        text, label = _canonical(nodes, members)
        resolved.extend(ResolvedSpan(s, text, label) for node in nodes for s in members[node])
    return resolved


def _join_place_qualifiers(members: dict[Node, list[NerSpan]], groups: _Groups) -> None:
    for cls, key in members:
        head = key.split(",", 1)[0].strip()
        if cls == "GPE" and "," in key and ("GPE", head) in members:
            groups.join((cls, key), ("GPE", head))


def _join_acronyms(members: dict[Node, list[NerSpan]], groups: _Groups) -> None:
    long_forms = [n for n in members if n[0] in ("ORG", "GPE") and len(n[1].split()) >= 2]
    long_words = [(n, members[n][0].text.split()) for n in long_forms]  # split once, not once per acronym
    for node, spans in members.items():
        acronym = _acronym(spans[0].text)
        if node[0] not in ("ORG", "GPE", "NORP") or acronym is None:
            continue
        matches = {groups.find(n) for n, words in long_words if spells(acronym, words)}
        if len(matches) == 1:
            groups.join(node, matches.pop())


def _join_definitions(
    spans: list[NerSpan], texts: dict[SourceKey, str], members: dict[Node, list[NerSpan]], groups: _Groups
) -> None:
    """ "European Council on Foreign Relations (ECFR)" and "PRC [People's Republic of China]": one of the two is an
    acronym (or the bracket holds a country's other name). A bracket holding another name ("<Country> (Group H)",
    "<App> (Win)": a list's group, an app's platform) defines nothing."""
    by_key: dict[str, Node] = {}
    for node in members:
        by_key.setdefault(node[1], node)
    for span in spans:
        text = texts.get((span.source, span.caption_idx))
        if text is None:
            continue
        match = _DEFINITION.match(text, span.char_end)
        if match is None:
            continue
        inner = name_key(match.group(1))
        if _acronym(match.group(1)) is None and _acronym(span.text) is None and inner not in COUNTRY_ALIASES:
            continue
        if _a_wire_after_a_place(span, match.group(1)):
            continue
        other = by_key.get(COUNTRY_ALIASES.get(inner, inner)) or by_key.get(inner)
        if other is not None and other != _node(span) and other[0] in ("ORG", "GPE", "NORP"):
            groups.join(_node(span), other)


def _a_wire_after_a_place(span: NerSpan, bracketed: str) -> bool:
    """``HARTWELL, Mich. (AP) --``: a dateline's place and the wire that filed the story, no definition; a place's
    acronym spells it (``Democratic Republic of the Congo (DRC)``)."""
    return (
        _label_class(span.label) == "GPE"
        and _acronym(bracketed) is not None
        and not spells(bracketed, span.text.split())
    )


def _join_contained_orgs(members: dict[Node, list[NerSpan]], groups: _Groups) -> None:
    orgs = [n for n in members if n[0] == "ORG"]
    split = {n: tuple(n[1].split()) for n in orgs}
    lengths = frozenset(len(words) for words in split.values())
    runs = {n: shorter_runs(words, lengths) for n, words in split.items()}
    for node in orgs:
        longer = [n for n in orgs if split[node] in runs[n]]
        fullest = {groups.find(n) for n in longer if not any(split[n] in runs[m] for m in longer)}
        if len(fullest) == 1:
            groups.join(node, fullest.pop())


def _canonical(nodes: list[Node], members: dict[Node, list[NerSpan]]) -> tuple[str, str]:
    """Places are named as the article most often names them ("U.S."); others by their fullest form."""
    if len(nodes) == 1:  # a name of one form (most): nothing to choose
        best = nodes[0]
    elif all(node[0] == "GPE" for node in nodes):
        best = max(nodes, key=lambda n: ("," not in n[1], len(members[n]), len(n[1]), n[1]))
    else:
        best = max(nodes, key=lambda n: (len(n[1].split()), len(n[1]), len(members[n]), n[1]))
    text = _surface(members[best])
    if text.isupper() and len(text) >= 5 and text.replace(" ", "").isalpha() and best[0] == "GPE":
        text = text.title()  # a dateline's "TAIPEI"
    spans = members[best]
    label = spans[0].label if len(spans) == 1 else Counter(s.label for s in spans).most_common(1)[0][0]
    return text, label
